import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateOrg, parseScenarioFile, sampleScenario, serializeScenario } from '../../../shared';
import { asOpened } from '../store/store';
import { cancelOpening, parseOpenedFile, useOpening } from './openFile';
import type { ParseReply, ParseRequest } from './parseWorker';
import { takeBigRecords } from './recordSlices';

describe('parseOpenedFile', () => {
  const text = serializeScenario(sampleScenario());

  it('parses a small file at once, with no note', async () => {
    const parsed = await parseOpenedFile(text, 'plan.orgsim.json');
    expect(parsed !== 'cancelled' && parsed.ok && parsed.value.name).toBe(sampleScenario().name);
    expect(useOpening.getState().opening).toBeNull();
  });

  it('shows the note for a big file while it is parsed, and parses here where no worker can start', async () => {
    const pending = parseOpenedFile(text, 'big.orgsim.json', 10);
    expect(useOpening.getState().opening).toMatchObject({ name: 'big.orgsim.json', bytes: text.length });
    const parsed = await pending;
    expect(parsed !== 'cancelled' && parsed.ok).toBe(true);
    expect(useOpening.getState().opening).toBeNull();
  });

  it('reports a broken big file with its problems', async () => {
    const parsed = await parseOpenedFile('{ "format": "orgsim" ', 'broken.orgsim.json', 5);
    expect(parsed !== 'cancelled' && !parsed.ok && parsed.error.length).toBeGreaterThan(0);
  });
});

/** A worker that answers as parseWorker.ts does, each message a structured copy delivered in a later task. */
class FakeParseWorker {
  static readonly started: FakeParseWorker[] = [];
  onmessage: ((event: { data: ParseReply }) => void) | null = null;
  onerror: unknown = null;
  terminated = false;
  constructor() {
    FakeParseWorker.started.push(this);
  }
  postMessage({ id, text }: ParseRequest): void {
    const replies: ParseReply[] = [];
    const result = parseScenarioFile(text);
    if (result.ok) {
      const { places, slices } = takeBigRecords(result.value, 20);
      for (const slice of slices) replies.push({ id, slice });
      replies.push({ id, result, places });
    } else replies.push({ id, result });
    for (const data of replies.map((r) => structuredClone(r))) setTimeout(() => !this.terminated && this.onmessage?.({ data }), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('parseOpenedFile with a worker', () => {
  const scenario = { ...sampleScenario(), org: generateOrg({ size: 300, seed: 1, asOf: '2026-11-01' }) };
  const text = serializeScenario(scenario);

  beforeEach(() => vi.stubGlobal('Worker', FakeParseWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('puts the sliced tables back: the same scenario as parsing here, as it opens', async () => {
    const parsed = await parseOpenedFile(text, 'big.orgsim.json', 10);
    const here = parseScenarioFile(text);
    expect(parsed !== 'cancelled' && parsed.ok && here.ok).toBe(true);
    if (parsed === 'cancelled' || !parsed.ok || !here.ok) return;
    expect(parsed.value).toEqual(asOpened(here.value));
    expect(Object.keys(parsed.value.org.people)).toEqual(Object.keys(here.value.org.people));
    expect(useOpening.getState().opening).toBeNull();
  });

  it('reports a broken file with the same problems as parsing here', async () => {
    const broken = text.replace('"people"', '"persons"');
    const parsed = await parseOpenedFile(broken, 'broken.orgsim.json', 10);
    const here = parseScenarioFile(broken);
    expect(parsed !== 'cancelled' && !parsed.ok && !here.ok && parsed.error).toEqual(!here.ok && here.error);
  });

  it('is cancelled while the slices arrive', async () => {
    const pending = parseOpenedFile(text, 'big.orgsim.json', 10);
    const worker = FakeParseWorker.started.at(-1)!;
    const receive = worker.onmessage!;
    // Cancel right after the first slice: the rest never makes a document.
    worker.onmessage = (event) => {
      receive(event);
      if ('slice' in event.data) cancelOpening();
    };
    expect(await pending).toBe('cancelled');
    expect(worker.terminated).toBe(true);
    expect(useOpening.getState().opening).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { sampleScenario, serializeScenario } from '../../../shared';
import { parseOpenedFile, useOpening } from './openFile';

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

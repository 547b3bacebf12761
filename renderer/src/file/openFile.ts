/**
 * Parse an opened scenario file: on this thread when it is small, in a worker when it is big (so the window
 * stays responsive and an "Opening…" note with Cancel can paint), or here when workers can't start. The note's
 * state lives in a small store of its own; `OpeningStatus` shows it.
 */
import { create } from 'zustand';
import { dottedPairs, ok, parseScenarioFile, type FileProblem, type Result, type Scenario } from '../../../shared';
import { layoutOf, metricsOf, treeIndexOf } from '../store/selectors';
import { asOpened } from '../store/store';
import type { ParseReply, ParseRequest } from './parseWorker';
import { RecordAssembler } from './recordSlices';

/** Files larger than this (about 5,000 people) are parsed in a worker. */
export const PARSE_IN_WORKER_ABOVE_BYTES = 2_000_000;

export interface Opening {
  readonly name: string;
  readonly bytes: number;
  readonly startedAt: number;
}

export const useOpening = create<{ opening: Opening | null }>(() => ({ opening: null }));

let current: { worker: Worker; id: number; resolve: (r: ParseOutcome) => void } | null = null;
let nextId = 1;

/** What a parse came to: the scenario or its problems, or `cancelled` when the user stopped it. */
export type ParseOutcome = Result<Scenario, readonly FileProblem[]> | 'cancelled';

/** Stop the parse in progress (the document on screen stays as it was). */
export function cancelOpening(): void {
  if (!current) return;
  const { worker, resolve } = current;
  current = null;
  worker.terminate();
  useOpening.setState({ opening: null });
  resolve('cancelled');
}

/** Parse `text` (named `name` for the note), off the UI thread when it is big. */
export function parseOpenedFile(text: string, name: string, threshold = PARSE_IN_WORKER_ABOVE_BYTES): Promise<ParseOutcome> {
  if (text.length <= threshold) return Promise.resolve(parseScenarioFile(text));
  cancelOpening();
  useOpening.setState({ opening: { name, bytes: text.length, startedAt: performance.now() } });
  return new Promise<ParseOutcome>((resolve) => {
    const done = (outcome: ParseOutcome) => {
      current = null;
      useOpening.setState({ opening: null });
      resolve(outcome);
    };
    // Where a module worker can't start (a file:// page), parse here after the note has had a frame to paint.
    const here = () => setTimeout(() => done(parseScenarioFile(text)), 30);
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      here();
      return;
    }
    const id = nextId++;
    current = { worker, id, resolve };
    const assembler = new RecordAssembler();
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      if (current?.id !== id) return;
      const reply = event.data;
      if ('slice' in reply) return assembler.add(reply.slice);
      worker.terminate();
      if ('crash' in reply) return done({ ok: false, error: [{ path: '(file)', message: `Opening the file hit a bug: ${reply.crash}` }] });
      if (!reply.result.ok) return done(reply.result);
      const scenario = reply.places ? assembler.putBack(reply.result.value, reply.places) : reply.result.value;
      void readyToShow(scenario, () => current?.id === id).then((opened) => opened && done(ok(opened)));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      if (current?.id !== id) return;
      worker.terminate();
      here();
    };
    worker.postMessage({ id, text } satisfies ParseRequest);
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `readyToShow` goes on in the same task while it has taken less than this: a small org's steps take a few ms. */
const TASK_BUDGET_MS = 40;

/**
 * A big document as it opens (`asOpened`), with what its first paint computes already remembered per org, in
 * tasks of their own: all in the task that shows it, they froze the window for ~0.4 s at 100,000 people.
 * Null when the opening was cancelled meanwhile (`wanted` turned false).
 */
async function readyToShow(scenario: Scenario, wanted: () => boolean): Promise<Scenario | null> {
  const { org } = scenario;
  let opened = scenario;
  const steps = [
    () => treeIndexOf(org),
    () => (opened = asOpened(scenario)),
    () => metricsOf(org),
    () => dottedPairs(org.people),
    () => layoutOf(org, opened.view.collapsed),
  ];
  let taskStart = performance.now();
  for (const step of steps) {
    if (performance.now() - taskStart > TASK_BUDGET_MS) {
      await nextTask();
      if (!wanted()) return null;
      taskStart = performance.now();
    }
    step();
  }
  return opened;
}

/// <reference lib="webworker" />
// Runs simulations off the UI thread, posting progress as it goes.
import { monteCarlo, simulate, type Scenario } from '../../../shared';

export type WorkerRequest =
  | { readonly mode: 'single'; readonly scenario: Scenario; readonly months: number; readonly seed: number }
  | { readonly mode: 'monte-carlo'; readonly scenario: Scenario; readonly months: number; readonly runs: number };
export type WorkerReply =
  | { readonly type: 'progress'; readonly done: number; readonly of: number }
  | { readonly type: 'done'; readonly result: ReturnType<typeof simulate> }
  | { readonly type: 'monte-carlo'; readonly result: ReturnType<typeof monteCarlo> }
  | { readonly type: 'crash'; readonly message: string };

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const progress = (done: number, of: number) => self.postMessage({ type: 'progress', done, of } satisfies WorkerReply);
  try {
    if (request.mode === 'single') self.postMessage({ type: 'done', result: simulate(request.scenario, { months: request.months, seed: request.seed, onMonth: progress }) } satisfies WorkerReply);
    else self.postMessage({ type: 'monte-carlo', result: monteCarlo(request.scenario, { runs: request.runs, months: request.months, onRun: progress }) } satisfies WorkerReply);
  } catch (e) {
    self.postMessage({ type: 'crash', message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
};

/// <reference lib="webworker" />
// Runs a simulation off the UI thread, posting progress after each month.
import { simulate, type Scenario } from '../../../shared';

export type WorkerRequest = { readonly scenario: Scenario; readonly months: number; readonly seed: number };
export type WorkerReply =
  | { readonly type: 'progress'; readonly month: number; readonly of: number }
  | { readonly type: 'done'; readonly result: ReturnType<typeof simulate> }
  | { readonly type: 'crash'; readonly message: string };

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { scenario, months, seed } = event.data;
  try {
    const result = simulate(scenario, { months, seed, onMonth: (month, of) => self.postMessage({ type: 'progress', month, of } satisfies WorkerReply) });
    self.postMessage({ type: 'done', result } satisfies WorkerReply);
  } catch (e) {
    self.postMessage({ type: 'crash', message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
};

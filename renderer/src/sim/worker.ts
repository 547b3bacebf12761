/// <reference lib="webworker" />
// Runs simulations off the UI thread, posting progress as it goes. A Monte Carlo batch is split over several of
// these workers: each runs a range of run numbers and sends back one small digest per run.
import { monteCarloRun, pathRun, simulate, type PathDigest, type PersonId, type RunDigest, type Scenario } from '../../../shared';

export type WorkerRequest =
  | { readonly mode: 'single'; readonly scenario: Scenario; readonly months: number; readonly seed: number }
  | { readonly mode: 'monte-carlo'; readonly scenario: Scenario; readonly months: number; readonly from: number; readonly to: number }
  | { readonly mode: 'path'; readonly scenario: Scenario; readonly personId: PersonId; readonly months: number; readonly from: number; readonly to: number };
export type WorkerReply =
  | { readonly type: 'progress'; readonly done: number; readonly of: number }
  | { readonly type: 'done'; readonly result: ReturnType<typeof simulate> }
  | { readonly type: 'digests'; readonly digests: RunDigest[] }
  | { readonly type: 'path-digests'; readonly digests: PathDigest[] }
  | { readonly type: 'refused'; readonly problems: readonly { readonly path: string; readonly message: string }[] }
  | { readonly type: 'crash'; readonly message: string };

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const progress = (done: number, of: number) => self.postMessage({ type: 'progress', done, of } satisfies WorkerReply);
  try {
    if (request.mode === 'single') {
      self.postMessage({
        type: 'done',
        result: simulate(request.scenario, { months: request.months, seed: request.seed, onMonth: progress }),
      } satisfies WorkerReply);
      return;
    }
    if (request.mode === 'path') {
      const digests: PathDigest[] = [];
      for (let run = request.from; run < request.to; run++) {
        const digest = pathRun(request.scenario, request.personId, run, request.months);
        if (!digest.ok) return self.postMessage({ type: 'refused', problems: digest.error } satisfies WorkerReply);
        digests.push(digest.value);
        progress(digests.length, request.to - request.from);
      }
      return self.postMessage({ type: 'path-digests', digests } satisfies WorkerReply);
    }
    const digests: RunDigest[] = [];
    for (let run = request.from; run < request.to; run++) {
      const digest = monteCarloRun(request.scenario, run, request.months);
      if (!digest.ok) return self.postMessage({ type: 'refused', problems: digest.error } satisfies WorkerReply);
      digests.push(digest.value);
      progress(digests.length, request.to - request.from);
    }
    self.postMessage({ type: 'digests', digests } satisfies WorkerReply);
  } catch (e) {
    self.postMessage({ type: 'crash', message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
};

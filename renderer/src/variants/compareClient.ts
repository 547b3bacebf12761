/**
 * Start a compare job in its own module worker (one job per worker; cancelling terminates it). Where module workers
 * can't start (a file:// page) the job runs on this thread a task later, after the progress note has painted.
 */
import { runCompareJob, type CompareOutcome, type CompareReply, type CompareRequest } from './compareJobs';

export interface CompareJob {
  /** The outcome; null when cancelled. Rejects only for a bug in the job. */
  readonly done: Promise<CompareOutcome | null>;
  readonly cancel: () => void;
}

export function startCompareJob(request: CompareRequest, progress: (share: number) => void): CompareJob {
  let over = false;
  let worker: Worker | null = null;
  let settle: (outcome: CompareOutcome | null) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<CompareOutcome | null>((resolve, reject) => {
    settle = (outcome) => {
      if (over) return;
      over = true;
      worker?.terminate();
      resolve(outcome);
    };
    fail = (error) => {
      if (over) return;
      over = true;
      worker?.terminate();
      reject(error);
    };
  });
  const runHere = () =>
    setTimeout(() => {
      if (over) return;
      try {
        settle(runCompareJob(request, progress));
      } catch (e) {
        fail(e instanceof Error ? e : new Error(String(e)));
      }
    }, 0);
  try {
    worker = new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<CompareReply>) => {
      if (over) return;
      const reply = event.data;
      if (reply.type === 'progress') progress(reply.share);
      else if (reply.type === 'done') settle(reply.outcome);
      else fail(new Error(reply.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker?.terminate();
      worker = null;
      runHere();
    };
    worker.postMessage(request);
  } catch {
    worker = null;
    runHere();
  }
  return { done, cancel: () => settle(null) };
}

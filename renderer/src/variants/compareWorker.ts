/// <reference lib="webworker" />
// Runs one compare job (compareJobs.ts) off the UI thread, posting progress as it goes. The client terminates the
// worker to cancel, so a job nobody wants stops at once.
import { runCompareJob, type CompareReply, type CompareRequest } from './compareJobs';

self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const post = (reply: CompareReply) => self.postMessage(reply);
  let last = 0;
  try {
    const outcome = runCompareJob(event.data, (share) => {
      // A message per simulated month is too chatty for a long Monte Carlo: every 1% is enough for a bar.
      if (share - last < 0.01 && share < 1) return;
      last = share;
      post({ type: 'progress', share });
    });
    post({ type: 'done', outcome });
  } catch (e) {
    post({ type: 'crash', message: e instanceof Error ? e.message : String(e) });
  }
};

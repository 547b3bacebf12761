/**
 * Generate an org in a Web Worker (or on this thread, a task later, where module workers can't start), with
 * progress. One job at a time: starting another or cancelling terminates the worker.
 */
import { generateOrg, type Org } from '../../../shared';
import type { GenerateReply, GenerateRequest } from './generateWorker';

/** How a generation ended: the org, a crash (a bug, with its message), or cancelled. */
export type GenerateOutcome =
  { readonly type: 'done'; readonly org: Org } | { readonly type: 'crash'; readonly message: string } | { readonly type: 'cancelled' };

let stop: (() => void) | null = null;

/** Start generating; `onProgress` hears (people made, people wanted). Resolves once, whatever happens. */
export function generateInBackground(request: GenerateRequest, onProgress: (done: number, of: number) => void): Promise<GenerateOutcome> {
  stop?.();
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const finish = (outcome: GenerateOutcome) => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      if (timer !== null) clearTimeout(timer);
      stop = null;
      resolve(outcome);
    };
    stop = () => finish({ type: 'cancelled' });
    const runHere = () => {
      // A task later, so the dialog shows that it is working before this thread is busy.
      timer = setTimeout(() => {
        try {
          finish({ type: 'done', org: generateOrg(request) });
        } catch (e) {
          finish({ type: 'crash', message: e instanceof Error ? e.message : String(e) });
        }
      }, 0);
    };
    try {
      worker = new Worker(new URL('./generateWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<GenerateReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') onProgress(reply.done, reply.of);
        else finish(reply);
      };
      worker.onerror = (e) => {
        // Module workers can't start from some origins (a file:// page): generate here instead.
        e.preventDefault();
        worker?.terminate();
        worker = null;
        if (!settled) runHere();
      };
      worker.postMessage(request);
    } catch {
      worker = null;
      runHere();
    }
  });
}

/** Stop the generation in progress, if any (its promise resolves with `cancelled`). */
export function cancelGeneration(): void {
  stop?.();
}

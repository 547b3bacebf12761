/** A compare job (compareClient.ts) as React state: started when its request changes, cancelled on unmount or by Cancel. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { startCompareJob, type CompareJob } from './compareClient';
import type { CompareOutcome, CompareRequest } from './compareJobs';

export interface JobState<T> {
  readonly status: 'idle' | 'running' | 'done' | 'failed' | 'stopped';
  readonly progress: number;
  /** The last value computed; kept while a newer job runs, so the view doesn't blank. */
  readonly value: T | null;
  /** The request the value answers. */
  readonly valueOf: CompareRequest | null;
  readonly error: string | null;
}

/** One start of a job: the request and how many times `run` was called (so the same request can run again). */
interface Start {
  readonly request: CompareRequest;
  readonly n: number;
}

interface Kept<T> {
  readonly value: T | null;
  readonly valueOf: CompareRequest | null;
  /** The start the last outcome (value or error) or Stop belongs to: its status is derived from this. */
  readonly ended: { readonly start: Start; readonly error: string | null; readonly stopped: boolean } | null;
  readonly progress: { readonly start: Start; readonly share: number } | null;
}

/**
 * Run `request` (null: nothing to run) when `run` is called and, with `auto`, whenever it changes. `read` takes
 * the job's outcome apart into a value or a problem. The status is derived from which start ended last, so
 * nothing is set in the effect itself.
 */
export function useCompareJob<T>(
  request: CompareRequest | null,
  read: (outcome: CompareOutcome) => { value: T } | { error: string },
  auto = true,
): JobState<T> & { run: () => void; cancel: () => void } {
  const [kept, setKept] = useState<Kept<T>>({ value: null, valueOf: null, ended: null, progress: null });
  const job = useRef<CompareJob | null>(null);
  // `run` asks for the request as it is then (and, with `auto`, again for the current one).
  const [asked, setAsked] = useState<{ readonly request: CompareRequest | null; readonly n: number }>({ request: null, n: 0 });
  // Without `auto`, only `run` starts a job (a Monte Carlo batch is too long to start on every change).
  const target = auto ? request : asked.request;
  const start = useMemo<Start | null>(() => (target ? { request: target, n: asked.n } : null), [target, asked.n]);

  useEffect(() => {
    if (!start) return;
    const started = startCompareJob(start.request, (share) => setKept((k) => ({ ...k, progress: { start, share } })));
    job.current = started;
    started.done.then(
      (outcome) => {
        if (!outcome || job.current !== started) return;
        const answer = read(outcome);
        setKept((k) =>
          'value' in answer
            ? { ...k, value: answer.value, valueOf: start.request, ended: { start, error: null, stopped: false } }
            : { ...k, ended: { start, error: answer.error, stopped: false } },
        );
      },
      (e: unknown) => {
        if (job.current === started)
          setKept((k) => ({ ...k, ended: { start, error: `The comparison hit a bug: ${e instanceof Error ? e.message : String(e)}`, stopped: false } }));
      },
    );
    return () => {
      started.cancel();
      if (job.current === started) job.current = null;
    };
  }, [start, read]);

  const run = useCallback(() => setAsked((a) => ({ request, n: a.n + 1 })), [request]);
  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    if (start) setKept((k) => (k.ended?.start === start ? k : { ...k, ended: { start, error: null, stopped: true } }));
  }, [start]);

  const ended = start && kept.ended?.start === start ? kept.ended : null;
  const status: JobState<T>['status'] = !start ? 'idle' : !ended ? 'running' : ended.stopped ? 'stopped' : ended.error ? 'failed' : 'done';
  const progress = status === 'done' ? 1 : start && kept.progress?.start === start ? kept.progress.share : 0;
  return { status, progress, value: kept.value, valueOf: kept.valueOf, error: ended?.error ?? null, run, cancel };
}

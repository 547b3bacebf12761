/** A compare job (compareClient.ts) as React state: started when its request changes, cancelled on unmount or by Cancel. */
import { useCallback, useEffect, useRef, useState } from 'react';
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

const IDLE = { status: 'idle', progress: 0, value: null, valueOf: null, error: null } as const;

/**
 * Run `request` (null: nothing to run) when `run` is called and, with `auto`, whenever it changes. `read` takes
 * the job's outcome apart into a value or a problem.
 */
export function useCompareJob<T>(request: CompareRequest | null, read: (outcome: CompareOutcome) => { value: T } | { error: string }, auto = true): JobState<T> & { run: () => void; cancel: () => void } {
  const [state, setState] = useState<JobState<T>>(IDLE);
  const job = useRef<CompareJob | null>(null);
  const [nonce, setNonce] = useState(0);
  const readRef = useRef(read);
  readRef.current = read;
  const requestRef = useRef(request);
  requestRef.current = request;
  // Without `auto`, only `run` starts a job (a Monte Carlo batch is too long to start on every change).
  const trigger = auto ? request : null;

  useEffect(() => {
    const request = requestRef.current;
    if (!request || (!auto && nonce === 0)) return;
    setState((s) => ({ ...s, status: 'running', progress: 0, error: null }));
    const started = startCompareJob(request, (progress) => setState((s) => (s.status === 'running' ? { ...s, progress } : s)));
    job.current = started;
    started.done.then(
      (outcome) => {
        if (!outcome || job.current !== started) return;
        const read = readRef.current(outcome);
        setState((s) => ('value' in read ? { status: 'done', progress: 1, value: read.value, valueOf: request, error: null } : { ...s, status: 'failed', error: read.error }));
      },
      (e: unknown) => {
        if (job.current === started) setState((s) => ({ ...s, status: 'failed', error: `The comparison hit a bug: ${e instanceof Error ? e.message : String(e)}` }));
      },
    );
    return () => {
      started.cancel();
      if (job.current === started) job.current = null;
    };
  }, [trigger, nonce, auto]);

  const run = useCallback(() => setNonce((n) => n + 1), []);
  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setState((s) => (s.status === 'running' ? { ...s, status: 'stopped' } : s));
  }, []);
  return { ...state, run, cancel };
}

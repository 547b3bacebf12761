import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../../../shared';
import { startCompareJob } from './compareClient';
import type { CompareRequest } from './compareJobs';

// Node has no Worker: the client falls back to this thread, a task later, as a file:// page does.
const request: CompareRequest = {
  kind: 'compare',
  variants: [
    { name: 'A', scenario: sampleScenario() },
    { name: 'B', scenario: sampleScenario() },
  ],
  month: 3,
};

describe('startCompareJob where workers can’t start', () => {
  it('runs the job on this thread, with progress, and resolves with its outcome', async () => {
    const shares: number[] = [];
    const job = startCompareJob(request, (s) => shares.push(s));
    expect(shares).toEqual([]); // not yet: a task later, after the progress note has painted
    const outcome = await job.done;
    expect(outcome?.kind).toBe('compare');
    expect(outcome?.result.ok).toBe(true);
    expect(shares.at(-1)).toBe(1);
  });

  it('Cancel before it starts resolves with null and runs nothing', async () => {
    const shares: number[] = [];
    const job = startCompareJob(request, (s) => shares.push(s));
    job.cancel();
    expect(await job.done).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shares).toEqual([]);
  });
});

/**
 * `npm run bench` (second part): Monte Carlo of 1,000 runs × 36 months on a generated 1,000-person org (the
 * calibration's org, growing 2% a year), split over one worker thread per core as the app splits it over Web
 * Workers. Checks too that the summary is the same with one worker and with all of them.
 * `MC_RUNS=200 npm run bench` runs fewer.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { calibrationScenarios } from '../../shared/simulation/calibrate';
import { monteCarloChunks, monteCarloRun, summarizeMonteCarlo, type RunDigest } from '../../shared/simulation/monteCarlo';

const MONTHS = 36;
const scenario = calibrationScenarios(MONTHS)[2]!.scenario;

if (!isMainThread) {
  const { from, to } = workerData as { from: number; to: number };
  const digests: RunDigest[] = [];
  for (let run = from; run < to; run++) {
    const d = monteCarloRun(scenario, run, MONTHS);
    if (!d.ok) throw new Error(d.error.map((p) => p.message).join('; '));
    digests.push(d.value);
  }
  parentPort!.postMessage(digests);
} else {
  const runs = Number(process.env.MC_RUNS ?? 1000);
  const batch = async (workers: number) => {
    const t = performance.now();
    const parts = await Promise.all(
      monteCarloChunks(runs, workers).map(
        (chunk) =>
          new Promise<RunDigest[]>((resolve, reject) => {
            const worker = new Worker(__filename, { workerData: chunk });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    return { ms: performance.now() - t, summary: summarizeMonteCarlo(scenario, MONTHS, parts.flat()) };
  };
  void report(batch, runs);
}

async function report(batch: (workers: number) => Promise<{ ms: number; summary: unknown }>, runs: number): Promise<void> {
  const cores = availableParallelism();
  const all = await batch(cores);
  const one = await batch(1);
  const same = JSON.stringify(all.summary) === JSON.stringify(one.summary);
  const people = Object.keys(scenario.org.people).length.toLocaleString('en');
  const target = 30_000;
  console.log('\n| what | time | target |\n| --- | --- | --- |');
  console.log(
    `| Monte Carlo, ${runs.toLocaleString('en')} runs × ${MONTHS} months, ${people} people, ${cores} workers | ${(all.ms / 1000).toFixed(1)} s (${Math.round((all.ms * cores) / runs)} ms a run a core) | under ${target / 1000} s${all.ms > target ? ' (missed)' : ''} |`,
  );
  console.log(`| the same on 1 worker | ${(one.ms / 1000).toFixed(1)} s | (the summary ${same ? 'is identical' : 'DIFFERS'}) |`);
  if (!same || all.ms > target) process.exitCode = 1;
}

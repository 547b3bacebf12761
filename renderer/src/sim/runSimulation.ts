/**
 * Start a simulation (or a Monte Carlo batch) of the current document in Web Workers, or on this thread where
 * workers can't start. A batch is split into one range of runs per core; each run depends only on its number,
 * and the summary puts the runs in order first, so the odds are the same however many workers ran them.
 */
import { monteCarlo, monteCarloChunks, pathOdds, simulate, summarizeMonteCarlo, summarizePath, type PathDigest, type PathOdds, type PersonId, type RunDigest, type Scenario } from '../../../shared';
import { useStore } from '../store/store';
import type { WorkerReply, WorkerRequest } from './worker';

let running: Worker[] = [];

function stopWorkers(): void {
  for (const worker of running) worker.terminate();
  running = [];
}

const spawn = (): Worker => {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  running.push(worker);
  return worker;
};

/** How many workers a batch uses: one per core the browser reports, at least one, at most eight. */
export function monteCarloWorkers(cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency): number {
  return Math.max(1, Math.min(8, Number.isFinite(cores) && cores > 0 ? Math.floor(cores) : 2));
}

const failed = (problems: readonly { path: string; message: string }[]) => useStore.getState().simulationFailed(problems.map((p) => `${p.path}: ${p.message}`));
const crashed = (message: string) => useStore.getState().simulationFailed([`The simulation hit a bug: ${message}`]);

export function runSimulation(): void {
  stopWorkers();
  const state = useStore.getState();
  const scenario = state.scenario;
  state.simulationStarted(scenario);
  const months = scenario.simulation.months;
  const seed = scenario.simulation.seed;
  const current = () => useStore.getState().sim.runOf === scenario; // a newer run replaces this one
  const finish = (result: ReturnType<typeof simulate>) => {
    if (!current()) return;
    if (result.ok) useStore.getState().simulationDone(result.value);
    else failed(result.error);
  };
  const runHere = () =>
    setTimeout(() => {
      try {
        finish(simulate(scenario, { months, seed }));
      } catch (e) {
        if (current()) crashed(e instanceof Error ? e.message : String(e));
      }
    }, 0);
  try {
    const worker = spawn();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (!current()) return;
      if (reply.type === 'progress') return useStore.getState().simulationProgress(reply.done / reply.of);
      stopWorkers();
      if (reply.type === 'done') finish(reply.result);
      else if (reply.type === 'crash') crashed(reply.message);
    };
    worker.onerror = (e) => {
      // Module workers can't start from some origins (a file:// page): run here instead.
      e.preventDefault();
      stopWorkers();
      runHere();
    };
    worker.postMessage({ mode: 'single', scenario, months, seed } satisfies WorkerRequest);
  } catch {
    stopWorkers();
    runHere();
  }
}

/** Run the scenario over `runs` seeds, split over the cores, and show the odds and the fan charts. */
export function runMonteCarlo(runs: number, workers = monteCarloWorkers()): void {
  stopWorkers();
  const state = useStore.getState();
  const scenario: Scenario = state.scenario;
  state.monteCarloStarted(scenario);
  const months = scenario.simulation.months;
  const current = () => useStore.getState().sim.monteCarloOf === scenario;
  const runHere = () =>
    setTimeout(() => {
      if (!current()) return;
      try {
        const result = monteCarlo(scenario, { runs, months });
        if (!current()) return;
        if (result.ok) useStore.getState().monteCarloDone(result.value);
        else failed(result.error);
      } catch (e) {
        crashed(e instanceof Error ? e.message : String(e));
      }
    }, 0);
  const chunks = monteCarloChunks(runs, workers);
  const done = chunks.map(() => 0);
  const digests: RunDigest[] = [];
  let pending = chunks.length;
  let fellBack = false;
  const fallBack = () => {
    if (fellBack) return;
    fellBack = true;
    stopWorkers();
    runHere();
  };
  try {
    chunks.forEach((chunk, i) => {
      const worker = spawn();
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (!current() || fellBack) return;
        if (reply.type === 'progress') {
          done[i] = reply.done;
          useStore.getState().simulationProgress(done.reduce((a, b) => a + b, 0) / runs);
        } else if (reply.type === 'digests') {
          worker.terminate();
          digests.push(...reply.digests);
          if (--pending === 0) {
            running = [];
            useStore.getState().monteCarloDone(summarizeMonteCarlo(scenario, months, digests));
          }
        } else if (reply.type === 'refused') {
          stopWorkers();
          failed(reply.problems);
        } else if (reply.type === 'crash') {
          stopWorkers();
          crashed(reply.message);
        }
      };
      worker.onerror = (e) => {
        e.preventDefault();
        fallBack();
      };
      worker.postMessage({ mode: 'monte-carlo', scenario, months, from: chunk.from, to: chunk.to } satisfies WorkerRequest);
    });
  } catch {
    fallBack();
  }
}

/** Stop a running simulation. */
export function cancelSimulation(): void {
  stopWorkers();
  useStore.getState().simulationFailed(['Stopped.']);
}

/**
 * A person's odds over `runs` runs, split over the cores like a Monte Carlo batch but apart from it (the path
 * view runs its own). Returns a function that stops it. `onDone` gets the odds or the problems.
 */
export function runPathOdds(
  scenario: Scenario,
  personId: PersonId,
  runs: number,
  on: { progress: (share: number) => void; done: (odds: PathOdds) => void; failed: (message: string) => void },
  workers = monteCarloWorkers(),
): () => void {
  const months = scenario.simulation.months;
  const own: Worker[] = [];
  let over = false;
  let fellBack = false;
  const stop = () => {
    over = true;
    for (const w of own) w.terminate();
  };
  const runHere = () =>
    setTimeout(() => {
      if (over) return;
      const odds = pathOdds(scenario, personId, { runs, months });
      if (over) return;
      over = true;
      if (odds.ok) on.done(odds.value);
      else on.failed(odds.error.map((p) => p.message).join(' '));
    }, 0);
  const chunks = monteCarloChunks(runs, workers);
  const done = chunks.map(() => 0);
  const digests: PathDigest[] = [];
  let pending = chunks.length;
  try {
    chunks.forEach((chunk, i) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      own.push(worker);
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (over) return;
        if (reply.type === 'progress') {
          done[i] = reply.done;
          on.progress(done.reduce((a, b) => a + b, 0) / runs);
        } else if (reply.type === 'path-digests') {
          worker.terminate();
          digests.push(...reply.digests);
          if (--pending === 0) {
            over = true;
            on.done(summarizePath(personId, months, digests));
          }
        } else if (reply.type === 'refused' || reply.type === 'crash') {
          stop();
          on.failed(reply.type === 'refused' ? reply.problems.map((p) => p.message).join(' ') : `The simulation hit a bug: ${reply.message}`);
        }
      };
      worker.onerror = (e) => {
        e.preventDefault();
        if (over || fellBack) return;
        fellBack = true;
        for (const w of own) w.terminate();
        runHere();
      };
      worker.postMessage({ mode: 'path', scenario, personId, months, from: chunk.from, to: chunk.to } satisfies WorkerRequest);
    });
  } catch {
    for (const w of own) w.terminate();
    runHere();
  }
  return stop;
}

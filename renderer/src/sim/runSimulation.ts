/**
 * Start a simulation (or a Monte Carlo batch) of the current document in Web Workers, or on this thread where
 * workers can't start. A batch is split into one range of runs per core; each run depends only on its number,
 * and the summary puts the runs in order first, so the odds are the same however many workers ran them.
 */
import {
  monteCarlo,
  monteCarloChunks,
  pathOdds,
  simulate,
  summarizeMonteCarlo,
  summarizePath,
  withoutVariants,
  type PathDigest,
  type PathOdds,
  type PersonId,
  type RunDigest,
  type Scenario,
} from '../../../shared';
import { sameRunInputs } from '../store/history';
import { useStore } from '../store/store';
import type { WorkerReply, WorkerRequest } from './worker';

/** The document's simulation workers (a run or a Monte Carlo batch): what Stop and a new run end. */
const running: Worker[] = [];

function stopWorkers(): void {
  for (const worker of running.splice(0)) worker.terminate();
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

const isRunOf = (of: Scenario | null, scenario: Scenario): boolean => of !== null && sameRunInputs(of, scenario);

const failed = (problems: readonly { path: string; message: string }[]) => useStore.getState().simulationFailed(problems.map((p) => `${p.path}: ${p.message}`));
const crashed = (message: string) => useStore.getState().simulationFailed([`The simulation hit a bug: ${message}`]);

export function runSimulation(): void {
  stopWorkers();
  const state = useStore.getState();
  const scenario = state.scenario;
  state.simulationStarted(scenario);
  const months = scenario.simulation.months;
  const seed = scenario.simulation.seed;
  // A newer run of other inputs replaces this one (runOf follows the document while the inputs stay the same).
  const current = () => isRunOf(useStore.getState().sim.runOf, scenario);
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
    worker.postMessage({ mode: 'single', scenario: withoutVariants(scenario), months, seed } satisfies WorkerRequest);
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
  const current = () => isRunOf(useStore.getState().sim.monteCarloOf, scenario);
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
  splitOverWorkers<RunDigest>({
    pool: running,
    runs,
    workers,
    request: (chunk) => ({ mode: 'monte-carlo', scenario: withoutVariants(scenario), months, ...chunk }),
    digests: (reply) => (reply.type === 'digests' ? reply.digests : null),
    live: current,
    progress: (share) => useStore.getState().simulationProgress(share),
    done: (digests) => useStore.getState().monteCarloDone(summarizeMonteCarlo(scenario, months, digests)),
    refused: failed,
    crashed,
    runHere,
  });
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
  splitOverWorkers<PathDigest>({
    pool: own,
    runs,
    workers,
    request: (chunk) => ({ mode: 'path', scenario: withoutVariants(scenario), personId, months, ...chunk }),
    digests: (reply) => (reply.type === 'path-digests' ? reply.digests : null),
    live: () => !over,
    progress: on.progress,
    done: (digests) => {
      over = true;
      on.done(summarizePath(personId, months, digests));
    },
    refused: (problems) => {
      over = true;
      on.failed(problems.map((p) => p.message).join(' '));
    },
    crashed: (message) => {
      over = true;
      on.failed(`The simulation hit a bug: ${message}`);
    },
    runHere,
  });
  return stop;
}

/** One batch split over workers: what to ask each, how to read its digests, and where the outcome goes. */
interface Split<D> {
  /** The workers started are added here (and terminated from here when the batch ends). */
  readonly pool: Worker[];
  readonly runs: number;
  readonly workers: number;
  readonly request: (chunk: { from: number; to: number }) => WorkerRequest;
  /** The digests a reply carries, or null when it carries none. */
  readonly digests: (reply: WorkerReply) => readonly D[] | null;
  /** False once the batch is no longer wanted: replies are then dropped. */
  readonly live: () => boolean;
  readonly progress: (share: number) => void;
  readonly done: (digests: D[]) => void;
  readonly refused: (problems: readonly { path: string; message: string }[]) => void;
  readonly crashed: (message: string) => void;
  /** Where module workers can't start (a file:// page): the whole batch on this thread instead. */
  readonly runHere: () => void;
}

/**
 * Split runs `0..runs-1` over workers (`monteCarloChunks`), sum their progress and collect their digests; the
 * caller summarises them (in run order, so the result doesn't depend on the split). Falls back to `runHere` once.
 */
function splitOverWorkers<D>(split: Split<D>): void {
  const chunks = monteCarloChunks(split.runs, split.workers);
  const done = chunks.map(() => 0);
  const collected: D[] = [];
  let pending = chunks.length;
  let fellBack = false;
  const stop = () => {
    for (const worker of split.pool.splice(0)) worker.terminate();
  };
  const fallBack = () => {
    if (fellBack) return;
    fellBack = true;
    stop();
    split.runHere();
  };
  try {
    chunks.forEach((chunk, i) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      split.pool.push(worker);
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (!split.live() || fellBack) return;
        const digests = split.digests(reply);
        if (reply.type === 'progress') {
          done[i] = reply.done;
          split.progress(done.reduce((a, b) => a + b, 0) / split.runs);
        } else if (digests) {
          worker.terminate();
          collected.push(...digests);
          if (--pending === 0) {
            stop();
            split.done(collected);
          }
        } else if (reply.type === 'refused') {
          stop();
          split.refused(reply.problems);
        } else if (reply.type === 'crash') {
          stop();
          split.crashed(reply.message);
        }
      };
      worker.onerror = (e) => {
        e.preventDefault();
        if (split.live()) fallBack();
      };
      worker.postMessage(split.request(chunk));
    });
  } catch {
    fallBack();
  }
}

/** Start a simulation (or a Monte Carlo batch) of the current document in a Web Worker, or on this thread where workers can't start. */
import { monteCarlo, simulate } from '../../../shared';
import { useStore } from '../store/store';
import type { WorkerReply, WorkerRequest } from './worker';

let current: Worker | null = null;

function start(request: WorkerRequest, onReply: (reply: Exclude<WorkerReply, { type: 'progress' }>) => void): void {
  current?.terminate();
  const runHere = () =>
    setTimeout(() => {
      try {
        if (request.mode === 'single') onReply({ type: 'done', result: simulate(request.scenario, { months: request.months, seed: request.seed }) });
        else onReply({ type: 'monte-carlo', result: monteCarlo(request.scenario, { runs: request.runs, months: request.months }) });
      } catch (e) {
        onReply({ type: 'crash', message: e instanceof Error ? e.message : String(e) });
      }
    }, 0);
  try {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    current = worker;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return useStore.getState().simulationProgress(reply.done / reply.of);
      worker.terminate();
      current = null;
      onReply(reply);
    };
    worker.onerror = (e) => {
      // Module workers can't start from some origins (a file:// page): run here instead.
      e.preventDefault();
      worker.terminate();
      current = null;
      runHere();
    };
    worker.postMessage(request);
  } catch {
    runHere();
  }
}

export function runSimulation(): void {
  const state = useStore.getState();
  const scenario = state.scenario;
  state.simulationStarted(scenario);
  start({ mode: 'single', scenario, months: scenario.simulation.months, seed: scenario.simulation.seed }, (reply) => {
    if (useStore.getState().sim.runOf !== scenario) return; // a newer run replaced this one
    if (reply.type === 'done') {
      if (reply.result.ok) useStore.getState().simulationDone(reply.result.value);
      else useStore.getState().simulationFailed(reply.result.error.map((p) => `${p.path}: ${p.message}`));
    } else if (reply.type === 'crash') useStore.getState().simulationFailed([`The simulation hit a bug: ${reply.message}`]);
  });
}

/** Run the scenario over `runs` seeds and show the odds and the fan charts. */
export function runMonteCarlo(runs: number): void {
  const state = useStore.getState();
  const scenario = state.scenario;
  state.monteCarloStarted(scenario);
  start({ mode: 'monte-carlo', scenario, months: scenario.simulation.months, runs }, (reply) => {
    if (useStore.getState().sim.monteCarloOf !== scenario) return;
    if (reply.type === 'monte-carlo') {
      if (reply.result.ok) useStore.getState().monteCarloDone(reply.result.value);
      else useStore.getState().simulationFailed(reply.result.error.map((p) => `${p.path}: ${p.message}`));
    } else if (reply.type === 'crash') useStore.getState().simulationFailed([`The simulation hit a bug: ${reply.message}`]);
  });
}

/** Stop a running simulation. */
export function cancelSimulation(): void {
  current?.terminate();
  current = null;
  useStore.getState().simulationFailed(['Stopped.']);
}

/** Start a simulation of the current document in a Web Worker (or, where workers can't start, on this thread). */
import { simulate } from '../../../shared';
import { useStore } from '../store/store';
import type { WorkerReply, WorkerRequest } from './worker';

let current: Worker | null = null;

export function runSimulation(): void {
  const state = useStore.getState();
  const scenario = state.scenario;
  const request: WorkerRequest = { scenario, months: scenario.simulation.months, seed: scenario.simulation.seed };
  current?.terminate();
  state.simulationStarted(scenario);
  const finish = (reply: Extract<WorkerReply, { type: 'done' }>['result']) => {
    if (useStore.getState().sim.runOf !== scenario) return; // a newer run replaced this one
    if (reply.ok) useStore.getState().simulationDone(reply.value);
    else useStore.getState().simulationFailed(reply.error.map((p) => `${p.path}: ${p.message}`));
  };
  try {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    current = worker;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') useStore.getState().simulationProgress(reply.month / reply.of);
      else {
        worker.terminate();
        current = null;
        if (reply.type === 'done') finish(reply.result);
        else useStore.getState().simulationFailed([`The simulation hit a bug: ${reply.message}`]);
      }
    };
    worker.onerror = (e) => {
      // Module workers can't start from some origins (a file:// page): run here instead.
      e.preventDefault();
      worker.terminate();
      current = null;
      setTimeout(() => finish(simulate(scenario, { months: request.months, seed: request.seed })), 0);
    };
    worker.postMessage(request);
  } catch {
    setTimeout(() => finish(simulate(scenario, { months: request.months, seed: request.seed })), 0);
  }
}

/** Stop a running simulation. */
export function cancelSimulation(): void {
  current?.terminate();
  current = null;
  useStore.getState().simulationFailed(['Stopped.']);
}

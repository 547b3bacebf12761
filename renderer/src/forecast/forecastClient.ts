/**
 * Keeps the store's forecasts in step with what the canvas shows, computing them in a Web Worker (or on this
 * thread, a task later, where module workers can't start). One request at a time: a newer one terminates the
 * worker and starts a fresh one, and a reply whose id isn't the pending one is dropped.
 */
import { forecastEmergence, type Org, type Policy } from '../../../shared';
import { isSmallOrg, peopleCountOf, selectBaseOrg } from '../store/selectors';
import { useStore, type Store } from '../store/store';
import { dropped, failed, nextStep, received, requested, retried, stopped, type ForecastsState } from './forecastState';
import type { ForecastMessage, ForecastReply, ForecastRequest } from './forecastWorker';
import { diffOrg } from './orgPatch';
import { slicedMessages } from './slicedOrg';
import { fromWire, toWire } from './wire';

let worker: Worker | null = null;
/** The id the worker is computing, or null when it is idle. */
let busyWith: number | null = null;
/** The org the running worker was last sent: the next request sends only what changed since (see orgPatch.ts). */
let workerOrg: Org | null = null;
/** Set once a module worker failed to start: from then on forecasts run on this thread. */
let workersUnavailable = false;
let nextId = 1;

function update(change: (s: ForecastsState) => ForecastsState): void {
  const before = useStore.getState().forecasts;
  const after = change(before);
  if (after !== before) useStore.setState({ forecasts: after });
}

function onReply(reply: ForecastReply): void {
  busyWith = null;
  if (reply.type === 'crash') return update((s) => failed(s, reply.id, reply.message));
  update((s) => (s.pending?.id === reply.id ? received(s, reply.id, fromWire(reply.forecast, s.pending.org)) : s));
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
  busyWith = null;
  workerOrg = null;
}

/** Compute on this thread, a task from now (so the "Forecasting…" state paints first), unless superseded by then. */
function runHere(request: ForecastRequest): void {
  setTimeout(() => {
    if (useStore.getState().forecasts.pending?.id !== request.id) return;
    try {
      onReply({ type: 'done', id: request.id, forecast: toWire(forecastEmergence(request.org, request.policy)) });
    } catch (e) {
      onReply({ type: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) });
    }
  }, 0);
}

function startWorker(): Worker | null {
  try {
    const w = new Worker(new URL('./forecastWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<ForecastReply>) => onReply(event.data);
    w.onerror = (e) => {
      // Module workers can't start from some origins (a file:// page): compute here from now on.
      e.preventDefault();
      const pending = useStore.getState().forecasts.pending;
      stopWorker();
      workersUnavailable = true;
      if (pending) runHere(pending);
    };
    return w;
  } catch {
    workersUnavailable = true;
    return null;
  }
}

function send(org: Org, policy: Policy): void {
  const request: ForecastRequest = { id: nextId++, org, policy };
  update((s) => requested(s, { ...request, startedAt: performance.now() }));
  // The worker computes one forecast start to finish: one nobody wants any more can only be stopped by terminating it.
  if (busyWith !== null) stopWorker();
  if (!workersUnavailable && !worker) worker = startWorker();
  if (!worker) return runHere(request);
  busyWith = request.id;
  const patch = workerOrg ? diffOrg(workerOrg, org) : null;
  const message: ForecastMessage = patch ? { id: request.id, patch, policy } : request;
  workerOrg = org;
  if (patch || peopleCountOf(org.people) <= POST_IN_SLICES_ABOVE_PEOPLE) return worker.postMessage(message);
  // Copying a whole big org to the worker froze the window (~0.3 s at 100,000 people here): it goes in slices,
  // a task each, starting a task later so the change that asked for it (opening a file, say) is drawn first.
  // Safe to post late: this worker gets no other message before it replies (a newer request terminates it).
  const to = worker;
  const messages = slicedMessages(request);
  const next = () => {
    if (worker !== to) return;
    const message = messages.next();
    if (message.done) return;
    to.postMessage(message.value);
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

/** A whole org over this many people is posted to the worker in slices (see `send`). */
const POST_IN_SLICES_ABOVE_PEOPLE = 20_000;

/**
 * The orgs whose forecasts the UI needs, most wanted first: the one on the canvas, today's (the health panel's
 * bench), then, with a simulation, the months either side of the one shown, so stepping through months or
 * playing them finds the next one ready.
 */
function wantedOrgs(s: Store): Org[] {
  const { result, month } = s.sim;
  const orgs = [selectBaseOrg(s), s.scenario.org, ...(result ? [result.orgs[month + 1], result.orgs[month - 1]] : [])];
  return orgs.filter((org, i): org is Org => org !== undefined && orgs.indexOf(org) === i && !isSmallOrg(org));
}

function sync(s: Store): void {
  const step = nextStep(s.forecasts, wantedOrgs(s), s.scenario.policy);
  if (step.kind === 'request') send(step.org, s.scenario.policy);
  else if (step.kind === 'drop') {
    stopWorker();
    update(dropped);
  }
}

let started = false;

/** Start following the store: call once at startup. Small orgs never reach the worker (see `isSmallOrg`). */
export function startForecasting(): void {
  if (started) return;
  started = true;
  useStore.subscribe((s, prev) => {
    if (s.scenario.org !== prev.scenario.org || s.scenario.policy !== prev.scenario.policy || s.sim !== prev.sim || s.forecasts !== prev.forecasts) sync(s);
  });
  sync(useStore.getState());
}

/** Stop the forecast being computed (the worker is terminated and a fresh one starts with the next request). */
export function cancelForecast(): void {
  stopWorker();
  update(stopped);
}

/** Ask again for a forecast that was stopped or failed. */
export function retryForecast(): void {
  update(retried);
}

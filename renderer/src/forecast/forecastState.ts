/**
 * The store's record of forecasts computed off the UI thread: a small cache keyed by (org, policy) identity
 * and the one request in flight. Pure functions over plain data, so the request and staleness rules are
 * testable without a worker. The store replaces orgs and policies on every change (never mutates), so
 * identity is the key: each simulated month is its own org, which makes the cache a cache by month too.
 */
import type { Forecast, Org, Policy } from '../../../shared';

export interface ForecastEntry {
  readonly org: Org;
  readonly policy: Policy;
  readonly forecast: Forecast;
}

export interface PendingForecast {
  /** Replies carrying any other id are for an org that is no longer wanted: dropped. */
  readonly id: number;
  readonly org: Org;
  readonly policy: Policy;
  /** `performance.now()` when it was asked for: past 300 ms the UI offers to cancel. */
  readonly startedAt: number;
}

export interface ForecastsState {
  /** Most recent first, at most `CACHE_SIZE`. */
  readonly entries: readonly ForecastEntry[];
  readonly pending: PendingForecast | null;
  /** The (org, policy) the user stopped: not asked for again until the org or the policy changes (or Retry). */
  readonly stopped: { readonly org: Org; readonly policy: Policy } | null;
  /** The last worker crash, shown instead of the ghosts. */
  readonly failure: string | null;
}

/** Today's org and every month of a 36-month run fit, with room to go back and forth. */
export const CACHE_SIZE = 40;

export const NO_FORECASTS: ForecastsState = { entries: [], pending: null, stopped: null, failure: null };

/** The forecast of exactly (org, policy), if computed. */
export function cachedForecast(state: ForecastsState, org: Org, policy: Policy): Forecast | null {
  return state.entries.find((e) => e.org === org && e.policy === policy)?.forecast ?? null;
}

/** The newest forecast of this org under any policy: shown while the current policy's one is computed. */
export function forecastOfSameOrg(state: ForecastsState, org: Org): Forecast | null {
  return state.entries.find((e) => e.org === org)?.forecast ?? null;
}

/** True when (org, policy) needs asking for: not cached, not in flight, not stopped by the user. */
export function needsRequest(state: ForecastsState, org: Org, policy: Policy): boolean {
  if (cachedForecast(state, org, policy)) return false;
  if (state.pending && state.pending.org === org && state.pending.policy === policy) return false;
  return !(state.stopped && state.stopped.org === org && state.stopped.policy === policy);
}

/** A request went out; it replaces any earlier one (whose reply will then be dropped). A stop stays until Retry. */
export function requested(state: ForecastsState, pending: PendingForecast): ForecastsState {
  const { stopped } = state;
  const again = stopped !== null && stopped.org === pending.org && stopped.policy === pending.policy;
  return again ? { ...state, pending, stopped: null, failure: null } : { ...state, pending };
}

/** A reply came back. A reply for anything but the pending request is stale and changes nothing. */
export function received(state: ForecastsState, id: number, forecast: Forecast): ForecastsState {
  const { pending } = state;
  if (!pending || pending.id !== id) return state;
  const entry: ForecastEntry = { org: pending.org, policy: pending.policy, forecast };
  return {
    ...state,
    pending: null,
    entries: [entry, ...state.entries.filter((e) => !(e.org === entry.org && e.policy === entry.policy))].slice(0, CACHE_SIZE),
  };
}

/** The worker crashed on the pending request: remember why, and don't ask for the same again. */
export function failed(state: ForecastsState, id: number, message: string): ForecastsState {
  const { pending } = state;
  if (!pending || pending.id !== id) return state;
  return { ...state, pending: null, stopped: { org: pending.org, policy: pending.policy }, failure: message };
}

/** The user cancelled the pending request. */
export function stopped(state: ForecastsState): ForecastsState {
  const { pending } = state;
  if (!pending) return state;
  return { ...state, pending: null, stopped: { org: pending.org, policy: pending.policy } };
}

/** Forget a stop (Retry), so the forecast is asked for again. */
export function retried(state: ForecastsState): ForecastsState {
  return { ...state, stopped: null, failure: null };
}

/** What to do about the orgs the UI wants forecasts of (most wanted first): keep the request in flight, ask for one, drop the one in flight, or nothing. */
export type NextStep = { readonly kind: 'keep' } | { readonly kind: 'request'; readonly org: Org } | { readonly kind: 'drop' } | { readonly kind: 'none' };

/**
 * Decide the next request. Only one runs at a time, always for the most wanted missing forecast: a request for
 * it keeps running; a request for anything else is replaced (the canvas's org wins over a prefetch), and a
 * request nobody wants any more is dropped.
 */
export function nextStep(state: ForecastsState, wanted: readonly Org[], policy: Policy): NextStep {
  const { pending } = state;
  const isPending = (org: Org) => pending !== null && pending.org === org && pending.policy === policy;
  const first = wanted.find((org) => isPending(org) || needsRequest(state, org, policy));
  if (!first) return pending ? { kind: 'drop' } : { kind: 'none' };
  return isPending(first) ? { kind: 'keep' } : { kind: 'request', org: first };
}

/** The request in flight is no longer wanted: forget it without marking anything stopped. */
export function dropped(state: ForecastsState): ForecastsState {
  return state.pending ? { ...state, pending: null } : state;
}

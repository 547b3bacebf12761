import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, sampleScenario, type Forecast, type Org, type Policy } from '../../../shared';
import {
  CACHE_SIZE,
  NO_FORECASTS,
  cachedForecast,
  dropped,
  failed,
  forecastOfSameOrg,
  needsRequest,
  nextStep,
  received,
  requested,
  retried,
  stopped,
  type ForecastsState,
} from './forecastState';

// Only identity matters here: the state never looks inside an org, a policy or a forecast.
const org = (name: string) => ({ asOf: name, people: {}, units: {} }) as unknown as Org;
const forecast = (name: string) => ({ name }) as unknown as Forecast;
const A = org('A');
const B = org('B');
const P = DEFAULT_POLICY;
const Q: Policy = { ...DEFAULT_POLICY, splitAbove: 6 };

const asking = (state: ForecastsState, id: number, o: Org, p: Policy = P) => requested(state, { id, org: o, policy: p, startedAt: 0 });

describe('forecast requests', () => {
  it('keeps the reply to the pending request, by (org, policy)', () => {
    const s = received(asking(NO_FORECASTS, 1, A), 1, forecast('a'));
    expect(s.pending).toBeNull();
    expect(cachedForecast(s, A, P)).toEqual(forecast('a'));
    expect(cachedForecast(s, A, Q)).toBeNull();
    expect(cachedForecast(s, B, P)).toBeNull();
  });

  it('drops a reply for a request that a newer one replaced (the org changed meanwhile)', () => {
    const s = asking(asking(NO_FORECASTS, 1, A), 2, B);
    const after = received(s, 1, forecast('a'));
    expect(after).toBe(s);
    expect(cachedForecast(after, A, P)).toBeNull();
    expect(after.pending?.id).toBe(2);
  });

  it('drops a reply when nothing is pending (cancelled or dropped)', () => {
    for (const gone of [stopped, dropped]) {
      const s = gone(asking(NO_FORECASTS, 1, A));
      expect(received(s, 1, forecast('a'))).toBe(s);
    }
  });

  it('shows the last forecast of the same org while another policy is computed', () => {
    const s = asking(received(asking(NO_FORECASTS, 1, A, P), 1, forecast('a/P')), 2, A, Q);
    expect(cachedForecast(s, A, Q)).toBeNull();
    expect(forecastOfSameOrg(s, A)).toEqual(forecast('a/P'));
    expect(forecastOfSameOrg(s, B)).toBeNull();
  });

  it(`keeps at most ${CACHE_SIZE} forecasts, newest first, one per (org, policy)`, () => {
    const orgs = Array.from({ length: CACHE_SIZE + 5 }, (_, i) => org(`m${i}`));
    let s = NO_FORECASTS;
    orgs.forEach((o, i) => (s = received(asking(s, i + 1, o), i + 1, forecast(`f${i}`))));
    s = received(asking(s, 100, orgs[CACHE_SIZE + 4]!), 100, forecast('again'));
    expect(s.entries).toHaveLength(CACHE_SIZE);
    expect(s.entries[0]!.forecast).toEqual(forecast('again'));
    expect(cachedForecast(s, orgs[0]!, P)).toBeNull();
    expect(cachedForecast(s, orgs[5]!, P)).toEqual(forecast('f5'));
  });

  it('does not ask again for what is cached, in flight, or stopped by the user; Retry asks again', () => {
    const inFlight = asking(NO_FORECASTS, 1, A);
    expect(needsRequest(inFlight, A, P)).toBe(false);
    expect(needsRequest(inFlight, A, Q)).toBe(true);
    expect(needsRequest(received(inFlight, 1, forecast('a')), A, P)).toBe(false);
    const cancelled = stopped(inFlight);
    expect(cancelled.pending).toBeNull();
    expect(needsRequest(cancelled, A, P)).toBe(false);
    expect(needsRequest(cancelled, B, P)).toBe(true);
    expect(needsRequest(retried(cancelled), A, P)).toBe(true);
  });

  it('a stop outlasts requests for other orgs (a prefetch), so the stopped one is not asked again by itself', () => {
    const s = asking(stopped(asking(NO_FORECASTS, 1, A)), 2, B);
    expect(s.stopped).toMatchObject({ org: A });
    expect(needsRequest(received(s, 2, forecast('b')), A, P)).toBe(false);
    expect(nextStep(received(s, 2, forecast('b')), [A, B], P)).toEqual({ kind: 'none' });
  });

  it('a crash is remembered with its message and not retried by itself', () => {
    const s = failed(asking(NO_FORECASTS, 1, A), 1, 'boom');
    expect(s).toMatchObject({ pending: null, failure: 'boom' });
    expect(needsRequest(s, A, P)).toBe(false);
    expect(failed(asking(NO_FORECASTS, 2, A), 1, 'late')).toMatchObject({ failure: null });
  });
});

describe('nextStep', () => {
  const cachedA = received(asking(NO_FORECASTS, 1, A), 1, forecast('a'));
  it.each<[string, ForecastsState, Org[], Policy, ReturnType<typeof nextStep>]>([
    ['nothing wanted, nothing running', NO_FORECASTS, [], P, { kind: 'none' }],
    ['a wanted org is missing', NO_FORECASTS, [A], P, { kind: 'request', org: A }],
    ['the most wanted missing one first', NO_FORECASTS, [A, B], P, { kind: 'request', org: A }],
    ['everything cached', cachedA, [A], P, { kind: 'none' }],
    ['the cached one is skipped', cachedA, [A, B], P, { kind: 'request', org: B }],
    ['the policy changed', cachedA, [A], Q, { kind: 'request', org: A }],
    ['the running request is the most wanted missing one', asking(cachedA, 2, B), [A, B], P, { kind: 'keep' }],
    ['a more wanted org replaces the running request (the canvas before a prefetch)', asking(NO_FORECASTS, 1, B), [A, B], P, { kind: 'request', org: A }],
    ['the running request is for an org no longer shown', asking(NO_FORECASTS, 1, B), [A], P, { kind: 'request', org: A }],
    ['the running request is for the old policy', asking(NO_FORECASTS, 1, A, P), [A], Q, { kind: 'request', org: A }],
    ['nothing missing but something running', asking(cachedA, 2, B), [A], P, { kind: 'drop' }],
    ['the user stopped the only wanted one', stopped(asking(NO_FORECASTS, 1, A)), [A], P, { kind: 'none' }],
  ])('%s', (_, state, wanted, policy, expected) => {
    expect(nextStep(state, wanted, policy)).toEqual(expected);
  });

  it('works with real orgs too (identity, not content)', () => {
    const a = sampleScenario().org;
    const copy = { ...a };
    const s = received(asking(NO_FORECASTS, 1, a), 1, forecast('a'));
    expect(nextStep(s, [copy], P)).toEqual({ kind: 'request', org: copy });
  });
});

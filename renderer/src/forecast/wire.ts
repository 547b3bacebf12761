/**
 * The forecast as it crosses between threads. A Forecast is plain data (records, arrays, strings, numbers;
 * `forecastWire.test.ts` checks there is no Map, Set or class instance in it), so structured clone carries it
 * as is, with one saving: with no structural steps, `projected` is the org itself, so it is left out and put
 * back on this side as the very org that was asked about (which also keeps the canvas's memos on that org).
 */
import type { Forecast, Org } from '../../../shared';

export type WireForecast = Omit<Forecast, 'projected'> & { readonly projected: Org | null };

/** `toWire(forecast)` → the same forecast, `projected: null` when it is the org itself. */
export function toWire(forecast: Forecast): WireForecast {
  return forecast.steps.length === 0 ? { ...forecast, projected: null } : forecast;
}

/** `fromWire(wire, org)` → the forecast of `org`, `projected` restored. */
export function fromWire(wire: WireForecast, org: Org): Forecast {
  return { ...wire, projected: wire.projected ?? org };
}

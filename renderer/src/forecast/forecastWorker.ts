/// <reference lib="webworker" />
// Computes forecasts off the UI thread, one request at a time; a newer request terminates this worker.
import { forecastEmergence, type Org, type Policy } from '../../../shared';
import { toWire, type WireForecast } from './wire';

export interface ForecastRequest {
  readonly id: number;
  readonly org: Org;
  readonly policy: Policy;
}
export type ForecastReply = { readonly type: 'done'; readonly id: number; readonly forecast: WireForecast } | { readonly type: 'crash'; readonly id: number; readonly message: string };

self.onmessage = (event: MessageEvent<ForecastRequest>) => {
  const { id, org, policy } = event.data;
  try {
    self.postMessage({ type: 'done', id, forecast: toWire(forecastEmergence(org, policy)) } satisfies ForecastReply);
  } catch (e) {
    self.postMessage({ type: 'crash', id, message: e instanceof Error ? e.message : String(e) } satisfies ForecastReply);
  }
};

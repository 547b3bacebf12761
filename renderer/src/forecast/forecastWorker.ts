/// <reference lib="webworker" />
// Computes forecasts off the UI thread, one request at a time; a newer request terminates this worker.
import { forecastEmergence, type Org, type Policy } from '../../../shared';
import type { RecordPlaces, RecordSlice } from '../file/recordSlices';
import { applyOrgPatch, type OrgPatch } from './orgPatch';
import { SlicedOrgReceiver } from './slicedOrg';
import { toWire, type WireForecast } from './wire';

export interface ForecastRequest {
  readonly id: number;
  readonly org: Org;
  readonly policy: Policy;
}
/**
 * What is posted: the whole org; or a big org in slices (slicedOrg.ts), then the request with its tables empty and
 * where they go back; or what changed since the org this worker was last sent (a drop moves one unit).
 */
export type ForecastMessage =
  | ForecastRequest
  | { readonly slice: RecordSlice }
  | (ForecastRequest & { readonly places: RecordPlaces })
  | { readonly id: number; readonly patch: OrgPatch; readonly policy: Policy };
export type ForecastReply =
  { readonly type: 'done'; readonly id: number; readonly forecast: WireForecast } | { readonly type: 'crash'; readonly id: number; readonly message: string };

/** The org last sent, which the next patch applies to. */
let last: Org | null = null;
const sliced = new SlicedOrgReceiver();

self.onmessage = (event: MessageEvent<ForecastMessage>) => {
  const message = event.data;
  if ('slice' in message) {
    sliced.receive(message);
    return;
  }
  const { id, policy } = message;
  try {
    if (!('org' in message) && !last) throw new Error('a patch came before any org');
    const org = 'places' in message ? sliced.receive(message)! : 'org' in message ? message.org : applyOrgPatch(last!, message.patch);
    last = org;
    self.postMessage({ type: 'done', id, forecast: toWire(forecastEmergence(org, policy)) } satisfies ForecastReply);
  } catch (e) {
    self.postMessage({ type: 'crash', id, message: e instanceof Error ? e.message : String(e) } satisfies ForecastReply);
  }
};

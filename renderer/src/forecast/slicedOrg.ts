/**
 * A big org sent to the forecast worker in slices. Posting a whole 100,000-person org was one structured copy of
 * ~0.3 s on the UI thread; its people and units tables go instead as slices of a few thousand entries, one
 * message (and one task here) each, then the rest of the request with where the tables go back (recordSlices.ts,
 * as the parse worker sends a parsed file). The org itself is left as it is: it is the store's.
 */
import type { Org } from '../../../shared';
import { RecordAssembler, SLICE_ENTRIES, sliceOf, type RecordPlaces, type RecordSlice } from '../file/recordSlices';
import type { ForecastMessage, ForecastRequest } from './forecastWorker';

/** The tables sent in slices, and where each goes back in the org. */
const TABLES = ['people', 'units'] as const;
const PLACES: RecordPlaces = TABLES.map((table, record) => ({ record, path: [table] }));

/**
 * The messages that carry `request` in slices, each made only when the next one is asked for (so making one is
 * part of the task that posts it): the tables' slices, then the request with its org's tables empty and `places`.
 */
export function* slicedMessages(request: ForecastRequest, sliceEntries = SLICE_ENTRIES): Generator<ForecastMessage, void, undefined> {
  for (const [record, name] of TABLES.entries()) {
    const table = request.org[name];
    const keys = Object.keys(table);
    for (let from = 0; from < keys.length; from += sliceEntries) yield { slice: sliceOf(record, table, keys, from, sliceEntries) };
  }
  yield { ...request, org: { ...request.org, people: {}, units: {} }, places: PLACES };
}

/** The worker's side: gathers slices, and gives the whole org back with the request that ends them. */
export class SlicedOrgReceiver {
  private assembler = new RecordAssembler();

  /** Takes a slice (returns null), or the request that ends them (returns its org, tables put back). */
  receive(message: { readonly slice: RecordSlice } | { readonly org: Org; readonly places: RecordPlaces }): Org | null {
    if ('slice' in message) {
      this.assembler.add(message.slice);
      return null;
    }
    const org = this.assembler.putBack({ ...message.org }, message.places);
    this.assembler = new RecordAssembler();
    return org;
  }
}

/// <reference lib="webworker" />
// Parses and checks an opened scenario file off the UI thread (a 100,000-person file takes seconds).
import { parseScenarioFile } from '../../../shared';
import { takeBigRecords, type RecordPlaces, type RecordSlice } from './recordSlices';

export type ParseRequest = { readonly id: number; readonly text: string };
export type ParseReply =
  | { readonly id: number; readonly slice: RecordSlice }
  | { readonly id: number; readonly result: ReturnType<typeof parseScenarioFile>; readonly places?: RecordPlaces }
  | { readonly id: number; readonly crash: string };

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text } = event.data;
  try {
    const result = parseScenarioFile(text);
    if (!result.ok) return self.postMessage({ id, result } satisfies ParseReply);
    // The big tables go first, in slices, so the window receives them in short tasks (recordSlices.ts).
    const { places, slices } = takeBigRecords(result.value);
    for (const slice of slices) self.postMessage({ id, slice } satisfies ParseReply);
    self.postMessage({ id, result, places } satisfies ParseReply);
  } catch (e) {
    self.postMessage({ id, crash: e instanceof Error ? e.message : String(e) } satisfies ParseReply);
  }
};

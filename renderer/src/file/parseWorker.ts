/// <reference lib="webworker" />
// Parses and checks an opened scenario file off the UI thread (a 100,000-person file takes seconds).
import { parseScenarioFile } from '../../../shared';

export type ParseRequest = { readonly id: number; readonly text: string };
export type ParseReply = { readonly id: number; readonly result: ReturnType<typeof parseScenarioFile> } | { readonly id: number; readonly crash: string };

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text } = event.data;
  try {
    self.postMessage({ id, result: parseScenarioFile(text) } satisfies ParseReply);
  } catch (e) {
    self.postMessage({ id, crash: e instanceof Error ? e.message : String(e) } satisfies ParseReply);
  }
};

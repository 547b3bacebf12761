/// <reference lib="webworker" />
// Generates an org off the UI thread (a 100,000-person org takes over a second), posting progress as it goes.
import { generateOrg, type GenerateOrgOptions, type Org } from '../../../shared';

export type GenerateRequest = Omit<GenerateOrgOptions, 'onProgress'>;
export type GenerateReply =
  | { readonly type: 'progress'; readonly done: number; readonly of: number }
  | { readonly type: 'done'; readonly org: Org }
  | { readonly type: 'crash'; readonly message: string };

self.onmessage = (event: MessageEvent<GenerateRequest>) => {
  try {
    const org = generateOrg({ ...event.data, onProgress: (done, of) => self.postMessage({ type: 'progress', done, of } satisfies GenerateReply) });
    self.postMessage({ type: 'done', org } satisfies GenerateReply);
  } catch (e) {
    self.postMessage({ type: 'crash', message: e instanceof Error ? e.message : String(e) } satisfies GenerateReply);
  }
};

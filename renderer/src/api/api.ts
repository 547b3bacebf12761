/** The typed API the renderer talks to: the desktop preload's, or the browser adapter. */
import type { OrgSimApi } from '../../../shared';
import { createBrowserApi } from './browserApi';

declare global {
  interface Window {
    readonly orgsim?: OrgSimApi;
    /** For the browser specs and the bench: what a person sees, read without a screen reader's help. */
    __orgsim?: {
      getScenarioText(): string;
      /** The boxes the box canvas paints inside the window, in client pixels (absent when it isn't shown). */
      paintedBoxes?(): { id: string; ghost: boolean; x: number; y: number; width: number; height: number }[];
    };
  }
}

export const api: OrgSimApi = window.orgsim ?? createBrowserApi();

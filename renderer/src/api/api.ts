/** The typed API the renderer talks to: the desktop preload's, or the browser adapter. */
import type { OrgSimApi } from '../../../shared';
import { createBrowserApi } from './browserApi';

declare global {
  interface Window {
    readonly orgsim?: OrgSimApi;
    __orgsim?: { getScenarioText(): string };
  }
}

export const api: OrgSimApi = window.orgsim ?? createBrowserApi();

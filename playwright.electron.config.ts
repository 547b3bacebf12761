import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The same specs against the desktop app. Needs an Electron binary and a display (or xvfb-run);
// `npm test` runs this only where both exist, after `npm run build` (the app loads dist/).
export default defineConfig({
  ...base,
  webServer: undefined,
  workers: 1,
  projects: [{ name: 'desktop', use: { target: 'desktop' } as never }],
});

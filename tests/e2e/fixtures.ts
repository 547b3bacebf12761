/**
 * The `app` fixture: the OrgSim window, in Chromium against the web build (target 'browser', the default)
 * or as the desktop app through Playwright's Electron support (target 'desktop', playwright.electron.config.ts).
 */
import { _electron as electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { OrgSimPage } from './pages/OrgSimPage';

export type Target = 'browser' | 'desktop';

export const test = base.extend<{ target: Target; app: OrgSimPage; window: Page }>({
  target: ['browser', { option: true }],
  window: async ({ target, page }, use) => {
    if (target === 'browser') return use(page);
    const electronApp: ElectronApplication = await electron.launch({
      args: ['.', '--no-sandbox'],
      ...(process.env.ELECTRON_PATH ? { executablePath: process.env.ELECTRON_PATH } : {}),
      env: { ...process.env, ORGSIM_E2E: '1' },
    });
    const window = await electronApp.firstWindow();
    await window.setViewportSize({ width: 1400, height: 900 });
    // Native dialogs can't be clicked by a test: answer them from main with the path the spec chose.
    (window as Page & { electronApp?: ElectronApplication }).electronApp = electronApp;
    await use(window);
    await electronApp.close();
  },
  app: async ({ window, target }, use) => {
    const app = new OrgSimPage(window, target);
    await app.goto();
    await use(app);
  },
});

export { expect } from '@playwright/test';

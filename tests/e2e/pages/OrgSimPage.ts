/** Page object for the OrgSim window: what a person sees and does, in their words. */
import { expect, type ElectronApplication, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SCREENSHOTS = join(process.cwd(), 'tests', 'screenshots');

export class OrgSimPage {
  readonly canvas: Locator;
  readonly units: Locator;
  readonly sidePanel: Locator;
  readonly personRows: Locator;
  readonly problemsDialog: Locator;
  readonly problems: Locator;

  constructor(
    readonly page: Page,
    readonly target: 'browser' | 'desktop' = 'browser',
  ) {
    this.canvas = page.getByTestId('canvas');
    // The org's own units; nodes the forecast inserts are `ghosts`.
    this.units = page.locator('[data-testid="unit-node"]:not([data-ghost])');
    this.sidePanel = page.getByTestId('side-panel');
    this.personRows = this.sidePanel.getByTestId('person-row');
    this.problemsDialog = page.getByRole('dialog', { name: "Can't open this file" });
    this.problems = this.problemsDialog.getByTestId('problem');
  }

  private get electronApp(): ElectronApplication {
    return (this.page as Page & { electronApp: ElectronApplication }).electronApp;
  }

  async goto(): Promise<void> {
    if (this.target === 'browser') await this.page.goto('/');
    await expect(this.units.first()).toBeVisible();
  }

  /** Nodes the forecast inserts (dashed "… needed" ghosts). */
  get ghosts(): Locator {
    return this.page.locator('[data-testid="unit-node"][data-ghost="true"]');
  }

  get candidates(): Locator {
    return this.sidePanel.getByTestId('candidate');
  }

  candidate(name: string): Locator {
    return this.candidates.filter({ hasText: name });
  }

  /** In an open person dialog, mark one readiness signal (by its label) as met, not met or unknown. */
  async setSignal(dialog: Locator, label: string | RegExp, state: 'Met' | 'Not met' | 'Unknown'): Promise<void> {
    // The radio itself is visually hidden inside its segment: click the segment, as a person would.
    const group = dialog.getByRole('radiogroup', { name: label });
    await group.getByText(state, { exact: true }).click();
    await expect(group.getByRole('radio', { name: state, exact: true })).toBeChecked();
  }

  /** Import a people CSV through Ctrl+I and the mapping dialog, accepting the columns OrgSim recognised. */
  async importCsv(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.keyboard.press('Control+i');
    await (await chooser).setFiles(path);
    const dialog = this.page.getByRole('dialog', { name: /^Import / });
    await dialog.getByRole('button', { name: /^Import \d+ people$/ }).click();
    await expect(dialog).toBeHidden();
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+z');
  }

  /** Drag one unit by the mouse and drop it at the centre of another (or at an offset on empty canvas). */
  async dragUnit(from: Locator, to: Locator | { dx: number; dy: number }): Promise<void> {
    const a = (await from.boundingBox())!;
    await this.page.mouse.move(a.x + 30, a.y + 15);
    await this.page.mouse.down();
    if ('dx' in to) await this.page.mouse.move(a.x + 30 + to.dx, a.y + 15 + to.dy, { steps: 12 });
    else {
      const b = (await to.boundingBox())!;
      await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    }
    await this.page.mouse.up();
  }

  /** The current document, parsed. */
  async document(): Promise<any> {
    return JSON.parse(await this.scenarioText());
  }

  async hideForecast(): Promise<void> {
    await this.page.getByLabel('Forecast').uncheck();
    await expect(this.ghosts).toHaveCount(0);
  }

  /** Open the Policy panel and set one numeric field by its label. */
  async setPolicy(label: string | RegExp, value: number): Promise<void> {
    if (!(await this.page.getByTestId('policy-panel').isVisible())) await this.page.getByRole('button', { name: 'Policy', exact: true }).click();
    const input = this.page.getByTestId('policy-panel').getByLabel(label);
    await input.fill(String(value));
  }

  /** The boxes a big chart's plain-box level paints on its canvas, on screen (client pixels); [] when it isn't shown. */
  paintedBoxes(): Promise<{ id: string; ghost: boolean; x: number; y: number; width: number; height: number }[]> {
    return this.page.evaluate(() => window.__orgsim?.paintedBoxes?.() ?? []);
  }

  unitById(id: string): Locator {
    return this.page.locator(`[data-testid="unit-node"][data-unit-id="${id}"]`);
  }

  unit(name: string): Locator {
    return this.page.getByTestId('unit-node').filter({ has: this.page.getByTestId('unit-name').getByText(name, { exact: true }) });
  }

  /** The unit node whose name is exactly `name` (same as `unit`). */
  unitByName(name: string): Locator {
    return this.unit(name);
  }

  async clickUnit(name: string): Promise<void> {
    await this.unit(name).click();
    await expect(this.sidePanel.getByRole('heading', { name })).toBeVisible();
  }

  metric(key: 'headcount' | 'teams' | 'managers' | 'moms' | 'layers' | 'vacancies'): Locator {
    return this.page.getByTestId(`metric-${key}`);
  }

  async metricValue(key: 'headcount' | 'teams' | 'managers' | 'moms' | 'layers' | 'vacancies'): Promise<number> {
    return Number((await this.metric(key).locator('.metric__value').textContent())?.trim());
  }

  /**
   * Open a file the way a person does: Ctrl+O (or the "Open…" button if the shortcut shows no picker), then
   * pick it in the file chooser. If no chooser event comes at all, set the file on the browser adapter's
   * hidden `data-testid="file-input"` directly (a last resort: today's adapter listens on the input only
   * while a pick is pending, and headless Chromium cancels a pick nobody intercepts at once).
   * On the desktop the native dialog is answered from main.
   */
  async openFileFromPath(path: string): Promise<void> {
    if (this.target === 'desktop') {
      await this.electronApp.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
      }, path);
      await this.page.keyboard.press('Control+o');
      return;
    }
    const chooserAfter = async (act: () => Promise<void>) => {
      const chooser = this.page.waitForEvent('filechooser', { timeout: 3_000 }).catch(() => null);
      await act();
      return chooser;
    };
    const chooser =
      (await chooserAfter(() => this.page.keyboard.press('Control+o'))) ??
      (await chooserAfter(() => this.page.getByRole('button', { name: 'Open…', exact: true }).click()));
    if (chooser) await chooser.setFiles(path);
    else await this.page.locator('input[data-testid="file-input"]').setInputFiles(path);
  }

  /** Same as `openFileFromPath`. */
  openFile(path: string): Promise<void> {
    return this.openFileFromPath(path);
  }

  /** Save As (Ctrl+Shift+S); in the browser build it downloads. Returns the saved file's path and name. */
  async saveAs(): Promise<{ path: string; name: string }> {
    const folder = join(process.cwd(), 'test-results', 'downloads', `${Date.now()}-${Math.random().toString(36).slice(2)}`);
    if (this.target === 'desktop') {
      mkdirSync(folder, { recursive: true });
      const name = 'Sample - Northwind Engineering.orgsim.json';
      const path = join(folder, name);
      await this.electronApp.evaluate(({ dialog }, chosen) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
      }, path);
      await this.page.keyboard.press('Control+Shift+s');
      await expect
        .poll(() => {
          try {
            return readFileSync(path, 'utf8').length;
          } catch {
            return 0;
          }
        })
        .toBeGreaterThan(0);
      return { path, name };
    }
    const download = this.page.waitForEvent('download');
    await this.page.keyboard.press('Control+Shift+s');
    const file = await download;
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return { path, name: file.suggestedFilename() };
  }

  /** The serialized current document, read through the app's read-only test hook. */
  scenarioText(): Promise<string> {
    return this.page.evaluate(() => window.__orgsim!.getScenarioText());
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }
}

declare global {
  interface Window {
    __orgsim?: {
      getScenarioText(): string;
      paintedBoxes?(): { id: string; ghost: boolean; x: number; y: number; width: number; height: number }[];
    };
  }
}

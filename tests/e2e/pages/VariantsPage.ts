/** Page object for variants: the toolbar's switcher, its dialogs, and the compare view, in a person's words. */
import { expect, type Locator, type Page } from '@playwright/test';

export class VariantsPage {
  readonly switcher: Locator;
  readonly active: Locator;
  readonly menu: Locator;
  readonly compare: Locator;

  constructor(readonly page: Page) {
    this.switcher = page.getByTestId('variant-switcher').getByRole('button', { name: /^Variant: / });
    this.active = page.getByTestId('active-variant');
    this.menu = page.getByRole('menu', { name: 'Variants' });
    this.compare = page.getByTestId('compare-view');
  }

  async openMenu(): Promise<void> {
    if (!(await this.menu.isVisible())) await this.switcher.click();
    await expect(this.menu).toBeVisible();
  }

  /** Choose an entry of the switcher's menu by its words ("Duplicate as new variant…", "Rename “Baseline”…"). */
  async choose(entry: string | RegExp): Promise<void> {
    await this.openMenu();
    await this.menu.getByRole('menuitem', { name: entry }).click();
  }

  /** Switch to a variant by clicking it in the switcher's menu. */
  async switchTo(name: string): Promise<void> {
    await this.openMenu();
    await this.menu.getByRole('menuitemradio', { name }).click();
    await expect(this.active).toHaveText(name);
  }

  /** Duplicate the variant being edited as `name`: type it over the suggestion and press Enter. */
  async duplicateAs(name: string): Promise<void> {
    await this.choose('Duplicate as new variant…');
    const dialog = this.page.getByRole('dialog', { name: 'Duplicate as new variant' });
    const field = dialog.getByLabel('Variant name');
    await expect(field).toBeFocused();
    await field.fill(name);
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(this.active).toHaveText(name);
  }

  /** The names in the switcher's menu, in order (closes the menu again). */
  async names(): Promise<string[]> {
    await this.openMenu();
    const names = (await this.menu.getByRole('menuitemradio').allTextContents()).map((t) => t.replace(/^✓/, '').trim());
    await this.page.keyboard.press('Escape');
    await expect(this.menu).toBeHidden();
    return names;
  }
}

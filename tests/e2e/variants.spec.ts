import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { SCREENSHOTS } from './pages/OrgSimPage';
import { VariantsPage } from './pages/VariantsPage';

test('variants: duplicate the sample as Series B with a funding round, switch back and forth, undo a rename, save and reopen', async ({
  app,
  window: page,
}) => {
  test.setTimeout(240_000);
  const variants = new VariantsPage(page);
  await expect(variants.active).toHaveText('Baseline');

  // Duplicate: a taken name is refused inline (Enter doesn't close), then the new name is taken with Enter.
  await variants.choose('Duplicate as new variant…');
  const dialog = page.getByRole('dialog', { name: 'Duplicate as new variant' });
  const field = dialog.getByLabel('Variant name');
  await expect(field).toHaveValue('Baseline copy');
  await field.fill(' baseline');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('There is already a variant named “Baseline”.');
  await app.screenshot('variants-duplicate-refused');
  await field.fill('Series B');
  await expect(dialog.getByRole('alert')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(variants.active).toHaveText('Series B');
  expect(await variants.names()).toEqual(['Baseline', 'Series B']);

  // A funding round in Series B, through the timeline's event form; then a run to month 12.
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByLabel('Add event').selectOption('funding');
  const funding = page.getByRole('dialog', { name: 'Funding round' });
  await funding.getByLabel('Month', { exact: true }).fill('2');
  await funding.getByLabel('Amount raised').fill('30000000');
  await funding.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('scheduled-event')).toHaveCount(1);
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('event-log')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Month', { exact: true }).fill('12');
  await expect(page.getByTestId('timeline-month')).toHaveText('Month 12 of 24');
  expect(await app.metricValue('headcount')).toBeGreaterThan(65);
  await variants.openMenu();
  await app.screenshot('variants-menu');
  await page.keyboard.press('Escape');
  await expect(variants.menu).toBeHidden();

  // Back to Baseline: its own (empty) events, today's org, no run of Series B on the canvas.
  await variants.switchTo('Baseline');
  await expect(page.getByTestId('scheduled-event')).toHaveCount(0);
  await expect(page.getByTestId('simulation-banner')).toBeHidden();
  await expect(page.getByTestId('timeline-month')).toHaveText('Not run yet');
  expect(await app.metricValue('headcount')).toBe(65);
  expect((await app.document()).events).toEqual([]);
  await app.screenshot('variants-baseline');

  // And to Series B again, with the keyboard: its event is there.
  await variants.switcher.focus();
  await page.keyboard.press('Enter');
  await expect(variants.menu.getByRole('menuitemradio', { name: 'Baseline' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(variants.active).toHaveText('Series B');
  await expect(page.getByTestId('scheduled-event')).toContainText('Funding round');
  // The arrows moved in the menu, not through the chart's units.
  await expect(app.sidePanel).toBeHidden();

  // Rename, then Ctrl+Z undoes it (one step).
  await variants.choose('Rename “Series B”…');
  const rename = page.getByRole('dialog', { name: 'Rename the variant “Series B”' });
  await rename.getByLabel('Variant name').fill('Raise');
  await page.keyboard.press('Enter');
  await expect(variants.active).toHaveText('Raise');
  await app.undo();
  await expect(variants.active).toHaveText('Series B');
  await expect(page.getByTestId('scheduled-event')).toContainText('Funding round');

  // Escape cancels the rename dialog and changes nothing.
  await variants.choose('Rename “Series B”…');
  await rename.getByLabel('Variant name').fill('Never');
  await page.keyboard.press('Escape');
  await expect(rename).toBeHidden();
  await expect(variants.active).toHaveText('Series B');

  // Save and open again: both variants, Series B still the one edited, its event kept.
  const saved = await app.saveAs();
  const file = JSON.parse(readFileSync(saved.path, 'utf8'));
  expect(file.variant).toBe('Series B');
  await app.openFile(saved.path);
  await expect(page).toHaveTitle(`${saved.name} — OrgSim`);
  expect(await variants.names()).toEqual(['Baseline', 'Series B']);
  await expect(variants.active).toHaveText('Series B');
  expect((await app.document()).events).toHaveLength(1);

  // Compare (Ctrl+Shift+K): Series B against Baseline at month 18.
  await page.keyboard.press('Control+Shift+K');
  await expect(variants.compare).toBeVisible();
  const pick = variants.compare.getByRole('group', { name: 'Variants to compare' });
  await expect(pick.getByRole('checkbox', { name: 'Baseline' })).toBeChecked();
  await expect(pick.getByRole('checkbox', { name: 'Series B' })).toBeChecked();
  await variants.compare.getByLabel('Month to compare').fill('18');
  await expect(variants.compare.getByTestId('compare-deltas').locator('caption')).toHaveText('At month 18', { timeout: 30_000 });
  const headcount = variants.compare.getByTestId('delta-headcount');
  await expect(headcount.locator('td').nth(0)).toHaveText(/^\d+$/);
  await expect(headcount.locator('td').nth(2)).toHaveText(/^\+\d+$/);
  await expect(variants.compare.getByTestId('compare-chart-headcount').locator('.recharts-line-curve')).toHaveCount(2);
  // The diff on the side-by-side canvases: units outlined on both sides.
  const panes = variants.compare.getByTestId('compare-pane');
  await expect(panes).toHaveCount(2);
  expect(await panes.nth(1).locator('[data-diff]').count()).toBeGreaterThan(0);
  await expect(variants.compare.getByTestId('compare-diff')).toContainText('Series B against Baseline, month 18');
  await app.screenshot('variants-compare');
  await panes.nth(1).scrollIntoViewIfNeeded();
  await app.screenshot('variants-compare-canvases');

  // Export the side-by-side view as PNG: a real image arrives.
  const download = page.waitForEvent('download');
  await variants.compare.getByRole('button', { name: 'Export PNG' }).click();
  const png = await download;
  expect(png.suggestedFilename()).toMatch(/compare Baseline vs Series B m18\.png$/);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const exported = join(SCREENSHOTS, 'variants-compare-export.png');
  await png.saveAs(exported);
  const bytes = readFileSync(exported);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(20_000);

  // Monte Carlo on the same seeds, side by side, off the UI thread.
  const mc = variants.compare.getByTestId('compare-monte-carlo');
  await mc.getByLabel('Monte Carlo runs to compare').fill('20');
  await mc.getByRole('button', { name: 'Run Monte Carlo' }).click();
  await expect(mc.getByTestId('compare-mc-unit').first()).toBeVisible({ timeout: 60_000 });
  await expect(mc.getByTestId('compare-mc-metrics')).toContainText(/Headcount\s*[+±−]\d/);
  await mc.scrollIntoViewIfNeeded();
  await app.screenshot('variants-compare-monte-carlo');
  // Arrow keys in the view scroll it; they don't walk the hidden chart.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect(variants.compare).toBeHidden();
  await expect(app.sidePanel).toBeHidden();

  // Delete asks first; Cancel keeps it, Delete removes it and Ctrl+Z brings it back.
  await variants.choose('Delete “Series B”…');
  const ask = page.getByRole('alertdialog', { name: 'Delete the variant “Series B”?' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect(await variants.names()).toEqual(['Baseline', 'Series B']);
  await variants.choose('Delete “Series B”…');
  await ask.getByRole('button', { name: 'Delete' }).click();
  await expect(variants.active).toHaveText('Baseline');
  expect(await variants.names()).toEqual(['Baseline']);
  await app.undo();
  await expect(variants.active).toHaveText('Series B');
});

test('one variant: Compare says how to make a second; a big org compares when asked, in a worker, drawn collapsed', async ({ app, window: page }) => {
  test.setTimeout(240_000);
  const variants = new VariantsPage(page);
  await page.keyboard.press('Control+Shift+K');
  await expect(variants.compare).toContainText('This document has one variant, “Baseline”.');
  await variants.compare.getByRole('button', { name: 'Duplicate as new variant…' }).click();
  await expect(variants.compare).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Duplicate as new variant' })).toBeHidden();

  // A generated org of 1,500 people, duplicated with a 10% downsizing in month 3.
  await page.keyboard.press('Control+g');
  const generate = page.getByRole('dialog', { name: 'Generate an org' });
  await generate.getByRole('radiogroup', { name: 'People' }).getByText('1,500', { exact: true }).click();
  await generate.getByRole('button', { name: 'Generate 1,500 people' }).click();
  await expect(generate).toBeHidden({ timeout: 120_000 });
  await expect(app.units.first()).toBeVisible();
  await variants.duplicateAs('Cut');
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByLabel('Add event').selectOption('downsizing');
  const cut = page.getByRole('dialog', { name: 'Downsizing' });
  await cut.getByLabel('Month', { exact: true }).fill('3');
  await cut.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('scheduled-event')).toHaveCount(1);

  await variants.choose(/^Compare variants…/);
  await expect(variants.compare.getByRole('group', { name: 'Variants to compare' }).getByRole('checkbox', { checked: true })).toHaveCount(2);
  await variants.compare.getByLabel('Month to compare').fill('6');
  await variants.compare.getByRole('button', { name: 'Compare at month 6' }).click();
  await expect(variants.compare.getByTestId('compare-deltas').locator('caption')).toHaveText('At month 6', { timeout: 120_000 });
  await expect(variants.compare.getByTestId('delta-headcount').locator('td').nth(2)).toHaveText(/^−\d+$/);
  await expect(variants.compare.getByTestId('compare-pane')).toHaveCount(2);
  // Changing the month marks the comparison as waiting for a new one rather than rerunning it at once.
  await variants.compare.getByLabel('Month to compare').fill('7');
  await expect(variants.compare.getByRole('button', { name: 'Compare at month 7' })).toBeVisible();
  await app.screenshot('variants-compare-big-org');
});

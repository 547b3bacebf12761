import { join } from 'node:path';
import { expect, test } from './fixtures';

const cell = (column: string, name: string) => `[aria-label^="${column} of ${name}:"]`;

test('fill the readiness review with the keyboard: filter by typing, Space cycles, select and set a column at once, undo; saved in the file', async ({
  app,
  window: page,
}) => {
  await page.getByRole('button', { name: 'Readiness review' }).click();
  const review = page.getByRole('dialog', { name: 'Readiness review' });
  const grid = review.getByTestId('review-grid');
  const rows = review.getByTestId('review-row');
  await expect(grid).toBeFocused();
  await expect(rows).toHaveCount(31); // 3 MoMs, 9 managers, 19 senior ICs of the sample

  await review.getByLabel('Only people with unknowns').check();
  await expect(rows).toHaveText([/Sophie Dubois/, /Jonas Weber/]);
  await review.getByLabel('Only people with unknowns').uncheck();

  // Type to filter; the table keeps the focus. The first column (aspiration) is active.
  await grid.focus();
  await page.keyboard.type('jonas');
  await expect(review.getByLabel('Filter by name, title or unit')).toHaveValue('jonas');
  await expect(rows).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(review.locator(cell('Aspiration', 'Jonas Weber'))).toHaveAttribute('data-value', 'mom');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const influence = review.locator(cell('Influence', 'Jonas Weber'));
  await expect(influence).toHaveAttribute('data-active', 'true');
  await expect(influence).toHaveAttribute('data-value', 'unknown');
  for (const value of ['met', 'not-met', 'unknown', 'met']) {
    await page.keyboard.press('Space');
    await expect(influence).toHaveAttribute('data-value', value);
  }
  await expect(page).toHaveTitle(/^● /);
  const saved = await app.document();
  const jonas = saved.org.people.find((p: { name: string }) => p.name === 'Jonas Weber');
  expect([jonas.aspiration, jonas.signals.influence]).toEqual(['mom', true]);
  await app.screenshot('review-keyboard-one');

  // Undo takes back one cell.
  await page.keyboard.press('Control+z');
  await expect(influence).toHaveAttribute('data-value', 'unknown');

  // Escape clears the filter; then every manager, all selected, one column set for all with one Space.
  await page.keyboard.press('Escape');
  await expect(rows).toHaveCount(31);
  await review.getByLabel('Role', { exact: true }).selectOption('manager');
  await expect(rows).toHaveCount(9);
  await grid.focus();
  await page.keyboard.press('Control+a');
  await expect(review.getByTestId('review-bulk')).toContainText('9 selected');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Ana Ruiz (the first row) has MoM network met: Space makes it "not met", for all nine.
  await page.keyboard.press('Space');
  await expect(review.locator('[aria-label^="MoM network of"][data-value="not-met"]')).toHaveCount(9);
  await app.screenshot('review-keyboard-bulk');
  await page.keyboard.press('Control+z');
  await expect(review.locator(cell('MoM network', 'Ana Ruiz'))).toHaveAttribute('data-value', 'met');
  await expect(review.locator('[aria-label^="MoM network of"][data-value="not-met"]')).not.toHaveCount(9);

  // Escape clears the selection, then closes.
  await page.keyboard.press('Escape');
  await expect(review.getByTestId('review-bulk')).toContainText('for 0 selected');
  await page.keyboard.press('Escape');
  await expect(review).toBeHidden();
});

test('a "to assess" badge opens the review on the people that role depends on', async ({ app, window: page }) => {
  const badge = page.getByTestId('unit-badge').filter({ hasText: 'to assess' }).first();
  await expect(badge).toBeVisible();
  const before = await badge.textContent();
  await badge.click();
  const review = page.getByRole('dialog', { name: 'Readiness review' });
  await expect(review.getByTestId('review-reason')).toContainText(/Showing 1 person to assess for the (EM|Director|open) role/);
  await expect(review.getByTestId('review-row')).toHaveCount(1);
  await expect(review.getByTestId('review-row')).toContainText('Sophie Dubois');
  await app.screenshot('review-to-assess');
  // Her aspiration was the unknown: say she wants to manage, and the badge no longer counts her as to assess.
  await review.getByTestId('review-grid').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(review.locator(cell('Aspiration', 'Sophie Dubois'))).toHaveAttribute('data-value', 'manager');
  await review.getByRole('button', { name: 'Show everyone' }).click();
  await expect(review.getByTestId('review-row')).toHaveCount(31);
  await page.keyboard.press('Escape');
  await expect(review).toBeHidden();
  await expect(page.getByTestId('unit-badge').filter({ hasText: before! })).toHaveCount(0);
});

test('export the review as CSV and import it back: the answers come back exactly', async ({ app, window: page }) => {
  const before = await app.scenarioText();
  await page.getByRole('button', { name: 'Readiness review' }).click();
  const review = page.getByRole('dialog', { name: 'Readiness review' });
  const download = page.waitForEvent('download');
  await review.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Sample - Northwind Engineering readiness review.csv');
  const path = join(process.cwd(), 'test-results', 'downloads', `${Date.now()}-review.csv`);
  await file.saveAs(path);

  // Forget every influence answer with the bulk controls, then read the file back.
  await review.getByRole('button', { name: 'Select all shown' }).click();
  await review.getByLabel('Column to set').selectOption('influence');
  await review.getByLabel('Value to set').selectOption('unknown');
  await review.getByRole('button', { name: 'for 31 selected' }).click();
  await expect(review.locator('[aria-label^="Influence of"][data-value="unknown"]')).toHaveCount(31);
  const chooser = page.waitForEvent('filechooser');
  await review.getByRole('button', { name: 'Import CSV…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByText(/people changed/)).toBeVisible();
  await expect(review.locator('[aria-label^="Influence of"][data-value="unknown"]')).toHaveCount(1); // Jonas Weber's was unknown to begin with
  expect(await app.scenarioText()).toBe(before);
});

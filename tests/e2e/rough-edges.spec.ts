/** Issue 14's rough edges outside the canvas: each test drives the app as a first-time user would and fails on the old behaviour. */
import { expect, test } from './fixtures';

// The machine these run on is shared and loaded: simulations and builds get room, nothing is weakened.
test.setTimeout(120_000);

test('search at a simulated month searches the org the chart shows: not who has left, yes who is new there', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByLabel('Add event').selectOption('funding');
  const dialog = page.getByRole('dialog', { name: 'Funding round' });
  await dialog.getByLabel('Month', { exact: true }).fill('2');
  await dialog.getByLabel('Amount raised').fill('30000000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('event-log')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Month', { exact: true }).fill('12');
  await expect(page.getByTestId('timeline-month')).toHaveText('Month 12 of 24');

  // Someone who left by month 12 (the log lists only what happened by the month shown).
  const leaver = (await page.getByTestId('event-log').getByRole('button', { name: / left \(attrition\)/ }).first().textContent())!;
  const name = /^m\d+ (.+?) left \(/.exec(leaver)![1]!;
  await page.keyboard.press('Control+f');
  const search = page.getByLabel('Search people and units');
  await search.fill(name);
  await expect(page.getByTestId('search-count')).toHaveText('no matches');
  // A unit that exists only in the simulated org (Payments split at month 1 or later).
  await search.fill('Payments A');
  await expect(page.getByTestId('search-count')).toHaveText(/^1 of \d+$/);
  await search.press('Enter');
  await expect(app.sidePanel.getByRole('heading', { name: 'Payments A' })).toBeVisible();
  await app.screenshot('rough-edges-1-search-simulated-month');
});

import { expect, test } from './fixtures';

test('add a funding round, run and play the org forward: splits, emergent nodes, the log and rising headcount', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByLabel('Add event').selectOption('funding');
  const dialog = page.getByRole('dialog', { name: 'Funding round' });
  await dialog.getByLabel('Month', { exact: true }).fill('2');
  await dialog.getByLabel('Amount raised').fill('30000000');
  await expect(dialog.getByTestId('funding-hires')).toContainText('37 engineering hires over 6 months');
  await app.screenshot('timeline-funding-form');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('scheduled-event')).toContainText('Funding round 37 hires over 6 months, spread over teams');
  expect((await app.document()).events).toHaveLength(1);

  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('event-log')).toBeVisible();
  await expect(page.getByTestId('timeline-month')).toHaveText('Today (month 0)');

  await page.getByRole('button', { name: 'Play' }).click();
  // Playing steps a month every 0.7 s; on a busy machine it may be further along when we look.
  await expect(page.getByTestId('timeline-month')).toHaveText(/^Month ([2-9]|1\d|2[0-4]) of 24$/, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByLabel('Month', { exact: true }).fill('12');
  await expect(page.getByTestId('timeline-month')).toHaveText('Month 12 of 24');
  await expect(page.getByTestId('simulation-banner')).toContainText('month 12');

  // The canvas shows the org at month 12, with the roles that emerged and how they were filled.
  await expect(app.page.getByTestId('unit-history').filter({ hasText: 'Director · emerged m1' }).first()).toBeVisible();
  const log = page.getByTestId('event-log');
  await expect(log).toContainText('Funding round: 37 engineering hires over 6 months.');
  await expect(log).toContainText('Payments (9 ICs) split into Payments A and Payments B.');
  await expect(log).toContainText(/Director node emerged above/);
  // Generated hires have names of their own: none used twice, none already someone's in the org.
  await page.getByLabel('Filter the log').selectOption('hire');
  const hired = (await log.locator('li').allTextContents()).map((text) => /^m\d+\s+(.+?) joined /.exec(text.trim())?.[1] ?? `unread: ${text}`);
  expect(hired.length).toBeGreaterThanOrEqual(37);
  expect(hired.filter((name) => name.startsWith('unread: '))).toEqual([]);
  expect(hired.length - new Set(hired).size).toBe(0);
  const here = new Set((await app.document()).org.people.map((p: { name: string }) => p.name));
  expect(hired.filter((name) => here.has(name))).toEqual([]);
  await page.getByLabel('Filter the log').selectOption('mom-emerged');
  await expect(log.locator('li')).toHaveCount(2);
  await expect(page.getByTestId('chart-headcount').locator('.recharts-line-curve')).toBeVisible();
  const headcount = await app.metricValue('headcount');
  expect(headcount).toBeGreaterThan(65);
  await app.screenshot('timeline-month-12');

  // Clicking a log entry scrubs to its month and selects its unit.
  await log.getByRole('button', { name: /Director node emerged above Mobile, Growth and Notifications/ }).click();
  await expect(page.getByTestId('timeline-month')).toHaveText('Month 1 of 24');
  await expect(app.sidePanel.getByRole('heading', { name: 'Product Engineering B' })).toBeVisible();

  // Back to today: the document itself never changed.
  await page.getByRole('button', { name: 'Back to today' }).click();
  expect(await app.metricValue('headcount')).toBe(65);
});

test('an event outside the run is refused with a clear message', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByLabel('Add event').selectOption('departure');
  const dialog = page.getByRole('dialog', { name: 'Departure' });
  await dialog.getByLabel('Month', { exact: true }).fill('40');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Month 40 is outside the run (months 1 to 24).');
  await dialog.getByLabel('Month', { exact: true }).fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Enter a number for month.');
  await page.keyboard.press('Escape');
  expect((await app.document()).events).toEqual([]);
});

test('an acquisition can bring in the org of another scenario file; downsizing removes units and says so', async ({ app, window: page }) => {
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const folder = join(process.cwd(), 'test-results', 'fixtures');
  mkdirSync(folder, { recursive: true });
  const other = join(folder, 'acquired.orgsim.json');
  writeFileSync(other, await app.scenarioText());

  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByLabel('Add event').selectOption('acquisition');
  const dialog = page.getByRole('dialog', { name: 'Acquisition' });
  await dialog.getByLabel('Month', { exact: true }).fill('2');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByLabel('Acquired org source').selectOption('org');
  await (await chooser).setFiles(other);
  await expect(dialog.getByTestId('acquired-org')).toHaveText('65 people in 13 units');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await page.getByLabel('Add event').selectOption('downsizing');
  const cut = page.getByRole('dialog', { name: 'Downsizing' });
  await cut.getByLabel('Month', { exact: true }).fill('4');
  await cut.getByLabel('Cut (% of people)').fill('40');
  await cut.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('scheduled-event')).toHaveCount(2);

  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByLabel('Month', { exact: true }).fill('2');
  await expect(page.getByTestId('event-log')).toContainText(/Acquisition: 65 people join under Engineering \(kept as a division\)\./);
  expect(await app.metricValue('headcount')).toBeGreaterThan(120);
  await page.getByLabel('Month', { exact: true }).fill('4');
  await expect(page.getByTestId('event-log')).toContainText(/Downsizing: \d+ of \d+ people leave \(40%, recent hires\)\./);
  await expect(page.getByTestId('units-gone')).toContainText('Gone since today:');
  await app.screenshot('timeline-acquisition-downsizing');
});

test('Monte Carlo: the odds that MoM nodes emerge in each unit’s line, and fan charts', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByLabel('Monte Carlo runs').fill('20');
  await page.getByRole('button', { name: 'Monte Carlo' }).click();
  const view = page.getByTestId('monte-carlo');
  // Twenty runs in the worker: give a busy machine time.
  await expect(view).toContainText('Monte Carlo, 20 runs × 24 months', { timeout: 30_000 });
  await expect(view.getByTestId('odds-row')).toHaveCount(13);
  const product = view.getByTestId('odds-row').filter({ hasText: /^Product Engineering/ });
  await expect(product.locator('td').nth(1)).toHaveText(/^(8\d|9\d|100)%$/);
  await expect(product.locator('td').nth(2)).toHaveText('1');
  await expect(page.getByTestId('fan-headcount').locator('.recharts-area-area')).toBeVisible();
  await app.screenshot('timeline-monte-carlo');
});

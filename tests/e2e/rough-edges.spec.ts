/** Issue 14's rough edges outside the canvas: each test drives the app as a first-time user would and fails on the old behaviour. */
import { countColours } from './pngColours';
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
  const leaver = (await page
    .getByTestId('event-log')
    .getByRole('button', { name: / left \(attrition\)/ })
    .first()
    .textContent())!;
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

test('the timeline\'s "This run / Monte Carlo" switch is full height and the Monte Carlo table shows its last column', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('event-log')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Monte Carlo', exact: true }).click();
  const table = page.getByTestId('monte-carlo');
  await expect(table).toBeVisible({ timeout: 90_000 });
  await app.screenshot('rough-edges-2-monte-carlo');
  const results = page.getByRole('radiogroup', { name: 'Results' });
  const switchBox = (await results.boundingBox())!;
  expect(switchBox.height).toBeGreaterThanOrEqual(20);
  // Sized to its two options, not stretched across the column (it was 672 px wide at this window size).
  expect(switchBox.width).toBeLessThan(300);
  for (const option of ['This run', 'Monte Carlo']) {
    const box = (await results.getByRole('radio', { name: option }).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(18);
  }
  // Every header cell lies inside the table's visible box: nothing clipped on the right.
  const frame = (await table.locator('.monte-carlo__table').boundingBox())!;
  const inside = table.locator('th', { hasText: 'Inside' });
  const last = (await inside.boundingBox())!;
  expect(last.x + last.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
  const firstRow = table.getByTestId('odds-row').first().locator('td').last();
  const cell = (await firstRow.boundingBox())!;
  expect(cell.x + cell.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
});

test('Ctrl+Z undoes while focus is on a checkbox; Undo and Redo look disabled when there is nothing to undo or redo', async ({ app, window: page }) => {
  const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
  const redoButton = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undoButton).toBeDisabled();
  await expect(redoButton).toBeDisabled();

  await app.clickUnit('Platform');
  await app.sidePanel.getByRole('button', { name: 'Add unit below' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Observability');
  await page.getByRole('dialog').getByRole('button', { name: 'Add' }).click();
  await expect(app.unit('Observability')).toHaveCount(1);
  await expect(undoButton).toBeEnabled();
  await expect(redoButton).toBeDisabled();
  await app.screenshot('rough-edges-3-undo-enabled');

  // Focus on the toolbar's Forecast toggle (a checkbox): Ctrl+Z still undoes the document.
  const forecast = page.getByLabel('Forecast');
  await forecast.focus();
  await app.undo();
  await expect(app.unit('Observability')).toHaveCount(0);
  await expect(forecast).toBeFocused();
  await expect(undoButton).toBeDisabled();
  await expect(redoButton).toBeEnabled();
  await app.redo();
  await expect(app.unit('Observability')).toHaveCount(1);

  // In a text field Ctrl+Z belongs to the field: the document keeps its edit.
  await page.keyboard.press('Control+f');
  const search = page.getByLabel('Search people and units');
  await search.fill('Plat');
  await search.press('Control+z');
  await expect(app.unit('Observability')).toHaveCount(1);
  await app.screenshot('rough-edges-3-undo-in-field');
});

test('Promote on a forecast node says everything it did: the role filled and the team split it applied', async ({ app, window: page }) => {
  const teamsBefore = await app.metricValue('teams');
  await app.ghosts.filter({ hasText: 'DIRECTOR NEEDED' }).first().click();
  await app.candidate('Ana Ruiz').getByRole('button', { name: 'Promote Ana Ruiz' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Ana Ruiz promoted to Director of Product Engineering B (internal).' });
  await expect(notice).toBeVisible();
  // The split of Payments came with it: a renamed team and a new vacant one, both named in the notice.
  await expect(notice).toContainText('Payments is now Payments A');
  await expect(notice).toContainText('Payments B (vacant)');
  await expect(app.unit('Payments B')).toHaveCount(1);
  expect(await app.metricValue('teams')).toBeGreaterThan(teamsBefore);
  await app.screenshot('rough-edges-4-promote-notice');
});

test("the side panel says a parent only the forecast draws is the forecast's, and names the real one", async ({ app }) => {
  await app.clickUnit('Mobile');
  const sub = app.sidePanel.locator('.side-panel__sub');
  await expect(sub).toHaveText('Team · would report to Product Engineering B (forecast); today Product Engineering');
  await app.screenshot('rough-edges-5-forecast-parent');
  await app.hideForecast();
  await app.clickUnit('Mobile');
  await expect(sub).toHaveText('Team · reports to Product Engineering');
});

test('counts read as English (1 manager, 1 unit) and a note about the whole file is not labelled "row 1"', async ({ app, window: page }) => {
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const folder = join(process.cwd(), 'test-results', 'fixtures');
  mkdirSync(folder, { recursive: true });
  const csv = join(folder, 'two-people.csv');
  writeFileSync(
    csv,
    'Employee ID,Name,Title,Manager ID,Hire Date\n1,Ada Lovelace,Engineering Manager,,2020-01-01\n2,Bob Stone,Software Engineer,1,2021-01-01\n',
  );
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+i');
  await (await chooser).setFiles(csv);
  const dialog = page.getByRole('dialog', { name: /^Import / });
  const report = dialog.getByTestId('csv-report');
  await expect(report).toContainText('2 people in 1 unit.');
  await expect(report).toContainText('1 manager has no manager-since date');
  await expect(dialog.getByTestId('csv-issue').first()).toContainText(/^whole file: /);
  await expect(dialog.getByTestId('csv-issue').filter({ hasText: /^row 1:/ })).toHaveCount(0);
  await app.screenshot('rough-edges-6-import-wording');
  await dialog.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 people from two-people.csv' })).toBeVisible();
});

test("New offers the sample org or an empty one (after Save / Don't Save / Cancel), and an empty org can be built from the canvas", async ({
  app,
  window: page,
}) => {
  // Unsaved changes first: New asks about them before anything else.
  await app.clickUnit('Platform');
  await app.sidePanel.getByRole('button', { name: 'Add unit below' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Observability');
  await page.getByRole('dialog').getByRole('button', { name: 'Add' }).click();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const ask = page.getByRole('alertdialog');
  await expect(ask.getByRole('button')).toHaveText(['Save', "Don't Save", 'Cancel']);
  await ask.getByRole('button', { name: "Don't Save" }).click();
  await expect(ask.getByRole('heading', { name: 'New org' })).toBeVisible();
  await expect(ask.getByRole('button')).toHaveText(['Sample org', 'Empty org', 'Cancel']);
  await app.screenshot('rough-edges-7-new-choice');
  await ask.getByRole('button', { name: 'Empty org' }).click();

  await expect(page.getByTestId('empty-org')).toBeVisible();
  await expect(app.units).toHaveCount(0);
  expect(await app.metricValue('headcount')).toBe(0);
  await app.screenshot('rough-edges-7-empty-org');
  await page.getByRole('button', { name: 'Add the first unit' }).click();
  await page.getByRole('dialog', { name: 'Add the first unit' }).getByLabel('Name').fill('Engineering');
  await page.getByRole('dialog', { name: 'Add the first unit' }).getByRole('button', { name: 'Add' }).click();
  await expect(app.units).toHaveCount(1);
  await expect(page.getByTestId('empty-org')).toBeHidden();
  await expect(app.sidePanel.getByRole('heading', { name: 'Engineering' })).toBeVisible();
  await app.sidePanel.getByRole('button', { name: '+ Add person' }).click();
  const add = page.getByRole('dialog', { name: 'Add a person to Engineering' });
  await add.getByLabel('Name').fill('Rosa Díaz');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(app.personRows).toContainText(['Rosa Díaz']);
  expect(await app.metricValue('headcount')).toBe(1);
  await app.screenshot('rough-edges-7-first-unit');

  // New again, Sample org: the sample is back (nothing unsaved to ask about? the empty org was edited, so it asks).
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: "Don't Save" }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Sample org' }).click();
  expect(await app.metricValue('headcount')).toBe(65);
});

test('the "Teams · managers of managers" chart has a legend naming its two lines', async ({ app: _app, window: page }) => {
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  const chart = page.getByTestId('chart-structure');
  await expect(chart).toBeVisible({ timeout: 30_000 });
  const legend = chart.getByRole('list', { name: /legend/ });
  await expect(legend.getByRole('listitem')).toHaveText(['Teams', 'Managers of managers']);
  // Single-line charts need none: their title names the line.
  await expect(page.getByTestId('chart-headcount').getByRole('list')).toHaveCount(0);
  await chart.screenshot({ path: 'tests/screenshots/rough-edges-8-chart-legend.png' });
});

test('the PNG export shows what the canvas shows: candidate badges and the legend', async ({ app, window: page }) => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  // The canvas shows a badge on each open role: the export must too.
  const onCanvas = await app.page.locator('[data-testid="unit-node"] .badge').allTextContents();
  expect(onCanvas.length).toBeGreaterThan(0);

  const png = page.waitForEvent('download');
  await page.getByLabel('Export', { exact: true }).selectOption('export-png');
  const pngPath = join(process.cwd(), 'tests', 'screenshots', 'rough-edges-10-export.png');
  await (await png).saveAs(pngPath);
  const bytes = readFileSync(pngPath);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // Count the pixels in each badge colour of the legend and the badges (green ready now, red external hire).
  const counts = await countColours(page, bytes, { green: [0xdc, 0xf5, 0xe3], purple: [0xf7, 0xf4, 0xff] });
  expect(counts.green).toBeGreaterThan(500);
  expect(counts.purple).toBeGreaterThan(500);

  const svg = page.waitForEvent('download');
  await page.getByLabel('Export', { exact: true }).selectOption('export-svg');
  const svgPath = join(process.cwd(), 'test-results', `${Date.now()}-chart.svg`);
  await (await svg).saveAs(svgPath);
  const text = readFileSync(svgPath, 'utf8');
  expect(text).toContain('Role the org needs now (forecast)');
  for (const badge of new Set(onCanvas)) expect(text).toContain(badge.replace(/…$/, ''));
});

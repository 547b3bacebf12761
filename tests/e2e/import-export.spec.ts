import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const fixture = join(process.cwd(), 'tests', 'fixtures', 'hr-export.csv');

test('import an HR export through the UI: mapping, report by row, then the chart', async ({ app, window: page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+i');
  await (await chooser).setFiles(fixture);
  const dialog = page.getByRole('dialog', { name: 'Import hr-export.csv' });
  await expect(dialog.getByLabel('Column for Employee id')).toHaveValue('0');
  await expect(dialog.getByLabel('Column for Manager (id, email or name)')).toHaveValue('4');
  await expect(dialog.getByTestId('csv-preview')).toContainText('Ritchie, Dennis');
  const issues = dialog.getByTestId('csv-issue');
  // Row numbers are the file's lines (the blank line 9 counts).
  await expect(issues.filter({ hasText: /^row 12:/ })).toContainText('Employee id “1004” is used twice (also row 5)');
  await expect(issues.filter({ hasText: /^row 10:/ })).toContainText('Hire date “someday” is not a date OrgSim understands');
  await expect(issues.filter({ hasText: /^row 11:.*Manager “9999” of Barbara Liskov is not in the file/ })).toHaveCount(1);
  await expect(issues.filter({ hasText: /^row 11:.*placed in “Unassigned”/ })).toHaveCount(1);
  await app.screenshot('import-mapping');
  await dialog.getByRole('button', { name: 'Import 10 people' }).click();

  await expect(app.unit('Kernel')).toBeVisible();
  await expect(app.unit('Flight').getByTestId('unit-lead')).toContainText('Margaret Hamilton');
  await expect(page).toHaveTitle('● hr-export — OrgSim');
  expect(await app.metricValue('headcount')).toBe(10);
  await app.screenshot('import-chart');
});

test('export people as CSV and import it back: the same org, formulas escaped', async ({ app, window: page }) => {
  const download = page.waitForEvent('download');
  await page.getByLabel('Export', { exact: true }).selectOption('export-csv');
  const file = await download;
  const path = join(process.cwd(), 'test-results', 'downloads', `${Date.now()}-people.csv`);
  await file.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  expect(csv.split('\n')[0]).toBe(
    'Employee ID,Name,Title,Level,Manager ID,Department,Hire Date,Manager Since,Aspiration,Launches,Strong references,Influence,Coaches outside team,MoM network,Operating at next level,Mentors others,Rating,Flight Risk,Tags',
  );
  expect(csv).toContain('vacancy-u06,(vacant)');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('dialog').getByRole('button', { name: 'Import 65 people' }).click();
  await page.getByLabel('Forecast').uncheck();
  await expect(app.units).toHaveCount(13);
  await expect(app.unit('Search').getByTestId('unit-lead')).toHaveText('VACANT');
  await expect(app.unit('Payments').getByTestId('unit-count')).toHaveText('10 people');
});

test('export the whole chart as PNG and SVG, and the scenario as JSON that opens again', async ({ app, window: page }) => {
  const png = page.waitForEvent('download');
  await page.getByLabel('Export', { exact: true }).selectOption('export-png');
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe('Sample - Northwind Engineering.png');
  const pngPath = join(process.cwd(), 'tests', 'screenshots', 'export-whole-chart.png');
  await pngFile.saveAs(pngPath);
  const bytes = readFileSync(pngPath);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // 2x: the width in the PNG header is twice the chart's.
  const width = bytes.readUInt32BE(16);
  expect(width).toBeGreaterThan(2000);

  const svg = page.waitForEvent('download');
  await page.getByLabel('Export', { exact: true }).selectOption('export-svg');
  const svgPath = join(process.cwd(), 'test-results', 'downloads', `${Date.now()}-chart.svg`);
  await (await svg).saveAs(svgPath);
  const text = readFileSync(svgPath, 'utf8');
  expect(text.match(/<g data-unit-id=/g)!.length).toBe(15); // 13 units and 2 forecast ghosts
  expect(text).toContain('DIRECTOR NEEDED');

  const json = page.waitForEvent('download');
  await page.getByLabel('Export', { exact: true }).selectOption('export-scenario');
  const jsonPath = join(process.cwd(), 'test-results', 'downloads', `${Date.now()}-scenario.orgsim.json`);
  await (await json).saveAs(jsonPath);
  const before = await app.scenarioText();
  await app.openFile(jsonPath);
  expect(await app.scenarioText()).toBe(before);
});

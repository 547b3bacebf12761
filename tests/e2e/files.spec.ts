import { expect, test } from './fixtures';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN_FILES, SAMPLE_TEXT } from '../fixtures/brokenFiles';

const folder = join(process.cwd(), 'test-results', 'fixtures');

test('a scenario saved and opened again is the same org', async ({ app, window: page }) => {
  const before = await app.scenarioText();
  expect(before).toBe(SAMPLE_TEXT);

  const saved = await app.saveAs();
  expect(saved.name).toBe('Sample - Northwind Engineering.orgsim.json');
  expect(readFileSync(saved.path, 'utf8')).toBe(before);

  await app.openFile(saved.path);
  await expect(page).toHaveTitle(`${saved.name} — OrgSim`);
  expect(await app.scenarioText()).toBe(before);
  await expect(app.units).toHaveCount(13);
  await app.screenshot('files-reopened');
});

for (const broken of BROKEN_FILES) {
  test(`opening a broken file (${broken.name}) lists the problems and keeps the current org`, async ({ app, window: page }) => {
    const before = await app.scenarioText();
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${broken.name}.orgsim.json`);
    writeFileSync(path, broken.text);

    await app.openFile(path);
    await expect(app.problemsDialog).toBeVisible();
    await expect(app.problemsDialog).toContainText(`${broken.name}.orgsim.json`);
    const item = app.problems.filter({ hasText: `${broken.path}:` }).first();
    await expect(item).toBeVisible();
    await expect(item).toContainText(broken.says);
    expect(await app.problems.count()).toBeLessThanOrEqual(20);
    await app.screenshot(`files-broken-${broken.name}`);

    await page.keyboard.press('Escape');
    await expect(app.problemsDialog).toBeHidden();
    expect(await app.scenarioText()).toBe(before);
    await expect(app.units).toHaveCount(13);
    await expect(page).toHaveTitle('Sample: Northwind Engineering — OrgSim');
  });
}

test('dropping a scenario file on the window opens it; dropping a CSV imports it', async ({ app, window: page }) => {
  const renamed = SAMPLE_TEXT.replace('"name": "Sample: Northwind Engineering"', '"name": "Dropped plan"');
  const drop = async (name: string, text: string) => {
    const dataTransfer = await page.evaluateHandle(
      ([n, t]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], n));
        return dt;
      },
      [name, text] as const,
    );
    await page.dispatchEvent('[data-testid="canvas"]', 'dragover', { dataTransfer });
    await page.dispatchEvent('[data-testid="canvas"]', 'drop', { dataTransfer });
  };
  await drop('dropped.orgsim.json', renamed);
  await expect(page).toHaveTitle('dropped.orgsim.json — OrgSim');
  expect(await app.scenarioText()).toBe(renamed);

  await drop('team.csv', 'id,name,manager id,department\n1,Ana,,Core\n2,Ben,1,Core\n3,Cleo,1,Core\n');
  await expect(page.getByRole('dialog', { name: 'Import team.csv' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Import 3 people' }).click();
  await expect(app.unit('Core')).toBeVisible();
});

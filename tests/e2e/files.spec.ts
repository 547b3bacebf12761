import { expect, test } from './fixtures';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN_FILES, SAMPLE_TEXT } from '../fixtures/brokenFiles';

const folder = join(process.cwd(), 'test-results', 'fixtures');

test('a scenario saved and opened again is the same org', async ({ app, window: page }) => {
  const before = await app.scenarioText();
  expect(before).toBe(SAMPLE_TEXT);

  const saved = await app.saveAs();
  expect(saved.name).toBe('Sample- Northwind Engineering.orgsim.json');
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

/**
 * Saving a big document keeps the window answering: a 30,000-person org generated through File > Generate Org…
 * is saved (Save As, a download in the browser) in slices behind a "Saving… N%" note; the page answers while it
 * runs, and the file holds exactly the document's text.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('a 30,000-person org saves in slices behind a "Saving… N%" note, the page answering, to the exact text', async ({ app, window: page, target }) => {
  test.skip(target !== 'browser', 'the desktop save writes through the same renderer code; the browser run checks it');
  test.setTimeout(120_000);
  await page.keyboard.press('Control+g');
  const dialog = page.getByRole('dialog', { name: 'Generate an org' });
  await dialog.getByLabel('Custom number of people').fill('30000');
  await dialog.getByLabel('Seed').fill('5');
  await dialog.getByRole('button', { name: /^Generate [\d,]+ people$/ }).click();
  const ask = page.getByRole('alertdialog');
  await expect(dialog.or(ask)).toBeVisible();
  if (await ask.isVisible()) await ask.getByRole('button', { name: "Don't Save" }).click();
  await expect(dialog).toBeHidden({ timeout: 90_000 });
  await expect(page).toHaveTitle(/^Generated org, 30,\d{3} people, seed 5 — OrgSim$/);

  // The longest task the page runs from here on (Chromium reports tasks over 50 ms).
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const status = page.getByTestId('saving-status');
  const saved = app.saveAs();
  await expect(status).toBeVisible();
  await expect(status).toContainText(/Saving Generated org, 30,\d{3} people, seed 5\.orgsim\.json… \d+%/);
  await app.screenshot('big-save-saving');
  // The page answers while the file is written.
  const asked = Date.now();
  expect(await page.evaluate(() => document.title)).toMatch(/Generated org/);
  const answeredIn = Date.now() - asked;
  const file = await saved;
  await expect(status).toBeHidden();
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  console.log(`answered in ${answeredIn} ms during the save; longest task ${Math.round(longest)} ms`);

  const text = readFileSync(file.path, 'utf8');
  expect(JSON.parse(text).org.people.length).toBeGreaterThan(29_000);
  expect(text).toBe(await app.scenarioText());
  await expect(page).toHaveTitle(/^Generated org, 30,\d{3} people, seed 5\.orgsim\.json — OrgSim$/);
});

import { expect, test } from './fixtures';

test('opening another file with unsaved changes asks Save / Don’t Save / Cancel', async ({ app, window: page }) => {
  await app.dragUnit(app.unit('Security'), app.unit('Infrastructure'));
  await expect(page).toHaveTitle(/^● /);
  const edited = await app.scenarioText();

  await page.keyboard.press('Control+o');
  const ask = page.getByRole('alertdialog', { name: 'Save changes to “Sample: Northwind Engineering”?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button')).toHaveText(['Save', "Don't Save", 'Cancel']);
  await app.screenshot('nothing-lost-ask');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect(await app.scenarioText()).toBe(edited);

  await page.keyboard.press('Control+n');
  await page.getByRole('alertdialog').getByRole('button', { name: "Don't Save" }).click();
  // Then New asks which org to start from.
  await page.getByRole('alertdialog', { name: 'New org' }).getByRole('button', { name: 'Sample org' }).click();
  await expect(page).toHaveTitle('Sample: Northwind Engineering — OrgSim');
  expect(await app.scenarioText()).not.toBe(edited);
});

test('unsaved work is kept every 30 seconds and offered back after the app went away', async ({ app, window: page, target }) => {
  test.skip(target !== 'browser', 'the desktop run checks the same code through the main-process handler tests');
  await page.clock.install();
  await page.reload();
  await expect(app.units.first()).toBeVisible();
  await app.dragUnit(app.unit('Security'), app.unit('Infrastructure'));
  const edited = await app.scenarioText();
  await page.clock.fastForward(31_000);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('orgsim-recovery') !== null)).toBe(true);

  // The tab goes away without saving (as after a crash) and comes back.
  await page.reload();
  const ask = page.getByRole('alertdialog', { name: 'Restore unsaved work?' });
  await expect(ask).toContainText('OrgSim closed without saving changes to “Sample: Northwind Engineering”');
  await app.screenshot('nothing-lost-restore');
  await ask.getByRole('button', { name: 'Restore' }).click();
  expect(await app.scenarioText()).toBe(edited);
  await expect(page).toHaveTitle(/^● /);
});

test('undoing back to the saved state removes the recovery copy: the next start offers nothing', async ({ app, window: page, target }) => {
  test.skip(target !== 'browser', 'the desktop run checks the same code through the main-process handler tests');
  await page.clock.install();
  await page.reload();
  await expect(app.units.first()).toBeVisible();
  await app.dragUnit(app.unit('Security'), app.unit('Infrastructure'));
  await page.clock.fastForward(31_000);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('orgsim-recovery') !== null)).toBe(true);
  await app.undo();
  await expect(page).not.toHaveTitle(/^● /);
  await page.clock.fastForward(31_000);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('orgsim-recovery'))).toBeNull();
  await page.reload();
  await expect(app.units.first()).toBeVisible();
  await expect(page.getByRole('alertdialog', { name: 'Restore unsaved work?' })).toHaveCount(0);
});

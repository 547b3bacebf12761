/**
 * The forms check with the core's rules (issue 14, structure 5): an event the file format couldn't open again is
 * refused in the form, and a person's fields are checked by `checkPerson`. (The structure chart's legend is
 * covered by rough-edges.spec.ts.)
 */
import { expect, test } from './fixtures';

// Each spec fills a form several times; on the shared 2-core machine that alone took close to 30 s.
test.describe.configure({ timeout: 90_000 });

test('the event form refuses what a saved file could not hold, field by field', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByLabel('Add event').selectOption('funding');
  const dialog = page.getByRole('dialog', { name: 'Funding round' });
  // A ramp of 0 months used to be saved, and the file then refused to open.
  await dialog.getByLabel('Hiring ramp (months)').fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Hiring ramp must be more than 0.');
  await dialog.getByLabel('Hiring ramp (months)').fill('2.5');
  await dialog.getByLabel('Share spent on engineering (%)').fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter a number for engineering share. Months must be a whole number.');
  await app.screenshot('structure-event-check');
  await dialog.getByLabel('Hiring ramp (months)').fill('6');
  await dialog.getByLabel('Share spent on engineering (%)').fill('50');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('scheduled-event')).toContainText('Funding round 25 hires over 6 months');

  // A blank size inside the acquired org's source used to pass unchecked.
  await page.getByLabel('Add event').selectOption('acquisition');
  const acquisition = page.getByRole('dialog', { name: 'Acquisition' });
  await acquisition.getByLabel('People in the acquired org').fill('');
  await acquisition.getByRole('button', { name: 'Save' }).click();
  await expect(acquisition.getByRole('alert')).toHaveText('Enter a number for people in the acquired org.');
  await page.keyboard.press('Escape');
  expect((await app.document()).events).toMatchObject([{ kind: 'funding', rampMonths: 6, engineeringShare: 0.5 }]);
});

test('a person’s fields are checked by the core’s rules, in the form’s words', async ({ app, window: page }) => {
  await app.clickUnit('Checkout');
  await app.sidePanel.getByRole('button', { name: 'Edit Olivia Brown' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Olivia Brown' });
  await dialog.getByLabel('Level', { exact: true }).fill('12');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Level is a whole number from 1 to 9.');
  await dialog.getByLabel('Level', { exact: true }).fill('5');
  await dialog.getByLabel('Manager since').fill('2030-01-01');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText("Manager-since can't be after the org's date (2026-11-01).");
  await dialog.getByLabel('Manager since').fill('');
  await dialog.getByLabel('Notable launches as a manager').fill('1.5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Launches is a whole number, 0 or more, or blank if unknown.');
  await app.screenshot('structure-person-check');
  await dialog.getByLabel('Notable launches as a manager').fill('2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const olivia = (await app.document()).org.people.find((p: { name: string }) => p.name === 'Olivia Brown');
  expect(olivia).toMatchObject({ level: 5, signals: { launches: 2 } });
  expect(olivia).not.toHaveProperty('managerSince');
});

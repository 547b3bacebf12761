import { expect, test } from './fixtures';
import { sampleScenario } from '../../shared/sample/sampleScenario';

const org = sampleScenario().org;

test('selecting a unit shows its lead and members', async ({ app, window: page }) => {
  await app.clickUnit('Payments');
  const payments = Object.values(org.units).find((u) => u.name === 'Payments')!;
  await expect(app.personRows).toHaveCount(1 + payments.memberIds.length);
  await expect(app.personRows.first()).toContainText('Ana Ruiz');
  await expect(app.personRows.first()).toContainText('Engineering Manager');
  for (const id of payments.memberIds) await expect(app.sidePanel).toContainText(org.people[id]!.name);
  await expect(app.sidePanel.getByText('Staff Engineer')).toBeVisible();
  await expect(app.unit('Payments')).toHaveClass(/unit-node--selected/);
  await app.screenshot('panel-payments');

  await app.clickUnit('Search');
  await expect(app.sidePanel).toContainText('VACANT since 2026-08-03');
  await expect(app.personRows).toHaveCount(5);

  await page.keyboard.press('Escape');
  await expect(app.sidePanel).toBeHidden();
});

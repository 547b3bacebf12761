import { expect, test } from './fixtures';
import { sampleScenario } from '../../shared/sample/sampleScenario';

const org = sampleScenario().org;

test('selecting a unit shows its lead and members', async ({ app, window: page }) => {
  await app.clickUnit('Checkout');
  const checkout = Object.values(org.units).find((u) => u.name === 'Checkout')!;
  await expect(app.personRows).toHaveCount(1 + checkout.memberIds.length);
  await expect(app.personRows.first()).toContainText('Tomás Novak');
  await expect(app.personRows.first()).toContainText('Engineering Manager');
  await expect(app.personRows.first()).toContainText('EM 1.5 yrs');
  for (const id of checkout.memberIds) await expect(app.sidePanel).toContainText(org.people[id]!.name);
  await expect(app.sidePanel.getByText('Staff Engineer')).toBeVisible();
  await expect(app.sidePanel).toContainText('Checkout has 8 ICs: one more hire splits it.');
  await expect(app.unit('Checkout')).toHaveClass(/unit-node--selected/);
  await app.screenshot('panel-checkout');

  await app.clickUnit('Search');
  await expect(app.sidePanel).toContainText('VACANT since 2026-08-03');
  await expect(app.personRows).toHaveCount(5);

  await page.keyboard.press('Escape');
  await expect(app.sidePanel).toBeHidden();
});

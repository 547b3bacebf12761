import { expect, test } from './fixtures';

test("a person's path: readiness, the roles they'd be in line for, odds, and what-if toggles", async ({ app, window: page }) => {
  test.setTimeout(150_000); // the odds are 200 simulated runs, twice, on a machine that may be busy
  await app.clickUnit('Infrastructure');
  await app.sidePanel.getByRole('button', { name: 'Path of Omar Haddad' }).click();
  const path = page.getByTestId('person-path');
  await expect(path.getByRole('heading', { name: 'Path of Omar Haddad' })).toBeVisible();
  await expect(path).toContainText('next step: a manager-of-managers role');
  const readiness = path.getByRole('region', { name: 'Readiness' });
  await expect(readiness.getByRole('heading')).toContainText('Ready in 6-12 months');
  // The forecast's Director role over Product Engineering B, with his place among its candidates.
  const roles = path.getByRole('region', { name: 'Roles' });
  await expect(roles.getByRole('row', { name: /Director Product Engineering B/ })).toContainText(/#2 of 9/);
  // Odds by Monte Carlo, in workers.
  const odds = path.getByTestId('path-odds');
  await expect(odds).toBeVisible({ timeout: 60_000 });
  await expect(odds.getByLabel(/^First in line for a MoM role: \d+% within 12 months/)).toBeVisible();
  await app.screenshot('path-omar');

  // What if he had influence beyond the team: ready now (today: 6-12 months); the odds run again.
  await readiness.getByRole('listitem').filter({ hasText: 'Influence beyond the team' }).getByRole('checkbox', { name: 'what if met' }).check();
  await expect(readiness.getByRole('heading')).toContainText('Ready now');
  await expect(readiness.getByRole('heading')).toContainText('(today: Ready in 6-12 months)');
  await expect(path.locator('.path__odds--stale')).toHaveCount(0, { timeout: 60_000 });
  await app.screenshot('path-omar-what-if');

  // Keep it: written to the document as one undoable step.
  await path.getByRole('button', { name: 'Keep as their signals' }).click();
  const influence = async () => (await app.document()).org.people.find((p: { name: string }) => p.name === 'Omar Haddad').signals.influence;
  await expect.poll(influence).toBe(true);
  await page.keyboard.press('Escape');
  await expect(path).toBeHidden();
  await app.sidePanel.getByRole('button', { name: 'Path of Omar Haddad' }).click();
  await expect(path.getByRole('region', { name: 'Readiness' }).getByRole('heading')).toContainText('Ready now');
  await page.keyboard.press('Escape');
  await app.undo();
  await app.sidePanel.getByRole('button', { name: 'Path of Omar Haddad' }).click();
  await expect(path.getByRole('region', { name: 'Readiness' }).getByRole('heading')).toContainText('Ready in 6-12 months');
});

test('succession: each manager of managers with their bench, the shared bench flagged, a successor’s path one click away', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Org health' }).click();
  await page.getByRole('tab', { name: 'Succession' }).click();
  const panel = page.getByTestId('succession');
  await expect(panel).toContainText('3 managers of managers');
  const rows = panel.getByTestId('succession-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Director, Platform');
  await expect(rows.first()).toContainText('shared bench: not covered');
  await expect(rows.first().getByRole('listitem').first()).toContainText('Ana Ruiz');
  await app.screenshot('succession');
  await rows.nth(2).getByRole('button', { name: 'Senior Director, Engineering' }).click();
  await expect(app.unit('Engineering')).toHaveClass(/unit-node--selected/);
  await page.getByRole('tab', { name: 'Succession' }).click();
  await rows.first().getByRole('button', { name: 'Path of Ana Ruiz' }).click();
  await expect(page.getByTestId('person-path').getByRole('heading', { name: 'Path of Ana Ruiz' })).toBeVisible();
});

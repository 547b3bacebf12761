import { expect, test } from './fixtures';

test('the sample shows the roles the org needs, with readiness badges and a legend', async ({ app, window: page }) => {
  // Payments (9 ICs) splits in two; Marcus Chen would then lead 7 units, one over the span, so a sibling
  // Director group splits off beside Product Engineering under Engineering.
  await expect(app.ghosts).toHaveCount(2);
  const director = app.ghosts.filter({ hasText: 'DIRECTOR NEEDED' }).first();
  // Ana Ruiz is ready now; Jonas Weber's band depends on signals nobody has assessed.
  await expect(director.getByTestId('unit-badge')).toHaveText('1 ready now · 1 to assess');
  await expect(director.getByTestId('unit-badge')).toHaveClass(/badge--green/);
  const em = app.ghosts.filter({ hasText: 'EM NEEDED' });
  await expect(em.getByTestId('unit-name')).toHaveText('Payments B');
  // Sophie Dubois, a senior IC nobody has asked about managing, is to assess.
  await expect(app.unit('Search').getByTestId('unit-badge')).toHaveText('3 ready now · 1 to assess');
  await expect(page.getByTestId('legend')).toBeVisible();
  await app.screenshot('forecast-sample');

  await page.getByLabel('Forecast').uncheck();
  await expect(app.ghosts).toHaveCount(0);
  await expect(app.units).toHaveCount(13);
  await expect(app.unit('Payments')).toBeVisible();
});

test('clicking an emergent node explains why and lists candidates with their signals; Promote fills it and undo restores it', async ({ app, window: page }) => {
  await app.ghosts.filter({ hasText: 'DIRECTOR NEEDED' }).first().click();
  await expect(app.sidePanel.getByTestId('why')).toContainText('Marcus Chen would lead 7 units');
  await expect(app.sidePanel.getByTestId('why')).toContainText(
    'A new sibling group, Product Engineering B, takes Mobile, Growth and Notifications: a Director is needed.',
  );
  await expect(app.candidates.first()).toContainText('Ana Ruiz');
  await expect(app.candidates.first()).toContainText('Ready now');
  const signals = app.candidates.first().getByTestId('signal');
  await expect(signals).toHaveCount(8);
  await expect(signals.first()).toContainText('4.7 years as EM');
  // Priya is strong but wants to stay an IC: "doesn't want it" instead of a band, ranked after everyone who might.
  await expect(app.candidate('Priya Raman')).toContainText("Doesn't want it");
  await app
    .candidate('Priya Raman')
    .getByText(/signals met/)
    .click();
  await expect(app.candidate('Priya Raman').getByTestId('signal').last()).toContainText("aspiration is ic: doesn't want the role");
  await app.screenshot('forecast-candidates');

  const before = await app.scenarioText();
  await app.candidate('Ana Ruiz').getByRole('button', { name: 'Promote Ana Ruiz' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ana Ruiz promoted to Director of Product Engineering B (internal). Payments A is now vacant.' }),
  ).toBeVisible();
  const filled = app.unit('Product Engineering B');
  await expect(filled.getByTestId('unit-lead')).toContainText('Ana Ruiz');
  await expect(filled).not.toHaveAttribute('data-ghost', 'true');
  await expect(app.unit('Payments A').getByTestId('unit-lead')).toHaveText(/^(VACANT|EM NEEDED)$/);
  await expect(page).toHaveTitle(/^● /);
  await app.screenshot('forecast-promoted');

  await page.getByRole('tab', { name: 'Details' }).focus();
  await app.undo();
  expect(await app.scenarioText()).toBe(before);
  await expect(app.ghosts.filter({ hasText: 'DIRECTOR NEEDED' })).toHaveCount(1);
  await expect(page).toHaveTitle('Sample: Northwind Engineering — OrgSim');
  await app.redo();
  await expect(app.unit('Product Engineering B').getByTestId('unit-lead')).toContainText('Ana Ruiz');
});

test('changing the policy updates the forecast at once', async ({ app, window: page }) => {
  await app.setPolicy('Team splits above (ICs)', 9);
  await expect(app.ghosts).toHaveCount(0);
  await app.setPolicy('Team splits above (ICs)', 7);
  // Checkout (8 ICs) now splits too: two EM halves, and Marcus Chen would lead 8 units.
  await expect(app.ghosts.filter({ hasText: 'EM NEEDED' })).toHaveCount(2);
  await app.setPolicy('Team splits above (ICs)', 0);
  await expect(page.getByTestId('policy-panel')).toContainText('Enter a whole number from 2 to 50.');
  await expect(app.ghosts.filter({ hasText: 'EM NEEDED' })).toHaveCount(2);
  await app.screenshot('forecast-policy');
});

test('org health shows span of control, layers and bench strength', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Org health' }).click();
  // Bench strength is a matching: Marcus Chen covers the VP role; Ana Ruiz, the one ready EM, covers one of the
  // three Director roles (Product Engineering, Platform, and the new sibling group): 2 of 4.
  await expect(page.getByTestId('health-bench')).toContainText('50%');
  await expect(page.getByTestId('span-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByTestId('layers-chart').locator('.recharts-bar-rectangle')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await app.unit('Platform').click();
  await page.getByRole('tab', { name: 'Org health' }).click();
  await page.getByRole('radio', { name: 'Platform' }).click();
  await expect(page.getByTestId('layers-chart').locator('.recharts-bar-rectangle')).toHaveCount(2);
  await app.screenshot('forecast-health');
});

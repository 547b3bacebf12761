import { writeFileSync } from 'node:fs';
import { serializeScenario } from '../../shared/file/scenarioFile';
import type { Org, PersonId, Scenario, Unit, UnitId } from '../../shared/model/types';
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW } from '../../shared/model/types';
import { generateOrg } from '../../shared/sample/generateOrg';
import { expect, test } from './fixtures';

/**
 * A generated 10,000-person org with one team pushed over the split size: one IC moves from one team of 8 to
 * another, which (renamed "Forecast Probe", so search finds it) then has 9 ICs and splits. The generated org
 * alone has no ghosts under the default policy.
 */
function largeScenario(): Scenario {
  const org = generateOrg({ size: 10_000, seed: 1, asOf: '2026-11-01' });
  const teamsOf8 = Object.values(org.units).filter((u) => u.memberIds.length === 8 && u.leadId !== null);
  const [from, to] = teamsOf8 as [Unit, Unit];
  const mover = from.memberIds[0] as PersonId;
  const units: Record<UnitId, Unit> = {
    ...org.units,
    [from.id]: { ...from, memberIds: from.memberIds.slice(1) },
    [to.id]: { ...to, name: 'Forecast Probe', memberIds: [...to.memberIds, mover] },
  };
  const big: Org = { ...org, units };
  return { name: 'Generated 10,000', org: big, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW };
}

/**
 * How fast the forecast is must not decide whether this spec can watch the UI while it runs: the forecast
 * worker's script is served with a hold added, so each worker starts computing only when the spec releases it
 * (a BroadcastChannel message). The app's own code is unchanged.
 */
const HOLD = `
const orgsimCompute = self.onmessage;
const orgsimHeld = [];
let orgsimReleased = false;
new BroadcastChannel('e2e-forecast-hold').onmessage = () => {
  orgsimReleased = true;
  for (const e of orgsimHeld.splice(0)) orgsimCompute(e);
};
self.onmessage = (e) => (orgsimReleased ? orgsimCompute(e) : orgsimHeld.push(e));
`;

test('a 10,000-person org: the UI answers while the forecast is computed off the UI thread; it can be cancelled; then the ghosts appear', async ({
  app,
  window: page,
}, testInfo) => {
  test.setTimeout(180_000);
  let held = 0;
  await page.route(/forecastWorker[^/]*\.js(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    held++;
    await route.fulfill({ response, body: `${await response.text()}\n${HOLD}` });
  });
  const release = () => page.evaluate(() => new BroadcastChannel('e2e-forecast-hold').postMessage('go'));
  const file = testInfo.outputPath('generated-10000.orgsim.json');
  writeFileSync(file, serializeScenario(largeScenario()));
  const status = page.getByTestId('forecast-status');
  const search = page.getByLabel('Search people and units');

  await app.openFile(file);
  // Reading and laying out 10,000 people happens on the UI thread: allow for a busy machine.
  await expect(page).toHaveTitle(/generated-10000/, { timeout: 60_000 });
  // The chart shows the org without ghosts meanwhile, and says the forecast is on its way.
  await expect(status).toContainText('Forecasting…', { timeout: 30_000 });
  expect(held).toBe(1);
  // The UI answers while it runs: the Policy panel opens, search finds the team, and it has no ghost sibling yet.
  await page.getByRole('button', { name: 'Policy', exact: true }).click();
  await expect(page.getByTestId('policy-panel')).toBeVisible();
  await page.keyboard.press('Control+f');
  await search.fill('Forecast Probe');
  await search.press('Enter');
  await expect(app.unit('Forecast Probe')).toBeVisible();
  await expect(app.ghosts).toHaveCount(0);
  // Past 300 ms it shows that it is still at work and offers to stop.
  await expect(status.getByRole('progressbar', { name: 'Forecast progress' })).toBeVisible();
  await expect(status).toContainText(/Forecasting… \d+\.\d s/);
  await app.screenshot('large-org-forecasting');

  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toContainText('Forecast stopped.');
  await expect(app.ghosts).toHaveCount(0);
  // Retry starts a fresh worker (the cancelled one was terminated).
  await status.getByRole('button', { name: 'Retry' }).click();
  await expect(status).toContainText('Forecasting…');
  await expect.poll(() => held).toBe(2);

  await expect(async () => {
    await release();
    await expect(status).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 120_000 });
  // The split team's new sibling is a ghost, with the org's ICs as its candidates.
  const ghost = app.unit('Forecast Probe B');
  await expect(ghost).toBeVisible();
  await expect(ghost).toHaveAttribute('data-ghost', 'true');
  await expect(ghost.getByTestId('unit-badge')).toContainText('to assess');
  await expect(app.unit('Forecast Probe A')).toBeVisible();
  await app.screenshot('large-org-ghosts');
});

import { expect, test } from './fixtures';
import { orgMetrics } from '../../shared/model/metrics';
import { sampleScenario } from '../../shared/sample/sampleScenario';

const sample = sampleScenario();
const units = Object.values(sample.org.units);

test('the sample chart renders every unit, top-down, with its metrics', async ({ app, window: page }) => {
  await page.getByLabel('Forecast').uncheck(); // the org as it is, without the forecast's nodes
  await expect(app.units).toHaveCount(units.length);
  for (const unit of units) await expect(app.unit(unit.name)).toBeVisible();

  // Top-down: every unit sits below the unit it reports to.
  for (const unit of units.filter((u) => u.parentId !== null)) {
    const child = await app.unitById(unit.id).boundingBox();
    const parent = await app.unitById(unit.parentId!).boundingBox();
    expect(child!.y, `${unit.name} below its parent`).toBeGreaterThan(parent!.y + parent!.height);
  }

  // Readable at the default zoom: unit names render at 12px or more on screen.
  const nameBox = await app.unit('Payments').getByTestId('unit-name').boundingBox();
  expect(nameBox!.height).toBeGreaterThanOrEqual(12);

  const metrics = orgMetrics(sample.org);
  // Headcount counted here from the sample itself (people placed in a unit), not only through orgMetrics.
  const placed = new Set(units.flatMap((u) => [...(u.leadId ? [u.leadId] : []), ...u.memberIds]));
  expect(await app.metricValue('headcount')).toBe(placed.size);
  expect(metrics.headcount).toBe(placed.size);
  expect(await app.metricValue('teams')).toBe(10);
  expect(await app.metricValue('moms')).toBe(metrics.moms);
  expect(await app.metricValue('layers')).toBe(3);
  await expect(app.unit('Search').getByTestId('unit-lead')).toHaveText('VACANT');
  await expect(page).toHaveTitle('Sample: Northwind Engineering — OrgSim');
  await app.screenshot('chart-sample');
});

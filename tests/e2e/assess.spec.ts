/**
 * Issue #9: met, not met, unknown. An HR export carries no readiness signals, so an imported org must say
 * "to assess", not "none inside"; assessing a person in the person dialog moves their band at once.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';

const fixture = join(process.cwd(), 'tests', 'fixtures', 'hr-export-no-signals.csv');

test('an imported org without signals shows people to assess; marking signals met makes a candidate ready now', async ({ app, window: page }) => {
  await app.importCsv(fixture);
  await expect(page).toHaveTitle('● hr-export-no-signals — OrgSim');

  // Tom Berg leads 7 EMs and Billing splits, making 8 (the span limit is 6): Tom keeps 4 and a new sibling group
  // under Maya Chen takes the other 4, so one Director is needed. Nobody's signals are known, so six EMs with a
  // year or more as EM are "to assess" (Ruth Adler, 9 months in, is not yet either way).
  await expect(app.ghosts.filter({ hasText: 'DIRECTOR NEEDED' })).toHaveCount(1);
  const director = app.ghosts.filter({ hasText: 'DIRECTOR NEEDED' }).first();
  const badge = director.getByTestId('unit-badge');
  await expect(badge).toHaveText('6 to assess');
  await expect(badge).toHaveClass(/badge--blue/);
  // Billing has 9 ICs and splits: its new EM half is to assess among the ICs too, never "external hire".
  const emHalf = app.ghosts.filter({ hasText: 'EM NEEDED' });
  await expect(emHalf.getByTestId('unit-badge')).toHaveText(/^\d+ to assess$/);
  await expect(page.getByTestId('legend')).toContainText('to assess');
  await app.screenshot('assess-imported-chart');

  await director.click();
  const rosa = app.candidate('Rosa Diaz');
  await expect(app.candidates.first()).toContainText('Rosa Diaz');
  await expect(rosa.getByTestId('candidate-band')).toHaveText('To assess');
  await expect(rosa.getByTestId('candidate-assess')).toContainText('ready now if met');
  await expect(rosa.getByTestId('candidate-assess')).toContainText('unknown: launches, references, influence, coaching, MoM network, next level, aspiration');
  // Time as EM is known from the export; the seven other signals are unknown and drawn as "?", not ✗.
  const signals = rosa.getByTestId('signal');
  await expect(signals).toHaveCount(8);
  await expect(signals.first()).toHaveAttribute('data-state', 'met');
  await expect(rosa.locator('[data-testid="signal"][data-state="unknown"]')).toHaveCount(7);
  await expect(rosa.locator('[data-testid="signal"][data-state="not-met"]')).toHaveCount(0);
  await expect(signals.nth(1)).toContainText('?');
  await expect(signals.last()).toContainText('aspiration unknown');
  await expect(signals.last()).not.toContainText("doesn't want");
  await app.screenshot('assess-candidate-to-assess');

  // Assess Rosa: she wants the role, has shipped 3 launches, and 4 of the 5 other signals are met.
  await rosa.getByRole('button', { name: 'Assess Rosa Diaz' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Rosa Diaz' });
  await expect(dialog.getByRole('radiogroup', { name: 'Strong references or rating' }).getByRole('radio', { name: 'Unknown' })).toBeChecked();
  await expect(dialog.getByLabel('Notable launches as a manager')).toHaveValue('');
  await dialog.getByLabel('Aspiration').selectOption('mom');
  await dialog.getByLabel('Notable launches as a manager').fill('3');
  await app.setSignal(dialog, 'Strong references or rating', 'Met');
  await app.setSignal(dialog, /^Influence/, 'Met');
  await app.setSignal(dialog, 'Coaches people outside their own team', 'Met');
  await app.setSignal(dialog, /^Has talked with people who do the job/, 'Met');
  await app.setSignal(dialog, 'Already operating at the next level', 'Not met');
  await app.screenshot('assess-person-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // The band updates live: Rosa is ready now, the badge counts her, and her remaining unknown (mentoring,
  // which a MoM role doesn't use) leaves her band alone.
  await expect(rosa.getByTestId('candidate-band')).toHaveText('Ready now');
  await expect(rosa.getByTestId('candidate-assess')).toHaveCount(0);
  await expect(badge).toHaveText('1 ready now · 5 to assess');
  await expect(badge).toHaveClass(/badge--green/);
  await expect(rosa.locator('[data-testid="signal"][data-state="not-met"]')).toContainText('Operating at the next level');
  const saved = (await app.document()).org.people.find((p: { name: string }) => p.name === 'Rosa Diaz');
  expect(saved).toMatchObject({
    aspiration: 'mom',
    signals: {
      launches: 3,
      strongReferences: true,
      influence: true,
      coachesOutsideTeam: true,
      momNetwork: true,
      operatingAtNextLevel: false,
      mentorsOthers: null,
    },
  });
  await app.screenshot('assess-candidate-ready-now');

  // Someone who knowingly doesn't want the role is not "to assess" but "doesn't want it", ranked last.
  await app.candidate('Sam Okoro').getByRole('button', { name: 'Assess Sam Okoro' }).click();
  const samDialog = page.getByRole('dialog', { name: 'Edit Sam Okoro' });
  await samDialog.getByLabel('Aspiration').selectOption('manager');
  await samDialog.getByRole('button', { name: 'Save' }).click();
  await expect(app.candidate('Sam Okoro')).toContainText("Doesn't want it");
  await expect(app.candidates.last()).toContainText('Sam Okoro');
  await expect(badge).toHaveText('1 ready now · 4 to assess');

  // One undo step per save.
  await page.getByRole('tab', { name: 'Details' }).focus();
  await app.undo();
  await expect(badge).toHaveText('1 ready now · 5 to assess');
});

test('an export without any dates (the d3 id/parentId format) reads "to assess" for every MoM role, never "none inside"', async ({ app, window: page }) => {
  await app.importCsv(join(process.cwd(), 'tests', 'fixtures', 'd3-org-chart.csv'));
  const moms = app.ghosts.filter({ hasText: /DIRECTOR NEEDED|VP NEEDED|SENIOR DIRECTOR NEEDED/ });
  await expect(moms.first()).toBeVisible();
  for (const badge of await moms.getByTestId('unit-badge').all()) await expect(badge).toHaveText(/to assess/);
  await expect(page.getByTestId('canvas')).not.toContainText('none inside');
  await app.screenshot('assess-d3-no-dates');
  await moms.first().click();
  await expect(app.candidates.first().getByTestId('candidate-band')).toHaveText('To assess');
});

test('the Policy panel lists the assumptions with their defaults; edits are validated and undoable', async ({ app, window: page }) => {
  await page.getByRole('button', { name: 'Policy', exact: true }).click();
  const assumptions = page.getByTestId('policy-assumptions');
  await expect(assumptions.getByRole('heading', { name: 'Assumptions: people grow, leave and are replaced' })).toBeVisible();
  await expect(assumptions.getByLabel('Backfill leavers')).toBeChecked();
  const prior = assumptions.getByLabel('An unknown signal is met, in a run (%)');
  await expect(prior).toHaveValue('40');
  await expect(assumptions).toContainText('default 40%');
  await expect(assumptions.getByLabel('An IC’s backfill joins after (months)')).toHaveValue('2');
  await expect(assumptions.getByLabel('Attrition × for high flight risk')).toHaveValue('2');
  await assumptions.getByRole('heading').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await app.screenshot('assess-policy-assumptions');

  await prior.fill('150');
  await expect(assumptions).toContainText('Enter a number from 0 to 100.');
  expect((await app.document()).policy.priorSignalMet).toBe(0.4);
  await prior.fill('55');
  await expect.poll(async () => (await app.document()).policy.priorSignalMet).toBe(0.55);
  await assumptions.getByLabel('Backfill leavers').uncheck();
  await expect.poll(async () => (await app.document()).policy.backfillLeavers).toBe(false);
  await assumptions.getByLabel('Attrition × for high flight risk').fill('3');
  await expect.poll(async () => (await app.document()).policy.flightRiskMultiplier).toEqual({ low: 0.5, medium: 1, high: 3 });

  await page.getByRole('tab', { name: 'Policy' }).focus();
  await app.undo();
  await expect.poll(async () => (await app.document()).policy.flightRiskMultiplier.high).toBe(2);
  await app.undo();
  await expect.poll(async () => (await app.document()).policy.backfillLeavers).toBe(true);
});

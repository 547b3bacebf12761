/**
 * Generate an org through File > Generate (Ctrl+G) as a person would, then read the heat overview: where
 * manager-of-managers roles emerge, by the forecast and by Monte Carlo, at full detail, as simplified cards,
 * as plain boxes, and on a collapsed unit. Screenshots land in tests/screenshots/generate-heat-*.png.
 */
import { generateOrg } from '../../shared/sample/generateOrg';
import { expect, test } from './fixtures';
import type { OrgSimPage } from './pages/OrgSimPage';

const asOf = '2026-11-01';

async function generate(app: OrgSimPage, people: string, seed: string): Promise<void> {
  const page = app.page;
  await page.keyboard.press('Control+g');
  const dialog = page.getByRole('dialog', { name: 'Generate an org' });
  await expect(dialog).toBeVisible();
  if (people === '1,500' || people === '10,000' || people === '100,000') {
    // The radio is visually hidden inside its segment: click the segment, as a person would.
    await dialog.getByRole('radiogroup', { name: 'People' }).getByText(people, { exact: true }).click();
    await expect(dialog.getByRole('radio', { name: people, exact: true })).toBeChecked();
  } else await dialog.getByLabel('Custom number of people').fill(people);
  await dialog.getByLabel('Seed').fill(seed);
  await dialog.getByLabel(/^As of/).fill(asOf);
  await dialog.getByRole('button', { name: /^Generate [\d,]+ people$/ }).click();
}

const heatOf = async (app: OrgSimPage, id: string) => Number(await app.unitById(id).getAttribute('data-heat'));

test('generate a 1,500-person org from the dialog, then see where MoM roles emerge at every zoom', async ({ app, window: page }) => {
  test.setTimeout(180_000);
  const expected = generateOrg({ size: 1500, seed: 7, asOf });
  const people = Object.keys(expected.people).length;

  // An unsaved change first, so the dialog must ask before it replaces the document.
  await app.setPolicy('MoM span: split above (managers)', 5);
  await expect(page.getByTestId('document-name')).toContainText('●');

  await page.keyboard.press('Control+g');
  const dialog = page.getByRole('dialog', { name: 'Generate an org' });
  await expect(dialog.getByLabel('Seed')).toHaveValue('1');
  await expect(dialog.getByRole('radio', { name: '1,500', exact: true })).toBeChecked();
  // A bad seed is refused with a reason, and nothing happens.
  await dialog.getByLabel('Seed').fill('-3');
  await dialog.getByRole('button', { name: /^Generate/ }).click();
  await expect(dialog.getByText('A whole number, 0 or more.')).toBeVisible();
  await dialog.getByLabel('Seed').fill('7');
  await dialog.getByLabel(/^As of/).fill(asOf);
  await app.screenshot('generate-heat-1-dialog');
  await dialog.getByRole('button', { name: 'Generate 1,500 people' }).click();

  // Save / Don't Save / Cancel: Cancel keeps the document and the dialog, Don't Save goes on.
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('Save changes');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('document-name')).toContainText('Northwind');
  await dialog.getByRole('button', { name: 'Generate 1,500 people' }).click();
  await ask.getByRole('button', { name: "Don't Save" }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  await expect(page.getByTestId('document-name')).toHaveText(`Generated org, ${people.toLocaleString('en')} people, seed 7`);
  await expect.poll(() => app.metricValue('headcount'), { timeout: 30_000 }).toBe(people);
  // Like New: a clean document with a fresh history (undo has nothing to go back to).
  await app.undo();
  await expect(page.getByTestId('document-name')).toHaveText(`Generated org, ${people.toLocaleString('en')} people, seed 7`);
  const doc = await app.document();
  expect(doc.org.units).toHaveLength(Object.keys(expected.units).length);
  expect(doc.org.people.map((p: { name: string }) => p.name)).toEqual(Object.values(expected.people).map((p) => p.name));

  // Heat on: a generated org is inside every limit, so the forecast makes no MoM role, and the legend says so.
  await page.getByLabel('Heat', { exact: true }).check();
  const legend = page.getByTestId('heat-legend');
  await expect(legend).toContainText('The forecast makes no MoM role now');
  await expect(app.unitById('u1')).toHaveAttribute('data-heat', '0');

  // A tighter span (4 managers per MoM): groups of 5 and 6 split, and the heat shows where.
  await app.setPolicy('MoM span: split above (managers)', 4);
  await expect(legend.getByTestId('heat-step').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Policy', exact: true }).click();
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(400);
  await app.screenshot('generate-heat-2-fitted');
  await expect(app.unitById('u1')).toHaveAttribute('data-heat', '5');

  // Zoomed in on the top with the mouse wheel: full cards, filled with their heat.
  const full = page.locator('[data-testid="unit-node"]:not([data-detail])[data-heat]');
  for (let i = 0; i < 30 && (await full.count()) === 0; i++) {
    const box = (await app.unitById('u1').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(60);
  }
  await expect(full.first()).toBeVisible();
  await page.waitForTimeout(300);
  await app.screenshot('generate-heat-3-full-cards');

  // A collapsed unit keeps the heat of what it hides.
  const hot = page
    .locator('[data-testid="unit-node"][data-heat]:not([data-ghost]):not([data-heat="0"]):not([data-unit-id="u1"])')
    .filter({ has: page.getByRole('button', { name: /^Collapse / }) });
  const hotId = (await hot.first().getAttribute('data-unit-id'))!;
  const before = await heatOf(app, hotId);
  expect(before).toBeGreaterThan(0);
  await app
    .unitById(hotId)
    .getByRole('button', { name: /^Collapse / })
    .click();
  // The layout closes up around the collapsed unit: centre it again.
  await page.keyboard.press('Control+f');
  await page.getByLabel('Search people and units').fill((await app.document()).org.units.find((u: { id: string }) => u.id === hotId).name);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(app.unitById(hotId)).toContainText(/units?, [\d,]+ (people|person) hidden/);
  expect(await heatOf(app, hotId)).toBe(before);
  await page.waitForTimeout(300);
  await app.screenshot('generate-heat-4-collapsed');

  // Zoom out step by step: simplified cards, then plain boxes, all still coloured.
  const zoomOut = page.getByRole('button', { name: /zoom out/i });
  const simple = page.locator('[data-testid="unit-node"][data-detail="simple"][data-heat]');
  for (let i = 0; i < 12 && (await simple.count()) === 0 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
  await expect(simple.first()).toBeVisible();
  await page.waitForTimeout(300);
  await app.screenshot('generate-heat-5-simple-cards');
  const boxes = page.locator('[data-testid="unit-node"][data-detail="box"][data-heat]');
  for (let i = 0; i < 12 && (await boxes.count()) === 0 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
  await expect(boxes.first()).toBeVisible();
  expect(await page.locator('[data-testid="unit-node"][data-detail="box"]:not([data-heat])').count()).toBe(0);
  expect(await page.locator('[data-testid="unit-node"][data-detail="box"]:not([data-heat="0"])').count()).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  await app.screenshot('generate-heat-6-boxes');

  // Monte Carlo odds: run a small batch from the Timeline, then colour by it.
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await page.getByLabel('Monte Carlo runs').fill('4');
  await page.getByRole('button', { name: 'Monte Carlo', exact: true }).click();
  await expect(page.getByTestId('monte-carlo')).toBeVisible({ timeout: 120_000 });
  await legend.getByRole('radio', { name: 'Monte Carlo odds' }).click();
  await expect(legend).toContainText('over 4 runs');
  await expect(legend.getByTestId('heat-step')).toHaveCount(5);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(400);
  await app.screenshot('generate-heat-7-monte-carlo');
});

test('generating 10,000 people shows the whole org coloured by where MoM roles emerge', async ({ app, window: page }) => {
  test.setTimeout(240_000);
  await generate(app, '10,000', '1');
  await expect(page.getByRole('dialog', { name: 'Generate an org' })).toBeHidden({ timeout: 120_000 });
  await expect.poll(() => app.metricValue('headcount'), { timeout: 60_000 }).toBeGreaterThan(9_900);
  // New documents take the default policy: tighten the span again so something emerges.
  await app.setPolicy('MoM span: split above (managers)', 4);
  await page.getByRole('button', { name: 'Policy', exact: true }).click();
  await page.keyboard.press('Control+Shift+h');
  await expect(page.getByTestId('heat-legend').getByTestId('heat-step').first()).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(600);
  await app.screenshot('generate-heat-8-10000-fitted');
  // Fitted, the whole org is plain boxes painted on one canvas: the top unit's box is filled with the darkest heat.
  const top = async () =>
    (await app.unitById('u1').count()) > 0 ? (await app.unitById('u1').boundingBox())! : (await app.paintedBoxes()).find((b) => b.id === 'u1')!;
  /** The colour the box canvas painted at a point of a unit's box (fractions of its width and height). */
  const paintedAt = (b: { x: number; y: number; width: number; height: number }, fx: number, fy: number) =>
    page.getByTestId('box-canvas').evaluate(
      (canvas: HTMLCanvasElement, { b, fx, fy }) => {
        const box = canvas.getBoundingClientRect();
        const ratio = canvas.width / box.width;
        const [r, g, bl] = canvas
          .getContext('2d')!
          .getImageData(Math.round((b.x + b.width * fx - box.left) * ratio), Math.round((b.y + b.height * fy - box.top) * ratio), 1, 1).data;
        return `#${[r, g, bl].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
      },
      { b, fx, fy },
    );
  // A little above the box's middle: clear of its border and of a badge's stripe along the bottom.
  const fill = await paintedAt(await top(), 0.5, 0.35);
  expect(fill).toBe('#993404'); // HEAT_COLORS[4] (heat.ts)
  await page.mouse.move((await top()).x + (await top()).width / 2, (await top()).y + (await top()).height / 2);
  await expect(page.getByTestId('box-tip')).toContainText(/MoM/);
  // Closer, with the mouse wheel over the top of the org: simplified cards, each filled with its line's heat, still
  // painted on the canvas (a chart this big mounts no DOM card until the full cards).
  const simple = page.locator('[data-testid="box-canvas"][data-detail="simple"]');
  for (let i = 0; i < 30 && (await simple.count()) === 0; i++) {
    const box = await top();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(80);
  }
  await expect(simple).toBeVisible();
  await page.waitForTimeout(600);
  // The card's bottom right, clear of its words: the darkest heat. Its name is in the tooltip.
  expect(await paintedAt(await top(), 0.93, 0.8)).toBe('#993404');
  await page.mouse.move((await top()).x + (await top()).width / 2, (await top()).y + (await top()).height / 2);
  await expect(page.getByTestId('box-tip')).toContainText(/MoM/);
  await app.screenshot('generate-heat-9-10000-simple');
  // The painted card's collapse mark collapses its unit, as the DOM card's button does (then one card is left,
  // a DOM one: fitted, its button expands it again).
  const card = await top();
  const scale = card.width / 240; // the layout's card width
  await page.mouse.click(card.x + card.width - 27 * scale, card.y + 21 * scale);
  await expect.poll(async () => (await app.document()).view.collapsed).toContain('u1');
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.getByRole('button', { name: 'Expand Engineering' }).click();
  await expect.poll(async () => (await app.document()).view.collapsed).not.toContain('u1');
});

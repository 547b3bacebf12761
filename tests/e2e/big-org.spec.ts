/**
 * A real company size: a generated 10,000-person org opened through Open…. It opens collapsed (with what each
 * collapsed unit hides), a unit expands, a unit drags onto another, the view zooms out to simplified cards and
 * plain boxes, the minimap draws the chart, and "Focus on this subtree" frames one part of it.
 * No timing assertions: this runs on busy shared machines; `npm run bench:browser` measures the speed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeScenario } from '../../shared/file/scenarioFile';
import { buildTreeIndex, isSelfOrDescendant, unitDepths, type UnitId } from '../../shared';
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW } from '../../shared/model/types';
import { generateOrg } from '../../shared/sample/generateOrg';
import { expect, test } from './fixtures';

const org = generateOrg({ size: 10_000, seed: 1, asOf: '2026-11-01' });
const people = Object.keys(org.people).length;
const units = Object.keys(org.units).length;
const index = buildTreeIndex(org);
const depths = unitDepths(index);

test('a 10,000-person org opens collapsed, expands, takes a drag, and reads zoomed out and in', async ({ app, window: page }) => {
  test.setTimeout(240_000);
  const folder = join(process.cwd(), 'test-results', 'fixtures');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'generated-10000.orgsim.json');
  writeFileSync(
    file,
    serializeScenario({ name: 'Generated 10,000', org, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW }),
  );

  await app.openFile(file);
  const headcount = async () => Number((await app.metric('headcount').locator('.metric__value').textContent())?.replace(/\D/g, ''));
  await expect.poll(headcount, { timeout: 60_000 }).toBe(people);
  await expect(app.unitById('u1')).toBeVisible();

  // Collapsed to a depth that fits, each collapsed unit saying what it hides; the document remembers it.
  const collapsed: UnitId[] = (await app.document()).view.collapsed;
  expect(collapsed.length).toBeGreaterThan(0);
  const shown = await app.units.count();
  expect(shown).toBeLessThan(units / 10);
  const first = collapsed[0]!;
  // Full cards say "+30 units, 190 people hidden"; the simplified ones a fitted big chart shows say "+30 units hidden"
  // and keep the people in their tooltip.
  await expect(app.unitById(first)).toContainText(/\+\d+ units(, \d+ people)? hidden/);
  if ((await app.unitById(first).getAttribute('data-detail')) !== null)
    await expect(app.unitById(first)).toHaveAttribute('title', /\+[\d,]+ units?, [\d,]+ (people|person) hidden/);
  await expect(page.getByText(/\+\d+ units(, \d+ people)? hidden/).first()).toBeVisible();
  await app.screenshot('big-org-opened');

  // Expand one collapsed unit: its subtree shows.
  const name = org.units[first]!.name;
  await app
    .unitById(first)
    .getByRole('button', { name: `Expand ${name}` })
    .click();
  await expect.poll(() => app.units.count(), { timeout: 30_000 }).toBeGreaterThan(shown);
  const child = index.children.get(first)![0]!;
  await expect(app.unitById(child)).toHaveCount(1);

  // Drag a unit on screen onto another it may report to (not inside it, not its parent already).
  const onScreen: string[] = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const inside = (r: DOMRect) =>
      r.left > pane.left + 10 && r.top > pane.top + 10 && r.right < pane.right - 260 && r.bottom < pane.bottom - 170 && r.width > 40;
    return [...document.querySelectorAll<HTMLElement>('[data-testid="unit-node"]:not([data-ghost])')]
      .filter((n) => inside(n.getBoundingClientRect()))
      .map((n) => n.dataset.unitId!);
  });
  const ids = onScreen.filter((id) => org.units[id as UnitId]) as UnitId[];
  const mover = ids.find((id) => org.units[id]!.parentId !== null && (depths.get(id) ?? 0) >= 3)!;
  const target = ids.find((id) => id !== mover && id !== org.units[mover]!.parentId && !isSelfOrDescendant(org, mover, id))!;
  expect(mover && target, `two units on screen to drag between (${ids.length} on screen)`).toBeTruthy();
  await app.dragUnit(app.unitById(mover), app.unitById(target));
  // The notice first (cheap to watch), then the document once: serializing 10,000 people on every poll would load a busy machine.
  await expect(page.locator('.toolbar__notice')).toHaveText(`${org.units[mover]!.name} now reports to ${org.units[target]!.name}.`, { timeout: 30_000 });
  expect((await app.document()).org.units.find((u: { id: string }) => u.id === mover)?.parentId).toBe(target);
  await app.screenshot('big-org-after-drag');

  // Zoom out: simplified cards, then plain boxes; the minimap draws the chart at every size.
  const zoomOut = page.getByRole('button', { name: /zoom out/i });
  // The opened chart is fitted near the smallest zoom already: the button is disabled there.
  for (let i = 0; i < 4 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
  await expect(page.locator('[data-testid="unit-node"][data-detail="simple"]').first()).toBeVisible();
  // A simplified card's big text has lines as tall as its letters (a shorter line clips them: the name is one line, overflow hidden).
  const cramped = await page
    .locator('[data-testid="unit-node"][data-detail="simple"] :is(.unit-node__name, .unit-node__simple-count, .unit-node__simple-hidden)')
    .evaluateAll((els) =>
      els.filter((el) => parseFloat(getComputedStyle(el).lineHeight) < parseFloat(getComputedStyle(el).fontSize)).map((el) => el.className),
    );
  expect(cramped).toEqual([]);
  // The simplified cards hang from their parents by drawn lines.
  expect(await page.locator('.react-flow__edge path.react-flow__edge-path[d]').count()).toBeGreaterThan(0);
  await app.screenshot('big-org-zoomed-out');
  const drawnBefore = await app.units.count();
  // Further out, plain boxes. The collapsed chart is compact enough that its smallest zoom may stay above them:
  // then expand the whole org and fit it. A chart this big paints its boxes on one canvas instead of a DOM node each.
  const boxCanvas = page.getByTestId('box-canvas');
  const boxes = page.locator('[data-testid="unit-node"][data-detail="box"]');
  const atBoxes = async () => (await boxes.count()) > 0 || (await boxCanvas.count()) > 0;
  for (let i = 0; i < 10 && !(await atBoxes()) && (await zoomOut.isEnabled()); i++) await zoomOut.click();
  if (!(await atBoxes())) {
    await page.getByLabel('View menu').selectOption('depth-all');
    await expect.poll(async () => (await app.document()).view.collapsed.length, { timeout: 60_000 }).toBe(0);
    await page.getByRole('button', { name: /fit view/i }).click();
  }
  await expect(boxCanvas).toBeVisible();
  // What the canvas holds, for a screen reader: how many units, and how to read one.
  await expect(page.getByRole('img', { name: /^Org chart of [\d,]+ units, zoomed out/ })).toBeVisible();
  await expect.poll(async () => Number(await boxCanvas.getAttribute('data-painted'))).toBeGreaterThan(drawnBefore);
  const painted = await app.paintedBoxes();
  expect(await app.units.count()).toBe(0);
  // The minimap paints every unit of the chart on one canvas: at least those on screen.
  await expect.poll(async () => Number(await page.getByTestId('minimap').locator('canvas').getAttribute('data-units'))).toBeGreaterThanOrEqual(painted.length);
  await expect(page.getByTestId('minimap-view')).toBeVisible();
  await app.screenshot('big-org-boxes');

  // The painted boxes work as the DOM ones: hover tells what a box is, a click selects it, a drag moves the unit.
  const all = await app.document();
  const parentOf = new Map<string, string | null>(all.org.units.map((u: { id: string; parentId: string | null }) => [u.id, u.parentId]));
  const hasChildren = new Set(all.org.units.map((u: { parentId: string | null }) => u.parentId));
  const clear = painted.filter((b) => !b.ghost && b.x > 450 && b.y > 250 && b.x + b.width < 1100 && b.y + b.height < 700);
  const team = clear.find((b) => !hasChildren.has(b.id))!;
  const group = clear.find((b) => hasChildren.has(b.id) && b.id !== parentOf.get(team.id) && b.id !== 'u1')!;
  const centre = (b: { x: number; y: number; width: number; height: number }) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const teamName = org.units[team.id as UnitId]!.name;
  const groupName = org.units[group.id as UnitId]!.name;
  await page.mouse.move(centre(team).x, centre(team).y);
  const tip = page.getByTestId('box-tip');
  await expect(tip).toBeVisible();
  expect(await tip.textContent()).toMatch(new RegExp(`^${teamName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · [\\d,]+ (people|person)`));
  await page.mouse.click(centre(team).x, centre(team).y);
  await expect(app.sidePanel.getByRole('heading', { name: teamName })).toBeVisible();
  await app.screenshot('big-org-boxes-selected');
  await page.mouse.move(centre(team).x, centre(team).y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(centre(team).x + ((centre(group).x - centre(team).x) * i) / 12, centre(team).y + ((centre(group).y - centre(team).y) * i) / 12);
  await expect(page.getByTestId('drag-ghost').locator('.drag-ghost__card')).toBeVisible();
  await expect(page.getByTestId('drop-hint')).toHaveText(`Drop to make “${teamName}” report to “${groupName}”.`);
  await app.screenshot('big-org-boxes-drag');
  await page.mouse.up();
  await expect(page.locator('.toolbar__notice')).toHaveText(`${teamName} now reports to ${groupName}.`, { timeout: 30_000 });
  expect((await app.document()).org.units.find((u: { id: string }) => u.id === team.id)?.parentId).toBe(group.id);

  // Focus on one subtree: back to three layers, pick a VP, focus: only their line shows, framed and readable.
  await page.getByLabel('View menu').selectOption('depth-3');
  await page.getByRole('button', { name: /fit view/i }).click();
  const vp = org.units[first]!.parentId as UnitId;
  await app.clickUnit(org.units[vp]!.name);
  await app.sidePanel.getByRole('button', { name: 'Focus on this subtree' }).click();
  const otherVp = index.children.get(org.units[vp]!.parentId as UnitId)!.find((id) => id !== vp)!;
  // What it hides is on the card, or, when the fitted zoom draws it as a plain box, in its tooltip.
  const saysHidden = async () => `${await app.unitById(otherVp).textContent()} ${await app.unitById(otherVp).getAttribute('title')}`;
  await expect.poll(saysHidden).toMatch(/units?.*hidden/);
  await expect(app.unitById(index.children.get(vp)![0]!)).toBeVisible({ timeout: 30_000 });
  expect(await app.units.count()).toBeLessThan(units / 10);
  await app.screenshot('big-org-focused');
});

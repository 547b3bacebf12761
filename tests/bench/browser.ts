/**
 * `npm run bench:browser`: the canvas at real company sizes, measured in Chromium against the web build.
 * Opens a generated org (10,000 people by default; `-- --size 5000`) through Open… as a person would, then
 * measures: open-to-visible, panning (per-move latency), dragging a unit (per-move latency and how many of
 * the moves the dragged node was drawn at) and the drop. Not part of `npm test`: timings on shared machines
 * are read, never asserted.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeScenario } from '../../shared/file/scenarioFile';
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW } from '../../shared/model/types';
import { generateOrg } from '../../shared/sample/generateOrg';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

// Its own port, so a preview server left running by the e2e tests (or another checkout) is never measured by mistake.
const PORT = Number(process.env.BENCH_PORT ?? 4183);
const URL = `http://127.0.0.1:${PORT}`;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SIZE = arg('size', 10_000);
const MOVES = arg('moves', 60);

const p95 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function serverUp(): Promise<boolean> {
  try {
    return (await fetch(URL)).ok;
  } catch {
    return false;
  }
}

/** Build and serve the web build on the bench's port. */
async function startServer(): Promise<ChildProcess> {
  if (await serverUp()) throw new Error(`port ${PORT} is taken: set BENCH_PORT`);
  const built = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
  if (built.status !== 0) throw new Error('vite build failed');
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 240 && !(await serverUp()); i++) await new Promise((r) => setTimeout(r, 500));
  if (!(await serverUp())) throw new Error('the web build did not come up on ' + URL);
  return server;
}

/** Resolves after the next frame has been produced: what a person would see after an input. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** A point on empty canvas (the pane itself, not a node or a control), scanning from the centre out. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    for (let r = 0; r < 400; r += 20)
      for (let a = 0; a < 360; a += 30) {
        const x = pane.x + pane.width / 2 + r * Math.cos((a * Math.PI) / 180);
        const y = pane.y + pane.height / 2 + r * Math.sin((a * Math.PI) / 180);
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    return null;
  });
  if (!point) throw new Error('no empty canvas to pan from');
  return point;
}

/** Pan the canvas, then drag a unit on screen onto another and drop it; pushes the timings. */
async function panDragDrop(page: Page, label: string, results: { what: string; value: string }[]): Promise<void> {
  // Pan: drag the empty canvas; each move's latency is until the next frame after it.
  const from = await emptyPoint(page);
  const pan: number[] = [];
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= MOVES; i++) {
    const t = Date.now();
    await page.mouse.move(from.x + i * 4, from.y + i * 2);
    await nextFrame(page);
    pan.push(Date.now() - t);
  }
  await page.mouse.up();
  results.push({ what: `${label}: pan, ${MOVES} moves: p95 / median per move`, value: `${p95(pan)} / ${median(pan)} ms` });

  // Drag: a unit that is not the top one, onto another visible unit. Count the positions the dragged node was drawn at.
  const ids = await page.evaluate(() => {
    const inside = (r: DOMRect) => r.left > 80 && r.top > 120 && r.right < window.innerWidth - 260 && r.bottom < window.innerHeight - 40;
    const nodes = [...document.querySelectorAll<HTMLElement>('[data-testid="unit-node"]:not([data-ghost])')].filter((n) => n.dataset.unitId !== 'u1' && inside(n.getBoundingClientRect()));
    return nodes.map((n) => n.dataset.unitId!);
  });
  if (ids.length < 2) throw new Error(`only ${ids.length} units on screen to drag`);
  const [dragId, dropId] = [ids[ids.length - 1]!, ids[0]!];
  const box = async (id: string) => (await page.locator(`[data-testid="unit-node"][data-unit-id="${id}"]`).boundingBox())!;
  const a = await box(dragId);
  const b = await box(dropId);
  await page.evaluate((id) => {
    const w = window as unknown as { __drawn: Set<string> };
    w.__drawn = new Set();
    const node = document.querySelector(`[data-testid="unit-node"][data-unit-id="${id}"]`)!.closest('.react-flow__node') as HTMLElement;
    new MutationObserver(() => w.__drawn.add(node.style.transform)).observe(node, { attributes: true, attributeFilter: ['style'] });
  }, dragId);
  const start = { x: a.x + Math.min(20, a.width / 2), y: a.y + Math.min(10, a.height / 2) };
  const end = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const drag: number[] = [];
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= MOVES; i++) {
    const t = Date.now();
    await page.mouse.move(start.x + ((end.x - start.x) * i) / MOVES, start.y + ((end.y - start.y) * i) / MOVES);
    await nextFrame(page);
    drag.push(Date.now() - t);
  }
  const drawn = await page.evaluate(() => (window as unknown as { __drawn: Set<string> }).__drawn.size);
  results.push({ what: `${label}: drag a unit, ${MOVES} moves: p95 / median per move`, value: `${p95(drag)} / ${median(drag)} ms` });
  results.push({ what: `${label}: drag moves drawn (distinct positions of the dragged node)`, value: `${drawn} of ${MOVES}` });
  const before = await page.evaluate(() => window.__orgsim!.getScenarioText());
  const t1 = Date.now();
  await page.mouse.up();
  await page.waitForFunction((old) => window.__orgsim!.getScenarioText() !== old, before, { timeout: 120_000 });
  await nextFrame(page);
  results.push({ what: `${label}: drop (to the chart redrawn)`, value: `${Date.now() - t1} ms` });
  const notice = await page.locator('.toolbar__notice').allTextContents();
  if (notice.length) results.push({ what: `${label}: notice after the drop`, value: notice.join(' ').slice(0, 80) });
}

async function main(): Promise<void> {
  const folder = join(process.cwd(), 'test-results', 'bench');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `generated-${SIZE}.orgsim.json`);
  const org = generateOrg({ size: SIZE, seed: 1, asOf: '2026-11-01' });
  writeFileSync(file, serializeScenario({ name: `Generated ${SIZE}`, org, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW }));
  const people = Object.keys(org.people).length;
  const units = Object.keys(org.units).length;

  const server = await startServer();
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const results: { what: string; value: string }[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(URL);
    await page.locator('[data-testid="unit-node"]').first().waitFor();

    // Open: from picking the file to the new org's top unit drawn on screen.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…', exact: true }).click();
    const picked = await chooser;
    // The page's own clock: a frozen main thread shows as long tasks.
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
    });
    const t0 = Date.now();
    await picked.setFiles(file);
    await page.locator('[data-testid="unit-node"][data-unit-id="u1"]').waitFor({ timeout: 120_000 });
    await page.waitForFunction((n) => (document.querySelector('[data-testid="metric-headcount"] .metric__value')?.textContent ?? '').replace(/\D/g, '') === String(n), people, { timeout: 120_000 });
    await nextFrame(page);
    const openMs = Date.now() - t0;
    const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    results.push({ what: `Open ${people.toLocaleString('en')} people (${units.toLocaleString('en')} units) to visible`, value: `${openMs} ms` });
    results.push({ what: 'Longest frozen stretch while opening (long task)', value: `${Math.round(Math.max(0, ...longTasks))} ms` });
    results.push({ what: 'Unit nodes in the DOM after open', value: String(await page.locator('.react-flow__node').count()) });
    await page.waitForTimeout(500); // let the fit animation settle

    await panDragDrop(page, 'As opened', results);
    // The whole org expanded (View ▸ Expand all), so the same moves are measured with every unit in React Flow.
    await page.getByLabel('View menu').selectOption('depth-all');
    await page.waitForFunction(() => JSON.parse(window.__orgsim!.getScenarioText()).view.collapsed.length === 0, undefined, { timeout: 120_000, polling: 500 });
    await page.getByRole('button', { name: /fit view/i }).click();
    await page.waitForTimeout(800);
    await nextFrame(page);
    results.push({ what: 'Unit nodes in the DOM, all expanded, fitted', value: String(await page.locator('.react-flow__node').count()) });
    await panDragDrop(page, 'All expanded', results);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
  console.log(`\n| what | measured |\n| --- | --- |`);
  for (const r of results) console.log(`| ${r.what} | ${r.value} |`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

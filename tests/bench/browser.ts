/**
 * `npm run bench:browser`: the canvas at real company sizes, measured in Chromium against the web build.
 * Opens a generated org (10,000 people by default; `-- --size 5000`) through Open… as a person would, then
 * measures: open-to-visible, panning (per-move latency), dragging a unit (per-move latency and how many of
 * the moves the dragged node was drawn at) and the drop. Not part of `npm test`: timings on shared machines
 * are read, never asserted.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeScenario } from '../../shared/file/scenarioFile';
import { MAX_FILE_BYTES } from '../../shared/ipc';
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW } from '../../shared/model/types';
import { generateOrg } from '../../shared/sample/generateOrg';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

// BENCH_PORT, else ORGSIM_PORT (the checkout's own port, as the browser specs use), else 4183. A server already
// on that port is refused, so one left running by the e2e tests (or another checkout) is never measured by mistake.
const PORT = Number(process.env.BENCH_PORT ?? process.env.ORGSIM_PORT ?? 4183);
const URL = `http://127.0.0.1:${PORT}`;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SIZE = arg('size', 10_000);
const MOVES = arg('moves', 60);
/** OrgCanvas's `nodeDragThreshold`: a unit follows the pointer once it is this far from where it went down. */
const DRAG_THRESHOLD_PX = 4;
/** `-- --profile`: a CPU profile (Chrome DevTools protocol) of each drag and drop, its hottest functions printed and saved. */
const PROFILE = process.argv.includes('--profile');

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
  // Unminified when profiling, so the profile names the app's own functions.
  const built = spawnSync('npx', ['vite', 'build', ...(PROFILE ? ['--minify', 'false'] : [])], { stdio: 'ignore' });
  if (built.status !== 0) throw new Error('vite build failed');
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 240 && !(await serverUp()); i++) await new Promise((r) => setTimeout(r, 500));
  if (!(await serverUp())) throw new Error('the web build did not come up on ' + URL);
  return server;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** The functions with the most time in a CPU profile: self time, and total time counted once per stack. */
function hottest(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, top = 18): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  // Iterative post-order: a node's total is its self time plus its children's; a key counts once per stack.
  const total = new Map<number, number>();
  const root = profile.nodes[0]!;
  const stack: [ProfileNode, boolean, string[]][] = [[root, false, []]];
  while (stack.length > 0) {
    const [n, done, above] = stack.pop()!;
    const key = keyOf(n);
    if (!done) {
      stack.push([n, true, above]);
      for (const c of n.children ?? []) stack.push([byId.get(c)!, false, [...above, key]]);
      continue;
    }
    const t = (self.get(n.id) ?? 0) + (n.children ?? []).reduce((sum, c) => sum + (total.get(c) ?? 0), 0);
    total.set(n.id, t);
    selfBy.set(key, (selfBy.get(key) ?? 0) + (self.get(n.id) ?? 0));
    if (!above.includes(key)) totalBy.set(key, (totalBy.get(key) ?? 0) + t);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`);
  return ['self:', ...rows(selfBy), 'total:', ...rows(totalBy)];
}

/** Runs `work`, recording a CPU profile of the page when `--profile` is given. */
async function profiled<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  const folder = join(process.cwd(), 'test-results', 'bench');
  writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
  console.log(`\n${name}:\n${hottest(profile as unknown as Parameters<typeof hottest>[0]).join('\n')}`);
  await cdp.detach();
  return result;
}

/** Resolves after the next frame has been produced: what a person would see after an input. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/**
 * Starts recording, in the page, each pointer move's latency: from the event's timestamp to the end of the
 * first frame after it (a task queued from that frame's requestAnimationFrame runs once it has been produced).
 * The harness's own round trip is left out, so this is what a person would feel.
 */
const recordLatency = (page: Page, type: 'pointermove' | 'wheel' = 'pointermove') =>
  page.evaluate((type) => {
    const w = window as unknown as { __lat: number[]; __latOff?: () => void };
    w.__latOff?.();
    w.__lat = [];
    const on = (e: Event) => {
      const at = e.timeStamp;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => w.__lat.push(performance.now() - at);
        ch.port2.postMessage(0);
      });
    };
    window.addEventListener(type, on, { capture: true });
    w.__latOff = () => window.removeEventListener(type, on, { capture: true });
  }, type);
const latencies = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __latOff?: () => void };
    w.__latOff?.();
    return w.__lat.map(Math.round);
  });

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
/** The figures so far; each is also printed as it is measured, so a run cut short still says something. */
class Results extends Array<{ what: string; value: string }> {
  override push(...rows: { what: string; value: string }[]): number {
    for (const r of rows) console.log(`  ${r.what}: ${r.value}`);
    return super.push(...rows);
  }
}

/** Pan: drag the empty canvas by `MOVES` small steps, a frame apart. */
async function pan(page: Page, label: string, results: Results): Promise<void> {
  const from = await emptyPoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await recordLatency(page);
  await profiled(page, `${label} pan`.replace(/\W+/g, '-'), async () => {
    for (let i = 1; i <= MOVES; i++) {
      await page.mouse.move(from.x + i * 4, from.y + i * 2);
      await nextFrame(page);
    }
  });
  await page.mouse.up();
  const lat = await latencies(page);
  results.push({ what: `${label}: pan, ${MOVES} moves: input to frame p95 / median`, value: `${p95(lat)} / ${median(lat)} ms` });
}

/** Zoom: mouse-wheel steps over the middle of the chart, in then out again, a frame apart (each may change the level of detail). */
async function zoom(page: Page, label: string, results: Results): Promise<void> {
  const from = await emptyPoint(page);
  await page.mouse.move(from.x, from.y);
  await recordLatency(page, 'wheel');
  await profiled(page, `${label} zoom`.replace(/\W+/g, '-'), async () => {
    for (const dy of [-120, 120])
      for (let i = 0; i < 10; i++) {
        await page.mouse.wheel(0, dy);
        await nextFrame(page);
      }
  });
  const lat = await latencies(page);
  results.push({ what: `${label}: zoom, 20 wheel steps: input to frame p95 / median`, value: `${p95(lat)} / ${median(lat)} ms` });
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(500);
}

/** Drag a unit on screen onto another by `MOVES` steps, then drop it; pushes the timings. */
async function dragDrop(page: Page, label: string, results: Results): Promise<void> {
  // Drag: a unit that is not the top one, onto another visible unit. Count the positions the dragged node was drawn at.
  // The units on screen: DOM nodes, or, for a big chart zoomed out to plain boxes, the boxes the canvas paints.
  const shown = await page.evaluate(() => {
    const inside = (r: { x: number; y: number; width: number; height: number }) =>
      r.x > 80 && r.y > 120 && r.x + r.width < window.innerWidth - 260 && r.y + r.height < window.innerHeight - 40;
    const nodes = [...document.querySelectorAll<HTMLElement>('[data-testid="unit-node"]:not([data-ghost])')].map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.dataset.unitId!, ghost: false, x: r.x, y: r.y, width: r.width, height: r.height };
    });
    return (nodes.length > 0 ? nodes : (window.__orgsim?.paintedBoxes?.() ?? [])).filter((n) => n.id !== 'u1' && !n.ghost && inside(n));
  });
  if (shown.length < 2) throw new Error(`only ${shown.length} units on screen to drag`);
  const [a, b] = [shown[shown.length - 1]!, shown[0]!];
  // What the pointer drags on screen is the light copy of the card (drag-ghost): count the positions it was drawn at.
  await page.evaluate(() => {
    const w = window as unknown as { __drawn: Set<string> };
    w.__drawn = new Set();
    new MutationObserver((records) => {
      for (const r of records) {
        const nodes = r.type === 'childList' ? [...r.addedNodes] : [r.target];
        for (const n of nodes) if (n instanceof HTMLElement && n.dataset.testid === 'drag-ghost') w.__drawn.add(n.style.transform);
      }
    }).observe(document.querySelector('.react-flow__viewport')!, { attributes: true, attributeFilter: ['style'], subtree: true, childList: true });
  });
  // From the card's middle (clear of its collapse button) to the other's middle: the cards then overlap the most.
  const start = { x: a.x + a.width / 2 - Math.min(10, a.width / 4), y: a.y + a.height / 2 };
  const end = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await recordLatency(page);
  await profiled(page, `${label} drag`.replace(/\W+/g, '-'), async () => {
    for (let i = 1; i <= MOVES; i++) {
      await page.mouse.move(start.x + ((end.x - start.x) * i) / MOVES, start.y + ((end.y - start.y) * i) / MOVES);
      await nextFrame(page);
    }
  });
  const drag = await latencies(page);
  const drawn = await page.evaluate(() => (window as unknown as { __drawn: Set<string> }).__drawn.size);
  // A drag starts once the pointer is more than the canvas's drag threshold from where it went down (so a click
  // never moves a unit): moves before that are not drag moves, and nothing should follow them.
  const dragMoves = Array.from({ length: MOVES }, (_, k) => Math.hypot(((end.x - start.x) * (k + 1)) / MOVES, ((end.y - start.y) * (k + 1)) / MOVES)).filter(
    (d) => d > DRAG_THRESHOLD_PX,
  ).length;
  results.push({ what: `${label}: drag a unit, ${MOVES} moves: input to frame p95 / median`, value: `${p95(drag)} / ${median(drag)} ms` });
  results.push({
    what: `${label}: drag moves drawn (distinct positions of the dragged card)`,
    value: `${drawn} of the ${dragMoves} moves past the ${DRAG_THRESHOLD_PX} px drag threshold (${MOVES} moves in all)`,
  });
  // The drop is seen by its notice ("… now reports to …"): polling the document's text instead would serialize
  // 10,000 people on the UI thread every frame and slow the very thing measured.
  const noticeText = () => page.evaluate(() => document.querySelector('.toolbar__notice')?.textContent ?? '');
  const before = await noticeText();
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
  });
  const t1 = Date.now();
  await profiled(page, `${label} drop`.replace(/\W+/g, '-'), async () => {
    await page.mouse.up();
    const dropped = await page
      .waitForFunction((old) => (document.querySelector('.toolbar__notice')?.textContent ?? '') !== old, before, { timeout: 60_000, polling: 'raf' })
      .then(() => true)
      .catch(() => false);
    await nextFrame(page);
    results.push({
      what: `${label}: drop (to the chart redrawn)`,
      value: dropped ? `${Date.now() - t1} ms` : 'no notice within 60 s (not dropped on a unit?)',
    });
    // The forecast of the new org comes back from the worker a little later and is drawn: count that freeze too.
    await page.waitForTimeout(3000);
  });
  const afterDrop = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  results.push({ what: `${label}: longest frozen stretch in the 3 s after the drop`, value: `${Math.round(Math.max(0, ...afterDrop))} ms` });
  const notice = await page.locator('.toolbar__notice').allTextContents();
  if (notice.length) results.push({ what: `${label}: notice after the drop`, value: notice.join(' ').slice(0, 80) });
}

/** Write a generated org of `size` people as a scenario file; returns the file and its counts. */
function generatedFile(folder: string, size: number): { file: string; people: number; units: number; compact: boolean } {
  const file = join(folder, `generated-${size}.orgsim.json`);
  const org = generateOrg({ size, seed: 1, asOf: '2026-11-01' });
  const text = serializeScenario({ name: `Generated ${size}`, org, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW });
  // Saved as the app saves it (indented), 100,000 people come to 54 MB, over what Open… accepts: write those without indentation.
  const compact = text.length > MAX_FILE_BYTES;
  writeFileSync(file, compact ? JSON.stringify(JSON.parse(text)) : text);
  return { file, people: Object.keys(org.people).length, units: Object.keys(org.units).length, compact };
}

/** Open a scenario file through Open… as a person would; pushes open-to-visible and the longest freeze. */
async function openFile(page: Page, size: number, folder: string, results: Results): Promise<void> {
  const { file, people, units, compact } = generatedFile(folder, size);
  if (compact)
    results.push({
      what: `${size.toLocaleString('en')} people: file written without indentation (the app's own indented save is over the ${MAX_FILE_BYTES / 2 ** 20} MB open limit)`,
      value: `${(statSync(file).size / 2 ** 20).toFixed(0)} MB`,
    });
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
  const openMs = await profiled(page, `open-${size}`, async () => {
    await picked.setFiles(file);
    await page.waitForFunction((name) => document.title.includes(name), `generated-${size}`, { timeout: 300_000 });
    await page.locator('[data-testid="unit-node"][data-unit-id="u1"]').waitFor({ timeout: 300_000 });
    await page.waitForFunction(
      (n) => (document.querySelector('[data-testid="metric-headcount"] .metric__value')?.textContent ?? '').replace(/\D/g, '') === String(n),
      people,
      { timeout: 300_000 },
    );
    await nextFrame(page);
    return Date.now() - t0;
  });
  const label = `${people.toLocaleString('en')} people (${units.toLocaleString('en')} units)`;
  results.push({ what: `${label}: open to chart visible`, value: `${openMs} ms` });
  // Then the forecast, computed in the worker: until its status line is gone.
  await page.waitForFunction(() => !document.querySelector('[data-testid="forecast-status"]'), undefined, { timeout: 300_000, polling: 100 });
  results.push({ what: `${label}: open to forecast drawn`, value: `${Date.now() - t0} ms` });
  const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  results.push({ what: `${label}: longest frozen stretch while opening (long task)`, value: `${Math.round(Math.max(0, ...longTasks))} ms` });
  results.push({ what: `${label}: unit nodes in the DOM after open`, value: String(await page.locator('.react-flow__node').count()) });
  await page.waitForTimeout(500); // let the fit animation settle
}

const SCREENSHOTS = join(process.cwd(), 'tests', 'screenshots');

/** Save what the window shows as tests/screenshots/bench-<name>.png, for a person to look at. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(400);
  await nextFrame(page);
  await page.screenshot({ path: join(SCREENSHOTS, `bench-${name}.png`) });
}

/** Screenshots of the chart as it is, zoomed in on the middle, and zoomed out; the view is fitted again after. */
async function lookAt(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-fitted`);
  const zoomIn = page.getByRole('button', { name: /zoom in/i });
  for (let i = 0; i < 4 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
  await screenshot(page, `${name}-zoomed-in`);
  await page.getByRole('button', { name: /fit view/i }).click();
  // Out as far as the canvas allows (the button is disabled at the smallest zoom).
  const zoomOut = page.getByRole('button', { name: /zoom out/i });
  for (let i = 0; i < 3 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
  await screenshot(page, `${name}-zoomed-out`);
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(500);
}

/** Expand the whole org (View ▸ Expand all) and fit it. */
async function expandAll(page: Page, results: Results): Promise<void> {
  await page.getByLabel('View menu').selectOption('depth-all');
  await page.waitForFunction(() => JSON.parse(window.__orgsim!.getScenarioText()).view.collapsed.length === 0, undefined, { timeout: 120_000, polling: 500 });
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(800);
  await nextFrame(page);
  results.push({ what: 'Unit nodes in the DOM, all expanded, fitted', value: String(await page.locator('.react-flow__node').count()) });
}

async function main(): Promise<void> {
  const folder = join(process.cwd(), 'test-results', 'bench');
  mkdirSync(folder, { recursive: true });
  // `-- --size N` measures one size; by default the three the issue names.
  const sizes = process.argv.includes('--size') ? [SIZE] : [1_516, 10_000, 100_000];

  const server = await startServer();
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const results = new Results();
  try {
    // The floor: the same pan on the 65-person sample the app opens on, whose whole chart is a few cards. What a
    // pan costs above this is the chart's; this much is the browser's frame itself (software rendering here).
    const first = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await first.goto(URL);
    await first.locator('[data-testid="unit-node"]').first().waitFor();
    await first.waitForTimeout(1000);
    await pan(first, 'the 65-person sample (the floor)', results);
    await zoom(first, 'the 65-person sample (the floor)', results);
    await first.close();
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.setDefaultTimeout(300_000);
      await page.goto(URL);
      await page.locator('[data-testid="unit-node"]').first().waitFor();
      await openFile(page, size, folder, results);
      await lookAt(page, `${size}-opened`);
      await pan(page, `${size.toLocaleString('en')}, as opened`, results);
      await zoom(page, `${size.toLocaleString('en')}, as opened`, results);
      await dragDrop(page, `${size.toLocaleString('en')}, as opened`, results);
      if (size <= 20_000) {
        await expandAll(page, results);
        await lookAt(page, `${size}-expanded`);
        await pan(page, `${size.toLocaleString('en')}, all expanded`, results);
        await zoom(page, `${size.toLocaleString('en')}, all expanded`, results);
        // Closer, at the simplified cards' level (name and headcount): wheel in over the chart until they show, and pan there.
        const from = await emptyPoint(page);
        await page.mouse.move(from.x, from.y);
        for (let i = 0; i < 30 && (await page.locator('[data-detail="simple"]').count()) === 0; i++) {
          await page.mouse.wheel(0, -120);
          await nextFrame(page);
        }
        await page.waitForTimeout(500);
        results.push({
          what: `${size.toLocaleString('en')}, all expanded, simplified cards: unit nodes in the DOM`,
          value: String(await page.locator('.react-flow__node').count()),
        });
        await pan(page, `${size.toLocaleString('en')}, all expanded, simplified cards`, results);
        await page.getByRole('button', { name: /fit view/i }).click();
        await page.waitForTimeout(500);
        // Fitted, a 10,000-person chart's cards are a few pixels wide: zoom in three steps to drag one onto another.
        const zoomIn = page.getByRole('button', { name: /zoom in/i });
        for (let i = 0; i < 3 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
        await page.waitForTimeout(500);
        await dragDrop(page, `${size.toLocaleString('en')}, all expanded, zoomed in 3 steps`, results);
      }
      await page.close();
    }
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

/**
 * The hostile corpus (tests/fixtures/hostile/, written by generate.ts) through the core (the CLI: electron/cli/hostile.test.ts): every file
 * opens cleanly or is refused with at most 20 problems and a count, nothing throws, and what opens draws,
 * forecasts, simulates and exports with finite coordinates, isolated bidi controls and escaped formula cells.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { exportPeopleCsv } from '../../shared/csv/peopleCsv';
import { chartSvg } from '../../shared/export/chartSvg';
import { MAX_REPORTED_PROBLEMS, parseScenarioFile } from '../../shared/file/scenarioFile';
import { forecastEmergence } from '../../shared/forecast/forecast';
import { layoutOrg } from '../../shared/layout/treeLayout';
import { POSITION_LIMIT } from '../../shared/file/schema';
import { simulate } from '../../shared/simulation/simulate';

// The largest files take a few seconds each on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const folder = join(__dirname, '..', 'fixtures', 'hostile');
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.orgsim.json'))
  .sort();
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
/** Cells a spreadsheet could read as a formula, or that start with a character that hides or shifts the rest. */
const FORMULA_START = /^[=+\-@\t\r\n \uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66]/;

/** What each file must do: open (a clean result) or be refused (problems). */
const OPENS = new Set<string>(JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')).opens);

it('the corpus has at least 40 files', () => expect(files.length).toBeGreaterThanOrEqual(40));

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(folder, file), 'utf8');
  const name = file.replace('.orgsim.json', '');

  it('opens cleanly or is refused with a short list of clear problems, never a throw', () => {
    const parsed = parseScenarioFile(text);
    expect(parsed.ok ? 'opens' : 'refused').toBe(OPENS.has(name) ? 'opens' : 'refused');
    if (parsed.ok) return;
    expect(parsed.error.length).toBeGreaterThan(0);
    expect(parsed.error.length).toBeLessThanOrEqual(MAX_REPORTED_PROBLEMS + 1);
    for (const p of parsed.error) expect(p.message.length).toBeGreaterThan(5);
  });

  it('what opens lays out, forecasts, simulates and exports safely', () => {
    const parsed = parseScenarioFile(text);
    if (!parsed.ok) return;
    const scenario = parsed.value;
    for (const xy of Object.values(scenario.view.positions)) {
      expect(Number.isFinite(xy.x) && Number.isFinite(xy.y)).toBe(true);
      expect(Math.max(Math.abs(xy.x), Math.abs(xy.y))).toBeLessThanOrEqual(POSITION_LIMIT);
    }
    expect(Object.getPrototypeOf(scenario.view.positions) === null || !Object.hasOwn(Object.getPrototypeOf(scenario.view.positions), 'x')).toBe(true);
    forecastEmergence(scenario.org, scenario.policy);
    const layout = layoutOrg(scenario.org, { collapsed: scenario.view.collapsed });
    expect(layout.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    const { svg, width, height } = chartSvg(scenario.org, layout, { title: scenario.name });
    expect(Number.isFinite(width) && Number.isFinite(height)).toBe(true);
    expect(svg).not.toMatch(BIDI_CONTROLS);
    // Markup in names arrives as text: no element but the drawing's own.
    expect(svg).not.toMatch(/<(script|img|foreignObject)\b/);
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    const csv = exportPeopleCsv(scenario.org);
    const rows = Papa.parse<string[]>(csv.trimEnd(), { header: false }).data;
    for (const cell of rows.slice(1).flat()) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(FORMULA_START);
    expect(csv).not.toMatch(BIDI_CONTROLS);
    const run = simulate({ ...scenario, simulation: { ...scenario.simulation, months: 3 } });
    expect(run.ok || run.error.length > 0).toBe(true);
  });
});

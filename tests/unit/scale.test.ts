/**
 * Real company sizes (issue 10): deep, wide and flat orgs go through the core without a stack overflow or a
 * quadratic blow-up. No time assertions (the benchmark harness, `npm run bench`, measures speed); each case
 * only has to finish and be right.
 */
import { describe, expect, it } from 'vitest';
import { guessMapping, importPeople, readCsv } from '../../shared/csv/peopleCsv';
import { forecastEmergence } from '../../shared/forecast/forecast';
import { applyStructuralRules } from '../../shared/forecast/structure';
import { layoutOrg } from '../../shared/layout/treeLayout';
import { checkOrg } from '../../shared/model/invariants';
import { buildTreeIndex, childrenOf } from '../../shared/model/tree';
import { DEFAULT_POLICY, type Org } from '../../shared/model/types';
import { generateOrg } from '../../shared/sample/generateOrg';
import { tinyOrg } from '../../shared/testing/testOrg';

const LONG = 240_000;

/** A reporting chain `n` deep: each person manages the next, the last one manages two ICs. */
function chainCsv(n: number): string {
  const lines = ['Employee ID,Name,Title,Manager ID,Hire Date'];
  for (let i = 1; i <= n; i++) lines.push(`${i},Person ${i},Manager,${i === 1 ? '' : i - 1},2020-01-01`);
  lines.push(`${n + 1},Ic A,Engineer,${n},2021-01-01`, `${n + 2},Ic B,Engineer,${n},2021-01-01`);
  return lines.join('\n');
}

describe('a reporting chain 100,000 deep', () => {
  it(
    'imports from CSV, lays out and forecasts',
    () => {
      const table = readCsv(chainCsv(100_000));
      if (!table.ok) throw new Error(table.error);
      const imported = importPeople(table.value, guessMapping(table.value.headers), '2026-11-01');
      if (!imported.ok) throw new Error(imported.error);
      const org = imported.value.org;
      expect(Object.keys(org.units)).toHaveLength(100_000);
      expect(buildTreeIndex(org).roots).toHaveLength(1);
      const layout = layoutOrg(org, { collapsed: [] });
      expect(layout.nodes).toHaveLength(100_000);
      const f = forecastEmergence(org, DEFAULT_POLICY);
      expect(f.emergent).toEqual([]);
      expect(f.flags.find((x) => x.kind === 'too-many-layers')?.numbers).toMatchObject({ layers: 100_000 });
    },
    LONG,
  );

  it(
    'a cycle in a deep chain is found and broken once',
    () => {
      const lines = chainCsv(50_000).split('\n');
      lines[1] = '1,Person 1,Manager,50000,2020-01-01';
      const table = readCsv(lines.join('\n'));
      if (!table.ok) throw new Error(table.error);
      const imported = importPeople(table.value, guessMapping(table.value.headers), '2026-11-01');
      if (!imported.ok) throw new Error(imported.error);
      expect(imported.value.warnings.filter((w) => w.message.startsWith('Reporting cycle'))).toHaveLength(1);
      expect(checkOrg(imported.value.org)).toEqual([]);
    },
    LONG,
  );
});

describe('a flat team of 50,000 ICs', () => {
  it(
    'forecasts the fixed point: no team over 8 ICs, no lead over 6 units, one top',
    () => {
      const ids = Array.from({ length: 50_000 }, (_, i) => `ic${i}`);
      const org: Org = tinyOrg([['t', null, 'em', ids]]);
      const f = forecastEmergence(org, DEFAULT_POLICY);
      const after = applyStructuralRules(org, DEFAULT_POLICY).org;
      expect(f.projected).toEqual(after);
      const index = buildTreeIndex(after);
      const units = Object.values(after.units);
      expect(Math.max(...units.filter((u) => childrenOf(index, u.id).length === 0).map((u) => u.memberIds.length))).toBeLessThanOrEqual(8);
      expect(Math.max(...units.map((u) => childrenOf(index, u.id).length))).toBeLessThanOrEqual(6);
      expect(index.roots).toHaveLength(1);
      // 6,250 teams; every new one is an EM role whose candidates are listed (the best 50) and counted (all).
      const em = f.emergent.filter((e) => e.kind === 'team-split');
      expect(em).toHaveLength(6_249);
      expect(em[0]!.candidates.length).toBeLessThanOrEqual(50);
      expect(em[0]!.candidateTotal).toBe(50_000);
    },
    LONG,
  );
});

describe('a balanced org of 100,000 people', () => {
  it(
    'forecasts and lays out',
    () => {
      const org = generateOrg({ size: 100_000, seed: 1, asOf: '2026-11-01' });
      expect(Object.keys(org.people).length).toBeGreaterThan(95_000);
      const f = forecastEmergence(org, DEFAULT_POLICY);
      expect(f.metrics.headcount).toBe(Object.keys(org.people).length);
      expect(layoutOrg(org, { collapsed: [] }).nodes).toHaveLength(Object.keys(org.units).length);
    },
    LONG,
  );
});

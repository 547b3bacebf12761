import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { personId, type Scenario } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { comparisonCsv } from './compareCsv';
import { compareVariants } from './compareVariants';

describe('comparisonCsv', () => {
  const s0 = sampleScenario();
  const still: Scenario = { ...s0, policy: { ...s0.policy, annualAttrition: 0, internalPreference: 0 } };
  const leaves: Scenario = { ...still, events: [{ kind: 'departure', id: 'd', month: 2, personId: personId('p02') }] };

  it('writes one row per metric, a column per variant and a delta column per other variant', () => {
    const c = compareVariants(
      [
        { name: 'Baseline', scenario: still },
        { name: 'Marcus leaves', scenario: leaves },
      ],
      3,
    );
    if (!c.ok) throw new Error('expected ok');
    const csv = comparisonCsv(c.value);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual(['Metric', 'Month', 'Baseline', 'Marcus leaves', 'Marcus leaves − Baseline']);
    expect(rows.map((r) => r[0])).toEqual([
      'Metric',
      'Headcount',
      'Teams',
      'Managers',
      'Managers of managers',
      'Layers',
      'Vacancies',
      'MoM roles filled inside',
      'Bench strength',
    ]);
    const headcount = c.value.metrics[0]!.values[0]!;
    // A negative delta is written as a plain number a spreadsheet can sum, not escaped as a formula.
    expect(rows[1]).toEqual(['Headcount', '3', String(headcount), String(headcount - 1), '-1']);
    expect(rows[6]!.slice(4)).toEqual(['1']);
    for (const r of rows) expect(r).toHaveLength(5);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('leaves a blank for nothing to measure and escapes names a spreadsheet would run', () => {
    const c = compareVariants(
      [
        { name: '=HYPERLINK("x")', scenario: still },
        { name: 'B, "quoted"', scenario: still },
        { name: 'C', scenario: still },
      ],
      0,
    );
    if (!c.ok) throw new Error('expected ok');
    const rows = Papa.parse<string[]>(comparisonCsv(c.value).trim()).data;
    expect(rows[0]).toEqual(['Metric', 'Month', `'=HYPERLINK("x")`, 'B, "quoted"', 'C', `B, "quoted" − =HYPERLINK("x")`, 'C − =HYPERLINK("x")']);
    // No MoM role filled by month 0: the fill share is blank in every column, deltas too.
    expect(rows[7]).toEqual(['MoM roles filled inside', '0', '', '', '', '', '']);
  });
});

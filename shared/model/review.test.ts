import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../sample/sampleScenario';
import { cellValue, nextCellValue, reviewRows, setReviewCells, withCell, type CellValue, type ReviewColumn } from './review';
import { DEFAULT_POLICY, UNKNOWN_SIGNALS, personId, type Person } from './types';

const { org } = sampleScenario();
const blank: Person = { id: personId('x'), name: 'X', title: '', level: 5, hireDate: '2020-01-01', aspiration: 'unknown', signals: UNKNOWN_SIGNALS, tags: [] };

describe('readiness review', () => {
  it('lists every lead (MoM or manager) and every senior IC, and nobody else', () => {
    const rows = reviewRows(org, DEFAULT_POLICY);
    const leads = Object.values(org.units).filter((u) => u.leadId).length;
    const seniors = Object.values(org.units)
      .flatMap((u) => u.memberIds)
      .filter((id) => org.people[id]!.level >= DEFAULT_POLICY.seniorIcLevel).length;
    expect(rows).toHaveLength(leads + seniors);
    expect(rows.filter((r) => r.role === 'MoM').map((r) => r.name)).toContain('Marcus Chen');
    expect(new Set(rows.map((r) => r.personId)).size).toBe(rows.length);
  });

  it.each<[ReviewColumn, CellValue, CellValue]>([
    ['influence', 'unknown', 'met'],
    ['influence', 'met', 'not-met'],
    ['influence', 'not-met', 'unknown'],
    ['aspiration', 'unknown', 'mom'],
    ['aspiration', 'mom', 'manager'],
    ['aspiration', 'ic', 'unknown'],
  ])('Space in %s turns %s into %s', (column, from, to) => expect(nextCellValue(column, from)).toBe(to));

  it.each<[number | null, CellValue, number | null]>([
    [null, 'met', 2],
    [5, 'met', 5],
    [1, 'met', 2],
    [1, 'not-met', 1],
    [3, 'not-met', 0],
    [3, 'unknown', null],
  ])('launches %s set to %s → %s', (launches, value, after) => {
    const p = withCell({ ...blank, signals: { ...UNKNOWN_SIGNALS, launches } }, 'launches', value);
    expect(p.signals.launches).toBe(after);
    expect(cellValue(p, 'launches')).toBe(value);
  });

  it('a bulk set is one new org; nothing to change gives the same org back', () => {
    const ids = reviewRows(org, DEFAULT_POLICY)
      .slice(0, 3)
      .map((r) => r.personId);
    const next = setReviewCells(org, ids, 'momNetwork', 'met');
    for (const id of ids) expect(next.people[id]!.signals.momNetwork).toBe(true);
    expect(setReviewCells(next, ids, 'momNetwork', 'met')).toBe(next);
    expect(setReviewCells(org, ids, 'momNetwork', 'mom')).toBe(org); // a value that doesn't fit the column
    const untouched = Object.keys(org.people).find((id) => !ids.includes(id as never))!;
    expect(next.people[untouched as never]).toBe(org.people[untouched as never]);
  });
});

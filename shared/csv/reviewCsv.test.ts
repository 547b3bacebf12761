import { describe, expect, it } from 'vitest';
import { reviewRows, setReviewCells } from '../model/review';
import { DEFAULT_POLICY, UNKNOWN_SIGNALS, type Org } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { exportReviewCsv, importReviewCsv } from './reviewCsv';

const { org } = sampleScenario();
const rows = reviewRows(org, DEFAULT_POLICY);
const forgetAll = (o: Org): Org => ({
  ...o,
  people: Object.fromEntries(Object.entries(o.people).map(([id, p]) => [id, { ...p, aspiration: 'unknown', signals: UNKNOWN_SIGNALS }])) as Org['people'],
});
const readiness = (o: Org) => rows.map((r) => [r.personId, o.people[r.personId]!.aspiration, o.people[r.personId]!.signals]);

describe('review CSV', () => {
  it('round trip: export, read back into an org that forgot everything, and every reviewed cell is as it was', () => {
    const csv = exportReviewCsv(org, rows);
    expect(csv.split('\n')[0]).toBe(
      'Employee ID,Name,Title,Unit,Role,Aspiration,Launches,Strong references,Influence,Coaches outside team,MoM network,Operating at next level,Mentors others',
    );
    expect(csv.split('\n')).toHaveLength(rows.length + 2);
    const back = importReviewCsv(forgetAll(org), csv);
    expect(back.ok && back.value.issues).toEqual([]);
    expect(back.ok && readiness(back.value.org)).toEqual(readiness(org));
    // And back onto the org it came from: nothing changes, the same object.
    const same = importReviewCsv(org, csv);
    expect(same.ok && [same.value.changed, same.value.org === org]).toEqual([0, true]);
  });

  it('round trip after a bulk edit, with unknowns as blank cells', () => {
    const ids = rows.filter((r) => r.role === 'manager').map((r) => r.personId);
    const edited = setReviewCells(setReviewCells(org, ids, 'influence', 'unknown'), ids.slice(0, 2), 'aspiration', 'ic');
    const back = importReviewCsv(org, exportReviewCsv(edited, rows));
    expect(back.ok && readiness(back.value.org)).toEqual(readiness(edited));
    expect(back.ok && back.value.changed).toBe(ids.filter((id) => edited.people[id] !== org.people[id]).length);
  });

  it('reads a review edited by hand: by name when there is no id, met / not met for launches, and says what it skipped by row', () => {
    const p = rows[0]!;
    const text = [
      'Name,Aspiration,Launches,Influence',
      `${org.people[p.personId]!.name},MoM,met,?`,
      'Nobody Here,ic,,',
      `${org.people[rows[1]!.personId]!.name},maybe,lots,perhaps`,
    ].join('\n');
    const result = importReviewCsv(forgetAll(org), text);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.org.people[p.personId]).toMatchObject({ aspiration: 'mom', signals: { ...UNKNOWN_SIGNALS, launches: 2 } });
    expect(result.value.issues).toEqual([
      { row: 3, message: 'Nobody in the org has id “” or the name “Nobody Here”; this row was skipped.' },
      { row: 4, message: 'Aspiration “maybe” is not mom, manager, ic or unknown; left as it was.' },
      { row: 4, message: 'Launches “lots” is not a count or yes / no; left as it was.' },
      { row: 4, message: 'Influence “perhaps” is not yes, no or blank; left as it was.' },
    ]);
  });

  it('refuses a file with nothing to review in it', () => {
    expect(importReviewCsv(org, 'Employee ID,Name\np1,Ana\n')).toEqual({
      ok: false,
      error: expect.stringMatching(/no aspiration or readiness signal columns/),
    });
    expect(importReviewCsv(org, 'Employee ID,Influence\nzz,yes\n')).toEqual({
      ok: false,
      error: 'No row of the file names a person in this org (by Employee ID or name).',
    });
  });
});

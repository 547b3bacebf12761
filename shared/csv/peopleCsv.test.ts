import { describe, expect, it } from 'vitest';
import { checkOrg } from '../model/invariants';
import { buildTreeIndex } from '../model/tree';
import { NO_SIGNALS, UNKNOWN_SIGNALS, type Org } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { escapeCell, exportPeopleCsv, guessMapping, importPeople, missingFields, parseDate, parseLaunches, parseLevel, parseSignal, readCsv } from './peopleCsv';

const ASOF = '2026-11-01';
const load = (text: string) => {
  const table = readCsv(text);
  if (!table.ok) throw new Error(table.error);
  const result = importPeople(table.value, guessMapping(table.value.headers), ASOF);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const names = (org: Org) => Object.values(org.people).map((p) => p.name).sort();
const unitNames = (org: Org) => Object.values(org.units).map((u) => u.name).sort();

const BASIC = ['Employee ID,Name,Title,Manager ID,Department,Hire Date', '1,Ada Boss,VP Engineering,,Engineering,2018-01-01', '2,Bea Lead,Engineering Manager,1,Payments,2019-02-01', '3,Cy Dev,Software Engineer,2,Payments,2020-03-01', '4,Di Dev,Software Engineer,2,Payments,2021-04-01'];

describe('readCsv and guessMapping', () => {
  it('recognises common column names', () => {
    expect(guessMapping(['Employee_ID', 'First Name', 'Last Name', 'Reports To', 'Job Title', 'Grade', 'Start Date', 'Dept'])).toEqual({ id: 0, firstName: 1, lastName: 2, managerId: 3, title: 4, level: 5, hireDate: 6, team: 7 });
    expect(missingFields(guessMapping(['Foo', 'Bar']))).toEqual(['an employee id column', 'a manager id (or manager email) column', 'a name column (or first and last name)']);
  });

  it('builds teams and groups from the reporting tree', () => {
    const { org, skipped, warnings } = load(BASIC.join('\n'));
    expect([skipped, warnings]).toEqual([
      [],
      [
        { row: 1, message: expect.stringMatching(/2 managers have no manager-since date/) },
        { row: 1, message: expect.stringMatching(/no readiness signal or aspiration columns: everyone’s signals and aspiration are unknown/) },
      ],
    ]);
    expect(checkOrg(org)).toEqual([]);
    expect(unitNames(org)).toEqual(['Engineering', 'Payments']);
    const payments = Object.values(org.units).find((u) => u.name === 'Payments')!;
    expect(payments).toMatchObject({ leadId: '2', memberIds: ['3', '4'], parentId: 'u-1' });
  });

  const messy: [string, string][] = [
    ['a byte-order mark and Windows line endings', `\uFEFF${BASIC.join('\r\n')}\r\n`],
    ['semicolons', BASIC.map((l) => l.replaceAll(',', ';')).join('\n')],
    ['tabs', BASIC.map((l) => l.replaceAll(',', '\t')).join('\n')],
    ['blank lines', `${BASIC[0]}\n\n${BASIC.slice(1).join('\n\n')}\n\n`],
    ['quoted commas and newlines', `${BASIC.slice(0, 3).join('\n')}\n3,"Dev, Cy",Software Engineer,2,Payments,2020-03-01\n4,Di Dev,"Software\nEngineer",2,Payments,2021-04-01`],
  ];
  it.each(messy)('reads a file with %s', (_name, text) => {
    const { org, skipped } = load(text);
    expect(skipped).toEqual([]);
    expect(Object.keys(org.people)).toHaveLength(4);
    expect(unitNames(org)).toEqual(['Engineering', 'Payments']);
  });

  it('keeps non-Latin names', () => {
    const { org } = load(['id,name,manager id', '1,张伟,', '2,Юлия Смирнова,1', '3,أحمد علي,1'].join('\n'));
    expect(names(org)).toEqual(['Юлия Смирнова', 'أحمد علي', '张伟'].sort());
  });

  it('matches managers by email when that is what the file has', () => {
    const { org } = load(['id,name,email,manager email', '1,Ada,ada@x.io,', '2,Bea,bea@x.io,ADA@x.io', '3,Cy,cy@x.io,bea@x.io'].join('\n'));
    expect(Object.values(org.units).map((u) => [u.leadId, u.memberIds])).toEqual([
      ['1', []],
      ['2', ['3']],
    ]);
  });

  it('keeps row numbers right across blank lines and quoted newlines', () => {
    const table = readCsv('id,name,manager id\n1,A,\n\n2,"B\nB",1\n3,C,1\n');
    expect(table.ok && table.value.rows.map((r) => r.line)).toEqual([2, 4, 6]);
  });
});

describe('validation, by row', () => {
  it.each([
    ['a duplicate id', ['id,name,manager id', '1,A,', '2,B,1', '2,C,1'], 'skipped', 4, /Employee id “2” is used twice \(also row 3\)/],
    ['a missing name', ['id,name,manager id', '1,A,', '2,,1'], 'skipped', 3, /Employee “2” has no name/],
    ['a missing id', ['id,name,manager id', '1,A,', ',B,1'], 'skipped', 3, /No employee id/],
    ['an unknown manager', ['id,name,manager id', '1,A,', '2,B,99'], 'warnings', 3, /Manager “99” of B is not in the file; B is placed at the top/],
    ['a cycle', ['id,name,manager id', '1,A,3', '2,B,1', '3,C,2'], 'warnings', 3, /^Reporting cycle: A → C → B → A\. B was placed at the top to break it\.$/],
    ['an unparseable date', ['id,name,manager id,hire date', '1,A,,yesterday', '2,B,1,2020-01-01'], 'warnings', 2, /Hire date “yesterday” is not a date OrgSim understands; used 2026-11-01/],
    ['several roots', ['id,name,manager id', '1,A,', '2,B,1', '3,C,', '4,D,3'], 'warnings', 1, /2 people have no manager in the file, so the org has 2 top units/],
  ])('reports %s', (_name, lines, list, row, message) => {
    const result = load(lines.join('\n'));
    const issues = result[list as 'skipped' | 'warnings'];
    expect(issues.find((i) => message.test(i.message)), JSON.stringify(issues)).toMatchObject({ row });
    expect(checkOrg(result.org)).toEqual([]);
  });

  it('refuses a file without the columns it needs, and an empty one', () => {
    const table = readCsv('foo,bar\n1,2\n');
    expect(table.ok && importPeople(table.value, guessMapping(table.value.headers), ASOF)).toEqual({ ok: false, error: 'The file needs an employee id column, a manager id (or manager email) column, a name column (or first and last name).' });
    expect(readCsv('\n\n')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(readCsv('id,name\n')).toEqual({ ok: false, error: 'The file has a header row but no people.' });
  });

  it.each([
    ['2021-03-04', '2021-03-04'],
    ['2021/3/4', '2021-03-04'],
    ['04.03.2021', '2021-03-04'],
    ['03/04/2021', '2021-03-04'],
    ['4 Mar 2021', '2021-03-04'],
    ['2021-02-30', null],
    ['soon', null],
  ])('parseDate(%s) → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each([
    ['L5', 5],
    ['IC6', 6],
    ['Grade 12', 9],
    ['senior', null],
  ])('parseLevel(%s) → %s', (text, level) => expect(parseLevel(text)).toBe(level));
});

describe('readiness signals: met, not met, unknown', () => {
  it('an HR export without signal columns gives every person unknown signals and aspiration, never "not met"', () => {
    const { org } = load(BASIC.join('\n'));
    for (const p of Object.values(org.people)) expect(p).toMatchObject({ aspiration: 'unknown', signals: UNKNOWN_SIGNALS });
  });

  it('reads signal columns when there are some; a blank cell is unknown', () => {
    const { org, warnings, unmapped } = load(
      [
        'Employee ID,Name,Manager ID,Aspiration,Launches,Strong references,Influence,Coaches outside team,MoM network,Operating at next level,Mentors others',
        '1,Ada Boss,,mom,3,yes,true,1,met,Y,no',
        '2,Bea Lead,1,,,,not met,0,false,N,',
        '3,Cy Dev,2,manager,0,,,,,,YES',
      ].join('\n'),
    );
    expect(unmapped).toEqual([]);
    expect(warnings.filter((w) => w.row > 1 || /no readiness signal/.test(w.message))).toEqual([]);
    const signals = Object.values(org.people).map((p) => [p.name, p.aspiration, p.signals]);
    expect(signals).toEqual([
      ['Ada Boss', 'mom', { launches: 3, strongReferences: true, influence: true, coachesOutsideTeam: true, momNetwork: true, operatingAtNextLevel: true, mentorsOthers: false }],
      ['Bea Lead', 'unknown', { ...UNKNOWN_SIGNALS, influence: false, coachesOutsideTeam: false, momNetwork: false, operatingAtNextLevel: false }],
      ['Cy Dev', 'manager', { ...UNKNOWN_SIGNALS, launches: 0, mentorsOthers: true }],
    ]);
  });

  it('warns about a signal it can’t read and leaves it unknown', () => {
    const { org, warnings } = load(['Employee ID,Name,Manager ID,Influence,Launches', '1,Ada Boss,,maybe,lots'].join('\n'));
    expect(Object.values(org.people)[0]!.signals).toEqual(UNKNOWN_SIGNALS);
    expect(warnings.map((w) => [w.row, w.message])).toEqual([
      [2, 'Launches “lots” is not a whole number; left unknown.'],
      [2, 'Influence “maybe” is not yes or no; left unknown.'],
      [2, 'Ada Boss has no manager and no reports; placed in “Unassigned”.'],
    ]);
  });

  it.each([
    ['yes', true],
    ['True', true],
    ['1', true],
    ['met', true],
    ['no', false],
    ['FALSE', false],
    ['0', false],
    ['not met', false],
    ['Not  Met', false],
    ['', null],
    ['  ', null],
    ['unknown', null],
    ['?', null],
    ['perhaps', undefined],
  ])('parseSignal(%j) → %s', (text, value) => expect(parseSignal(text)).toBe(value));

  it.each([
    ['0', 0],
    ['4', 4],
    ['', null],
    ['unknown', null],
    ['-1', undefined],
    ['2.5', undefined],
    ['yes', undefined],
  ])('parseLaunches(%j) → %s', (text, value) => expect(parseLaunches(text)).toBe(value));
});

describe('export', () => {
  it('writes signals as yes, no or a blank for unknown, and they import back as they were', () => {
    const sample = sampleScenario().org;
    const csv = exportPeopleCsv(sample);
    expect(csv.split('\n')[0]).toBe('Employee ID,Name,Title,Level,Manager ID,Department,Hire Date,Manager Since,Aspiration,Launches,Strong references,Influence,Coaches outside team,MoM network,Operating at next level,Mentors others');
    // Jonas Weber (p17): launches 1, strong references no, four unknown, mentors no.
    expect(csv.split('\n').find((l) => l.startsWith('p17,'))).toMatch(/,unknown,1,no,,,,,no$/);
    const back = load(csv).org;
    for (const p of Object.values(sample.people)) expect([p.id, back.people[p.id]!.aspiration, back.people[p.id]!.signals]).toEqual([p.id, p.aspiration, p.signals]);
    const unknown = { ...sample, people: Object.fromEntries(Object.entries(sample.people).map(([id, p]) => [id, { ...p, signals: id === 'p10' ? NO_SIGNALS : UNKNOWN_SIGNALS }])) } as Org;
    const again = load(exportPeopleCsv(unknown)).org;
    expect(again.people['p10' as never]!.signals).toEqual(NO_SIGNALS);
    expect(again.people['p11' as never]!.signals).toEqual(UNKNOWN_SIGNALS);
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', 'Ana'].map(escapeCell)).toEqual(["'=SUM(A1)", "'+1", "'-2", "'@cmd", 'Ana']);
  });

  it('imports back to the same org (people, reporting lines, teams, vacancies)', () => {
    const sample = sampleScenario().org;
    const tricky = { ...sample, people: { ...sample.people, p21: { ...sample.people['p21' as never]!, name: '=HYPERLINK("x")', title: 'Engineer, Senior' } } } as Org;
    const csv = exportPeopleCsv(tricky);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const back = load(csv).org;
    expect(checkOrg(back)).toEqual([]);
    const shape = (org: Org) => {
      const index = buildTreeIndex(org);
      const unitOfPerson = (id: string) => org.units[index.placement.get(id as never)!.unitId]!;
      return Object.values(org.people)
        .map((p) => {
          const unit = unitOfPerson(p.id);
          const parent = unit.parentId ? org.units[unit.parentId]!.name : null;
          return [p.id, p.name, p.title, p.level, p.hireDate, index.placement.get(p.id)!.role, unit.name, parent, unit.leadId === null].join('|');
        })
        .sort();
    };
    expect(shape(back)).toEqual(shape(tricky));
    expect(Object.values(back.units).find((u) => u.name === 'Search')).toMatchObject({ leadId: null, vacantSince: '2026-08-03' });
  });
});

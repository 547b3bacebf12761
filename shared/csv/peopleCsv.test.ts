import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forecastEmergence } from '../forecast/forecast';
import { applyStructuralRules } from '../forecast/structure';
import { checkOrg } from '../model/invariants';
import { buildTreeIndex } from '../model/tree';
import { DEFAULT_POLICY, NO_SIGNALS, UNKNOWN_SIGNALS, type Org } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import {
  CSV_FIELDS,
  escapeCell,
  exportPeopleCsv,
  guessMapping,
  headerKey,
  importPeople,
  missingFields,
  parseAspiration,
  parseDate,
  parseFlightRisk,
  parseLaunches,
  parseLevel,
  parseRating,
  parseSignal,
  readCsv,
  type CsvField,
} from './peopleCsv';

const ASOF = '2026-11-01';
const load = (text: string) => {
  const table = readCsv(text);
  if (!table.ok) throw new Error(table.error);
  const result = importPeople(table.value, guessMapping(table.value.headers), ASOF);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const names = (org: Org) =>
  Object.values(org.people)
    .map((p) => p.name)
    .sort();
const unitNames = (org: Org) =>
  Object.values(org.units)
    .map((u) => u.name)
    .sort();

const BASIC = [
  'Employee ID,Name,Title,Manager ID,Department,Hire Date',
  '1,Ada Boss,VP Engineering,,Engineering,2018-01-01',
  '2,Bea Lead,Engineering Manager,1,Payments,2019-02-01',
  '3,Cy Dev,Software Engineer,2,Payments,2020-03-01',
  '4,Di Dev,Software Engineer,2,Payments,2021-04-01',
];

describe('readCsv and guessMapping', () => {
  it('recognises common column names', () => {
    expect(guessMapping(['Employee_ID', 'First Name', 'Last Name', 'Reports To', 'Job Title', 'Grade', 'Start Date', 'Dept'])).toEqual({
      id: 0,
      firstName: 1,
      lastName: 2,
      managerId: 3,
      title: 4,
      level: 5,
      hireDate: 6,
      team: 7,
    });
    expect(missingFields(guessMapping(['Foo', 'Bar']))).toEqual([
      'an employee id column (or email, or name)',
      'a manager column (manager id, parent id, reports to, manager email or manager name)',
    ]);
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
    [
      'quoted commas and newlines',
      `${BASIC.slice(0, 3).join('\n')}\n3,"Dev, Cy",Software Engineer,2,Payments,2020-03-01\n4,Di Dev,"Software\nEngineer",2,Payments,2021-04-01`,
    ],
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
    ['a missing name', ['id,name,manager id', '1,A,', '2,,1'], 'warnings', 3, /Employee “2” has no name; the id is used as the name/],
    [
      'an ambiguous manager name',
      ['id,name,reports to', '1,Jo Kim,', '2,Jo Kim,', '3,Al,jo kim'],
      'warnings',
      4,
      /Manager “jo kim” of Al could be 2 people \(rows 2, 3\)/,
    ],
    ['a missing id', ['id,name,manager id', '1,A,', ',B,1'], 'skipped', 3, /No employee id/],
    ['an unknown manager', ['id,name,manager id', '1,A,', '2,B,99'], 'warnings', 3, /Manager “99” of B is not in the file; B is placed at the top/],
    ['a cycle', ['id,name,manager id', '1,A,3', '2,B,1', '3,C,2'], 'warnings', 3, /^Reporting cycle: A → C → B → A\. B was placed at the top to break it\.$/],
    [
      'an unparseable date',
      ['id,name,manager id,hire date', '1,A,,yesterday', '2,B,1,2020-01-01'],
      'warnings',
      2,
      /Hire date “yesterday” is not a date OrgSim understands; used 2026-11-01/,
    ],
    [
      'several roots',
      ['id,name,manager id', '1,A,', '2,B,1', '3,C,', '4,D,3'],
      'warnings',
      1,
      /2 people have no manager in the file, so the org has 2 top units/,
    ],
  ])('reports %s', (_name, lines, list, row, message) => {
    const result = load(lines.join('\n'));
    const issues = result[list as 'skipped' | 'warnings'];
    expect(
      issues.find((i) => message.test(i.message)),
      JSON.stringify(issues),
    ).toMatchObject({ row });
    expect(checkOrg(result.org)).toEqual([]);
  });

  it('refuses a file without the columns it needs, and an empty one', () => {
    const table = readCsv('foo,bar\n1,2\n');
    expect(table.ok && importPeople(table.value, guessMapping(table.value.headers), ASOF)).toEqual({
      ok: false,
      error: 'The file needs an employee id column (or email, or name), a manager column (manager id, parent id, reports to, manager email or manager name).',
    });
    expect(readCsv('\n\n')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(readCsv('id,name\n')).toEqual({ ok: false, error: 'The file has a header row but no people.' });
  });

  it.each([
    ['2021-03-04', '2021-03-04'],
    ['2021/3/4', '2021-03-04'],
    ['04.03.2021', '2021-03-04'],
    ['03/04/2021', '2021-03-04'],
    ['4 Mar 2021', '2021-03-04'],
    ['17-JUN-03', '2003-06-17'],
    ['21-SEP-89', '1989-09-21'],
    ['17-Jun-2003', '2003-06-17'],
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
      [
        'Ada Boss',
        'mom',
        { launches: 3, strongReferences: true, influence: true, coachesOutsideTeam: true, momNetwork: true, operatingAtNextLevel: true, mentorsOthers: false },
      ],
      ['Bea Lead', 'unknown', { ...UNKNOWN_SIGNALS, influence: false, coachesOutsideTeam: false, momNetwork: false, operatingAtNextLevel: false }],
      ['Cy Dev', 'manager', { ...UNKNOWN_SIGNALS, launches: 0, mentorsOthers: true }],
    ]);
  });

  it('warns about a signal it can’t read and leaves it unknown', () => {
    const { org, warnings } = load(['Employee ID,Name,Manager ID,Influence,Launches', '1,Ada Boss,,maybe,lots'].join('\n'));
    expect(Object.values(org.people)[0]!.signals).toEqual(UNKNOWN_SIGNALS);
    expect(warnings.filter((w) => w.row > 1).map((w) => [w.row, w.message])).toEqual([
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
    expect(csv.split('\n')[0]).toBe(
      'Employee ID,Name,Title,Level,Manager ID,Department,Hire Date,Manager Since,Aspiration,Launches,Strong references,Influence,Coaches outside team,MoM network,Operating at next level,Mentors others,Rating,Flight Risk,Tags',
    );
    // Jonas Weber (p17): launches 1, strong references no, four unknown, mentors no.
    expect(csv.split('\n').find((l) => l.startsWith('p17,'))).toMatch(/,unknown,1,no,,,,,no,[^,]*,[^,]*,[^,]*$/);
    const back = load(csv).org;
    const readiness = (p: Org['people'][never]) => [p.id, p.aspiration, p.signals, p.rating, p.flightRisk, p.tags];
    for (const p of Object.values(sample.people)) expect(readiness(back.people[p.id]!)).toEqual(readiness(p));
    const unknown = {
      ...sample,
      people: Object.fromEntries(Object.entries(sample.people).map(([id, p]) => [id, { ...p, signals: id === 'p10' ? NO_SIGNALS : UNKNOWN_SIGNALS }])),
    } as Org;
    const again = load(exportPeopleCsv(unknown)).org;
    expect(again.people['p10' as never]!.signals).toEqual(NO_SIGNALS);
    expect(again.people['p11' as never]!.signals).toEqual(UNKNOWN_SIGNALS);
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', 'Ana'].map(escapeCell)).toEqual(["'=SUM(A1)", "'+1", "'-2", "'@cmd", 'Ana']);
  });

  it('imports back to the same org (people, reporting lines, teams, vacancies)', () => {
    const sample = sampleScenario().org;
    const tricky = {
      ...sample,
      people: { ...sample.people, p21: { ...sample.people['p21' as never]!, name: '=HYPERLINK("x")', title: 'Engineer, Senior' } },
    } as Org;
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

/** Header rows as real exports write them (values made up). `expected` is the part of the mapping that must be recognised. */
const VENDORS: [string, string[], Partial<Record<CsvField, string>>][] = [
  [
    'd3-org-chart / d3.stratify (id, parentId)',
    [
      'id',
      'parentId',
      'name',
      'positionName',
      'imageUrl',
      'area',
      'profileUrl',
      'office',
      'tags',
      'isLoggedUser',
      'department_name',
      'department_color',
      '_directSubordinates',
      '_totalSubordinates',
    ],
    { id: 'id', managerId: 'parentId', name: 'name', title: 'positionName', division: 'area', tags: 'tags', team: 'department_name' },
  ],
  ['d3.stratify, bare', ['id', 'parentId'], { id: 'id', managerId: 'parentId' }],
  [
    'snake_case parent_id',
    ['node_id', 'parent_id', 'full_name', 'job_title', 'department_name'],
    { managerId: 'parent_id', name: 'full_name', title: 'job_title', team: 'department_name' },
  ],
  [
    'Northwind (ReportsTo)',
    ['EmployeeID', 'LastName', 'FirstName', 'Title', 'HireDate', 'ReportsTo'],
    { id: 'EmployeeID', lastName: 'LastName', firstName: 'FirstName', title: 'Title', hireDate: 'HireDate', managerId: 'ReportsTo' },
  ],
  [
    'camelCase managerId',
    ['employeeId', 'displayName', 'managerId', 'jobTitle', 'departmentName', 'startDate'],
    { id: 'employeeId', name: 'displayName', managerId: 'managerId', title: 'jobTitle', team: 'departmentName', hireDate: 'startDate' },
  ],
  [
    'Oracle HR (EMPLOYEES)',
    ['EMPLOYEE_ID', 'FIRST_NAME', 'LAST_NAME', 'EMAIL', 'PHONE_NUMBER', 'HIRE_DATE', 'JOB_ID', 'SALARY', 'COMMISSION_PCT', 'MANAGER_ID', 'DEPARTMENT_ID'],
    {
      id: 'EMPLOYEE_ID',
      firstName: 'FIRST_NAME',
      lastName: 'LAST_NAME',
      email: 'EMAIL',
      hireDate: 'HIRE_DATE',
      title: 'JOB_ID',
      managerId: 'MANAGER_ID',
      team: 'DEPARTMENT_ID',
    },
  ],
  [
    'Oracle HR, joined with DEPARTMENTS',
    ['EMPLOYEE_ID', 'FIRST_NAME', 'LAST_NAME', 'JOB_ID', 'MANAGER_ID', 'DEPARTMENT_ID', 'DEPARTMENT_NAME'],
    { team: 'DEPARTMENT_NAME', title: 'JOB_ID' },
  ],
  [
    'Workday worker report',
    [
      'Employee ID',
      'Worker',
      'Business Title',
      'Job Profile',
      'Supervisory Organization',
      'Manager',
      'Manager ID',
      'Hire Date',
      'Email - Primary Work',
      'Location',
      'Management Level',
    ],
    {
      id: 'Employee ID',
      name: 'Worker',
      title: 'Business Title',
      team: 'Supervisory Organization',
      managerId: 'Manager ID',
      hireDate: 'Hire Date',
      email: 'Email - Primary Work',
    },
  ],
  [
    'Workday, manager by name',
    ['Employee ID', 'Worker', 'Business Title', 'Supervisory Organization', 'Manager', 'Original Hire Date'],
    { managerId: 'Manager', hireDate: 'Original Hire Date' },
  ],
  [
    'Workday, supervisory organization only',
    ['Employee ID', 'Worker', 'Business Title', 'Supervisory Organization', 'Hire Date'],
    { team: 'Supervisory Organization', managerId: 'Supervisory Organization' },
  ],
  [
    'BambooHR',
    ['Employee #', 'First Name', 'Last Name', 'Preferred Name', 'Job Title', 'Department', 'Division', 'Location', 'Reports To', 'Hire Date', 'Work Email'],
    {
      id: 'Employee #',
      firstName: 'First Name',
      lastName: 'Last Name',
      title: 'Job Title',
      team: 'Department',
      division: 'Division',
      managerId: 'Reports To',
      hireDate: 'Hire Date',
      email: 'Work Email',
    },
  ],
  ['BambooHR with supervisor EID', ['Employee #', 'First Name', 'Last Name', 'Supervisor EID', 'Reports To', 'Job Title'], { managerId: 'Supervisor EID' }],
  [
    'HiBob (people export)',
    ['Employee ID', 'Display name', 'First name', 'Last name', 'Email', 'Job title', 'Department', 'Division', 'Site', 'Reports to', 'Start date'],
    {
      id: 'Employee ID',
      name: 'Display name',
      title: 'Job title',
      team: 'Department',
      division: 'Division',
      managerId: 'Reports to',
      hireDate: 'Start date',
      email: 'Email',
    },
  ],
  [
    'HiBob (API field paths)',
    ['root.id', 'root.displayName', 'root.email', 'work.title', 'work.department', 'work.reportsTo.id', 'work.startDate', 'work.site'],
    {
      id: 'root.id',
      name: 'root.displayName',
      email: 'root.email',
      title: 'work.title',
      team: 'work.department',
      managerId: 'work.reportsTo.id',
      hireDate: 'work.startDate',
    },
  ],
  [
    'Rippling (no id column)',
    ['Legal first name', 'Legal last name', 'Work email', 'Title', 'Department', 'Manager', "Manager's work email", 'Start date', 'Employment type'],
    {
      firstName: 'Legal first name',
      lastName: 'Legal last name',
      email: 'Work email',
      title: 'Title',
      team: 'Department',
      managerId: 'Manager',
      managerEmail: "Manager's work email",
      hireDate: 'Start date',
    },
  ],
  [
    'Rippling with employee id',
    ['Employee ID', 'Full name', 'Work email', 'Title', 'Department', 'Manager', 'Start date'],
    { id: 'Employee ID', name: 'Full name', managerId: 'Manager' },
  ],
  [
    'Personio',
    ['ID', 'First name', 'Last name', 'Email', 'Position', 'Department', 'Team', 'Supervisor', 'Hire date', 'Office', 'Subcompany'],
    {
      id: 'ID',
      firstName: 'First name',
      lastName: 'Last name',
      email: 'Email',
      title: 'Position',
      team: 'Department',
      managerId: 'Supervisor',
      hireDate: 'Hire date',
      division: 'Subcompany',
    },
  ],
  [
    'Personio (German)',
    ['Personalnummer', 'Vorname', 'Nachname', 'Position', 'Abteilung', 'Vorgesetzter', 'Eintrittsdatum'],
    { id: 'Personalnummer', firstName: 'Vorname', lastName: 'Nachname', team: 'Abteilung', managerId: 'Vorgesetzter', hireDate: 'Eintrittsdatum' },
  ],
  [
    'OrgSim readiness columns, any style',
    [
      'employee_id',
      'manager_id',
      'full_name',
      'career_aspiration',
      'performance_rating',
      'flight_risk',
      'notable_launches',
      'strongReferences',
      'INFLUENCE',
      'coaches-outside-team',
      'MoM Network',
      'operating_at_next_level',
      'mentorsOthers',
    ],
    {
      aspiration: 'career_aspiration',
      rating: 'performance_rating',
      flightRisk: 'flight_risk',
      launches: 'notable_launches',
      strongReferences: 'strongReferences',
      influence: 'INFLUENCE',
      coachesOutsideTeam: 'coaches-outside-team',
      momNetwork: 'MoM Network',
      operatingAtNextLevel: 'operating_at_next_level',
      mentorsOthers: 'mentorsOthers',
    },
  ],
];

describe('header recognition over real-world header sets', () => {
  it.each(VENDORS)('%s', (_vendor, headers, expected) => {
    const mapping = guessMapping(headers);
    const named = Object.fromEntries(Object.entries(mapping).map(([field, at]) => [field, headers[at!]]));
    expect(named).toMatchObject(expected);
    expect(missingFields(mapping)).toEqual([]);
  });

  it.each([
    ['parentId', 'parentid'],
    ['parent_id', 'parentid'],
    ['Parent ID', 'parentid'],
    ['PARENT-ID', 'parentid'],
    ['Employee #', 'employeenumber'],
    ['work.reportsTo.id', 'reportstoid'],
    ['root.id', 'id'],
    ['\uFEFFid', 'id'],
  ])('headerKey(%j) → %s', (header, key) => expect(headerKey(header)).toBe(key));

  it('every alias names one field only', () => {
    const all = CSV_FIELDS.flatMap((f) => f.aliases.map((a) => headerKey(a)));
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });
});

describe('vendor files import with no mapping step', () => {
  it('the d3-org-chart format (id, parentId): people, tags, departments as units, and a department kept together when a span splits', () => {
    const text = readFileSync(new URL('../../tests/fixtures/d3-org-chart.csv', import.meta.url), 'utf8');
    const { org, skipped, warnings, unmapped } = load(text);
    expect(skipped).toEqual([]);
    expect(warnings.filter((w) => w.row > 1)).toEqual([]);
    expect(unmapped).toEqual(['imageUrl', 'profileUrl', 'office', 'isLoggedUser', 'department_color', '_directSubordinates', '_totalSubordinates']);
    expect(checkOrg(org)).toEqual([]);
    expect(Object.keys(org.people)).toHaveLength(38);
    expect(org.people['O-6066' as never]).toMatchObject({
      name: 'Amara Okafor',
      title: 'CEO',
      tags: ['Ceo', 'tag1', 'manager', 'cto'],
      signals: UNKNOWN_SIGNALS,
      aspiration: 'unknown',
    });
    const units = Object.values(org.units);
    expect(units.filter((u) => u.function === 'Platform')).toHaveLength(4);
    expect(units.find((u) => u.leadId === 'O-6073')).toMatchObject({ name: 'Engineering', function: 'Engineering' });
    // The CTO leads 8 teams, Platform and Product alternating; the span split (above 6) keeps each department in one part.
    const split = applyStructuralRules(org, DEFAULT_POLICY).org;
    const groups = Object.values(split.units).filter((u) =>
      Object.values(split.units).some((c) => c.parentId === u.id && (c.function === 'Platform' || c.function === 'Product')),
    );
    expect(groups).toHaveLength(2);
    for (const g of groups)
      expect(
        new Set(
          Object.values(split.units)
            .filter((c) => c.parentId === g.id)
            .map((c) => c.function),
        ).size,
      ).toBe(1);
    // No dates in the file: nobody's time in the company or as an EM is known, so it is to assess, not zero.
    expect(Object.values(org.people).every((p) => p.tenureUnknown === true && p.managerSince === undefined)).toBe(true);
    expect(warnings.find((w) => w.row === 1 && /no hire, start or manager-since date column/.test(w.message))).toBeDefined();
    // …so the MoM roles the forecast opens have candidates to assess, not "none inside".
    const forecast = forecastEmergence(org, DEFAULT_POLICY);
    const moms = forecast.emergent.filter((e) => e.kind === 'mom');
    expect(moms.length).toBeGreaterThan(0);
    for (const m of moms) expect(m.candidateCounts['to-assess']).toBeGreaterThan(0);
  });

  it('Oracle HR: DD-MON-RR dates, numeric departments named, JOB_ID as the title', () => {
    const { org, warnings } = load(
      [
        'EMPLOYEE_ID,FIRST_NAME,LAST_NAME,EMAIL,PHONE_NUMBER,HIRE_DATE,JOB_ID,SALARY,COMMISSION_PCT,MANAGER_ID,DEPARTMENT_ID',
        '100,Stefan,Kaur,SKAUR,515.123.4567,17-JUN-03,AD_PRES,24000,,,90',
        '101,Neema,Kovacs,NKOVACS,515.123.4568,21-SEP-05,AD_VP,17000,,100,90',
        '103,Aleksi,Hunt,AHUNT,590.423.4567,03-JAN-06,IT_PROG,9000,,101,60',
        '104,Bruna,Ernst,BERNST,590.423.4568,21-MAY-07,IT_PROG,6000,,103,60',
      ].join('\n'),
    );
    expect(warnings.filter((w) => w.row > 1)).toEqual([]);
    expect(org.people['100' as never]).toMatchObject({ name: 'Stefan Kaur', hireDate: '2003-06-17', title: 'AD_PRES' });
    expect(
      Object.values(org.units)
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Department 60', 'Department 90', 'Department 90 (2)']);
  });

  it('Workday: the supervisory organization names the unit without the manager in brackets; managers by name', () => {
    const { org, warnings } = load(
      [
        'Employee ID,Worker,Business Title,Supervisory Organization,Manager,Hire Date',
        '21001,Rhea Castillo,VP Engineering,Engineering (Tomas Berg),,2016-04-01',
        '21002,Ilya Brandt,Engineering Manager,Engineering (Rhea Castillo),Rhea Castillo,2018-05-14',
        '21003,Mei Arslan,Software Engineer,Payments (Ilya Brandt),Ilya Brandt,2021-02-01',
        '21004,Omar Vidal,Software Engineer,Payments (Ilya Brandt),Ilya Brandt (21002),2022-07-11',
      ].join('\n'),
    );
    expect(warnings.filter((w) => w.row > 1)).toEqual([]);
    expect(Object.values(org.units).map((u) => [u.name, u.leadId, u.memberIds])).toEqual([
      ['Engineering', '21001', []],
      ['Payments', '21002', ['21003', '21004']],
    ]);
  });

  it('Workday with no manager column: the manager is the name in the supervisory organization', () => {
    const { org, warnings } = load(
      [
        'Employee ID,Worker,Business Title,Supervisory Organization,Hire Date',
        '21001,Rhea Castillo,VP Engineering,Executive (Tomas Berg),2016-04-01',
        '21002,Ilya Brandt,Engineering Manager,Engineering (Rhea Castillo),2018-05-14',
        '21003,Mei Arslan,Software Engineer,Payments (Ilya Brandt),2021-02-01',
        '21004,Omar Vidal,Software Engineer,Payments (Ilya Brandt),2022-07-11',
      ].join('\n'),
    );
    expect(warnings.filter((w) => w.row > 1).map((w) => w.message)).toEqual([
      'Manager “Executive (Tomas Berg)” of Rhea Castillo is not in the file; Rhea Castillo is placed at the top.',
    ]);
    expect(Object.values(org.units).map((u) => [u.name, u.leadId, u.memberIds, u.parentId])).toEqual([
      ['Executive', '21001', [], null],
      ['Payments', '21002', ['21003', '21004'], 'u-21001'],
    ]);
  });

  it('BambooHR: "Reports To" holds names, written either way round', () => {
    const { org, warnings } = load(
      [
        'Employee #,First Name,Last Name,Preferred Name,Job Title,Department,Division,Reports To,Hire Date',
        '1,Noor,Halvorsen,,CTO,Engineering,R&D,,01/15/2017',
        '2,Tobi,Adeyemi,Tobs,Engineering Manager,Mobile,R&D,Noor Halvorsen,03/01/2019',
        '3,Lena,Fisk,,iOS Engineer,Mobile,R&D,"Adeyemi, Tobi",06/20/2022',
      ].join('\n'),
    );
    expect(warnings.filter((w) => w.row > 1)).toEqual([]);
    expect(Object.values(org.units).map((u) => [u.name, u.leadId, u.memberIds])).toEqual([
      ['Engineering', '1', []],
      ['Mobile', '2', ['3']],
    ]);
    expect(org.people['2' as never]).toMatchObject({ name: 'Tobi Adeyemi', hireDate: '2019-03-01' });
  });

  it('Rippling without an id column: people are identified by email, managers found by email', () => {
    const { org, warnings } = load(
      [
        "Legal first name,Legal last name,Work email,Title,Department,Manager,Manager's work email,Start date",
        'Sun,Park,sun@example.com,CTO,Engineering,,,2019-01-07',
        'Ana,Gil,ana@example.com,EM,Data,Sun Park,sun@example.com,2020-02-03',
        'Bo,Lind,bo@example.com,Engineer,Data,Ana Gil,ana@example.com,2023-05-08',
      ].join('\n'),
    );
    expect(warnings[0]).toEqual({ row: 1, message: 'The file has no employee id column; people are identified by their email.' });
    expect(Object.values(org.units).map((u) => [u.name, u.leadId, u.memberIds])).toEqual([
      ['Engineering', 'sun@example.com', []],
      ['Data', 'ana@example.com', ['bo@example.com']],
    ]);
  });

  it('a bare d3.stratify file (id, parentId only) uses the ids as names', () => {
    const { org } = load(['id,parentId', 'Eve,', 'Cain,Eve', 'Seth,Eve', 'Enos,Seth'].join('\n'));
    expect(Object.values(org.people).map((p) => p.name)).toEqual(['Eve', 'Cain', 'Seth', 'Enos']);
    expect(checkOrg(org)).toEqual([]);
  });

  it('readiness columns: aspiration, rating and flight risk beside the signals', () => {
    const { org, warnings } = load(
      [
        'employee_id,manager_id,full_name,career_aspiration,performance_rating,flight_risk,influence',
        '1,,Ada,Manager of managers,4.6,High,yes',
        '2,1,Bea,IC,3/5,low,',
        '3,1,Cy,astronaut,great,soon,',
      ].join('\n'),
    );
    expect(Object.values(org.people).map((p) => [p.name, p.aspiration, p.rating, p.flightRisk, p.signals.influence])).toEqual([
      ['Ada', 'mom', 5, 'high', true],
      ['Bea', 'ic', 3, 'low', null],
      ['Cy', 'unknown', undefined, undefined, null],
    ]);
    expect(warnings.filter((w) => w.row === 4).map((w) => w.message)).toEqual([
      'Aspiration “astronaut” is not mom, manager or ic; left unknown.',
      'Rating “great” is not a number from 1 to 5; left empty.',
      'Flight risk “soon” is not low, medium or high; left empty.',
    ]);
    expect(warnings.some((w) => /no readiness signal/.test(w.message))).toBe(false);
  });

  it.each([
    ['mom', 'mom'],
    ['Manager of Managers', 'mom'],
    ['EM', 'manager'],
    ['individual contributor', 'ic'],
    ['', 'unknown'],
    ['constructor', undefined],
  ])('parseAspiration(%j) → %s', (text, value) => expect(parseAspiration(text)).toBe(value));

  it.each([
    ['4', 4],
    ['4,5', 5],
    ['9', 5],
    ['', null],
    ['meh', undefined],
  ])('parseRating(%j) → %s', (text, value) => expect(parseRating(text)).toBe(value));

  it.each([
    ['High', 'high'],
    ['med', 'medium'],
    ['', null],
    ['constructor', undefined],
  ])('parseFlightRisk(%j) → %s', (text, value) => expect(parseFlightRisk(text)).toBe(value));
});

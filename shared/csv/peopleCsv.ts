/**
 * People CSV, in and out. Import recognises the column names HR systems export, builds units from the
 * reporting tree (a manager's IC reports form a team; a manager whose reports are managers leads a group),
 * and reports every row it had to skip or guess, by row number. Export writes a CSV that imports back to
 * the same org, with formula-looking cells escaped against spreadsheet injection.
 */
import Papa from 'papaparse';
import { isIsoDate } from '../model/dates';
import { err, ok, type Result } from '../model/result';
import { plural } from '../model/text';
import { buildTreeIndex } from '../model/tree';
import {
  BOOLEAN_SIGNALS,
  UNKNOWN_SIGNALS,
  personId,
  unitId,
  type Aspiration,
  type BooleanSignal,
  type FlightRisk,
  type IsoDate,
  type Org,
  type Person,
  type PersonId,
  type Signals,
  type Unit,
  type UnitId,
} from '../model/types';
import { withoutBidiControls } from '../model/lookup';

/** The readiness signals a people CSV may carry, one column each (an HR export usually has none of them). */
export type CsvSignalField = keyof Signals;

/** The fields OrgSim can read from a people CSV. */
export type CsvField =
  | 'id'
  | 'managerId'
  | 'managerEmail'
  | 'email'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'level'
  | 'hireDate'
  | 'managerSince'
  | 'team'
  | 'division'
  | 'aspiration'
  | 'rating'
  | 'flightRisk'
  | 'tags'
  | CsvSignalField;

/**
 * Each field OrgSim reads, with the column names that mean it, best first. Names match in any case and
 * separator style (`parentId`, `parent_id`, `Parent ID`, `PARENT-ID` are one name; `#` reads as "number"),
 * and a dotted path matches by its tail (`work.reportsTo.id` as `reportsTo id`). The lists cover the
 * id/parentId format of chart libraries and d3.stratify, Oracle HR, Workday, BambooHR, HiBob, Rippling
 * and Personio exports (see peopleCsv.test.ts for each vendor's header set).
 */
export const CSV_FIELDS: readonly { field: CsvField; label: string; aliases: readonly string[] }[] = [
  {
    field: 'id',
    label: 'Employee id',
    aliases: [
      'employee id',
      'emp id',
      'employee number',
      'employee no',
      'employee num',
      'worker id',
      'person id',
      'personnel number',
      'staff id',
      'user id',
      'eid',
      'position id',
      'id',
      'personalnummer',
    ],
  },
  {
    // A manager column may hold ids, emails or names: import resolves each cell by id, then email, then name.
    field: 'managerId',
    label: 'Manager (id, email or name)',
    aliases: [
      'manager id',
      'manager employee id',
      'manager employee number',
      'manager worker id',
      'supervisor id',
      'supervisor eid',
      'supervisor employee id',
      'line manager id',
      'reports to id',
      'reports to employee id',
      'reports to id in company',
      'parent id',
      'parent',
      'pid',
      'reports to',
      'reporting to',
      'manager',
      'manager name',
      'supervisor',
      'supervisor name',
      'line manager',
      'direct manager',
      'vorgesetzter',
      'vorgesetzte',
    ],
  },
  {
    field: 'managerEmail',
    label: 'Manager email',
    aliases: [
      'manager email',
      'manager work email',
      'managers work email',
      'supervisor email',
      'reports to email',
      'line manager email',
      'manager email address',
    ],
  },
  {
    field: 'email',
    label: 'Email',
    aliases: ['email', 'work email', 'email address', 'primary work email', 'email primary work', 'business email', 'company email'],
  },
  {
    field: 'name',
    label: 'Name',
    aliases: ['name', 'full name', 'employee name', 'display name', 'worker', 'worker name', 'legal name', 'full legal name', 'employee'],
  },
  { field: 'firstName', label: 'First name', aliases: ['first name', 'given name', 'forename', 'legal first name', 'preferred first name', 'vorname'] },
  { field: 'lastName', label: 'Last name', aliases: ['last name', 'surname', 'family name', 'legal last name', 'nachname'] },
  {
    field: 'title',
    label: 'Title',
    aliases: [
      'title',
      'job title',
      'business title',
      'position name',
      'position title',
      'position',
      'job',
      'job name',
      'role',
      'job profile',
      'designation',
      'job id',
      'stelle',
    ],
  },
  { field: 'level', label: 'Level', aliases: ['level', 'grade', 'job level', 'band', 'career level', 'pay grade', 'job grade', 'seniority level'] },
  {
    field: 'hireDate',
    label: 'Hire date',
    aliases: [
      'hire date',
      'start date',
      'date of hire',
      'hired',
      'joined',
      'join date',
      'original hire date',
      'most recent hire date',
      'employment start date',
      'first day of work',
      'eintrittsdatum',
    ],
  },
  { field: 'managerSince', label: 'Manager since', aliases: ['manager since', 'people manager since', 'became manager', 'manager start date'] },
  {
    // Names the units; units of one department stay together when the forecast splits a lead's span.
    field: 'team',
    label: 'Department or team',
    aliases: [
      'department',
      'department name',
      'dept',
      'dept name',
      'supervisory organization',
      'supervisory organisation',
      'team',
      'team name',
      'org unit',
      'organization',
      'organisation',
      'group',
      'unit',
      'abteilung',
      'department id',
      'department code',
      'dept id',
    ],
  },
  // Used like a department when the file has none (d3-org-chart's `area`, BambooHR's Division).
  { field: 'division', label: 'Division or area', aliases: ['division', 'area', 'business unit', 'line of business', 'segment', 'sub company'] },
  { field: 'aspiration', label: 'Aspiration', aliases: ['aspiration', 'career aspiration', 'career goal', 'next role wanted'] },
  {
    field: 'rating',
    label: 'Rating (1-5)',
    aliases: ['rating', 'performance rating', 'perf rating', 'last rating', 'review rating', 'performance score', 'performance'],
  },
  { field: 'flightRisk', label: 'Flight risk', aliases: ['flight risk', 'retention risk', 'attrition risk', 'risk of leaving', 'risk of loss'] },
  { field: 'tags', label: 'Tags', aliases: ['tags', 'tag', 'labels'] },
  // Readiness signals: yes/no (blank = unknown). The first alias of each is the column export writes.
  { field: 'launches', label: 'Launches', aliases: ['launches', 'notable launches', 'launches shipped'] },
  { field: 'strongReferences', label: 'Strong references', aliases: ['strong references', 'strong references or rating', 'references'] },
  { field: 'influence', label: 'Influence', aliases: ['influence', 'influence beyond the team', 'influence outside team'] },
  { field: 'coachesOutsideTeam', label: 'Coaches outside team', aliases: ['coaches outside team', 'coaches outside the team', 'coaches others'] },
  { field: 'momNetwork', label: 'MoM network', aliases: ['mom network', 'talked with people who do the job', 'mom peer network'] },
  { field: 'operatingAtNextLevel', label: 'Operating at next level', aliases: ['operating at next level', 'operating at the next level', 'at next level'] },
  { field: 'mentorsOthers', label: 'Mentors others', aliases: ['mentors others', 'mentors', 'mentoring'] },
];

const YES = new Set(['yes', 'y', 'true', '1', 'met', 'x', '✓']);
const NO = new Set(['no', 'n', 'false', '0', 'not met', 'unmet', '✗']);

/**
 * A yes/no signal cell: `yes`/`true`/`1`/`met` → true, `no`/`false`/`0`/`not met` → false, blank or `unknown`/`?`
 * → null (unknown, never "no"); anything else is `undefined` (not understood).
 */
export function parseSignal(text: string): boolean | null | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '' || t === 'unknown' || t === '?') return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/** A launches cell: a whole number from 0, blank (or `unknown`) → null; anything else `undefined` (not understood). */
export function parseLaunches(text: string): number | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'unknown' || t === '?') return null;
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

/** A signal as export writes it: `yes`, `no`, or blank for unknown. */
const signalCell = (value: boolean | null): string => (value === null ? '' : value ? 'yes' : 'no');
const SIGNAL_COLUMNS: readonly (typeof CSV_FIELDS)[number][] = CSV_FIELDS.filter((f) => (f.field as string) in UNKNOWN_SIGNALS);

/** Export writes a vacant unit as a row with this name and an id with this prefix; import turns it back into a vacancy. */
export const VACANCY_NAME = '(vacant)';
export const VACANCY_ID_PREFIX = 'vacancy-';

/** Which column (by index) holds each field. */
export type CsvMapping = Partial<Record<CsvField, number>>;

export interface CsvTable {
  readonly headers: readonly string[];
  /** Data rows; `rows[i]` is line `i + 2` of the file (the header is line 1), blank lines aside. */
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

export interface CsvIssue {
  /** The file's row number (the header is row 1; a note about the whole file has row 1 too). */
  readonly row: number;
  readonly message: string;
}

/** Where an issue is, for a person: `issuePlace(7)` → `'row 7'`; `issuePlace(1)` (the header: a note about the whole file) → `'whole file'`. */
export function issuePlace(row: number): string {
  return row <= 1 ? 'whole file' : `row ${row}`;
}

export interface CsvImport {
  readonly org: Org;
  /** Rows that could not be imported, with why. */
  readonly skipped: readonly CsvIssue[];
  /** Rows imported with a guess or a repair (an unknown manager, a cycle broken, a date that didn't parse). */
  readonly warnings: readonly CsvIssue[];
  /** Columns that were not used. */
  readonly unmapped: readonly string[];
}

/** A column name reduced to letters and digits, lower case: `Parent_ID`, `parentId`, `Parent ID` → `parentid`; `Employee #` → `employeenumber`. */
const compact = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/[^\p{L}\p{N}]+/gu, '');

const KNOWN_NAMES = new Set(CSV_FIELDS.flatMap((f) => f.aliases.map(compact)));

/**
 * The name a header is matched by: the whole name when OrgSim knows it, else the longest known tail of a
 * dotted path (`work.reportsTo.id` → `reportstoid`, `root.id` → `id`), else the whole name.
 */
export function headerKey(header: string): string {
  const parts = header.split('.');
  for (let i = 0; i < parts.length; i++) {
    const key = compact(parts.slice(i).join(' '));
    if (KNOWN_NAMES.has(key)) return key;
  }
  return compact(header);
}

/** Read CSV text: BOM, `,` `;` or tab delimiters, quoted commas and newlines, Windows line endings, blank lines. */
export function readCsv(text: string): Result<CsvTable, string> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const data = parsed.data.filter((r) => r.some((c) => c.trim() !== ''));
  if (data.length === 0) return err('The file is empty.');
  const [headers, ...rest] = data;
  if (rest.length === 0) return err('The file has a header row but no people.');
  // Papa reports no line numbers; count newlines outside quotes to keep the user's row numbers.
  const lines = rowLines(text.replace(/^\uFEFF/, ''), parsed.meta.delimiter);
  return ok({ headers: headers!.map((h) => h.trim()), rows: rest.map((cells, i) => ({ line: lines[i + 1] ?? i + 2, cells: cells.map((c) => c.trim()) })) });
}

/** The 1-based line each non-blank record starts on. */
function rowLines(text: string, delimiter: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let recordStart = true;
  let blank = true;
  let startLine = 1;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (recordStart) {
      startLine = line;
      recordStart = false;
      blank = true;
    }
    if (ch === undefined || (!inQuotes && (ch === '\n' || ch === '\r'))) {
      if (!blank) starts.push(startLine);
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordStart = true;
      continue;
    }
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n') line++;
    if (ch !== delimiter && ch.trim() !== '') blank = false;
  }
  return starts;
}

/** The columns OrgSim recognises by name: `guessMapping(['Employee ID', 'Reports To'])` → `{ id: 0, managerId: 1 }`. */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const used = new Set<number>();
  const keys = headers.map(headerKey);
  for (const { field, aliases } of CSV_FIELDS) {
    for (const alias of aliases) {
      const key = compact(alias);
      const at = keys.findIndex((k, i) => !used.has(i) && k === key);
      if (at >= 0) {
        mapping[field] = at;
        used.add(at);
        break;
      }
    }
  }
  // A Workday report may name each worker's manager only inside the supervisory organization ("Payments (Jane Doe)").
  if (mapping.managerId === undefined && mapping.managerEmail === undefined && mapping.team !== undefined && keys[mapping.team]!.startsWith('supervisoryorg'))
    mapping.managerId = mapping.team;
  return mapping;
}

/**
 * What a mapping lacks to import anything: something that identifies people (an id column, else email, else
 * name) and a manager column. A file without names uses the ids as names (d3.stratify files often do).
 */
export function missingFields(mapping: CsvMapping): string[] {
  const missing: string[] = [];
  if (
    mapping.id === undefined &&
    mapping.email === undefined &&
    mapping.name === undefined &&
    mapping.firstName === undefined &&
    mapping.lastName === undefined
  )
    missing.push('an employee id column (or email, or name)');
  if (mapping.managerId === undefined && mapping.managerEmail === undefined)
    missing.push('a manager column (manager id, parent id, reports to, manager email or manager name)');
  return missing;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n: number) => String(n).padStart(2, '0');

/** Dates HR exports write: `2021-03-04`, `2021/03/04`, `04.03.2021`, `03/04/2021` (US), `4 Mar 2021`, `04-MAR-21` (Oracle); null otherwise. */
export function parseDate(text: string): IsoDate | null {
  const t = text.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(t);
  let iso: string | null = null;
  if (m) iso = `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t))) iso = `${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}`;
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) iso = `${m[3]}-${pad(+m[1]!)}-${pad(+m[2]!)}`;
  else if ((m = /^(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*[ -](\d{4}|\d{2})$/.exec(t)) && MONTHS[m[2]!.toLowerCase()]) {
    // Oracle's DD-MON-RR: a two-digit year below 50 is 20xx, else 19xx.
    const year = m[3]!.length === 4 ? m[3]! : String((+m[3]! < 50 ? 2000 : 1900) + +m[3]!);
    iso = `${year}-${pad(MONTHS[m[2]!.toLowerCase()]!)}-${pad(+m[1]!)}`;
  }
  return iso && isIsoDate(iso) ? iso : null;
}

/** `L5`, `IC5`, `E5`, `5`, `Grade 7` → 5, 5, 5, 5, 7 (kept within 1-9); null when there is no number. */
export function parseLevel(text: string): number | null {
  const m = /(\d+)/.exec(text);
  return m ? Math.min(9, Math.max(1, Number(m[1]))) : null;
}

const ASPIRATION_WORDS = new Map<string, Aspiration>([
  ['mom', 'mom'],
  ['managerofmanagers', 'mom'],
  ['director', 'mom'],
  ['momrole', 'mom'],
  ['manager', 'manager'],
  ['em', 'manager'],
  ['peoplemanager', 'manager'],
  ['engineeringmanager', 'manager'],
  ['ic', 'ic'],
  ['individualcontributor', 'ic'],
  ['staysic', 'ic'],
]);
const FLIGHT_RISK_WORDS = new Map<string, FlightRisk>([
  ['low', 'low'],
  ['l', 'low'],
  ['medium', 'medium'],
  ['med', 'medium'],
  ['m', 'medium'],
  ['high', 'high'],
  ['h', 'high'],
]);

/** `mom`, `Manager of managers` → `mom`; `manager`, `EM` → `manager`; `IC` → `ic`; blank or `unknown` → `unknown`; anything else `undefined` (not understood). */
export function parseAspiration(text: string): Aspiration | undefined {
  const t = compact(text);
  if (t === '' || t === 'unknown') return 'unknown';
  return ASPIRATION_WORDS.get(t);
}

/** A rating 1-5: `4`, `4.0`, `4/5` → 4 (rounded, kept within 1-5); blank → null; anything else `undefined` (not understood). */
export function parseRating(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const m = /^(\d+(?:[.,]\d+)?)(?:\s*\/\s*5)?$/.exec(t);
  return m ? Math.min(5, Math.max(1, Math.round(Number(m[1]!.replace(',', '.'))))) : undefined;
}

/** `low`/`l`, `medium`/`med`/`m`, `high`/`h` (any case); blank → null; anything else `undefined` (not understood). */
export function parseFlightRisk(text: string): FlightRisk | null | undefined {
  const t = compact(text);
  if (t === '' || t === 'unknown') return null;
  return FLIGHT_RISK_WORDS.get(t);
}

/** A cell that an earlier export escaped (`'=…`) reads back as written. */
const unescapeCell = (cell: string): string => (FORMULA_START.test(cell.slice(1)) && cell.startsWith("'") ? cell.slice(1) : cell);

interface Row {
  readonly line: number;
  readonly id: string;
  readonly person: Person;
  readonly managerKey: string;
  readonly email: string;
  /** The person's name as other rows may write it in a manager column ("Grace Hopper", "Hopper, Grace"). */
  readonly nameKeys: readonly string[];
  readonly team: string;
}

/** A name as a manager column may write it: any case and spacing, `Last, First` read as `First Last`. */
const nameKey = (text: string): string => {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const comma = /^([^,]+),\s*([^,]+)$/.exec(t);
  return comma ? `${comma[2]} ${comma[1]}` : t;
};

/** A department cell as a unit name: Workday's `Payments (Jane Doe)` → `Payments`; Oracle's bare `90` → `Department 90`. */
const departmentName = (text: string, isSupervisoryOrg: boolean): string => {
  const t = isSupervisoryOrg ? text.replace(/\s*\([^()]*\)\s*$/, '') : text;
  return /^\d+$/.test(t) ? `Department ${t}` : t;
};

/**
 * Build an org from a CSV table and a mapping. Imports what is valid and reports the rest by row:
 * duplicate ids, unknown managers (they become top-level), reporting cycles (broken at one person),
 * several top people (a forest), dates that don't parse. One step per function below: the rows, who reports
 * to whom, cycles broken, the org, then the notes said once about the whole file.
 */
export function importPeople(table: CsvTable, mapping: CsvMapping, asOf: IsoDate): Result<CsvImport, string> {
  const missing = missingFields(mapping);
  if (missing.length > 0) return err(`The file needs ${missing.join(', ')}.`);
  const notes: Notes = { skipped: [], warnings: [] };
  const rows = readRows(table, mapping, asOf, notes);
  if (rows.length === 0) return err('No row could be imported.');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const manager = resolveManagers(rows, byId, notes.warnings);
  breakCycles(rows, manager, byId, notes.warnings);
  const { org, assumedSince } = buildOrg(rows, manager, asOf, notes.warnings);
  fileNotes(org, mapping, assumedSince, notes.warnings);
  const usedColumns = new Set(Object.values(mapping));
  return ok({ org, skipped: notes.skipped, warnings: notes.warnings, unmapped: table.headers.filter((_, i) => !usedColumns.has(i)) });
}

/** What an import says about rows: the ones skipped and notes on the ones kept (row 1, the header, is the whole file). */
interface Notes {
  readonly skipped: CsvIssue[];
  readonly warnings: CsvIssue[];
}

/** Each readable row as a person with its manager cell, email, name keys and department; a row without an id or with a repeated one is skipped. */
function readRows(table: CsvTable, mapping: CsvMapping, asOf: IsoDate, { skipped, warnings }: Notes): Row[] {
  const cell = (cells: readonly string[], field: CsvField) => (mapping[field] === undefined ? '' : unescapeCell(cells[mapping[field]!] ?? ''));
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  // Without an id column, people are identified by email, else by name (said once, at the header).
  const idField: CsvField = mapping.id !== undefined ? 'id' : mapping.email !== undefined ? 'email' : 'name';
  if (idField !== 'id')
    warnings.push({ row: 1, message: `The file has no employee id column; people are identified by their ${idField === 'email' ? 'email' : 'name'}.` });
  const supervisoryOrg = mapping.team !== undefined && /supervisory/.test(headerKey(table.headers[mapping.team] ?? ''));
  const label = (field: CsvField) => CSV_FIELDS.find((f) => f.field === field)!.label;
  for (const { line, cells } of table.rows) {
    const fullName = cell(cells, 'name') || `${cell(cells, 'firstName')} ${cell(cells, 'lastName')}`.trim();
    const id = idField === 'name' ? fullName : cell(cells, idField);
    const name = fullName || id;
    if (id === '') {
      skipped.push({ row: line, message: idField === 'id' ? 'No employee id.' : `No ${idField === 'email' ? 'email' : 'name'} to identify this person by.` });
      continue;
    }
    if (seen.has(id)) {
      skipped.push({ row: line, message: `Employee id “${id}” is used twice (also row ${seen.get(id)}); this row was skipped.` });
      continue;
    }
    seen.set(id, line);
    if (fullName === '' && (mapping.name !== undefined || mapping.firstName !== undefined || mapping.lastName !== undefined))
      warnings.push({ row: line, message: `Employee “${id}” has no name; the id is used as the name.` });
    const hireText = cell(cells, 'hireDate');
    let hireDate = hireText === '' ? null : parseDate(hireText);
    if (hireText !== '' && hireDate === null) warnings.push({ row: line, message: `Hire date “${hireText}” is not a date OrgSim understands; used ${asOf}.` });
    hireDate ??= asOf;
    const sinceText = cell(cells, 'managerSince');
    const managerSince = sinceText === '' ? null : parseDate(sinceText);
    if (sinceText !== '' && managerSince === null)
      warnings.push({ row: line, message: `Manager-since date “${sinceText}” is not a date OrgSim understands; left empty.` });
    const levelText = cell(cells, 'level');
    const level = levelText === '' ? null : parseLevel(levelText);
    if (levelText !== '' && level === null) warnings.push({ row: line, message: `Level “${levelText}” has no number; used 4.` });
    const aspirationText = cell(cells, 'aspiration');
    const aspiration = parseAspiration(aspirationText);
    if (aspiration === undefined) warnings.push({ row: line, message: `Aspiration “${aspirationText}” is not mom, manager or ic; left unknown.` });
    const ratingText = cell(cells, 'rating');
    const rating = parseRating(ratingText);
    if (rating === undefined) warnings.push({ row: line, message: `Rating “${ratingText}” is not a number from 1 to 5; left empty.` });
    const riskText = cell(cells, 'flightRisk');
    const flightRisk = parseFlightRisk(riskText);
    if (flightRisk === undefined) warnings.push({ row: line, message: `Flight risk “${riskText}” is not low, medium or high; left empty.` });
    // Without a column for it, a signal is unknown: an HR export says nothing about readiness.
    const launchesText = cell(cells, 'launches');
    let launches = parseLaunches(launchesText);
    if (launches === undefined) {
      warnings.push({ row: line, message: `Launches “${launchesText}” is not a whole number; left unknown.` });
      launches = null;
    }
    const flags = {} as Record<BooleanSignal, boolean | null>;
    for (const key of BOOLEAN_SIGNALS) {
      const text = cell(cells, key);
      const value = parseSignal(text);
      if (value === undefined) warnings.push({ row: line, message: `${label(key)} “${text}” is not yes or no; left unknown.` });
      flags[key] = value ?? null;
    }
    const signals: Signals = { ...UNKNOWN_SIGNALS, launches, ...flags };
    const tags = cell(cells, 'tags')
      .split(/[,;|]/)
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const department = cell(cells, 'team') ? departmentName(cell(cells, 'team'), supervisoryOrg) : departmentName(cell(cells, 'division'), false);
    const first = `${cell(cells, 'firstName')} ${cell(cells, 'lastName')}`.trim();
    rows.push({
      line,
      id,
      person: {
        id: personId(id),
        name,
        title: cell(cells, 'title'),
        level: level ?? 4,
        hireDate: hireDate > asOf ? asOf : hireDate,
        ...(managerSince ? { managerSince: managerSince > asOf ? asOf : managerSince } : {}),
        // No date at all: the dates below are placeholders and time-based signals are unknown, not "not met".
        ...(hireText === '' && !managerSince ? { tenureUnknown: true as const } : {}),
        aspiration: aspiration ?? 'unknown',
        ...(flightRisk ? { flightRisk } : {}),
        ...(typeof rating === 'number' ? { rating } : {}),
        signals,
        tags: [...new Set(tags)],
      },
      managerKey: cell(cells, 'managerId') || cell(cells, 'managerEmail'),
      email: cell(cells, 'email').toLowerCase(),
      nameKeys: [...new Set([nameKey(name), ...(first ? [nameKey(first), nameKey(`${cell(cells, 'lastName')}, ${cell(cells, 'firstName')}`)] : [])])],
      team: department,
    });
  }
  return rows;
}

/**
 * Each person's manager id (null at the top). Managers are resolved by id, then email, then name: a manager
 * column may hold any of them (BambooHR's "Reports To" and Personio's "Supervisor" hold names; Workday may
 * write "Jane Doe (1234)"). A manager not in the file, or one that could be several people, puts the person at the top.
 */
function resolveManagers(rows: readonly Row[], byId: ReadonlyMap<string, Row>, warnings: CsvIssue[]): Map<string, string | null> {
  const byEmail = new Map(rows.filter((r) => r.email !== '').map((r) => [r.email, r]));
  const byName = new Map<string, Row[]>();
  for (const r of rows)
    for (const k of r.nameKeys) {
      const list = byName.get(k);
      if (list) list.push(r);
      else byName.set(k, [r]);
    }
  const findManager = (key: string): Row | Row[] | undefined => {
    const direct = byId.get(key) ?? byEmail.get(key.toLowerCase());
    if (direct) return direct;
    const named = byName.get(nameKey(key));
    if (named) return named.length === 1 ? named[0] : named;
    // "Jane Doe (1234)" by the id in brackets; Workday's "Payments (Jane Doe)" by the name in brackets.
    const paren = /^(.*?)\s*\(([^()]+)\)$/.exec(key);
    if (!paren) return undefined;
    const inner = paren[2]!.trim();
    const innerNamed = byName.get(nameKey(inner));
    return byId.get(inner) ?? (innerNamed ? (innerNamed.length === 1 ? innerNamed[0] : innerNamed) : findManager(paren[1]!));
  };
  const manager = new Map<string, string | null>();
  for (const r of rows) {
    const key = r.managerKey;
    if (key === '' || key === r.id) {
      manager.set(r.id, null);
      continue;
    }
    const m = findManager(key);
    if (Array.isArray(m)) {
      warnings.push({
        row: r.line,
        message: `Manager “${key}” of ${r.person.name} could be ${m.length} people (rows ${m.map((x) => x.line).join(', ')}); ${r.person.name} is placed at the top.`,
      });
      manager.set(r.id, null);
    } else if (!m || m.id === r.id) {
      if (!m) warnings.push({ row: r.line, message: `Manager “${key}” of ${r.person.name} is not in the file; ${r.person.name} is placed at the top.` });
      manager.set(r.id, null);
    } else manager.set(r.id, m.id);
  }
  return manager;
}

/**
 * Break reporting cycles in place: walk each chain until it reaches someone already settled; a repeat on the
 * walk itself is a loop, cut at the person who closes it. Each person is walked once (linear, however deep).
 */
function breakCycles(rows: readonly Row[], manager: Map<string, string | null>, byId: ReadonlyMap<string, Row>, warnings: CsvIssue[]): void {
  const settled = new Set<string>();
  for (const r of rows) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | null = r.id;
    while (at !== null && !settled.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = manager.get(at) ?? null;
    }
    if (at !== null && onPath.has(at)) {
      const closer = byId.get(path[path.length - 1]!)!;
      const loop = path.slice(onPath.get(at)!).map((id) => byId.get(id)!.person.name);
      warnings.push({
        row: closer.line,
        message: `Reporting cycle: ${loop.join(' → ')} → ${byId.get(at)!.person.name}. ${closer.person.name} was placed at the top to break it.`,
      });
      manager.set(closer.id, null);
    }
    for (const id of path) settled.add(id);
  }
}

/**
 * The org: every person, one unit per manager (in file order, named after its team: the most common department
 * of its ICs), and people with neither a manager nor reports gathered in "Unassigned". Managers without a
 * manager-since date take their hire date, counted in `assumedSince`.
 */
function buildOrg(rows: readonly Row[], manager: ReadonlyMap<string, string | null>, asOf: IsoDate, warnings: CsvIssue[]): { org: Org; assumedSince: number } {
  const reports = new Map<string, Row[]>();
  for (const r of rows) {
    const m = manager.get(r.id);
    if (!m) continue;
    const list = reports.get(m);
    if (list) list.push(r);
    else reports.set(m, [r]);
  }
  const isManager = (id: string) => (reports.get(id)?.length ?? 0) > 0;
  const people: Record<PersonId, Person> = {};
  const units: Record<UnitId, Unit> = {};
  const unitOf = new Map<string, UnitId>();
  let assumedSince = 0;
  const isVacancy = (r: Row) => r.person.name === VACANCY_NAME;
  for (const r of rows) {
    if (isVacancy(r)) continue;
    let person = r.person;
    if (isManager(r.id) && person.managerSince === undefined && !person.tenureUnknown) {
      person = { ...person, managerSince: person.hireDate };
      assumedSince++;
    }
    people[person.id] = person;
  }
  // One unit per manager, in file order, named after its team (the most common department of its ICs).
  const usedNames = new Map<string, number>();
  for (const r of rows.filter((x) => isManager(x.id))) {
    const ics = reports.get(r.id)!.filter((x) => !isManager(x.id));
    const teams = new Map<string, number>();
    for (const x of ics.length > 0 ? ics : [r]) if (x.team) teams.set(x.team, (teams.get(x.team) ?? 0) + 1);
    const base = [...teams].sort((a, b) => b[1] - a[1])[0]?.[0] || r.team || `${r.person.name}'s team`;
    const n = (usedNames.get(base) ?? 0) + 1;
    usedNames.set(base, n);
    const id = unitId(`u-${r.id}`);
    unitOf.set(r.id, id);
    const vacant = isVacancy(r);
    // The department that names the unit is also its function, so the forecast keeps a department's units together.
    const department = teams.size > 0 ? base : '';
    units[id] = {
      id,
      name: n === 1 ? base : `${base} (${n})`,
      leadId: vacant ? null : r.person.id,
      memberIds: ics.map((x) => x.person.id),
      parentId: null,
      ...(department ? { function: department } : {}),
      ...(vacant ? { vacantSince: r.person.hireDate } : {}),
    };
  }
  for (const r of rows.filter((x) => isManager(x.id))) {
    const m = manager.get(r.id);
    if (m) units[unitOf.get(r.id)!] = { ...units[unitOf.get(r.id)!]!, parentId: unitOf.get(m)! };
  }
  // People with neither a manager nor reports have no team to join: gather them in one unit.
  const loners = rows.filter((r) => manager.get(r.id) === null && !isManager(r.id) && !isVacancy(r));
  if (loners.length > 0) {
    const id = unitId('u-unassigned');
    units[id] = { id, name: 'Unassigned', leadId: null, memberIds: loners.map((r) => r.person.id), parentId: null, vacantSince: asOf };
    for (const r of loners) warnings.push({ row: r.line, message: `${r.person.name} has no manager and no reports; placed in “Unassigned”.` });
  }
  return { org: { asOf, people, units }, assumedSince };
}

/** The notes said once, at the header, about the whole file: several top units, no dates, no readiness columns. */
function fileNotes(org: Org, mapping: CsvMapping, assumedSince: number, warnings: CsvIssue[]): void {
  const { asOf, units } = org;
  const roots = buildTreeIndex(org).roots.filter((id) => id !== 'u-unassigned');
  if (roots.length > 1)
    warnings.push({
      row: 1,
      message: `${roots.length} people have no manager in the file, so the org has ${roots.length} top units (${roots.map((id) => units[id]!.name).join(', ')}).`,
    });
  if (mapping.hireDate === undefined && mapping.managerSince === undefined)
    warnings.push({
      row: 1,
      message: `The file has no hire, start or manager-since date column: time in the company and as an EM is unknown for everyone, so it is a signal to assess (entering a person's dates fixes it; ${asOf} stands in until then).`,
    });
  else if (assumedSince > 0)
    warnings.push({
      row: 1,
      message: `${plural(assumedSince, 'manager has', 'managers have')} no manager-since date; their hire date was used (readiness counts years as a manager from it).`,
    });
  // Said once, at the header: what the org will show for readiness until someone assesses people.
  if (mapping.aspiration === undefined && SIGNAL_COLUMNS.every((f) => mapping[f.field] === undefined))
    warnings.push({
      row: 1,
      message:
        'The file has no readiness signal or aspiration columns: everyone’s signals and aspiration are unknown, so candidates show as “to assess” until someone assesses them.',
    });
}

/**
 * How a cell a spreadsheet could read as a formula starts: = + - @, a tab, carriage return or line feed, a space
 * (spreadsheets trim it, then read the rest), or the full-width and small forms of = + - @ (some spreadsheets fold them).
 */
const FORMULA_START = /^[=+\-@\t\r\n \uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66]/;

/**
 * Escape a cell a spreadsheet would run as a formula (`=SUM(A1)` → `'=SUM(A1)`), and drop bidi controls, which
 * a spreadsheet shows reordered. Import reads an escaped cell back as written.
 */
export function escapeCell(value: string): string {
  const text = withoutBidiControls(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The org's people as CSV (id, name, title, level, manager id, unit, dates, aspiration, readiness signals,
 * rating, flight risk, tags) that imports back to the same org; an unknown signal is a blank cell.
 */
export function exportPeopleCsv(org: Org): string {
  const managerOf = new Map<PersonId, string | null>();
  const unitName = new Map<PersonId, string>();
  // A vacant unit is written as a placeholder row, VACANCY_NAME, so its people keep their team on the way back.
  const headOf = (id: UnitId): string | null => {
    const unit = org.units[id];
    return unit ? (unit.leadId ?? `${VACANCY_ID_PREFIX}${unit.id}`) : null;
  };
  const vacancies: string[][] = [];
  for (const unit of Object.values(org.units)) {
    const parentHead = unit.parentId === null ? null : headOf(unit.parentId);
    if (unit.leadId) {
      managerOf.set(unit.leadId, parentHead);
      unitName.set(unit.leadId, unit.name);
    } else
      vacancies.push([
        `${VACANCY_ID_PREFIX}${unit.id}`,
        VACANCY_NAME,
        '',
        '',
        parentHead ?? '',
        unit.name,
        unit.vacantSince ?? '',
        '',
        '',
        ...SIGNAL_COLUMNS.map(() => ''),
        '',
        '',
        '',
      ]);
    for (const m of unit.memberIds) {
      managerOf.set(m, headOf(unit.id));
      unitName.set(m, unit.name);
    }
  }
  const signalCells = (s: Signals): string[] => [s.launches === null ? '' : String(s.launches), ...BOOLEAN_SIGNALS.map((key) => signalCell(s[key]))];
  const rows = [
    ...Object.values(org.people).map((p) => [
      p.id,
      p.name,
      p.title,
      String(p.level),
      managerOf.get(p.id) ?? '',
      unitName.get(p.id) ?? '',
      p.tenureUnknown ? '' : p.hireDate,
      p.managerSince ?? '',
      p.aspiration,
      ...signalCells(p.signals),
      p.rating === undefined ? '' : String(p.rating),
      p.flightRisk ?? '',
      p.tags.join('; '),
    ]),
    ...vacancies,
  ].map((r) => r.map(escapeCell));
  const header = [
    'Employee ID',
    'Name',
    'Title',
    'Level',
    'Manager ID',
    'Department',
    'Hire Date',
    'Manager Since',
    'Aspiration',
    ...SIGNAL_COLUMNS.map((f) => f.label),
    'Rating',
    'Flight Risk',
    'Tags',
  ];
  return `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`;
}

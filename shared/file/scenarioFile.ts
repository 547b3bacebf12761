/**
 * Reading and writing `.orgsim.json` files. Reading returns every problem found, each with a JSON path
 * and a plain sentence, and repairs what is harmless (view entries naming units that no longer exist).
 */
import type { z } from 'zod';
import type { FileProblem } from '../ipc';
import { checkOrg, type OrgProblem } from '../model/invariants';
import { err, ok, type Result } from '../model/result';
import type { Org, Person, PersonId, Policy, Scenario, ScenarioEvent, Unit, UnitId, ViewState, XY } from '../model/types';
import { migrate } from './migrations';
import { FILE_FORMAT, FILE_VERSION, policySchema, scenarioFileSchema, type OrgFile } from './schema';

export { FILE_FORMAT, FILE_VERSION } from './schema';

/** The file name ending OrgSim writes. */
export const FILE_EXTENSION = '.orgsim.json';

/** Parse a file's text into a scenario: `parseScenarioFile(serializeScenario(s))` → `{ ok: true, value: s }`. */
export function parseScenarioFile(text: string): Result<Scenario, readonly FileProblem[]> {
  const json = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return json;
  const doc = json.value;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return err([{ path: '(root)', message: 'Not an OrgSim file: expected a JSON object at the top level.' }]);
  const record = doc as Record<string, unknown>;
  if (record.format !== FILE_FORMAT)
    return err([
      {
        path: 'format',
        message: record.format === undefined ? 'Not an OrgSim file: the “format” field is missing.' : `Not an OrgSim file: “format” is ${describe(record.format)}, expected "orgsim".`,
      },
    ]);
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return err([{ path: 'version', message: `The file version must be a whole number; it is ${describe(version)}.` }]);
  if (version > FILE_VERSION)
    return err([
      {
        path: 'version',
        message: `This file was made by a newer version of OrgSim (file version ${version}; this version reads up to ${FILE_VERSION}). Update OrgSim to open it.`,
      },
    ]);
  const current = version < FILE_VERSION ? migrate(record, version, FILE_VERSION) : record;
  const parsed = scenarioFileSchema.safeParse(current, { reportInput: true });
  if (!parsed.success) return err(parsed.error.issues.map(toProblem));
  const file = parsed.data;

  const problems: FileProblem[] = [];
  const org = toOrg(file.org, 'org', problems);
  file.events.forEach((event, i) => {
    if (event.kind === 'acquisition' && event.source.kind === 'org') toOrg(event.source.org, `events[${i}].source.org`, problems);
  });
  if (problems.length > 0) return err(problems);

  const scenario: Scenario = {
    name: file.name,
    org,
    policy: file.policy as Policy,
    events: file.events.map((e) => (e.kind === 'acquisition' && e.source.kind === 'org' ? { ...e, source: { kind: 'org', org: toOrg(e.source.org, '', []) } } : e)) as ScenarioEvent[],
    simulation: file.simulation,
    view: repairView(file.view, org),
  };
  return ok(scenario);
}

/** Convert the on-disk org to records, adding duplicate-id and invariant problems (with paths under `base`). */
function toOrg(file: OrgFile, base: string, problems: FileProblem[]): Org {
  const before = problems.length;
  const people = keyById(file.people, `${base}.people`, 'person', problems);
  const units = keyById(file.units, `${base}.units`, 'unit', problems);
  // The schema checked the shapes; ids become branded here, at the boundary.
  const org: Org = { asOf: file.asOf, people: people.records as unknown as Record<PersonId, Person>, units: units.records as unknown as Record<UnitId, Unit> };
  if (problems.length > before) return org;
  for (const problem of checkOrg(org)) problems.push({ path: pathOf(problem, base, units.index, people.index), message: problem.message });
  return org;
}

/** Records keyed by id in array order, each id's array index, and a problem for every id used twice. */
function keyById<T extends { id: string; name: string }>(items: readonly T[], path: string, noun: string, problems: FileProblem[]): { records: Record<string, T>; index: Map<string, number> } {
  const records: Record<string, T> = {};
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const first = index.get(item.id);
    if (first !== undefined) {
      problems.push({ path: `${path}[${i}].id`, message: `The ${noun} id “${item.id}” is used twice: also by ${path}[${first}] (“${items[first]!.name}”).` });
      return;
    }
    index.set(item.id, i);
    records[item.id] = dropUndefined(item);
  });
  return { records, index };
}

function pathOf(problem: OrgProblem, base: string, units: Map<string, number>, people: Map<string, number>): string {
  const field = problem.field ? `.${problem.field}` : '';
  if (problem.unitId !== undefined) return `${base}.units[${units.get(problem.unitId) ?? '?'}]${field}`;
  if (problem.personId !== undefined) return `${base}.people[${people.get(problem.personId) ?? '?'}]${field}`;
  return `${base}${field}`;
}

/** View entries for units that don't exist are dropped: harmless, so repaired rather than refused. */
function repairView(view: { positions: Record<string, XY>; collapsed: string[] }, org: Org): ViewState {
  const positions: Record<UnitId, XY> = {};
  for (const [id, xy] of Object.entries(view.positions)) if (org.units[id as UnitId]) positions[id as UnitId] = xy;
  return { positions, collapsed: view.collapsed.filter((id) => org.units[id as UnitId]) as UnitId[] };
}

/** Zod fills optional fields with `undefined` only when present; keep absent fields absent so round trips are exact. */
function dropUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** The document as file text: 2-space JSON with a trailing newline, keys in a stable order. */
export function serializeScenario(scenario: Scenario): string {
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    name: scenario.name,
    org: orgToFile(scenario.org),
    policy: policySchema.parse(scenario.policy),
    events: scenario.events.map((e) => (e.kind === 'acquisition' && e.source.kind === 'org' ? { ...e, source: { kind: 'org', org: orgToFile(e.source.org) } } : e)),
    simulation: scenario.simulation,
    view: scenario.view,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The org with records turned back into arrays, in record order, each object's keys in the schema's order. */
export function orgToFile(org: Org): { asOf: string; people: Person[]; units: Unit[] } {
  return { asOf: org.asOf, people: Object.values(org.people).map(orderPerson), units: Object.values(org.units).map(orderUnit) };
}

// Keys in one fixed order, so the same document always gives the same text (a clean diff, an exact dirty check).
const orderPerson = (p: Person): Person =>
  dropUndefined({
    id: p.id,
    name: p.name,
    title: p.title,
    level: p.level,
    hireDate: p.hireDate,
    managerSince: p.managerSince,
    aspiration: p.aspiration,
    flightRisk: p.flightRisk,
    rating: p.rating,
    signals: {
      launches: p.signals.launches,
      strongReferences: p.signals.strongReferences,
      influence: p.signals.influence,
      coachesOutsideTeam: p.signals.coachesOutsideTeam,
      momNetwork: p.signals.momNetwork,
      operatingAtNextLevel: p.signals.operatingAtNextLevel,
      mentorsOthers: p.signals.mentorsOthers,
    },
    tags: p.tags,
    dottedLineManagerIds: p.dottedLineManagerIds,
  });

const orderUnit = (u: Unit): Unit =>
  dropUndefined({ id: u.id, name: u.name, leadId: u.leadId, memberIds: u.memberIds, parentId: u.parentId, function: u.function, vacantSince: u.vacantSince });

function parseJson(text: string): Result<unknown, readonly FileProblem[]> {
  if (text.trim() === '') return err([{ path: '(root)', message: 'The file is empty.' }]);
  try {
    return ok(JSON.parse(text));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const where = at ? ` at ${lineColumn(text, Number(at[1]))}` : '';
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
    return err([{ path: '(root)', message: `The file is not valid JSON${where}: ${reason}.` }]);
  }
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text “${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  return out === '' ? '(root)' : out;
}

/** A zod issue as a sentence a non-programmer can act on. */
function toProblem(issue: z.core.$ZodIssue): FileProblem {
  const path = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return { path, message: input === undefined ? `This field is required (expected ${article(issue.expected)}).` : `Expected ${article(issue.expected)}, got ${describe(input)}.` };
    case 'too_small':
      return { path, message: issue.origin === 'array' ? `Expected at least ${issue.minimum} item(s).` : issue.origin === 'string' ? `This can’t be empty.` : `Expected a number of at least ${issue.minimum}, got ${describe(input)}.` };
    case 'too_big':
      return { path, message: `Expected at most ${issue.maximum}, got ${describe(input)}.` };
    case 'invalid_value':
      return { path, message: `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(input)}.` };
    case 'invalid_union':
      return { path, message: `This entry doesn't match any allowed shape${input && typeof input === 'object' && 'kind' in input ? ` (kind ${describe((input as { kind: unknown }).kind)})` : ''}.` };
    case 'custom':
      return { path, message: `${issue.message}${input !== undefined ? ` Got ${describe(input)}.` : ''}` };
    default:
      return { path, message: issue.message };
  }
}

function article(expected: string): string {
  const words: Record<string, string> = { number: 'a number', string: 'text', boolean: 'true or false', array: 'a list', object: 'an object', int: 'a whole number' };
  return words[expected] ?? expected;
}

/**
 * Reading and writing `.orgsim.json` files. Reading lists every problem found, each with a JSON path
 * (`org.units[3].parentId`) and a plain sentence, and repairs what is harmless (canvas entries for units
 * that no longer exist are dropped). Writing gives the same text for the same document.
 */
import type { z } from 'zod';
import type { FileProblem } from '../ipc';
import { checkOrg, type OrgProblem } from '../model/invariants';
import { err, ok, type Result } from '../model/result';
import {
  UNKNOWN_SIGNALS,
  personId,
  unitId,
  type Org,
  type Person,
  type PersonId,
  type Plan,
  type Policy,
  type Scenario,
  type ScenarioEvent,
  type Target,
  type Unit,
  type UnitId,
  type Variant,
  type ViewState,
  type XY,
} from '../model/types';
import { DEFAULT_VARIANT, activeVariantName, peopleInAllVariants } from '../model/variants';
import { findJsonSyntaxError } from './jsonSyntax';
import { migrateToCurrent } from './migrations';
import {
  FILE_FORMAT,
  FILE_VERSION,
  eventSchema,
  eventSchemas,
  orgSchema,
  personSchema,
  policyObjectSchema,
  scenarioFileSchema,
  signalsSchema,
  simulationSchema,
  unitSchema,
  variantSchema,
  type EventFileData,
  type OrgFileData,
  type PersonFileData,
  type ScenarioFileData,
  type UnitFileData,
  type VariantFileData,
} from './schema';

export { FILE_FORMAT, FILE_VERSION } from './schema';

/** The file name ending OrgSim writes. */
export const FILE_EXTENSION = '.orgsim.json';

/**
 * Parse a file's text into a scenario, or every problem in it (never throws).
 * `parseScenarioFile(serializeScenario(s))` → `{ ok: true, value: s }`;
 * `parseScenarioFile('')` → `{ ok: false, error: [{ path: '(root)', message: 'The file is empty.' }] }`.
 */
export function parseScenarioFile(text: string): Result<Scenario, readonly FileProblem[]> {
  const json = readJson(text);
  if (!json.ok) return json;
  const header = readHeader(json.value);
  if (!header.ok) return header;
  const { doc, version } = header.value;
  const current = version < FILE_VERSION ? migrateToCurrent(doc, version) : doc;

  const parsed = parseWithin(scenarioFileSchema, current);
  // A part with well over 100,000 problems overflows zod's stack: check the file part by part instead.
  if (parsed === OVERFLOW) return err(capProblems(problemsPartByPart(current)));
  // Past the cap the org checks can't change what is shown: skip them (and the wording of every issue but the first
  // few), so a file with 100,000 problems is refused in the time it takes to read it.
  if (!parsed.success && parsed.error.issues.length > MAX_REPORTED_PROBLEMS) {
    const { issues } = parsed.error;
    return err(
      capProblems(
        [...issues.slice(0, MAX_REPORTED_PROBLEMS).map(toProblem), ...Array<FileProblem>(issues.length - MAX_REPORTED_PROBLEMS)],
        MAX_REPORTED_PROBLEMS,
        true,
      ),
    );
  }
  const problems: FileProblem[] = parsed.success ? [] : parsed.error.issues.map(toProblem);
  problems.push(...variantNameProblems(current));
  // The org checks (duplicate ids, references, cycles) run even when the schema found problems, on
  // whatever parts are readable, so one round of fixes is enough; they skip what the schema already reported.
  const reported = new Set(problems.map((p) => p.path));
  const drafts = parsed.success ? orgsOfFile(parsed.data) : salvageOrgs(current);
  // The orgs built for the checks are the scenario's orgs: kept, so a big file's records are built and checked once.
  const built = new Map<object, Org>();
  for (const { base, draft } of drafts) {
    const { org, problems: found } = buildOrg(draft, base);
    built.set(draft, org);
    for (const problem of found) if (!isUnderAny(problem.path, reported)) problems.push(problem);
  }

  if (!parsed.success || problems.length > 0) return err(capProblems(problems));
  return ok(toScenario(parsed.data, built));
}

/** The most problems one file reports; the rest are counted in a last line. */
export const MAX_REPORTED_PROBLEMS = 20;

/**
 * The first `limit` problems and, when there are more, one line saying how many more.
 * `capProblems(fiftyProblems).length` → 21, the last one `{ path: '(file)', message: '…30 more problems…' }`.
 */
export function capProblems(problems: readonly FileProblem[], limit = MAX_REPORTED_PROBLEMS, atLeast = false): FileProblem[] {
  if (problems.length <= limit) return [...problems];
  const more = problems.length - limit;
  return [
    ...problems.slice(0, limit),
    {
      path: '(file)',
      message: `…and ${atLeast ? 'at least ' : ''}${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'} (the first ${limit} are listed). Fix these and open the file again to see the rest.`,
    },
  ];
}

const OVERFLOW = Symbol('overflow');

/** `schema.safeParse`, or OVERFLOW when the input has so many problems that zod runs out of stack. */
function parseWithin<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> | typeof OVERFLOW {
  try {
    return schema.safeParse(value, { reportInput: true });
  } catch (e) {
    if (e instanceof RangeError) return OVERFLOW;
    throw e;
  }
}

const TOO_MANY: string = 'This part has too many problems to list (well over 100,000): it is probably not something OrgSim wrote.';

/** Problems of a file checked one part at a time (each person, unit and event on its own), for files too broken to check whole. */
function problemsPartByPart(doc: unknown): FileProblem[] {
  if (!isObject(doc)) return [{ path: '(root)', message: TOO_MANY }];
  const problems: FileProblem[] = [];
  const check = (schema: z.ZodType, value: unknown, at: (string | number)[]) => {
    const parsed = parseWithin(schema, value);
    if (parsed === OVERFLOW) problems.push({ path: formatPath(at), message: TOO_MANY });
    else if (!parsed.success) for (const issue of parsed.error.issues) problems.push(toProblem({ ...issue, path: [...at, ...issue.path] }));
  };
  const shape = scenarioFileSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (key === 'org' || key === 'events' || key === 'variants') continue;
    check(shape[key], doc[key], [key]);
  }
  const plan = (part: Record<string, unknown>, at: (string | number)[]) => {
    const org = part.org;
    if (!isObject(org) || !Array.isArray(org.people ?? []) || !Array.isArray(org.units ?? [])) check(orgSchema, org, [...at, 'org']);
    else {
      check(orgSchema.shape.asOf, org.asOf, [...at, 'org', 'asOf']);
      ((org.people ?? []) as unknown[]).forEach((item, i) => check(personSchema, item, [...at, 'org', 'people', i]));
      ((org.units ?? []) as unknown[]).forEach((item, i) => check(unitSchema, item, [...at, 'org', 'units', i]));
    }
    if (Array.isArray(part.events)) part.events.forEach((item: unknown, i) => check(eventSchema, item, [...at, 'events', i]));
    else check(shape.events, part.events, [...at, 'events']);
  };
  plan(doc, []);
  if (!Array.isArray(doc.variants ?? [])) check(shape.variants, doc.variants, ['variants']);
  else
    ((doc.variants ?? []) as unknown[]).forEach((variant, v) => {
      if (!isObject(variant)) return check(variantSchema, variant, ['variants', v]);
      const vshape = variantSchema.shape;
      for (const key of ['name', 'policy', 'simulation', 'view'] as const) check(vshape[key], variant[key], ['variants', v, key]);
      plan(variant, ['variants', v]);
    });
  return problems.length > 0 ? problems : [{ path: '(root)', message: TOO_MANY }];
}

/** The document as file text: 2-space JSON with a trailing newline, keys in the schema's order. */
export function serializeScenario(scenario: Scenario): string {
  // Indented for people to read and diff; a big org is written compact (one line), or a 100,000-person save
  // would be 54 MB, over what Open… reads, where compact is about 31 MB.
  return `${JSON.stringify(scenarioToFile(scenario, WHOLE), null, fileIndent(scenario))}\n`;
}

/** The indentation `serializeScenario` uses: 2 spaces, or none (compact) for an org of over 20,000 people in all variants. */
export function fileIndent(scenario: Scenario, people = peopleInAllVariants(scenario)): 2 | undefined {
  return people > COMPACT_ABOVE_PEOPLE ? undefined : 2;
}

/**
 * How the parts of a file that grow with the org (people, units, events, variants, canvas entries) are held:
 * as arrays and objects (`WHOLE`, for `serializeScenario`), or as stand-ins a sliced writer turns into text piece
 * by piece (`serializeScenarioSliced`). Either way the file's layout is the one `scenarioToFile` describes.
 */
export interface FileLists {
  /** `items` each turned into its file shape by `toFile`; `nested` when an item may itself hold such a list. */
  list<T>(items: readonly T[], toFile: (item: T) => unknown, nested?: boolean): unknown;
  /** A record's values in its order (people, units), each turned into its file shape by `toFile`. */
  record<T>(record: Readonly<Record<string, T>>, toFile: (item: T) => unknown): unknown;
  /** An object of the given entries, in their order. */
  entries(entries: readonly (readonly [string, unknown])[]): unknown;
}

/** Lists as ordinary arrays and objects. */
export const WHOLE: FileLists = {
  list: (items, toFile) => items.map((item) => toFile(item)),
  record: (record, toFile) => Object.values(record).map((item) => toFile(item)),
  entries: (entries) => Object.fromEntries(entries),
};

/** The whole file as a value to write as JSON: header, the open plan, the other variants; keys in the schema's order. */
export function scenarioToFile(scenario: Scenario, lists: FileLists): object {
  return inOrder(
    {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      name: scenario.name,
      variant: activeVariantName(scenario),
      variantAt: scenario.variants?.length ? Math.min(scenario.variantAt ?? 0, scenario.variants.length) : 0,
      ...planToFile(scenario, lists),
      variants: lists.list(scenario.variants ?? [], (variant) => inOrder({ name: variant.name, ...planToFile(variant, lists) }, variantSchema.shape), true),
    },
    scenarioFileSchema.shape,
  );
}

function planToFile(plan: Plan, lists: FileLists) {
  return {
    org: orgToFileWith(plan.org, lists),
    policy: policyToFile(plan.policy),
    events: lists.list(plan.events, (event) => eventToFile(event, lists), true),
    simulation: inOrder(plan.simulation, simulationSchema.unwrap().shape),
    view: viewToFile(plan.view, plan.org, lists),
  };
}

/** Orgs of more people than this (all variants together) are saved without indentation. */
export const COMPACT_ABOVE_PEOPLE = 20_000;

/**
 * The org in its on-disk shape: records turned into arrays in record order, keys in the schema's order.
 * `orgToFile(org).units[0]` → `{ id: 'u1', name: 'Engineering', leadId: 'p1', memberIds: [], parentId: null }`.
 */
export function orgToFile(org: Org): { asOf: string; people: Person[]; units: Unit[] } {
  return orgToFileWith(org, WHOLE) as { asOf: string; people: Person[]; units: Unit[] }; // WHOLE lists are arrays
}

function orgToFileWith(org: Org, lists: FileLists): object {
  return {
    asOf: org.asOf,
    people: lists.record(org.people, (person) => inOrder({ ...person, signals: inOrder(person.signals, signalsSchema.unwrap().shape) }, personSchema.shape)),
    units: lists.record(org.units, (unit) => inOrder(unit, unitSchema.shape)),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading: text → JSON → header → (migration) → schema → org checks → records.

function readJson(text: string): Result<unknown, readonly FileProblem[]> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte-order mark some editors add
  if (body.trim() === '') return err([{ path: '(root)', message: 'The file is empty.' }]);
  try {
    return ok(JSON.parse(body));
  } catch (e) {
    const found = findJsonSyntaxError(body);
    const message = found
      ? `The file is not valid JSON: ${found.reason} at line ${found.line}, column ${found.column}.`
      : `The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`;
    return err([{ path: '(root)', message }]);
  }
}

/** The `format` and `version` checks that decide whether the rest of the file is worth reading. */
function readHeader(json: unknown): Result<{ doc: Record<string, unknown>; version: number }, readonly FileProblem[]> {
  if (!isObject(json)) return err([{ path: '(root)', message: `Not an OrgSim file: expected a group of fields in { } at the top, found ${describe(json)}.` }]);
  if (json.format === undefined) return err([{ path: 'format', message: 'Not an OrgSim file: the “format” field is missing.' }]);
  if (json.format !== FILE_FORMAT)
    return err([{ path: 'format', message: `Not an OrgSim scenario file: its “format” is ${describe(json.format)}; a scenario file says “${FILE_FORMAT}”.` }]);
  const version = json.version;
  if (version === undefined) return err([{ path: 'version', message: 'The “version” field is missing, so OrgSim can’t tell how to read this file.' }]);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return err([{ path: 'version', message: `The file version must be a whole number such as ${FILE_VERSION}; it is ${describe(version)}.` }]);
  if (version > FILE_VERSION)
    return err([
      {
        path: 'version',
        message: `This file was made by a newer version of OrgSim (file version ${version}; this version reads up to ${FILE_VERSION}). Update OrgSim to open it.`,
      },
    ]);
  return ok({ doc: json, version });
}

/** An on-disk org whose unreadable people or units are `null` (their problems are already listed). */
interface OrgDraft {
  readonly asOf: string;
  readonly people: readonly (PersonFileData | null)[];
  readonly units: readonly (UnitFileData | null)[];
}

/** The orgs of a file that passed the schema, with the path each sits at. */
function orgsOfFile(file: ScenarioFileData): { base: string; draft: OrgDraft }[] {
  const orgs: { base: string; draft: OrgDraft }[] = [];
  const plan = (at: string, org: OrgFileData, events: readonly EventFileData[]) => {
    orgs.push({ base: `${at}org`, draft: org });
    events.forEach((event, i) => {
      if (event.kind === 'acquisition' && event.source.kind === 'org') orgs.push({ base: `${at}events[${i}].source.org`, draft: event.source.org });
    });
  };
  plan('', file.org, file.events);
  file.variants.forEach((variant, v) => plan(`variants[${v}].`, variant.org, variant.events));
  return orgs;
}

/** A problem for each variant whose name another variant already has (names are compared without case or spaces). */
function variantNameProblems(doc: unknown): FileProblem[] {
  if (!isObject(doc) || !Array.isArray(doc.variants)) return [];
  const key = (name: unknown) => (typeof name === 'string' ? name.trim().toLocaleLowerCase() : null);
  const seen = new Map<string, string>();
  const open = typeof doc.variant === 'string' ? doc.variant : DEFAULT_VARIANT;
  seen.set(key(open)!, 'the variant open in the file (“variant”)');
  const problems: FileProblem[] = [];
  doc.variants.forEach((variant: unknown, i) => {
    const name = isObject(variant) ? variant.name : undefined;
    const k = key(name);
    if (k === null) return;
    const first = seen.get(k);
    if (first !== undefined)
      problems.push({
        path: `variants[${i}].name`,
        message: `Two variants are named “${String(name)}”: this one and ${first}. Each variant needs its own name.`,
      });
    else seen.set(k, `variants[${i}]`);
  });
  return problems;
}

/** The orgs of a file that failed the schema, as far as they can be read. */
function salvageOrgs(doc: unknown): { base: string; draft: OrgDraft }[] {
  if (!isObject(doc)) return [];
  const orgs: { base: string; draft: OrgDraft }[] = [];
  const add = (raw: unknown, base: string) => {
    const draft = salvageOrg(raw);
    if (draft) orgs.push({ base, draft });
  };
  const plan = (at: string, part: Record<string, unknown>) => {
    add(part.org, `${at}org`);
    if (Array.isArray(part.events))
      part.events.forEach((event: unknown, i) => {
        if (isObject(event) && event.kind === 'acquisition' && isObject(event.source) && event.source.kind === 'org')
          add(event.source.org, `${at}events[${i}].source.org`);
      });
  };
  plan('', doc);
  if (Array.isArray(doc.variants)) doc.variants.forEach((variant: unknown, v) => isObject(variant) && plan(`variants[${v}].`, variant));
  return orgs;
}

/**
 * An org whose valid people and units are kept as they are and whose invalid ones become stand-ins
 * carrying only their id and references, so that references to them still resolve and references
 * from them are still checked. Null when the people or units aren't lists at all.
 */
function salvageOrg(raw: unknown): OrgDraft | null {
  if (!isObject(raw)) return null;
  const list = (v: unknown): readonly unknown[] | null => (v === undefined ? [] : Array.isArray(v) ? v : null);
  const people = list(raw.people);
  const units = list(raw.units);
  if (!people || !units) return null;
  return {
    asOf: typeof raw.asOf === 'string' ? raw.asOf : '',
    people: people.map((item) => {
      const parsed = parseWithin(personSchema, item);
      if (parsed !== OVERFLOW && parsed.success) return parsed.data;
      if (!isObject(item) || !isId(item.id)) return null;
      const name = typeof item.name === 'string' && item.name.trim() !== '' ? item.name : item.id;
      return { id: personId(item.id), name, title: '', level: 1, hireDate: '2000-01-01', aspiration: 'unknown', signals: { ...UNKNOWN_SIGNALS }, tags: [] };
    }),
    units: units.map((item) => {
      const parsed = parseWithin(unitSchema, item);
      if (parsed !== OVERFLOW && parsed.success) return parsed.data;
      if (!isObject(item) || !isId(item.id)) return null;
      const name = typeof item.name === 'string' && item.name.trim() !== '' ? item.name : item.id;
      const members = Array.isArray(item.memberIds) && item.memberIds.every(isId) ? item.memberIds.map(personId) : [];
      return {
        id: unitId(item.id),
        name,
        leadId: isId(item.leadId) ? personId(item.leadId) : null,
        memberIds: members,
        parentId: isId(item.parentId) ? unitId(item.parentId) : null,
      };
    }),
  };
}

/** Records keyed by id (first occurrence wins), with a problem for each id used twice and each broken invariant. */
function buildOrg(draft: OrgDraft, base: string): { org: Org; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  // Ordinary objects (the rest of the app compares and clones them as such): an id like `constructor` becomes an
  // own entry, the schema refuses `__proto__`, and every lookup by an id from outside goes through `getOwn`.
  const people: Record<PersonId, Person> = {};
  const units: Record<UnitId, Unit> = {};
  const personIndex = new Map<string, number>();
  const unitIndex = new Map<string, number>();
  draft.people.forEach((person, i) => {
    if (!person) return;
    const first = personIndex.get(person.id);
    if (first !== undefined) return problems.push(duplicate('person', `${base}.people`, i, first, person.name, draft.people[first]?.name));
    personIndex.set(person.id, i);
    people[person.id] = person;
  });
  draft.units.forEach((unit, i) => {
    if (!unit) return;
    const first = unitIndex.get(unit.id);
    if (first !== undefined) return problems.push(duplicate('unit', `${base}.units`, i, first, unit.name, draft.units[first]?.name));
    unitIndex.set(unit.id, i);
    units[unit.id] = unit;
  });
  const org: Org = { asOf: draft.asOf, people, units };
  for (const problem of checkOrg(org)) problems.push({ path: pathOf(problem, base, unitIndex, personIndex), message: problem.message });
  return { org, problems };
}

function duplicate(noun: 'person' | 'unit', listPath: string, at: number, first: number, name: string, firstName: string | undefined): FileProblem {
  return {
    path: `${listPath}[${at}].id`,
    message: `This ${noun} id is used twice: “${name}” here and “${firstName ?? '?'}” at ${listPath}[${first}]. Each ${noun} needs its own id.`,
  };
}

/** Where in the file an org problem points: the unit's or person's array entry, then the field. */
function pathOf(problem: OrgProblem, base: string, units: ReadonlyMap<string, number>, people: ReadonlyMap<string, number>): string {
  const field = problem.field ? `.${problem.field}` : '';
  if (problem.unitId !== undefined && units.has(problem.unitId)) return `${base}.units[${units.get(problem.unitId)}]${field}`;
  if (problem.personId !== undefined && people.has(problem.personId)) return `${base}.people[${people.get(problem.personId)}]${field}`;
  return `${base}${field}`;
}

/** The in-memory scenario of a file that passed every check. */
function toScenario(file: ScenarioFileData, built: ReadonlyMap<object, Org>): Scenario {
  const open = toPlan(file, built);
  const variants = file.variants.map((variant): Variant => ({ name: variant.name.trim(), ...toPlan(variant, built) }));
  const name = file.variant.trim();
  // A file of one variant named Baseline reads as a document that never had variants (the same in memory as a v2 file).
  const plain = variants.length === 0 && name === DEFAULT_VARIANT;
  return { name: file.name, ...open, ...(plain ? {} : { variant: name, variantAt: Math.min(file.variantAt, variants.length), variants }) };
}

/** A plan's records: the orgs the checks built (`built`, by their file object; `orgsOfFile` lists every org of a file). */
function toPlan(plan: Omit<VariantFileData, 'name'>, built: ReadonlyMap<object, Org>): Plan {
  const org = built.get(plan.org)!;
  const events = plan.events.map((event) => eventFromFile(event, built));
  return { org, policy: plan.policy, events, simulation: plan.simulation, view: viewFromFile(plan.view, org) };
}

function eventFromFile(event: EventFileData, built: ReadonlyMap<object, Org>): ScenarioEvent {
  if (event.kind !== 'acquisition') return event;
  const { source } = event;
  return { ...event, source: source.kind === 'org' ? { kind: 'org', org: built.get(source.org)! } : source };
}

/** View entries for units that don't exist are dropped: harmless, so repaired rather than refused. */
function viewFromFile(view: ScenarioFileData['view'], org: Org): ViewState {
  const has = (id: string): id is UnitId => Object.hasOwn(org.units, id);
  const positions: Record<UnitId, XY> = {};
  for (const [id, xy] of Object.entries(view.positions)) if (has(id)) positions[id] = xy;
  return { positions, collapsed: view.collapsed.filter(has) };
}

// ---------------------------------------------------------------------------------------------
// Writing.

function policyToFile(policy: Policy): Policy {
  const shape = policyObjectSchema.shape;
  return inOrder(
    {
      ...policy,
      timeToFillMonths: inOrder(policy.timeToFillMonths, shape.timeToFillMonths.unwrap().shape),
      flightRiskMultiplier: inOrder(policy.flightRiskMultiplier, shape.flightRiskMultiplier.unwrap().shape),
    },
    shape,
  );
}

function targetToFile(target: Target): Target {
  return target.kind === 'spread' ? { kind: 'spread' } : { kind: 'units', unitIds: target.unitIds };
}

function eventToFile(event: ScenarioEvent, lists: FileLists): object {
  const shape = eventSchemas[event.kind].shape;
  switch (event.kind) {
    case 'growth':
    case 'funding':
    case 'downsizing':
      return inOrder({ ...event, target: targetToFile(event.target) }, shape);
    case 'acquisition':
      return inOrder(
        {
          ...event,
          source: event.source.kind === 'org' ? { kind: 'org', org: orgToFileWith(event.source.org, lists) } : { kind: 'generated', size: event.source.size },
        },
        shape,
      );
    default:
      return inOrder(event, shape);
  }
}

/** Only entries for units that exist are written, so save → open → save gives the same text. */
function viewToFile(view: ViewState, org: Org, lists: FileLists): { positions: unknown; collapsed: unknown } {
  const positions: [string, XY][] = [];
  for (const [id, xy] of Object.entries(view.positions)) if (Object.hasOwn(org.units, id)) positions.push([id, xy]);
  const collapsed = [...new Set(view.collapsed)].filter((id) => Object.hasOwn(org.units, id));
  return { positions: lists.entries(positions.map(([id, xy]) => [id, { x: xy.x, y: xy.y }])), collapsed: lists.list(collapsed, (id) => id) };
}

/** `value`'s fields in the order of a schema's `shape`, absent ones left out; fields the schema doesn't know are dropped. */
function inOrder<T extends object>(value: T, shape: object): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const field: unknown = Reflect.get(value, key);
    if (field !== undefined) out[key] = field;
  }
  return out as T; // same fields as `value`, minus undefined ones and ones no file may hold
}

// ---------------------------------------------------------------------------------------------
// Problems in plain words.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v !== '' && v !== '__proto__';

/** True when `path` is one of `paths` or lies inside one (`org.units[3].name` inside `org.units[3]`). */
function isUnderAny(path: string, paths: ReadonlySet<string>): boolean {
  if (paths.has('(root)')) return true;
  for (let i = 0; i < path.length; i++) if ((path[i] === '.' || path[i] === '[') && paths.has(path.slice(0, i))) return true;
  return paths.has(path);
}

/** A value as a non-programmer would name it: `the text “eight”`, `the number 2.5`, `a list`. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (null)';
  if (typeof value === 'string') return value === '' ? 'an empty text' : `the text “${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'a group of fields';
}

const NOUNS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text in quotes',
  boolean: 'true or false',
  array: 'a list in [ ]',
  tuple: 'a list in [ ]',
  object: 'a group of fields in { }',
  record: 'a group of fields in { }',
  null: 'null',
};
const noun = (expected: string): string => NOUNS[expected] ?? expected;
const quoteAll = (values: readonly unknown[]): string => values.map((v) => (typeof v === 'string' ? `“${v}”` : String(v))).join(', ');

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  return out === '' ? '(root)' : out;
}

/** True for zod's own English (`Too small: expected…`), false for the messages `schema.ts` words itself. */
const isZodWording = (message: string): boolean => /^(Invalid|Too (small|big)|Unrecognized)\b/.test(message);

/** A zod issue as a sentence a non-programmer can act on. */
function toProblem(issue: z.core.$ZodIssue): FileProblem {
  const path = formatPath(issue.path);
  // JSON has no `undefined`, so an undefined input is a field that isn't there.
  const input = 'input' in issue ? issue.input : undefined;
  const missing = input === undefined;
  switch (issue.code) {
    case 'invalid_type': {
      // A schema may name what it expects in its own words (`a calendar date written as YYYY-MM-DD`).
      const what = isZodWording(issue.message) ? noun(issue.expected) : issue.message;
      return { path, message: missing ? `This field is missing: expected ${what}.` : `Expected ${what}, got ${describe(input)}.` };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? issue.minimum : issue.maximum;
      if (!isZodWording(issue.message)) return { path, message: issue.message };
      if (issue.origin === 'string') return { path, message: 'This can’t be empty.' };
      if (issue.origin === 'array' || issue.origin === 'set') {
        const count = Array.isArray(input) ? input.length : 0;
        return { path, message: `Expected ${small ? 'at least' : 'at most'} ${limit} ${Number(limit) === 1 ? 'item' : 'items'} in this list, found ${count}.` };
      }
      const bound = small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
      return { path, message: `Expected a number ${bound} ${limit}, got ${describe(input)}.` };
    }
    case 'invalid_value': {
      const expected = issue.values.length === 1 ? quoteAll(issue.values) : `one of ${quoteAll(issue.values)}`;
      return { path, message: missing ? `This field is missing: expected ${expected}.` : `Expected ${expected}, got ${describe(input)}.` };
    }
    case 'invalid_union': {
      const { discriminator } = issue;
      if (discriminator !== undefined) {
        const known = 'options' in issue && issue.options ? `: expected one of ${quoteAll(issue.options)}` : '';
        const given = isObject(input) ? input[discriminator] : undefined;
        return {
          path,
          message: given === undefined ? `The “${discriminator}” field is missing${known}.` : `Unknown ${discriminator} ${describe(given)}${known}.`,
        };
      }
      return { path, message: 'This entry doesn’t match any allowed shape.' };
    }
    case 'custom':
      // Refinements either say it all (ending in a full stop) or name what was expected.
      return { path, message: issue.message.endsWith('.') || missing ? issue.message : `${issue.message}, got ${describe(input)}.` };
    case 'not_multiple_of':
      return { path, message: `Expected a multiple of ${issue.divisor}, got ${describe(input)}.` };
    default:
      return { path, message: `${issue.message}.` };
  }
}

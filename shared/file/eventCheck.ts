/**
 * One scheduled event checked as the event editor holds it: the file format's schema for its kind (so the app
 * never saves an event it couldn't open again) and the run's own checks (`validateEvents`), in words a person
 * filling in the form can act on.
 */
import type { z } from 'zod';
import type { Scenario, ScenarioEvent } from '../model/types';
import { validateEvents } from '../simulation/validate';
import { orgToFile } from './scenarioFile';
import { eventSchemas } from './schema';

/** A problem with one field of an event (`'month'`, `'source.size'`, `'target'`), or the event as a whole (`''`). */
export interface EventProblem {
  readonly field: string;
  readonly message: string;
}

// Each number field as the form names it, for sentences about it.
const FIELD_NAME: Readonly<Record<string, string>> = {
  month: 'Month',
  fromMonth: 'From month',
  toMonth: 'To month',
  perMonth: 'Hires per month',
  amount: 'Amount raised',
  engineeringShare: 'Engineering share',
  costPerEngineer: 'Cost per engineer',
  runwayMonths: 'Runway',
  rampMonths: 'Hiring ramp',
  hires: 'Hires',
  'source.size': 'People in the acquired org',
  share: 'Cut',
};
const nameOf = (field: string): string => FIELD_NAME[field] ?? field;

// The sentence for a number that must be whole, by field.
const WHOLE: Readonly<Record<string, string>> = {
  month: 'Months must be a whole number.',
  fromMonth: 'Months must be a whole number.',
  toMonth: 'Months must be a whole number.',
  runwayMonths: 'Months must be a whole number.',
  rampMonths: 'Months must be a whole number.',
  hires: 'Hires must be a whole number.',
  'source.size': 'The number of people must be a whole number.',
};
/**
 * Numbers a file may hold as fractions (the schema allows them) that the editor has always asked to be whole,
 * as a hiring plan counts them: the ramp and runway in months, the hires, the acquired head count.
 */
function wholeInEditor(event: ScenarioEvent): readonly (readonly [string, number | undefined])[] {
  if (event.kind === 'funding')
    return [
      ['runwayMonths', event.runwayMonths],
      ['rampMonths', event.rampMonths],
      ['hires', event.hires],
    ];
  if (event.kind === 'acquisition' && event.source.kind === 'generated') return [['source.size', event.source.size]];
  return [];
}

/** The event in its on-disk shape, which the schema reads (an acquired org is stored as arrays on disk). */
function asFile(event: ScenarioEvent): unknown {
  return event.kind === 'acquisition' && event.source.kind === 'org' ? { ...event, source: { kind: 'org', org: orgToFile(event.source.org) } } : event;
}

/** A schema issue about a number, in the form's words; null for issues the run's checks word better. */
function numberProblem(field: string, issue: z.core.$ZodIssue): EventProblem | null {
  if (issue.code === 'invalid_type' && issue.expected === 'number') return { field, message: `Enter a number for ${nameOf(field).toLowerCase()}.` };
  if (issue.code === 'invalid_type' && issue.expected === 'int') return { field, message: WHOLE[field] ?? `${nameOf(field)} must be a whole number.` };
  return null;
}

/** Any other schema issue, worded plainly (used only when the run's checks say nothing about that field). */
function otherProblem(field: string, issue: z.core.$ZodIssue): EventProblem {
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    const small = issue.code === 'too_small';
    const bound = small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
    return { field, message: `${nameOf(field)} must be ${bound} ${String(small ? issue.minimum : issue.maximum)}.` };
  }
  return { field, message: `${nameOf(field)}: ${issue.message}.` };
}

/**
 * Every problem with `event` as event number `index` of `scenario` (an index past the end checks it as a new one),
 * numbers first; none means it can be saved. Blank numbers and fractions where whole numbers go are named as such,
 * not as out of range.
 * `checkEvent(scenario, 0, { ...growth, fromMonth: Number.NaN })` → `[{ field: 'fromMonth', message: 'Enter a number for from month.' }]`.
 */
export function checkEvent(scenario: Scenario, index: number, event: ScenarioEvent): readonly EventProblem[] {
  const numbers: EventProblem[] = [];
  const others: EventProblem[] = [];
  const parsed = eventSchemas[event.kind].safeParse(asFile(event));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    const problem = numberProblem(field, issue);
    if (problem) numbers.push(problem);
    else others.push(otherProblem(field, issue));
  }
  for (const [field, value] of wholeInEditor(event))
    if (value !== undefined && Number.isFinite(value) && !Number.isInteger(value)) numbers.push({ field, message: WHOLE[field]! });

  const events = [...scenario.events];
  events[index] = event;
  const prefix = `events[${index}]`;
  const run = validateEvents({ ...scenario, events })
    .filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`))
    .map((p) => ({ field: p.path.slice(prefix.length + 1), message: p.message }));

  // One problem per field: a blank or fractional number says so; otherwise the run's wording, else the schema's.
  const said = new Set(numbers.map((p) => p.field));
  const out: EventProblem[] = [...numbers];
  for (const p of run) if (!said.has(p.field)) out.push(p);
  for (const p of run) said.add(p.field);
  for (const p of others) if (!said.has(p.field) && !said.has(p.field.split('.')[0]!)) out.push(p);
  // Two month fields with the same slip say it once.
  return out.filter((p, i) => out.findIndex((q) => q.message === p.message) === i);
}

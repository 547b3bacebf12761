/**
 * The readiness review as CSV, out and back: one row per reviewed person (id, name, title, unit, role), the
 * aspiration and each signal (launches as a count, the others yes / no / blank for unknown). Reading it back
 * sets only the aspiration and signal columns the file has, for the people it names, and reports by row what
 * it could not read; everything else in the org is left as it was.
 */
import Papa from 'papaparse';
import { err, ok, type Result } from '../model/result';
import { REVIEW_SIGNAL_COLUMNS, withCell, type ReviewRow } from '../model/review';
import { BOOLEAN_SIGNALS, type Org, type Person, type PersonId, type Signals } from '../model/types';
import { CSV_FIELDS, escapeCell, guessMapping, parseAspiration, parseLaunches, parseSignal, readCsv, type CsvIssue } from './peopleCsv';

const label = (field: string): string => CSV_FIELDS.find((f) => f.field === field)!.label;
const HEADER = ['Employee ID', 'Name', 'Title', 'Unit', 'Role', 'Aspiration', ...REVIEW_SIGNAL_COLUMNS.map(label)];
const yesNo = (v: boolean | null): string => (v === null ? '' : v ? 'yes' : 'no');

/**
 * The review's rows as CSV; an unknown signal is a blank cell, an unknown aspiration `unknown`.
 * `exportReviewCsv(org, reviewRows(org, policy))` → `"Employee ID,Name,Title,Unit,Role,Aspiration,Launches,…"`.
 */
export function exportReviewCsv(org: Org, rows: readonly ReviewRow[]): string {
  const body = rows.map((r) => {
    const p = org.people[r.personId]!;
    const s = p.signals;
    return [
      p.id,
      p.name,
      p.title,
      r.unitName,
      r.role,
      p.aspiration,
      s.launches === null ? '' : String(s.launches),
      ...BOOLEAN_SIGNALS.map((k) => yesNo(s[k])),
    ].map(escapeCell);
  });
  return `${Papa.unparse([HEADER, ...body], { newline: '\n' })}\n`;
}

export interface ReviewImport {
  readonly org: Org;
  /** People whose aspiration or signals changed. */
  readonly changed: number;
  /** Rows or cells that could not be read, by row; those were left as they were. */
  readonly issues: readonly CsvIssue[];
}

/**
 * Read a review CSV back into the org: people are found by id (else by a name only one person has); a blank
 * signal cell is unknown. Columns the file lacks are left alone. Fails only when the file can't be read or
 * names nobody, or has no aspiration or signal column.
 */
export function importReviewCsv(org: Org, text: string): Result<ReviewImport, string> {
  const table = readCsv(text);
  if (!table.ok) return table;
  const mapping = guessMapping(table.value.headers);
  const columns = REVIEW_SIGNAL_COLUMNS.filter((c) => mapping[c as keyof typeof mapping] !== undefined);
  if (mapping.aspiration === undefined && columns.length === 0)
    return err('The file has no aspiration or readiness signal columns (Launches, Strong references, Influence, …).');
  if (mapping.id === undefined && mapping.name === undefined) return err('The file has no Employee ID or Name column to find people by.');
  const byName = new Map<string, PersonId[]>();
  for (const p of Object.values(org.people)) {
    const k = p.name.trim().toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), p.id]);
  }
  const issues: CsvIssue[] = [];
  const people: Record<PersonId, Person> = { ...org.people };
  let changed = 0;
  let found = 0;
  for (const { line, cells } of table.value.rows) {
    const at = (i: number | undefined): string => (i === undefined ? '' : (cells[i] ?? '').replace(/^'(?=[=+\-@])/, ''));
    const id = at(mapping.id);
    const name = at(mapping.name);
    const named = byName.get(name.trim().toLowerCase()) ?? [];
    const personId = org.people[id as PersonId] ? (id as PersonId) : named.length === 1 ? named[0]! : null;
    if (!personId) {
      issues.push({
        row: line,
        message:
          named.length > 1
            ? `${named.length} people are called “${name}”; this row was skipped (add the Employee ID).`
            : `Nobody in the org has id “${id}”${name ? ` or the name “${name}”` : ''}; this row was skipped.`,
      });
      continue;
    }
    found++;
    const before = people[personId]!;
    let p = before;
    if (mapping.aspiration !== undefined) {
      const a = parseAspiration(at(mapping.aspiration));
      if (a === undefined) issues.push({ row: line, message: `Aspiration “${at(mapping.aspiration)}” is not mom, manager, ic or unknown; left as it was.` });
      else p = withCell(p, 'aspiration', a);
    }
    const signals: { -readonly [K in keyof Signals]: Signals[K] } = { ...p.signals };
    for (const c of columns) {
      const text = at(mapping[c as keyof typeof mapping]);
      if (c === 'launches') {
        const n = parseLaunches(text);
        // A review edited by hand may say met / not met for launches: read it as the review's cell would.
        const state = parseSignal(text);
        if (n !== undefined) signals.launches = n;
        else if (state !== undefined)
          signals.launches = withCell({ ...p, signals }, 'launches', state === null ? 'unknown' : state ? 'met' : 'not-met').signals.launches;
        else issues.push({ row: line, message: `Launches “${text}” is not a count or yes / no; left as it was.` });
        continue;
      }
      const v = parseSignal(text);
      if (v === undefined) issues.push({ row: line, message: `${label(c)} “${text}” is not yes, no or blank; left as it was.` });
      else signals[c] = v;
    }
    if (REVIEW_SIGNAL_COLUMNS.some((c) => signals[c] !== p.signals[c])) p = { ...p, signals };
    if (p !== before) {
      people[personId] = p;
      changed++;
    }
  }
  if (found === 0) return err('No row of the file names a person in this org (by Employee ID or name).');
  return ok({ org: changed > 0 ? { ...org, people } : org, changed, issues });
}

/**
 * A person's path as the headless command prints it (`--person`) and as the `path` object of its JSON report.
 */
import type { PersonPath } from '../forecast/path';
import type { Band } from '../forecast/readiness';
import { hasOwn } from '../model/lookup';
import { err, ok, type Result } from '../model/result';
import { plural } from '../model/text';
import type { Org, PersonId } from '../model/types';
import type { Odds, PathOdds } from './pathOdds';

const BAND: Record<Band, string> = { 'ready-now': 'ready now', 'ready-6-12': 'ready in 6-12 months', 'to-assess': 'to assess', 'not-yet': 'not yet' };
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The person a `--person` argument names: an id, or a name in any case; a message when none or several match. */
export function findPerson(org: Org, query: string): Result<PersonId, string> {
  if (hasOwn(org.people, query)) return ok(query as PersonId);
  const wanted = query.trim().toLocaleLowerCase();
  const matches = Object.values(org.people).filter((p) => p.name.toLocaleLowerCase() === wanted);
  if (matches.length === 1) return ok(matches[0]!.id);
  if (matches.length > 1)
    return err(`${matches.length} people are called “${query}”: ${matches.map((p) => `${p.id} (${p.title})`).join(', ')}. Name one by id.`);
  const close = Object.values(org.people)
    .filter((p) => wanted !== '' && p.name.toLocaleLowerCase().includes(wanted))
    .slice(0, 5);
  return err(`No one called “${query}” in the org.${close.length > 0 ? ` Did you mean ${close.map((p) => p.name).join(', ')}?` : ''}`);
}

/** The JSON `path` object: the forecast's view of the person and, when run, the odds. */
export function pathJson(path: PersonPath, odds: PathOdds | null) {
  return {
    person: { id: path.personId, name: path.name, title: path.title, unit: path.placement?.unit ?? null, role: path.placement?.role ?? null },
    step: path.step,
    band: path.readiness.band,
    signals: path.readiness.signals.map((s) => ({ key: s.key, label: s.label, state: s.state, detail: s.detail })),
    gaps: path.gaps,
    roles: path.roles,
    odds,
  };
}

const oddsLine = (label: string, o: Odds) =>
  `    ${label}: ${pct(o.within12)} within 12 months, ${pct(o.within24)} within 24, ${pct(o.byEnd)} by the end${o.medianMonth === null ? '' : ` (median month ${o.medianMonth})`}`;

/** The text section for `--person`. */
export function pathText(path: PersonPath, odds: PathOdds | null): string {
  const lines: string[] = [];
  const where = path.placement ? `${path.placement.role === 'lead' ? 'leads' : 'in'} ${path.placement.unit}` : 'not placed in a unit';
  lines.push(`\nPath of ${path.name} (${path.title}, ${where})`);
  lines.push(
    `  Next step: ${path.step === 'em' ? 'an EM role' : 'a manager-of-managers role'} — ${BAND[path.readiness.band]}${path.readiness.ifMet ? ` (${BAND[path.readiness.ifMet]} if the unknowns are met)` : ''}`,
  );
  for (const s of path.readiness.signals) lines.push(`    ${s.state === 'met' ? '✓' : s.state === 'unknown' ? '?' : '✗'} ${s.label}: ${s.detail}`);
  if (path.gaps.length > 0) {
    lines.push('  What would change it:');
    for (const g of path.gaps) {
      const then = g.bandIfMet === path.readiness.band ? `still ${BAND[g.bandIfMet]}` : BAND[g.bandIfMet];
      lines.push(
        `    ${g.label}: ${g.metInMonths !== null ? `met in ${plural(g.metInMonths, 'month')}, then ${then}` : `${g.state === 'unknown' ? 'if known and met' : 'if met'}: ${then}`}`,
      );
    }
  }
  if (path.roles.length === 0) lines.push("  Today's forecast opens no role they are a candidate for.");
  else {
    lines.push("  Roles today's forecast opens that they are a candidate for:");
    for (const r of path.roles) lines.push(`    ${r.role} of ${r.name} (${r.source}): #${r.rank} of ${r.of}, ${BAND[r.band]}${r.near ? ', near' : ''}`);
  }
  if (odds) {
    lines.push(`  Over ${odds.runs} runs × ${odds.months} months:`);
    if (path.step === 'em') lines.push(oddsLine('first in line for an EM role', odds.firstInLineEm), oddsLine('promoted to EM', odds.promotedEm));
    lines.push(
      oddsLine('first in line for a MoM role', odds.firstInLineMom),
      oddsLine('promoted to a MoM role', odds.promotedMom),
      oddsLine('left the company', odds.left),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A month's departures (DOMAIN.md "People grow, leave and are replaced"): attrition, scheduled departures, downsizing. */
import { unitsWithout } from '../model/edits';
import { getOwn, hasOwn } from '../model/lookup';
import { buildTreeIndex, subtreeUnitIds } from '../model/tree';
import type { Org, PersonId, ScenarioEvent, Target, UnitId } from '../model/types';
import { candidatePools, nearUnitFor, type CandidatePools } from '../forecast/candidates';
import { roleForHeight } from '../forecast/forecast';
import type { Rng } from './rng';
import { listed, recordEmergent, type Run, type Slot } from './run';

/** People leaving together: each with the kind of departure and the reason the log gives. */
type Leaver = { readonly id: PersonId; readonly kind: 'attrition' | 'departure' | 'downsizing'; readonly why: string };

/**
 * People leave, all in one edit (linear in the org, however many go). Each gets a log line; an IC who leaves
 * is backfilled into the same team after the IC time to fill (DOMAIN.md "Backfill"; cuts are not backfilled);
 * a lead's role becomes a vacancy, and a MoM's has a record with its candidates.
 */
function leaveAll(run: Run, leavers: readonly Leaver[]): void {
  const seen = new Set<PersonId>();
  const going = leavers.filter((l) => run.org.people[l.id] && !seen.has(l.id) && seen.add(l.id));
  if (going.length === 0) return;
  const index = run.index();
  const before = going.map((l) => ({ ...l, name: run.personName(l.id), placement: index.placement.get(l.id) }));
  removePeople(run, new Set(going.map((l) => l.id)));
  const heights = run.heights();
  let pools: CandidatePools | null = null;
  for (const l of before) {
    const led = l.placement?.role === 'lead' ? run.org.units[l.placement.unitId] : undefined;
    run.departures++;
    if (run.logging) run.log(l.kind, `${l.name} left (${l.why})${led ? `; ${led.name} is now vacant` : ''}.`, l.placement ? [l.placement.unitId] : [], [l.id]);
    if (l.placement?.role === 'member' && l.kind !== 'downsizing' && run.policy.backfillLeavers)
      run.backfills.push({ unitId: l.placement.unitId, due: run.month + Math.max(0, Math.round(run.policy.timeToFillMonths.ic)), replaces: l.name });
    const height = led ? (heights.get(led.id) ?? 0) : 0;
    if (led && height >= 1) {
      const limit = listed(run);
      if (limit > 0) pools ??= candidatePools(run.org, run.policy, index, heights);
      const top = pools?.rank({ kind: 'mom', nearUnitId: nearUnitFor(run.org, led.id), height }, limit).candidates ?? [];
      recordEmergent(
        run,
        led.id,
        'departure',
        roleForHeight(height),
        (index.children.get(led.id) ?? []).map((c) => run.unitName(c)),
        top.map((c) => ({ personId: c.personId, name: c.name, band: c.band })),
      );
    }
  }
}

/**
 * `removePeople` (model/edits) on the run's working org, with the same result: units they led become vacancies
 * as of today, their teams lose them, dotted lines to them are dropped. The people table is edited in place.
 */
function removePeople(run: Run, ids: ReadonlySet<PersonId>): void {
  const org = run.org;
  const gone = new Set([...ids].filter((id) => hasOwn(org.people, id)));
  if (gone.size === 0) return;
  if (run.placesEachOnce()) {
    // `unitsWithout` in place: only the units the index places them in change, each as `unitsWithout` changes it.
    const placement = run.index().placement;
    const touched = new Set<UnitId>();
    for (const id of gone) {
      const at = placement.get(id);
      if (at) touched.add(at.unitId);
    }
    const units = run.editUnits();
    for (const id of touched) {
      const unit = getOwn(units, id);
      if (!unit) continue;
      const leadGone = unit.leadId !== null && gone.has(unit.leadId);
      const membersGone = unit.memberIds.some((m) => gone.has(m));
      if (!leadGone && !membersGone) continue;
      units[id] = {
        ...unit,
        ...(leadGone ? { leadId: null, vacantSince: org.asOf } : {}),
        ...(membersGone ? { memberIds: unit.memberIds.filter((m) => !gone.has(m)) } : {}),
      };
    }
  } else run.setUnits(unitsWithout(org, gone));
  for (const id of gone) {
    run.removePerson(id);
    run.unplace(id);
  }
  if (!run.mayHaveDottedLines()) return;
  for (const p of run.everyone()) {
    const lines = p.dottedLineManagerIds;
    if (!lines?.some((m) => gone.has(m))) continue;
    const kept = lines.filter((m) => !gone.has(m));
    const { dottedLineManagerIds: _drop, ...rest } = p;
    run.setPerson(kept.length > 0 ? { ...rest, dottedLineManagerIds: kept } : rest);
  }
}

/**
 * Whether `slot`'s person leaves by attrition in `month`: their own stream's draw for the month. Each person has
 * their own stream and draws once in every month they are here, so whoever else joins, leaves or is reordered
 * (another variant's events), a person's fate in a month is the same draw. The previous month's development walk
 * makes this month's draws (`run.attritionDue`): between the two nothing changes anyone or draws from these streams.
 */
export function drawAttrition(run: Run, slot: Slot, month: number): boolean {
  const person = slot.person;
  const acquired = run.acquiredAt.size > 0 ? run.acquiredAt.get(person.id) : undefined;
  const risk = person.flightRisk ? run.policy.flightRiskMultiplier[person.flightRisk] : 1;
  const p = Math.min(1, run.monthlyAttrition * risk * (acquired !== undefined && month - acquired <= 12 ? run.policy.acquiredAttritionMultiplier : 1));
  return (slot.attrition ??= run.attritionOf(person.id)).next() < p;
}

export function departures(run: Run, due: readonly ScenarioEvent[]): void {
  const root = run.index().roots[0];
  const rootLead = root ? run.org.units[root]?.leadId : null;
  const leavers: Leaver[] = [];
  const drawn = run.attritionDue;
  run.attritionDue = null;
  if (drawn && drawn.month === run.month) {
    for (const id of drawn.leaving) if (id !== rootLead) leavers.push({ id, kind: 'attrition', why: 'attrition' });
  } else
    for (const slot of run.slots())
      if (drawAttrition(run, slot, run.month) && slot.person.id !== rootLead) leavers.push({ id: slot.person.id, kind: 'attrition', why: 'attrition' });
  leaveAll(run, leavers);
  const scheduled: Leaver[] = [];
  for (const e of due)
    if (e.kind === 'departure' && run.org.people[e.personId]) scheduled.push({ id: e.personId, kind: 'departure', why: 'scheduled departure' });
  leaveAll(run, scheduled);
  for (const e of due) if (e.kind === 'downsizing') downsize(run, e);
}

function downsize(run: Run, e: Extract<ScenarioEvent, { kind: 'downsizing' }>): void {
  run.shareUnits(); // indexed below
  const scope = peopleIn(run.org, e.target);
  const root = buildTreeIndex(run.org).roots[0];
  const rootLead = root ? run.org.units[root]?.leadId : null;
  const pool = scope.filter((id) => id !== rootLead);
  const cut = Math.round(pool.length * e.share);
  let order: PersonId[];
  if (e.rule === 'recent-hires') order = [...pool].sort((a, b) => run.org.people[b]!.hireDate.localeCompare(run.org.people[a]!.hireDate));
  else if (e.rule === 'lowest-rating') order = [...pool].sort((a, b) => (run.org.people[a]!.rating ?? 3) - (run.org.people[b]!.rating ?? 3));
  else order = shuffle(run.rng(`downsize:${e.id}`), pool);
  run.log('downsizing', `Downsizing: ${cut} of ${pool.length} people leave (${Math.round(e.share * 100)}%, ${e.rule.replace('-', ' ')}).`);
  leaveAll(
    run,
    order.slice(0, cut).map((id) => ({ id, kind: 'downsizing', why: 'downsizing' })),
  );
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function peopleIn(org: Org, target: Target): PersonId[] {
  const index = buildTreeIndex(org);
  const units =
    target.kind === 'spread' ? (Object.keys(org.units) as UnitId[]) : target.unitIds.flatMap((id) => (org.units[id] ? subtreeUnitIds(index, id) : []));
  return [
    ...new Set(
      units.flatMap((id) => {
        const u = org.units[id]!;
        return u.leadId ? [u.leadId, ...u.memberIds] : [...u.memberIds];
      }),
    ),
  ];
}

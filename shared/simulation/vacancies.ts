/** DOMAIN.md "Filling vacancies over time": internal fills with the cascade, external hires, the 90-day plan. */
import { spanBetween } from '../forecast/readiness';
import { assignPerson } from '../model/edits';
import { getOwn } from '../model/lookup';
import { plural } from '../model/text';
import { personId, type Aspiration, type PersonId, type Unit, type UnitId } from '../model/types';
import { candidatePools, nearUnitFor } from '../forecast/candidates';
import { roleForHeight, titleForRole } from '../forecast/forecast';
import { newHire } from './hires';
import { childrenNames, monthsAfter, recordEmergent, type Run } from './run';
import { timeToFill } from './types';
import { tableValues } from '../model/lookup';

export function fillVacancies(run: Run): void {
  revertFailedPromotions(run);
  const rng = run.rng('fill');
  const names = run.rng('names');
  const index = run.index();
  const heights = run.heights();
  // Candidate pools are built once per month; people promoted this month are out of them for the rest of it.
  const pools = candidatePools(run.org, run.policy, index, heights, { readyNowOnly: true, hopefuls: run.hopefuls() ?? undefined });
  const promotedNow = new Set<PersonId>();
  // This month's fills edit the run's people table and units table in place (`editUnits`: the run's own copy;
  // earlier months' orgs keep theirs): no copy per promotion, which is quadratic in a big org. Nothing reads an
  // index of the units until the fills are done (the pools' Euler intervals are taken above; the tree stays).
  const people = run.editPeople();
  let copied: Record<UnitId, Unit> | null = null;
  const editUnits = (): Record<UnitId, Unit> => (copied ??= run.editUnits());
  // Who now leads what: told to the run's index once the month's fills are done, so the pools and `from` below
  // see the org as the month found it.
  const placed: PersonId[] = [];
  const placedAt: UnitId[] = [];
  const asOf = run.org.asOf;
  const queue: UnitId[] = [];
  for (const u of tableValues(run.org.units)) if (u.leadId === null) queue.push(u.id);
  const tried = new Set<UnitId>();
  for (let q = 0; q < queue.length; q++) {
    const vacant = run.org.units[queue[q]!];
    if (!vacant || vacant.leadId !== null || tried.has(vacant.id)) continue;
    tried.add(vacant.id);
    const height = heights.get(vacant.id) ?? 0;
    const role = roleForHeight(height);
    // (Most runs never revert a promotion: then no one is cooling off anywhere.)
    const coolingOff =
      run.coolOff.size === 0
        ? []
        : [...run.coolOff]
            .filter(([key, until]) => until >= run.month && key.endsWith(`:${vacant.id}`))
            .map(([key]) => personId(key.slice(0, key.length - vacant.id.length - 1)));
    // The same nearness as the forecast: a MoM role's candidates are near anywhere under its parent.
    const spec =
      height === 0 ? ({ kind: 'em', nearUnitId: vacant.id } as const) : ({ kind: 'mom', nearUnitId: nearUnitFor(run.org, vacant.id), height } as const);
    const top = pools.first({ ...spec, excludePersonIds: [...coolingOff, ...promotedNow] });
    const best = top?.band === 'ready-now' ? top : undefined;
    // The internal preference is drawn once per opening, not every month: drawn monthly, any preference above
    // ~0.3 would fill nearly every role from inside whenever someone is ready (1 - 0.2^4 at 0.8 over a 4-month
    // search), which no source reports. Clear career tracks raise it (DOMAIN.md "Filling vacancies").
    let inside = run.looksInside.get(vacant.id);
    if (inside === undefined) {
      const preference = Math.min(0.95, run.policy.internalPreference + (run.policy.clearCareerTracks ? 0.1 : 0));
      run.looksInside.set(vacant.id, (inside = rng.next() < preference));
    }
    const person = people[best?.personId ?? ('' as PersonId)];
    if (best && inside && person) {
      const from = index.placement.get(best.personId) ?? null;
      // The promotion (as `promoteCandidate` does it): they leave their old place, which opens in turn (the
      // cascade), take the role and its title, and become a manager today if they weren't one.
      let left: UnitId | null = null;
      const units = editUnits();
      if (from) {
        const old = units[from.unitId]!;
        if (from.role === 'lead') {
          units[old.id] = { ...old, leadId: null, vacantSince: asOf };
          left = old.id;
        } else units[old.id] = { ...old, memberIds: old.memberIds.filter((m) => m !== best.personId) };
      }
      const { vacantSince: _filled, ...filled } = units[vacant.id]!;
      units[vacant.id] = { ...filled, leadId: best.personId };
      // Someone who reached the role they wanted next wants… what the prior says (a new EM may aim for MoM).
      const nextWant: Aspiration =
        from?.role === 'member' && person.aspiration === 'manager'
          ? run.developOf(person.id).chance(run.policy.priorWantsMom)
            ? 'mom'
            : 'manager'
          : person.aspiration;
      run.setPerson({ ...person, title: titleForRole(role), aspiration: nextWant, ...(person.managerSince ? {} : { managerSince: asOf }) });
      promotedNow.add(best.personId);
      placed.push(best.personId);
      placedAt.push(vacant.id);
      if (from?.role === 'member' && run.policy.backfillLeavers)
        run.backfills.push({ unitId: from.unitId, due: run.month + Math.max(0, Math.round(run.policy.timeToFillMonths.ic)), replaces: best.name });
      run.promotions.push({ personId: best.personId, unitId: vacant.id, role, from, month: run.month });
      if (role !== 'EM') {
        run.momInternal++;
        run.momInternalTotal++;
      }
      run.log(
        'promotion',
        `${best.name} promoted to ${role} of ${vacant.name} (internal)${left ? `; ${run.unitName(left)} is now vacant` : ''}.`,
        left ? [vacant.id, left] : [vacant.id],
        [best.personId],
        role,
      );
      markFilled(run, vacant.id, best.name, 'internal');
      // The cascade: the role they left is tried this month too. (The index stays as it was: only people
      // promoted this month have moved, and they are out of the pools.)
      if (left) queue.push(left);
      continue;
    }
    const open = vacant.vacantSince ? spanBetween(vacant.vacantSince, run.org.asOf).months : timeToFill(run.policy, role);
    if (open >= timeToFill(run.policy, role)) {
      const title = role === 'EM' ? 'Engineering Manager' : role === 'VP' ? 'VP Engineering' : `${role} of Engineering`;
      const hire = newHire(run, names, {
        title,
        level: role === 'EM' ? 6 : role === 'VP' ? 9 : 8,
        managerSince: monthsAfter(run.org.asOf, -36),
        isLead: true,
        tag: `external hire, month ${run.month}`,
      });
      run.setPerson(hire);
      const units = editUnits();
      const { vacantSince: _filled, ...filled } = units[vacant.id]!;
      units[vacant.id] = { ...filled, leadId: hire.id };
      placed.push(hire.id);
      placedAt.push(vacant.id);
      if (role !== 'EM') {
        run.momExternal++;
        run.momExternalTotal++;
      }
      run.hires++;
      run.log(
        'external-hire',
        `External hire: ${hire.name} joins as ${role} of ${vacant.name} after ${open} ${open === 1 ? 'month' : 'months'} open.`,
        [vacant.id],
        [hire.id],
        role,
      );
      markFilled(run, vacant.id, hire.name, 'external');
    }
  }
  for (let i = 0; i < placed.length; i++) run.place(placed[i]!, { unitId: placedAt[i]!, role: 'lead' });
}

function markFilled(run: Run, id: UnitId, by: string, how: 'internal' | 'external'): void {
  run.looksInside.delete(id);
  const i = run.openRecord.get(id);
  if (i === undefined) return;
  const record = run.records[i]!;
  if (record.filled === null) run.records[i] = { ...record, unit: run.unitName(id), filled: { by, how, month: run.month } };
}

/**
 * The 90-day plan: three months after a promotion it sometimes doesn't work out; the person returns amicably to
 * their old role (when it is still there to return to) and is not offered this role again for the cool-off.
 */
function revertFailedPromotions(run: Run): void {
  const rng = run.rng('revert');
  for (const p of run.promotions.filter((x) => run.month - x.month === 3)) {
    const fails = rng.next() < run.policy.promotionRevertChance;
    if (!fails) continue;
    const unit = run.org.units[p.unitId];
    if (!unit || unit.leadId !== p.personId || !p.from || !run.org.units[p.from.unitId]) continue;
    const back = run.org.units[p.from.unitId]!;
    if (p.from.role === 'lead' && back.leadId !== null) continue;
    if (back.id !== unit.id && getOwn(run.org.people, p.personId) && run.placesEachOnce()) {
      // `assignPerson` in place: they sit only in the unit they lead (the run places each person once), which
      // becomes vacant as of today, and join their old unit as before.
      const units = run.editUnits();
      units[unit.id] = { ...unit, leadId: null, vacantSince: run.org.asOf };
      if (p.from.role === 'lead') {
        const { vacantSince: _filled, ...rest } = back;
        units[back.id] = { ...rest, leadId: p.personId };
      } else units[back.id] = { ...back, memberIds: [...back.memberIds, p.personId] };
    } else {
      const moved = assignPerson(run.org, p.personId, { unitId: back.id, role: p.from.role });
      if (!moved.ok) continue;
      // Only leads and members changed (the same people, the same tree): the run's index follows the move.
      run.setUnits({ ...moved.value.units, [unit.id]: { ...moved.value.units[unit.id]!, vacantSince: run.org.asOf } });
    }
    run.place(p.personId, { unitId: back.id, role: p.from.role });
    run.coolOff.set(`${p.personId}:${unit.id}`, run.month + run.policy.revertCoolOffMonths);
    run.log(
      'promotion-reverted',
      `${run.personName(p.personId)}'s 90-day plan as lead of ${unit.name} didn't work out; they return amicably to ${back.name} and ${unit.name} is vacant again (not offered to them again for ${plural(run.policy.revertCoolOffMonths, 'month')}).`,
      [unit.id, back.id],
      [p.personId],
      p.role,
    );
    recordEmergent(run, unit.id, 'departure', p.role, childrenNames(run, unit.id));
  }
}

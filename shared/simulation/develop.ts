/** The month's end: people grow (DOMAIN.md "Development"). */
import { BOOLEAN_SIGNALS, type PersonId, type Signals } from '../model/types';
import { drawAttrition } from './departures';
import { leads } from './priors';
import type { Run } from './run';

/**
 * The month's end: people grow (DOMAIN.md "Development"), each from their own stream: every EM ships something
 * notable now and then; each unmet signal of an EM with a year or more as EM can become met; a senior IC starts
 * mentoring; ICs move up a level now and then.
 */
export function advance(run: Run): void {
  const p = run.policy;
  // Who leads: the run's placement when it places each person once, else every unit's lead.
  const placement = run.placesEachOnce() ? run.index().placement : null;
  const led = placement ? null : leads(run.org);
  const stamp = placement ? run.markLeads() : null;
  // Next month's attrition draws, made here in the same walk (see `drawAttrition`).
  const leaving: PersonId[] = [];
  for (const slot of run.slots()) {
    const person = slot.person;
    const rng = (slot.develop ??= run.developOf(person.id));
    let next = person;
    if (stamp !== null ? slot.lead === stamp : led ? led.has(person.id) : placement!.get(person.id)?.role === 'lead') {
      const s = person.signals;
      let patch: Record<string, number | boolean | null> | null = null;
      if (rng.chance(1 / p.monthsPerLaunch)) (patch ??= {}).launches = (s.launches ?? 0) + 1;
      const seasoned = person.managerSince !== undefined && run.isYearPast(person.managerSince);
      for (const key of BOOLEAN_SIGNALS) {
        if (key === 'mentorsOthers') continue;
        const draw = rng.next();
        if (seasoned && s[key] !== true && draw < 1 / p.monthsPerSignal) (patch ??= {})[key] = true;
      }
      if (patch) next = { ...person, signals: { ...s, ...patch } as Signals };
    } else {
      const mentor = rng.next();
      const up = rng.next();
      let signals = person.signals;
      let level = person.level;
      if (person.level >= p.seniorIcLevel && person.signals.mentorsOthers !== true && mentor < 1 / p.monthsToStartMentoring)
        signals = { ...signals, mentorsOthers: true };
      if (person.level < p.icLevelCap && up < 1 / p.monthsPerIcLevel) level = person.level + 1;
      if (signals !== person.signals || level !== person.level) next = { ...person, signals, level };
    }
    if (next !== person) run.setPerson(next);
    if (drawAttrition(run, slot, run.month + 1)) leaving.push(slot.person.id);
  }
  run.attritionDue = { month: run.month + 1, leaving };
}

/** DOMAIN.md "Unknown at the start" and "New hires": unknown signals, aspirations and dates drawn with the policy's priors. */
import { addMonths } from '../model/dates';
import { copyRecord } from '../model/records';
import { BOOLEAN_SIGNALS, type Aspiration, type IsoDate, type Org, type Person, type PersonId, type Policy, type Signals } from '../model/types';
import type { Rng } from './rng';
import type { Run } from './run';
import { tableValues } from '../model/lookup';

export const leads = (org: Org): Set<PersonId> => new Set(tableValues(org.units).flatMap((u) => (u.leadId ? [u.leadId] : [])));

/** Each unknown signal met with the policy's prior; launches known as 2 (a track record) or 0. */
export function drawSignals(rng: Rng, signals: Signals, prior: number): Signals {
  const out: Record<string, number | boolean | null> = { ...signals };
  if (signals.launches === null) out.launches = rng.chance(prior) ? 2 : 0;
  for (const key of BOOLEAN_SIGNALS) if (signals[key] === null) out[key] = rng.chance(prior);
  return out as unknown as Signals;
}

/** An unknown aspiration drawn with its prior: a manager wants a MoM role, an IC wants to manage. */
export function drawAspiration(rng: Rng, policy: Policy, isLead: boolean): Aspiration {
  return isLead ? (rng.chance(policy.priorWantsMom) ? 'mom' : 'manager') : rng.chance(policy.priorWantsManager) ? 'manager' : 'ic';
}

/**
 * DOMAIN.md "Unknown at the start": each unknown signal and aspiration is drawn once per run with the policy's
 * priors, from the person's own stream, so the same person draws the same whatever else the scenario holds.
 */
export function resolveUnknowns(run: Run, org: Org): Org {
  const led = leads(org);
  // Each person's stream `priors:<id>`, looked up by id without building its name.
  const priorsOf = run.streams.family('priors');
  let people: Record<PersonId, Person> | null = null;
  for (const person of tableValues(org.people)) {
    const unknownSignal = person.signals.launches === null || BOOLEAN_SIGNALS.some((k) => person.signals[k] === null);
    if (!unknownSignal && person.aspiration !== 'unknown' && !person.tenureUnknown) continue;
    const rng = priorsOf(person.id);
    people ??= copyRecord(org.people);
    const drawn: Person = {
      ...person,
      signals: drawSignals(rng, person.signals, run.policy.priorSignalMet),
      aspiration: person.aspiration === 'unknown' ? drawAspiration(rng, run.policy, led.has(person.id)) : person.aspiration,
    };
    people[person.id] = person.tenureUnknown ? drawDates(rng, drawn, led.has(person.id), org.asOf, run.policy) : drawn;
  }
  return people ? { ...org, people } : org;
}

/**
 * Dates nobody knows, drawn once per run like any unknown signal: the time-based signal (years as an EM for a
 * lead, a year in the company for an IC) is met with the policy's prior for unknown signals, and the time is
 * spread evenly on the side drawn (met: 0-4 years past the threshold; not met: up to it).
 */
function drawDates(rng: Rng, person: Person, isLead: boolean, asOf: IsoDate, policy: Policy): Person {
  const { tenureUnknown: _unknown, managerSince: _since, ...known } = person;
  if (isLead) {
    const threshold = Math.round(policy.readyNowYearsAsEm * 12);
    const months = rng.chance(policy.priorSignalMet) ? threshold + rng.int(0, 48) : rng.int(0, Math.max(0, threshold - 1));
    const managerSince = addMonths(asOf, -months);
    return { ...known, managerSince, hireDate: addMonths(managerSince, -rng.int(0, 48)) };
  }
  const months = rng.chance(policy.priorSignalMet) ? 12 + rng.int(0, 60) : rng.int(0, 11);
  return { ...known, hireDate: addMonths(asOf, -months) };
}

/**
 * DOMAIN.md "Time and randomness": two variants run with the same seed differ by their events, not by noise.
 * A variant that adds an event after month 12 must give exactly the same months 0-12 for every seed, and the
 * months after keep the attrition of everyone the event doesn't touch.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEvent } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { simulate } from './simulate';

const base: Scenario = { ...sampleScenario(), events: [{ kind: 'growth', id: 'g', fromMonth: 1, toMonth: 18, perMonth: 2, target: { kind: 'spread' } }] };
const person = Object.values(base.org.people).find((p) => p.name === 'Ana Ruiz')!.id;
const unit = Object.values(base.org.units).find((u) => u.name === 'Payments')!.id;

const later: [string, ScenarioEvent][] = [
  [
    'a funding round',
    {
      kind: 'funding',
      id: 'f',
      month: 13,
      amount: 10_000_000,
      engineeringShare: 0.5,
      costPerEngineer: 200_000,
      runwayMonths: 24,
      rampMonths: 3,
      hires: 30,
      target: { kind: 'spread' },
    },
  ],
  ['a departure', { kind: 'departure', id: 'd', month: 13, personId: person }],
  ['a downsizing', { kind: 'downsizing', id: 'x', month: 13, share: 0.2, rule: 'random', target: { kind: 'spread' } }],
  ['more growth into one team', { kind: 'growth', id: 'g2', fromMonth: 13, toMonth: 18, perMonth: 3, target: { kind: 'units', unitIds: [unit] } }],
];

describe('common random numbers', { timeout: 30_000 }, () => {
  it.each(later)('a variant with %s in month 13 has identical months 0-12 for seeds 1-8', (_name, event) => {
    let differs = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const a = simulate(base, { months: 18, seed });
      const b = simulate({ ...base, events: [...base.events, event] }, { months: 18, seed });
      if (!a.ok || !b.ok) throw new Error(JSON.stringify(a.ok ? (b.ok ? null : b.error) : a.error));
      expect(b.value.orgs.slice(0, 13)).toEqual(a.value.orgs.slice(0, 13));
      expect(b.value.metrics.slice(0, 13)).toEqual(a.value.metrics.slice(0, 13));
      expect(b.value.events.filter((e) => e.month <= 12)).toEqual(a.value.events.filter((e) => e.month <= 12));
      if (JSON.stringify(b.value.events.filter((e) => e.month > 12)) !== JSON.stringify(a.value.events.filter((e) => e.month > 12))) differs++;
    }
    // …and the event does make a difference afterwards (a departure can't when attrition took her first).
    expect(differs).toBeGreaterThanOrEqual(5);
  });

  it('a variant compared with itself is identical in every month', () => {
    const a = simulate(base, { months: 18, seed: 5 });
    const b = simulate(structuredClone(base), { months: 18, seed: 5 });
    if (!a.ok || !b.ok) throw new Error('expected ok');
    expect(b.value.metrics).toEqual(a.value.metrics);
    expect(b.value.events).toEqual(a.value.events);
  });
});

describe('common random numbers after the event', { timeout: 30_000 }, () => {
  it('a departure in month 13 leaves the attrition of everyone who was there in month 12 as it was', () => {
    let compared = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const a = simulate(base, { months: 18, seed });
      const b = simulate({ ...base, events: [...base.events, { kind: 'departure', id: 'd', month: 13, personId: person }] }, { months: 18, seed });
      if (!a.ok || !b.ok) throw new Error('expected ok');
      const there = new Set(Object.keys(a.value.orgs[12]!.people).filter((id) => id !== person));
      const attrition = (events: typeof a.value.events) =>
        events.filter((e) => e.kind === 'attrition' && e.month > 12 && there.has(e.personIds[0]!)).map((e) => `${e.month}:${e.personIds[0]}`);
      expect(attrition(b.value.events)).toEqual(attrition(a.value.events));
      compared += attrition(a.value.events).length;
    }
    expect(compared).toBeGreaterThan(5);
  });
});

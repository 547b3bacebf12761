import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, EMPTY_VIEW, type ScenarioEvent } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { hireName, nameKey } from './names';
import { createStreams } from './rng';
import { simulate } from './simulate';

const namesOf = (people: Record<string, { name: string }>) => Object.values(people).map((p) => nameKey(p.name));

describe('hireName', () => {
  it('never gives a name already taken, and adds what it gives to the taken set', () => {
    const taken = new Set<string>();
    const rng = createStreams(7).of('names');
    // More hires than first × last name combinations (1,080): past them, names get a number.
    const names = Array.from({ length: 1500 }, () => hireName(rng, taken));
    expect(new Set(names.map(nameKey)).size).toBe(1500);
    expect(taken.size).toBe(1500);
    expect(names.filter((n) => / \d+$/.test(n))).toHaveLength(1500 - 1080);
  });

  it('draws the same numbers with or without a clash, so a clash shifts nothing else in a seeded run', () => {
    const a = createStreams(3).of('x');
    const b = createStreams(3).of('x');
    const first = hireName(a);
    expect(hireName(b, new Set([nameKey(first)]))).not.toBe(first);
    expect(a.next()).toBe(b.next());
  });
});

describe('simulated hires', () => {
  // A big funding round into the 65-person sample: hundreds of generated names, where clashes used to happen.
  const funding: ScenarioEvent = {
    kind: 'funding',
    id: 'f',
    month: 1,
    amount: 0,
    engineeringShare: 0.5,
    costPerEngineer: 1,
    runwayMonths: 12,
    rampMonths: 6,
    hires: 400,
    target: { kind: 'spread' },
  };
  const scenario = { ...sampleScenario(), policy: DEFAULT_POLICY, events: [funding], simulation: { months: 12, seed: 11 }, view: EMPTY_VIEW };

  it('are unique within the org in every month, and the same for the same seed', () => {
    const first = simulate(scenario);
    const again = simulate(scenario);
    if (!first.ok || !again.ok) throw new Error('the scenario should simulate');
    for (const org of first.value.orgs) {
      const names = namesOf(org.people);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(Object.keys(first.value.orgs[12]!.people).length).toBeGreaterThan(400);
    expect(namesOf(again.value.orgs[12]!.people)).toEqual(namesOf(first.value.orgs[12]!.people));
  });
});

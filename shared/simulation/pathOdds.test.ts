import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, EMPTY_VIEW, personId, type Org, type Person, type Scenario } from '../model/types';
import { testPerson, tinyOrg } from '../testing/testOrg';
import { pathOdds, pathRun, summarizePath } from './pathOdds';

const scenarioOf = (org: Org, months = 24): Scenario => ({
  name: 't',
  org,
  policy: DEFAULT_POLICY,
  events: [],
  simulation: { months, seed: 1 },
  view: EMPTY_VIEW,
});

/** An EM of three years who wants a MoM role and meets every growth signal: ready now. */
const star = (id: string): Person =>
  testPerson(id, {
    title: 'Engineering Manager',
    level: 7,
    hireDate: '2018-01-01',
    managerSince: '2022-01-01',
    aspiration: 'mom',
    signals: {
      launches: 3,
      strongReferences: true,
      influence: true,
      coachesOutsideTeam: true,
      momNetwork: true,
      operatingAtNextLevel: true,
      mentorsOthers: true,
    },
  });

function withPeople(org: Org, ...people: Person[]): Org {
  return { ...org, people: { ...org.people, ...Object.fromEntries(people.map((p) => [p.id, p])) } };
}

describe('pathOdds', () => {
  it('is 0 where no MoM role can open: a VP (who never leaves) over two small teams, no growth', () => {
    const org = withPeople(
      tinyOrg([
        ['u1', null, 'vp', []],
        ['u2', 'u1', 'star', ['a1', 'a2', 'a3', 'a4', 'a5']],
        ['u3', 'u1', 'em', ['b1', 'b2', 'b3', 'b4', 'b5']],
      ]),
      star('star'),
    );
    const odds = pathOdds(scenarioOf(org), personId('star'), { runs: 30 });
    if (!odds.ok) throw new Error('expected ok');
    expect(odds.value.firstInLineMom).toEqual({ within12: 0, within24: 0, byEnd: 0, medianMonth: null });
    expect(odds.value.promotedMom.byEnd).toBe(0);
  });

  it('is near 1 in month 1 when the top team must split and its lead is the one ready EM', () => {
    // Twelve ICs in the only team: it splits in month 1 and, being the top, gets a Director above it.
    const org = withPeople(tinyOrg([['u1', null, 'star', Array.from({ length: 12 }, (_, i) => `ic${i}`)]]), star('star'));
    const odds = pathOdds(scenarioOf(org), personId('star'), { runs: 40 });
    if (!odds.ok) throw new Error('expected ok');
    expect(odds.value.firstInLineMom.within12).toBeGreaterThanOrEqual(0.95);
    expect(odds.value.firstInLineMom.medianMonth).toBe(1);
    // Promoted inside when the org looks inside first (the internal preference, 0.6), else an external hire.
    expect(odds.value.promotedMom.byEnd).toBeGreaterThan(0.3);
    expect(odds.value.promotedMom.byEnd).toBeLessThan(0.95);
    expect(Object.keys(odds.value.momRoles)).toEqual(['Director']);
  });

  it('does not depend on the order the runs come back in', () => {
    const org = withPeople(tinyOrg([['u1', null, 'star', Array.from({ length: 12 }, (_, i) => `ic${i}`)]]), star('star'));
    const digests = [0, 1, 2, 3, 4, 5].map((r) => {
      const d = pathRun(scenarioOf(org, 6), personId('star'), r, 6);
      if (!d.ok) throw new Error('expected ok');
      return d.value;
    });
    expect(summarizePath(personId('star'), 6, [...digests].reverse())).toEqual(summarizePath(personId('star'), 6, digests));
  });

  it('refuses a person who is not in the org, by name', () => {
    const odds = pathOdds(scenarioOf(tinyOrg([['u1', null, 'a', []]])), personId('toString'), { runs: 2 });
    expect(odds.ok ? null : odds.error[0]!.message).toBe('There is no person toString in the org.');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, personId, type Org, type PersonId } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { generateOrg } from '../sample/generateOrg';
import { removePeople } from '../model/edits';
import { testPerson, tinyOrg } from '../testing/testOrg';
import { forecastEmergence } from './forecast';
import { personPath, withSignalMet } from './path';

const policy = DEFAULT_POLICY;

/** Every forecast role's listed candidates agree with each person's path, both ways. */
function agreesWithForecast(org: Org) {
  const forecast = forecastEmergence(org, policy);
  const paths = new Map(Object.keys(org.people).map((id) => [id, personPath(org, policy, id as PersonId, forecast)!]));
  let checked = 0;
  for (const path of paths.values())
    for (const role of path.roles) {
      const listed = [...forecast.emergent, ...forecast.vacancies].find((r) => r.id === role.id)!;
      expect(listed.candidateTotal).toBe(role.of);
      if (role.rank <= listed.candidates.length) expect(listed.candidates[role.rank - 1]!.personId).toBe(path.personId);
      checked++;
    }
  for (const r of [...forecast.emergent, ...forecast.vacancies])
    r.candidates.forEach((c, i) => {
      const role = paths.get(c.personId)!.roles.find((x) => x.id === r.id);
      // A candidate's path lists the role when it is their next step (an IC's EM role, a lead's role one layer up).
      if (role) expect(role.rank).toBe(i + 1);
    });
  return checked;
}

describe('personPath', () => {
  it('places each person where the forecast ranks them, for the sample and a generated org', () => {
    expect(agreesWithForecast(sampleScenario().org)).toBeGreaterThan(10);
    // A generated org is in balance; take the leads of every fourth unit away to open roles at every height.
    const org = generateOrg({ size: 400, seed: 3, asOf: '2026-11-01' });
    const leads = Object.values(org.units).flatMap((u, i) => (i % 4 === 1 && u.leadId ? [u.leadId] : []));
    expect(agreesWithForecast(removePeople(org, new Set(leads)))).toBeGreaterThan(10);
  });

  it('is null for someone who is not in the org', () => {
    expect(personPath(sampleScenario().org, policy, personId('nobody'))).toBeNull();
    expect(personPath(sampleScenario().org, policy, personId('constructor'))).toBeNull();
  });

  it('puts an IC on the EM step and a lead on the MoM step', () => {
    const org = tinyOrg([
      ['u1', null, 'vp', []],
      ['u2', 'u1', 'em', ['ic']],
    ]);
    expect(personPath(org, policy, personId('ic'))!.step).toBe('em');
    expect(personPath(org, policy, personId('em'))!.step).toBe('mom');
    expect(personPath(org, policy, personId('em'))!.placement).toEqual({ unitId: 'u2', unit: 'U2', role: 'lead' });
  });

  it('says what each missing signal would change, and when time meets the ones only time meets', () => {
    const base = tinyOrg([
      ['u1', null, 'vp', []],
      ['u2', 'u1', 'em', ['ic']],
    ]);
    // An EM of one year who wants the role and meets four growth signals: only the years as EM are missing.
    const em = testPerson('em', {
      managerSince: '2025-01-01',
      aspiration: 'mom',
      signals: {
        launches: 3,
        strongReferences: true,
        influence: true,
        coachesOutsideTeam: true,
        momNetwork: false,
        operatingAtNextLevel: null,
        mentorsOthers: true,
      },
    });
    const org: Org = { ...base, people: { ...base.people, [em.id]: em } };
    const path = personPath(org, policy, em.id)!;
    expect(path.readiness.band).toBe('ready-6-12');
    const years = path.gaps.find((g) => g.key === 'yearsAsEm')!;
    expect(years).toMatchObject({ state: 'not-met', metInMonths: 12, bandIfMet: 'ready-now' });
    expect(path.gaps.find((g) => g.key === 'momNetwork')).toMatchObject({ state: 'not-met', metInMonths: null, bandIfMet: 'ready-6-12' });
    expect(path.gaps.find((g) => g.key === 'operatingAtNextLevel')).toMatchObject({ state: 'unknown' });
    expect(path.gaps.some((g) => g.key === 'launches')).toBe(false);
  });

  it('lists the EM role of a team that splits for its senior IC, first in line', () => {
    const members = Array.from({ length: 9 }, (_, i) => `ic${i}`);
    const base = tinyOrg([
      ['u1', null, 'vp', []],
      ['u2', 'u1', 'em', members],
    ]);
    const ready = testPerson('ic0', {
      level: 6,
      hireDate: '2020-01-01',
      aspiration: 'manager',
      signals: { ...base.people[personId('ic0')]!.signals, mentorsOthers: true },
    });
    const org: Org = { ...base, people: { ...base.people, [ready.id]: ready } };
    const path = personPath(org, policy, ready.id)!;
    expect(path.readiness.band).toBe('ready-now');
    expect(path.roles).toEqual([expect.objectContaining({ role: 'EM', source: 'emergent', rank: 1, of: 9, band: 'ready-now', near: true })]);
  });
});

describe('withSignalMet', () => {
  const p = testPerson('x');
  it.each([
    ['launches', (q: ReturnType<typeof testPerson>) => q.signals.launches === 2],
    ['momNetwork', (q: ReturnType<typeof testPerson>) => q.signals.momNetwork === true],
    ['mentors', (q: ReturnType<typeof testPerson>) => q.signals.mentorsOthers === true],
    ['wantsRole', (q: ReturnType<typeof testPerson>) => q.aspiration === 'mom'],
    ['senior', (q: ReturnType<typeof testPerson>) => q.level === policy.seniorIcLevel],
  ])('meets %s', (key, holds) => expect(holds(withSignalMet(p, key, 'mom', policy)!)).toBe(true));
  it('leaves the signals only time meets', () => {
    expect(withSignalMet(p, 'yearsAsEm', 'mom', policy)).toBeNull();
    expect(withSignalMet(p, 'tenure', 'em', policy)).toBeNull();
  });
});

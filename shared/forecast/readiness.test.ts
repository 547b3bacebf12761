import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, NO_SIGNALS, UNKNOWN_SIGNALS, type Aspiration, type Person, type Signals } from '../model/types';
import { arbitraryIsoDate, arbitraryOrg, arbitraryPolicy } from '../testing/arbitraries';
import { testPerson } from '../testing/testOrg';
import { assessEmReadiness, assessMomReadiness, atLeastYears, readyNowScore, type Band, type Readiness } from './readiness';

const policy = DEFAULT_POLICY;
const org = { asOf: '2026-01-01' };
const ALL: Partial<Signals> = { launches: 3, strongReferences: true, influence: true, coachesOutsideTeam: true, momNetwork: true, operatingAtNextLevel: true };
const FOUR: Partial<Signals> = { launches: 2, strongReferences: true, influence: true, coachesOutsideTeam: true };
const manager = (managerSince: string | undefined, aspiration: Aspiration, signals: Partial<Signals>): Person =>
  testPerson('m', { ...(managerSince ? { managerSince } : {}), aspiration, signals: { ...NO_SIGNALS, ...signals } });

describe('assessMomReadiness: bands', () => {
  // Years as EM to 2026-01-01: 2024-01-01 is 2 years to the day; 2024-02-15 about 1.9; 2025-02-01 about 0.9.
  it.each<[string, string | undefined, Aspiration, Partial<Signals>, Band]>([
    ['2 years, wants it, 4 of signals 2-7', '2024-01-01', 'mom', FOUR, 'ready-now'],
    ['2 years, wants it, 1 launch is no track record (3 of 6)', '2024-01-01', 'mom', { ...FOUR, launches: 1 }, 'ready-6-12'],
    ['1.9 years, wants it, all six', '2024-02-15', 'mom', ALL, 'ready-6-12'],
    ['0.9 years, wants it, all six', '2025-02-01', 'mom', ALL, 'not-yet'],
    ['11 years and all six, but aspiration ic: declines, not yet', '2015-01-01', 'ic', ALL, 'not-yet'],
    ['11 years and all six, aspiration manager: declines, not yet', '2015-01-01', 'manager', ALL, 'not-yet'],
    ['6 years, wants it, one signal', '2020-01-01', 'mom', { strongReferences: true }, 'not-yet'],
    ['6 years, two signals', '2020-01-01', 'unknown', { influence: true, momNetwork: true }, 'ready-6-12'],
    ['never managed', undefined, 'mom', ALL, 'not-yet'],
  ])('%s → %s', (_, since, aspiration, signals, band) => {
    expect(assessMomReadiness(manager(since, aspiration, signals), org, policy).band).toBe(band);
  });

  it('follows the policy thresholds', () => {
    const twoYears = manager('2024-01-01', 'mom', FOUR);
    expect(assessMomReadiness(twoYears, org, { ...policy, readyNowYearsAsEm: 3 }).band).toBe('ready-6-12');
    expect(assessMomReadiness(twoYears, org, { ...policy, readyNowYearsAsEm: 3, readySoonYearsAsEm: 2.5 }).band).toBe('not-yet');
  });

  it('accepts an org or a date', () => {
    const p = manager('2024-01-01', 'mom', FOUR);
    expect(assessMomReadiness(p, '2026-01-01', policy)).toEqual(assessMomReadiness(p, org, policy));
  });

  it('scores signals met, the wish and years as EM (capped at 5)', () => {
    // 4 signals + wants it + 731 / 365.25 / 5 years.
    expect(assessMomReadiness(manager('2024-01-01', 'mom', FOUR), org, policy).score).toBeCloseTo(4 + 1 + 731 / 365.25 / 5, 6);
    expect(assessMomReadiness(manager('2000-01-01', 'ic', ALL), org, policy).score).toBeCloseTo(6 + 0 + 1, 6);
  });

  it('says what each signal found, in DOMAIN.md order', () => {
    const r = assessMomReadiness(manager('2022-10-01', 'mom', { launches: 2, coachesOutsideTeam: true }), org, policy);
    expect(r.signals.map((s) => [s.key, s.met, s.detail])).toEqual([
      ['yearsAsEm', true, '3.3 years as EM'],
      ['launches', true, '2 notable launches'],
      ['strongReferences', false, 'no strong references or rating yet'],
      ['influence', false, 'not yet sought out beyond the team'],
      ['coachesOutsideTeam', true, 'coaches people outside the team'],
      ['momNetwork', false, 'no mentor or peers at MoM level'],
      ['operatingAtNextLevel', false, 'not yet operating at the next level'],
      ['wantsRole', true, 'wants the role (aspiration: mom)'],
    ]);
    expect(assessMomReadiness(manager(undefined, 'ic', {}), org, policy).signals[0]).toMatchObject({ met: false, detail: 'has not managed yet' });
  });
});

describe('assessEmReadiness', () => {
  const ic = (level: number, hireDate: string, mentorsOthers: boolean | null, aspiration: Aspiration): Person =>
    testPerson('i', { level, hireDate, aspiration, signals: { ...NO_SIGNALS, mentorsOthers } });

  it.each<[string, Person, Band]>([
    ['senior, a year to the day, mentors, wants to manage', ic(5, '2025-01-01', true, 'manager'), 'ready-now'],
    ['all four with aspiration mom', ic(7, '2019-01-01', true, 'mom'), 'ready-now'],
    ['three of four but refuses (aspiration ic): never 6-12', ic(6, '2020-01-01', true, 'ic'), 'not-yet'],
    ['wants it and two of three (not senior)', ic(4, '2020-01-01', true, 'mom'), 'ready-6-12'],
    ['wants it, senior, but 7 months in and not mentoring', ic(5, '2025-06-01', false, 'manager'), 'not-yet'],
    ['junior, new, not mentoring, ic', ic(3, '2025-06-01', false, 'ic'), 'not-yet'],
  ])('%s → %s', (_, person, band) => expect(assessEmReadiness(person, org, policy).band).toBe(band));

  it('says what each signal found', () => {
    expect(assessEmReadiness(ic(5, '2024-07-01', true, 'manager'), org, policy).signals.map((s) => [s.key, s.met, s.detail])).toEqual([
      ['senior', true, 'level L5'],
      ['tenure', true, '1.5 years in the company'],
      ['mentors', true, 'mentors others'],
      ['wantsRole', true, 'wants to manage (aspiration: manager)'],
    ]);
    expect(assessEmReadiness(ic(2, '2025-09-01', false, 'ic'), org, policy).signals.map((s) => s.detail)).toEqual([
      'level L2',
      '0.3 years in the company',
      'not mentoring others yet',
      "aspiration is ic: doesn't want to manage",
    ]);
  });
});

describe('met, not met, unknown', () => {
  // Signals 2-7 known as in `known`, the rest unknown; years as EM to 2026-01-01.
  const partly = (managerSince: string | undefined, aspiration: Aspiration, known: Partial<Signals>): Person =>
    testPerson('m', { ...(managerSince ? { managerSince } : {}), aspiration, signals: { ...UNKNOWN_SIGNALS, ...known } });
  const pick = (r: Readiness) => ({ band: r.band, ifMet: r.ifMet, floor: r.floor, declines: r.declines });

  // Hand-worked: met = known signals 2-7 met; open = unknown ones. Floor reads open as not met, ceiling as met.
  it.each<[string, Person, Band, Band | undefined, Band | undefined, boolean]>([
    // 2020-03-01 to 2026-01-01 is 5.8 years. Floor: 0 signals, no wish → not yet; ceiling: 6 + wish → ready now.
    ['all unknown, 5.8 years as EM', partly('2020-03-01', 'unknown', {}), 'to-assess', 'ready-now', 'not-yet', false],
    // v1 files said false for "not known": read as known, not met → not yet, no to-assess.
    ['v1-style all known false, 5.8 years, aspiration unknown', partly('2020-03-01', 'unknown', NO_SIGNALS), 'not-yet', undefined, undefined, false],
    // Floor 2 met → 6-12; ceiling wants it and 2 + 4 → ready now.
    [
      '2 met, 4 unknown, aspiration unknown, 3 years',
      partly('2023-01-01', 'unknown', { launches: 2, influence: true }),
      'to-assess',
      'ready-now',
      'ready-6-12',
      false,
    ],
    // Wants it, 4 met known: unknowns can't lower it below 4.
    [
      'wants it, 4 known met, 2 unknown',
      partly('2023-01-01', 'mom', { launches: 3, strongReferences: true, influence: true, momNetwork: true }),
      'ready-now',
      undefined,
      undefined,
      false,
    ],
    // 1.5 years: ready now is out of reach whatever is met; floor 1 met → not yet, ceiling 1 + 5 → 6-12.
    ['1.5 years, 1 met, rest unknown', partly('2024-07-01', 'mom', { influence: true }), 'to-assess', 'ready-6-12', 'not-yet', false],
    // Launches null is unknown; launches 1 is known, not met.
    ['launches 1 and 5 others unknown, wants it, 3 years', partly('2023-01-01', 'mom', { launches: 1 }), 'to-assess', 'ready-now', 'not-yet', false],
    // Aspiration manager refuses: whatever is unknown, not yet and declines.
    ['refuses (manager), all unknown, 6 years', partly('2020-01-01', 'manager', {}), 'not-yet', undefined, undefined, true],
    // Everything known and met except the wish: the wish alone decides ready now vs 6-12.
    [
      'all six met, aspiration unknown, 3 years',
      partly('2023-01-01', 'unknown', {
        launches: 2,
        strongReferences: true,
        influence: true,
        coachesOutsideTeam: true,
        momNetwork: true,
        operatingAtNextLevel: true,
      }),
      'to-assess',
      'ready-now',
      'ready-6-12',
      false,
    ],
    // Never managed: no unknown can make up for it.
    ['never managed, all unknown', partly(undefined, 'unknown', {}), 'not-yet', undefined, undefined, false],
  ])('MoM: %s', (_, person, band, ifMet, floor, declines) => {
    expect(pick(assessMomReadiness(person, org, policy))).toEqual({ band, ifMet, floor, declines: declines ? true : undefined });
  });

  it('names the unknown signals and says "unknown" plainly, never "doesn\'t want the role" for an unknown aspiration', () => {
    const r = assessMomReadiness(partly('2020-03-01', 'unknown', { strongReferences: true, influence: false }), org, policy);
    expect(r.unknown).toEqual(['launches', 'coachesOutsideTeam', 'momNetwork', 'operatingAtNextLevel', 'wantsRole']);
    expect(r.signals.map((s) => [s.key, s.state, s.met, s.detail])).toEqual([
      ['yearsAsEm', 'met', true, '5.8 years as EM'],
      ['launches', 'unknown', false, 'unknown'],
      ['strongReferences', 'met', true, 'strong references or rating'],
      ['influence', 'not-met', false, 'not yet sought out beyond the team'],
      ['coachesOutsideTeam', 'unknown', false, 'unknown'],
      ['momNetwork', 'unknown', false, 'unknown'],
      ['operatingAtNextLevel', 'unknown', false, 'unknown'],
      ['wantsRole', 'unknown', false, 'aspiration unknown'],
    ]);
    expect(r.signals.map((s) => s.detail).join(' ')).not.toMatch(/doesn't want/);
    expect(assessMomReadiness(partly('2020-03-01', 'ic', {}), org, policy).signals.at(-1)?.detail).toBe("aspiration is ic: doesn't want the role");
  });

  it('scores an unknown as half a signal', () => {
    // 1 met + 5 unknown / 2 + ½ for the unknown wish + 5.8 years / 5 capped at 1.
    expect(assessMomReadiness(partly('2020-01-01', 'unknown', { influence: true }), org, policy).score).toBeCloseTo(1 + 2.5 + 0.5 + 1, 6);
    expect(
      assessEmReadiness(testPerson('i', { level: 5, hireDate: '2021-01-01', aspiration: 'unknown', signals: UNKNOWN_SIGNALS }), org, policy).score,
    ).toBeCloseTo(2 + 1 + 1 + 0.5, 3);
  });

  const ic = (level: number, hireDate: string, mentorsOthers: boolean | null, aspiration: Aspiration): Person =>
    testPerson('i', { level, hireDate, aspiration, signals: { ...UNKNOWN_SIGNALS, mentorsOthers } });
  it.each<[string, Person, Band, Band | undefined, Band | undefined, boolean]>([
    // Senior and a year in are known from the HR export; mentoring and the wish unknown: 2 → not yet, 4 → ready now.
    ['senior, 5 years in, mentoring and wish unknown', ic(6, '2021-01-01', null, 'unknown'), 'to-assess', 'ready-now', 'not-yet', false],
    // 3 known + unknown wish: floor 3 → 6-12, ceiling 4 → ready now.
    ['senior, tenured, mentors, wish unknown', ic(5, '2021-01-01', true, 'unknown'), 'to-assess', 'ready-now', 'ready-6-12', false],
    // Junior and new: 0 known + 2 unknown can reach 2 at most → not yet either way.
    ['junior, new, mentoring and wish unknown', ic(3, '2025-09-01', null, 'unknown'), 'not-yet', undefined, undefined, false],
    // Refuses: never 6-12 even if mentoring turns out met.
    ['senior, tenured, refuses, mentoring unknown', ic(6, '2021-01-01', null, 'ic'), 'not-yet', undefined, undefined, true],
    // Junior but everything else possible: floor 1 (tenure) + 0 → not yet; ceiling 3 → 6-12.
    ['junior, tenured, mentoring and wish unknown', ic(3, '2021-01-01', null, 'unknown'), 'to-assess', 'ready-6-12', 'not-yet', false],
  ])('EM: %s', (_, person, band, ifMet, floor, declines) => {
    expect(pick(assessEmReadiness(person, org, policy))).toEqual({ band, ifMet, floor, declines: declines ? true : undefined });
  });
});

describe('atLeastYears', () => {
  it.each<[string | undefined, string, number, boolean]>([
    ['2025-01-01', '2026-01-01', 1, true],
    ['2025-01-02', '2026-01-01', 1, false],
    ['2024-07-01', '2026-01-01', 1.5, true],
    ['2024-07-02', '2026-01-01', 1.5, false],
    [undefined, '2026-01-01', 1, false],
    [undefined, '2026-01-01', 0, true],
  ])('from %s to %s, %d years → %s', (from, to, years, expected) => expect(atLeastYears(from, to, years)).toBe(expected));
});

describe('dates nobody knows (tenureUnknown)', () => {
  const allMet: Signals = {
    launches: 3,
    strongReferences: true,
    influence: true,
    coachesOutsideTeam: true,
    momNetwork: true,
    operatingAtNextLevel: true,
    mentorsOthers: true,
  };
  it('leaves years as an EM unknown for a lead: to assess, ready now if met, not yet if not', () => {
    const lead = testPerson('x', { hireDate: '2026-01-01', aspiration: 'mom', signals: allMet, tenureUnknown: true });
    const r = assessMomReadiness(lead, '2026-01-01', DEFAULT_POLICY);
    expect(r.signals.find((s) => s.key === 'yearsAsEm')).toMatchObject({ state: 'unknown', detail: 'unknown (no dates known)' });
    expect([r.band, r.ifMet, r.floor]).toEqual(['to-assess', 'ready-now', 'not-yet']);
    // The same person with known dates of today: not yet, never to assess.
    expect(assessMomReadiness({ ...lead, tenureUnknown: undefined } as Person, '2026-01-01', DEFAULT_POLICY).band).toBe('not-yet');
  });
  it('leaves a year in the company unknown for an IC', () => {
    const ic = testPerson('y', { level: 6, hireDate: '2026-01-01', aspiration: 'manager', signals: allMet, tenureUnknown: true });
    const r = assessEmReadiness(ic, '2026-01-01', DEFAULT_POLICY);
    expect(r.signals.find((s) => s.key === 'tenure')!.state).toBe('unknown');
    expect([r.band, r.ifMet]).toEqual(['to-assess', 'ready-now']);
  });
});

describe('readyNowScore (the simulation’s pools) agrees with the full assessment', () => {
  it('is the score exactly when the band is ready-now, null otherwise, for random people, dates and policies', () => {
    let ready = 0;
    fc.assert(
      fc.property(arbitraryOrg(4, 40), arbitraryPolicy(), arbitraryIsoDate('2026-01-01', '2032-12-31'), (org, policy, asOf) => {
        for (const person of Object.values(org.people)) {
          for (const kind of ['mom', 'em'] as const) {
            const full = kind === 'mom' ? assessMomReadiness(person, asOf, policy) : assessEmReadiness(person, asOf, policy);
            const fast = readyNowScore(person, kind, asOf, policy);
            expect(fast).toBe(full.band === 'ready-now' ? full.score : null);
            if (fast !== null) ready++;
          }
        }
      }),
      { numRuns: 400 },
    );
    // The property saw ready people, not only refusals.
    expect(ready).toBeGreaterThan(50);
  });
});

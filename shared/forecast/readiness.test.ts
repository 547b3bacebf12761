import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, NO_SIGNALS, type Aspiration, type Person, type Signals } from '../model/types';
import { testPerson } from '../testing/testOrg';
import { assessEmReadiness, assessMomReadiness, atLeastYears, type Band } from './readiness';

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
    ['11 years and all six, but aspiration ic: capped at 6-12', '2015-01-01', 'ic', ALL, 'ready-6-12'],
    ['11 years and all six, aspiration manager: capped at 6-12', '2015-01-01', 'manager', ALL, 'ready-6-12'],
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
  const ic = (level: number, hireDate: string, mentorsOthers: boolean, aspiration: Aspiration): Person =>
    testPerson('i', { level, hireDate, aspiration, signals: { ...NO_SIGNALS, mentorsOthers } });

  it.each<[string, Person, Band]>([
    ['senior, a year to the day, mentors, wants to manage', ic(5, '2025-01-01', true, 'manager'), 'ready-now'],
    ['all four with aspiration mom', ic(7, '2019-01-01', true, 'mom'), 'ready-now'],
    ['three of four without the wish', ic(6, '2020-01-01', true, 'ic'), 'ready-6-12'],
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

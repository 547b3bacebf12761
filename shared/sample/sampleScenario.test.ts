import { describe, expect, it } from 'vitest';
import { yearsBetween } from '../model/dates';
import { checkOrg } from '../model/invariants';
import { buildTreeIndex, childrenOf, isTeam } from '../model/tree';
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW, personId as p, unitId as u } from '../model/types';
import { sampleScenario } from './sampleScenario';

const scenario = sampleScenario();
const { org, policy } = scenario;
const index = buildTreeIndex(org);
const person = (id: string) => org.people[p(id)]!;
const unit = (id: string) => org.units[u(id)]!;
/** How many of readiness signals 2-7 (DOMAIN.md) a person meets. */
const signalsMet = (id: string) => {
  const s = person(id).signals;
  return [(s.launches ?? 0) >= 2, s.strongReferences, s.influence, s.coachesOutsideTeam, s.momNetwork, s.operatingAtNextLevel].filter((met) => met === true)
    .length;
};
const yearsAsEm = (id: string) => yearsBetween(person(id).managerSince!, org.asOf);
const teams = Object.values(org.units).filter((t) => isTeam(index, t.id));

describe('the sample scenario', () => {
  it('is the default document: named, dated, default policy and settings, no events', () => {
    expect(scenario).toMatchObject({
      name: 'Sample: Northwind Engineering',
      policy: DEFAULT_POLICY,
      events: [],
      simulation: DEFAULT_SIMULATION,
      view: EMPTY_VIEW,
    });
    expect(org.asOf).toBe('2026-11-01');
  });

  it('is sound', () => expect(checkOrg(org)).toEqual([]));

  it('is a fresh copy each time, so editing one can’t change the next', () => {
    expect(sampleScenario().org).not.toBe(org);
    expect(sampleScenario().org).toEqual(org);
  });

  it('is about 60 people in about 10 teams, everyone placed, with stable hand-written ids and distinct names', () => {
    expect(Object.keys(org.people)).toHaveLength(65);
    expect(teams).toHaveLength(10);
    expect(index.placement.size).toBe(65);
    expect(Object.keys(org.people).every((id) => /^p\d\d$/.test(id))).toBe(true);
    expect(Object.keys(org.units).every((id) => /^u\d\d$/.test(id))).toBe(true);
    expect(new Set(Object.values(org.people).map((x) => x.name)).size).toBe(65);
  });

  it('is a VP over two directors over teams', () => {
    expect(index.roots).toEqual(['u01']);
    expect(person(unit('u01').leadId!).title).toBe('VP Engineering');
    expect(childrenOf(index, u('u01')).map((id) => [unit(id).name, person(unit(id).leadId!).title])).toEqual([
      ['Product Engineering', 'Director of Engineering'],
      ['Platform', 'Director of Engineering'],
    ]);
    for (const t of teams) expect(['u02', 'u03']).toContain(t.parentId);
  });

  it('has a team at the split size (one more hire splits it) and one over it (splits now)', () => {
    expect(unit('u05')).toMatchObject({ name: 'Checkout' });
    expect(unit('u05').memberIds).toHaveLength(policy.splitAbove);
    expect(unit('u04')).toMatchObject({ name: 'Payments' });
    expect(unit('u04').memberIds).toHaveLength(policy.splitAbove + 1);
    expect(teams.filter((t) => t.memberIds.length > policy.splitAbove).map((t) => t.id)).toEqual(['u04']);
  });

  it('has a director at the MoM span limit (one more team makes a MoM node emerge) and one under it', () => {
    expect(childrenOf(index, u('u02'))).toHaveLength(policy.momSpanMax);
    expect(childrenOf(index, u('u03')).length).toBeLessThan(policy.momSpanMax);
  });

  it('has an EM ready now for a MoM role, one ready in 6-12 months, and a strong one who wants to stay an IC', () => {
    // Ana Ruiz: 3+ years as EM, wants it, 2+ launches and 4+ of signals 2-7.
    expect(yearsAsEm('p10')).toBeGreaterThanOrEqual(3);
    expect(person('p10').aspiration).toBe('mom');
    expect(person('p10').signals.launches).toBeGreaterThanOrEqual(2);
    expect(signalsMet('p10')).toBeGreaterThanOrEqual(4);
    // Tomás Novak: about 1.5 years as EM, 2 signals.
    expect(yearsAsEm('p11')).toBeCloseTo(1.5, 1);
    expect(signalsMet('p11')).toBe(2);
    // Priya Raman: every signal, but wants to stay an IC.
    expect(person('p12').aspiration).toBe('ic');
    expect(signalsMet('p12')).toBe(6);
    expect(yearsAsEm('p12')).toBeGreaterThanOrEqual(3);
  });

  it('has exactly one team EM ready now for a MoM role by DOMAIN.md’s rule (2+ years, wants it, 4+ of signals 2-7): Ana', () => {
    // The readiness module owns the bands; this checks the sample's data against the rule as DOMAIN.md states it.
    const readyNow = (id: string) => yearsAsEm(id) >= policy.readyNowYearsAsEm && person(id).aspiration === 'mom' && signalsMet(id) >= 4;
    const teamLeads = teams.flatMap((t) => (t.leadId ? [t.leadId] : []));
    expect(teamLeads.filter(readyNow)).toEqual(['p10']);
  });

  it('has one EM, Jonas Weber, partly unassessed (to assess), and everyone else fully known', () => {
    const unknownOf = (id: string) =>
      Object.entries(person(id).signals)
        .filter(([, v]) => v === null)
        .map(([k]) => k);
    expect(unknownOf('p17')).toEqual(['influence', 'coachesOutsideTeam', 'momNetwork', 'operatingAtNextLevel']);
    expect(person('p17')).toMatchObject({ aspiration: 'unknown', signals: { launches: 1, strongReferences: false, mentorsOthers: false } });
    // 2.75 years as EM: 0 of signals 2-7 known met, 4 unknown; with them and the wish, ready now.
    expect(yearsAsEm('p17')).toBeGreaterThanOrEqual(policy.readyNowYearsAsEm);
    expect(Object.keys(org.people).filter((id) => unknownOf(id).length > 0)).toEqual(['p17']);
  });

  it('has a vacant EM team, open a few months, with senior ICs who want to manage', () => {
    expect(unit('u06')).toMatchObject({ name: 'Search', leadId: null, vacantSince: '2026-08-03' });
    expect(
      Object.values(org.units)
        .filter((x) => x.leadId === null)
        .map((x) => x.id),
    ).toEqual(['u06']);
    for (const id of ['p20', 'p40']) {
      expect(person(id)).toMatchObject({ aspiration: 'manager', signals: { mentorsOthers: true } });
      expect(person(id).level).toBeGreaterThanOrEqual(policy.seniorIcLevel);
      expect(yearsBetween(person(id).hireDate, org.asOf)).toBeGreaterThan(1);
    }
    expect(unit('u06').memberIds).toContain('p40');
  });

  it('uses the agreed titles', () => {
    const titles = new Set(Object.values(org.people).map((x) => x.title));
    for (const t of ['Senior Software Engineer', 'Staff Engineer', 'Engineering Manager', 'Director of Engineering', 'VP Engineering'])
      expect(titles).toContain(t);
  });
});

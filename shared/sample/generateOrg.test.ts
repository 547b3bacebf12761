import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../model/dates';
import { checkOrg } from '../model/invariants';
import { orgMetrics } from '../model/metrics';
import { buildTreeIndex, childrenOf, isTeam } from '../model/tree';
import { DEFAULT_POLICY, UNKNOWN_SIGNALS, type Org } from '../model/types';
import { forecastEmergence } from '../forecast/forecast';
import { generateOrg } from './generateOrg';

const asOf = '2026-11-01';
const shape = (org: Org) => {
  const index = buildTreeIndex(org);
  const units = Object.values(org.units);
  const teams = units.filter((u) => isTeam(index, u.id));
  const groups = units.filter((u) => !isTeam(index, u.id));
  return { index, teams, groups, metrics: orgMetrics(org, undefined, index) };
};

describe('generateOrg', () => {
  const sizes = [1, 5, 9, 50, 200, 1000, 5000];
  it.each(sizes)('size %i is sound (checkOrg finds nothing)', (size) => expect(checkOrg(generateOrg({ size, seed: 7, asOf }))).toEqual([]));

  it.each(sizes)('size %i: within 5%, teams of at most 8 ICs, spans of at most 6, at most 6 layers, no vacancy', (size) => {
    const org = generateOrg({ size, seed: 7, asOf });
    const { index, teams, groups, metrics } = shape(org);
    expect(Math.abs(Object.keys(org.people).length - size)).toBeLessThanOrEqual(Math.ceil(size * 0.05));
    expect(metrics.headcount).toBe(Object.keys(org.people).length);
    expect(Math.max(...teams.map((t) => t.memberIds.length))).toBeLessThanOrEqual(DEFAULT_POLICY.splitAbove);
    expect(Math.max(0, ...groups.map((g) => childrenOf(index, g.id).length))).toBeLessThanOrEqual(DEFAULT_POLICY.momSpanMax);
    expect(metrics.layers).toBeLessThanOrEqual(DEFAULT_POLICY.layerLimit);
    expect(metrics.vacancies).toEqual([]);
  });

  it('a 1,000-person org is a CTO over VPs over directors over EMs, with teams of 5-8 and spans of 4-6 below the root', () => {
    const org = generateOrg({ size: 1000, seed: 1, asOf });
    const { index, teams, groups, metrics } = shape(org);
    expect(Object.keys(org.people)).toHaveLength(1000);
    expect(metrics.layers).toBe(4);
    const root = org.units[index.roots[0]!]!;
    expect(org.people[root.leadId!]!.title).toBe('CTO');
    expect(new Set(childrenOf(index, root.id).map((id) => org.people[org.units[id]!.leadId!]!.title))).toEqual(new Set(['VP Engineering']));
    expect(teams.every((t) => t.memberIds.length >= 5 && t.memberIds.length <= 8)).toBe(true);
    const spans = groups.filter((g) => g.id !== root.id).map((g) => childrenOf(index, g.id).length);
    expect(Math.min(...spans)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...spans)).toBeLessThanOrEqual(6);
    // Nothing splits on day one: the forecast has no roles to create.
    expect(forecastEmergence(org, DEFAULT_POLICY).emergent).toEqual([]);
  });

  it('is what an HR export gives: every signal and aspiration unknown, no ratings, distinct unit names', () => {
    const org = generateOrg({ size: 300, seed: 3, asOf });
    const people = Object.values(org.people);
    expect(people.every((p) => p.aspiration === 'unknown' && p.signals === UNKNOWN_SIGNALS && p.rating === undefined)).toBe(true);
    const names = Object.values(org.units).map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('spreads EM tenure over 0-8 years and hires over years, never after the org’s date', () => {
    const org = generateOrg({ size: 1000, seed: 2, asOf });
    const { index, teams } = shape(org);
    const emYears = teams.map((t) => monthsBetween(org.people[t.leadId!]!.managerSince!, asOf) / 12);
    expect(Math.min(...emYears)).toBeLessThan(1);
    expect(Math.max(...emYears)).toBeGreaterThan(7);
    expect(Math.max(...emYears)).toBeLessThanOrEqual(8);
    // Roughly even: about a quarter of EMs in each two-year band.
    for (const [from, to] of [
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8.01],
    ])
      expect(emYears.filter((y) => y >= from! && y < to!).length / emYears.length).toBeGreaterThan(0.15);
    const tenures = Object.values(org.people).map((p) => monthsBetween(p.hireDate, asOf));
    expect(Math.min(...tenures)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...tenures)).toBeGreaterThan(60);
    const ics = [...index.placement].filter(([, place]) => place.role === 'member').map(([id]) => org.people[id]!);
    expect(ics.every((p) => p.managerSince === undefined && p.level >= 2 && p.level <= 7)).toBe(true);
    expect(new Set(ics.map((p) => p.level)).size).toBeGreaterThanOrEqual(4);
  });

  it('is the same org for the same seed and a different one for another seed', () => {
    expect(generateOrg({ size: 400, seed: 11, asOf })).toEqual(generateOrg({ size: 400, seed: 11, asOf }));
    expect(generateOrg({ size: 400, seed: 12, asOf })).not.toEqual(generateOrg({ size: 400, seed: 11, asOf }));
  });

  it('reports progress about every 1,000 people and once at the end, without changing the org', () => {
    const calls: [number, number][] = [];
    const org = generateOrg({ size: 2500, seed: 3, asOf, onProgress: (done, of) => calls.push([done, of]) });
    const n = Object.keys(org.people).length;
    expect(calls).toEqual([
      [1000, 2500],
      [2000, 2500],
      [n, n],
    ]);
    expect(org).toEqual(generateOrg({ size: 2500, seed: 3, asOf }));
  });
});

import { describe, expect, it } from 'vitest';
import { assignPerson, moveUnit, sampleScenario, type Org, type PersonId, type UnitId } from '../../../shared';
import { applyOrgPatch, diffOrg } from './orgPatch';

const { org } = sampleScenario();
const units = Object.values(org.units);
const [first, second] = [units[3]!, units[units.length - 1]!];
const clone = (o: Org): Org => JSON.parse(JSON.stringify(o)) as Org;

describe('diffOrg / applyOrgPatch', () => {
  it('carries only the moved unit for a move, and rebuilds the moved org from a copy of the old one', () => {
    const moved = moveUnit(org, second.id, units[1]!.id);
    if (!moved.ok) throw new Error(moved.error.message);
    const patch = diffOrg(org, moved.value)!;
    expect(patch.units.map((u) => u.id)).toEqual([second.id]);
    expect([patch.removedUnits, patch.people, patch.removedPeople]).toEqual([[], [], []]);
    // The worker holds its own copy of the base org, not the same objects.
    expect(applyOrgPatch(clone(org), patch)).toEqual(moved.value);
  });

  it('carries changed people and removed units and people', () => {
    const member = first.memberIds[0] as PersonId;
    const assigned = assignPerson(org, member, { unitId: second.id, role: 'member' });
    if (!assigned.ok) throw new Error(assigned.error.message);
    const { [first.id]: _gone, ...keptUnits } = assigned.value.units;
    const someone = Object.keys(org.people)[0] as PersonId;
    const { [someone]: _left, ...keptPeople } = assigned.value.people;
    const next: Org = { ...assigned.value, units: keptUnits as Org['units'], people: { ...keptPeople, [member]: { ...org.people[member]!, name: 'Renamed' } } };
    const patch = diffOrg(org, next)!;
    expect(patch.removedUnits).toEqual([first.id]);
    expect(patch.removedPeople).toEqual([someone]);
    expect(patch.people.map((p) => p.id)).toContain(member);
    expect(applyOrgPatch(clone(org), patch)).toEqual(next);
  });

  it('says to send the whole org when the date changed or most of it did', () => {
    expect(diffOrg(org, { ...org, asOf: '2030-01-01' as Org['asOf'] })).toBeNull();
    const renamed: Org = {
      ...org,
      units: Object.fromEntries(units.map((u) => [u.id, { ...u, name: `${u.name}!` }])) as Record<UnitId, (typeof units)[number]>,
    };
    expect(units.length).toBeGreaterThan(10);
    expect(diffOrg(org, renamed)).toBeNull();
  });

  it('is an empty patch for the same org', () => {
    expect(diffOrg(org, org)).toEqual({ units: [], removedUnits: [], people: [], removedPeople: [] });
  });
});

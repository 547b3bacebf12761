/** fast-check generators of valid orgs and scenarios, for property tests. */
import fc from 'fast-check';
import { DEFAULT_POLICY, personId, unitId } from '../model/types';
import type { Org, Person, PersonId, Scenario, Unit, UnitId } from '../model/types';

const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2026-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const personFields = fc.record({
  name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && s === s.trim()),
  title: fc.string({ maxLength: 20 }),
  level: fc.integer({ min: 1, max: 9 }),
  hireDate: date,
  managerSince: fc.option(date, { nil: undefined }),
  aspiration: fc.constantFrom('mom', 'manager', 'ic', 'unknown' as const),
  rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  signals: fc.record({
    launches: fc.integer({ min: 0, max: 10 }),
    strongReferences: fc.boolean(),
    influence: fc.boolean(),
    coachesOutsideTeam: fc.boolean(),
    momNetwork: fc.boolean(),
    operatingAtNextLevel: fc.boolean(),
    mentorsOthers: fc.boolean(),
  }),
  tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
});

/**
 * A valid org: a forest of up to `maxUnits` units (each unit's parent comes earlier, so no cycles),
 * every person placed at most once, as lead or member.
 */
export function arbitraryOrg(maxUnits = 12, maxPeople = 40): fc.Arbitrary<Org> {
  return fc
    .record({
      parents: fc.array(fc.nat(), { minLength: 1, maxLength: maxUnits }),
      people: fc.array(personFields, { maxLength: maxPeople }),
      placements: fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.boolean()), { maxLength: maxPeople }),
      names: fc.array(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && s === s.trim()), { minLength: maxUnits, maxLength: maxUnits }),
    })
    .map(({ parents, people, placements, names }) => {
      const units: Unit[] = parents.map((p, i) => ({
        id: unitId(`u${i + 1}`),
        name: names[i] ?? `Unit ${i + 1}`,
        leadId: null,
        memberIds: [],
        parentId: i === 0 || p % 5 === 0 ? null : unitId(`u${(p % i) + 1}`),
      }));
      const personRecord: Record<PersonId, Person> = {};
      people.forEach((fields, i) => {
        const id = personId(`p${i + 1}`);
        const { managerSince, rating, ...rest } = fields;
        personRecord[id] = { id, ...rest, ...(managerSince ? { managerSince: managerSince < '2026-01-01' ? managerSince : '2025-01-01' } : {}), ...(rating ? { rating } : {}) };
        const [unit, asLead, placed] = placements[i] ?? [0, false, false];
        if (!placed) return;
        const u = units[unit % units.length]!;
        const index = units.indexOf(u);
        if (asLead && u.leadId === null) units[index] = { ...u, leadId: id };
        else units[index] = { ...u, memberIds: [...u.memberIds, id] };
      });
      const unitRecord: Record<UnitId, Unit> = {};
      for (const u of units) unitRecord[u.id] = u.leadId === null ? { ...u, vacantSince: '2025-06-01' } : u;
      return { asOf: '2026-01-01', people: personRecord, units: unitRecord };
    });
}

/** A valid scenario around `arbitraryOrg()`. */
export function arbitraryScenario(): fc.Arbitrary<Scenario> {
  return fc.record({
    name: fc.string({ maxLength: 30 }),
    org: arbitraryOrg(),
    splitAbove: fc.integer({ min: 1, max: 20 }),
    months: fc.integer({ min: 0, max: 120 }),
    seed: fc.nat(),
    collapseFirst: fc.boolean(),
    x: fc.integer({ min: -5000, max: 5000 }),
  }).map(({ name, org, splitAbove, months, seed, collapseFirst, x }) => {
    const first = Object.keys(org.units)[0] as UnitId;
    return {
      name,
      org,
      policy: { ...DEFAULT_POLICY, splitAbove },
      events: [{ kind: 'departure', id: 'e1', month: 3, personId: personId('p1') }],
      simulation: { months, seed },
      view: { positions: { [first]: { x, y: 10 } }, collapsed: collapseFirst ? [first] : [] },
    } satisfies Scenario;
  });
}

/**
 * fast-check generators of valid orgs, policies and scenarios, for property tests. Everything they
 * generate passes `checkOrg` and the file schema, so a property that fails points at the code under test.
 */
import fc from 'fast-check';
import { ASPIRATIONS, FLIGHT_RISKS, personId, unitId } from '../model/types';
import type { IsoDate, Org, Person, PersonId, Policy, Scenario, ScenarioEvent, Signals, Target, Unit, UnitId, XY } from '../model/types';

// fast-check may build records without a prototype; a parsed file has ordinary objects, and toStrictEqual tells them apart.
const PLAIN = { noNullPrototype: true } as const;

/** Options for `arbitraryOrg`. */
export interface OrgArbitraryOptions {
  /** Ids like `p3`/`u7` (default), or any non-empty text, unicode and punctuation included. */
  readonly ids?: 'simple' | 'any';
  /** Names, titles and tags: plain ASCII (default) or any UTF-16 text, lone surrogates included. */
  readonly text?: 'ascii' | 'any';
  /** The org's date. */
  readonly asOf?: IsoDate;
}

/** A calendar date from `min` to `max` inclusive: `arbitraryIsoDate('2020-01-01', '2020-12-31')`. */
export function arbitraryIsoDate(min: IsoDate, max: IsoDate): fc.Arbitrary<IsoDate> {
  const days = Math.round((Date.parse(max) - Date.parse(min)) / 86_400_000);
  const start = Date.parse(min);
  return fc.integer({ min: 0, max: days }).map((d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
}

/** A number from `min` to `max`, half the time whole; never -0 (JSON can't keep the sign of zero). */
function arbitraryAmount(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
  );
}

const arbitraryText = (text: 'ascii' | 'any', maxLength: number) => fc.string({ maxLength, unit: text === 'any' ? 'binary' : 'grapheme-ascii' });
const arbitraryName = (text: 'ascii' | 'any') => arbitraryText(text, 24).filter((s) => s.trim() !== '');

// Met, not met, or unknown (null), each about a third of the time.
const flag = fc.option(fc.boolean(), { nil: null, freq: 2 });

/** Readiness signals, any combination of met, not met and unknown (`null`). */
export function arbitrarySignals(): fc.Arbitrary<Signals> {
  return fc.record(
    {
      launches: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 3 }),
      strongReferences: flag,
      influence: flag,
      coachesOutsideTeam: flag,
      momNetwork: flag,
      operatingAtNextLevel: flag,
      mentorsOthers: flag,
    },
    PLAIN,
  );
}

/** A person's own fields (no id, no dotted lines), dated no later than `asOf`. */
function arbitraryPersonFields(asOf: IsoDate, text: 'ascii' | 'any') {
  return fc.record(
    {
      name: arbitraryName(text),
      title: arbitraryText(text, 24),
      level: fc.integer({ min: 1, max: 9 }),
      hireDate: arbitraryIsoDate('1990-01-01', asOf),
      managerSince: arbitraryIsoDate('1995-01-01', asOf),
      aspiration: fc.constantFrom(...ASPIRATIONS),
      flightRisk: fc.constantFrom(...FLIGHT_RISKS),
      rating: arbitraryAmount(1, 5),
      signals: arbitrarySignals(),
      tags: fc.array(arbitraryText(text, 10), { maxLength: 3 }),
    },
    // Optional fields are absent (not `undefined`) when left out, as after reading a file.
    { noNullPrototype: true, requiredKeys: ['name', 'title', 'level', 'hireDate', 'aspiration', 'signals', 'tags'] },
  );
}

const uniqueIds = (prefix: string, count: number, ids: 'simple' | 'any'): fc.Arbitrary<string[]> =>
  ids === 'simple'
    ? fc.constant(Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`))
    : fc.uniqueArray(
        fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }).filter((s) => s !== '__proto__'),
        { minLength: count, maxLength: count },
      );

/**
 * A valid org: a forest of 1..`maxUnits` units (each unit's parent drawn from units made before it, so
 * no cycles, then the record order shuffled), up to `maxPeople` people, each placed at most once, as a
 * unit's lead or a member, or not at all; dates no later than the org's date.
 */
export function arbitraryOrg(maxUnits = 12, maxPeople = 40, options: OrgArbitraryOptions = {}): fc.Arbitrary<Org> {
  const { ids = 'simple', text = 'ascii', asOf = '2026-01-01' } = options;
  return fc
    .record({ unitCount: fc.integer({ min: 1, max: maxUnits }), peopleCount: fc.integer({ min: 0, max: maxPeople }) })
    .chain(({ unitCount, peopleCount }) =>
      fc.record(
        {
          unitIds: uniqueIds('u', unitCount, ids),
          personIds: uniqueIds('p', peopleCount, ids),
          // Unit i's parent: null, or one of the units 0..i-1.
          parents: fc.tuple(
            ...Array.from({ length: unitCount }, (_, i) => (i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { freq: 6 }))),
          ),
          units: fc.array(
            fc.record(
              { name: arbitraryName(text), function: arbitraryText(text, 12), vacantSince: arbitraryIsoDate('2015-01-01', asOf) },
              { noNullPrototype: true, requiredKeys: ['name'] },
            ),
            { minLength: unitCount, maxLength: unitCount },
          ),
          order: fc.array(fc.nat(), { minLength: unitCount, maxLength: unitCount }),
          people: fc.array(arbitraryPersonFields(asOf, text), { minLength: peopleCount, maxLength: peopleCount }),
          // Each person: not placed, the lead of unit k, or a member of unit k.
          placements: fc.array(fc.tuple(fc.constantFrom('none', 'lead', 'member'), fc.nat()), { minLength: peopleCount, maxLength: peopleCount }),
          dotted: fc.array(fc.array(fc.nat(), { maxLength: 2 }), { minLength: peopleCount, maxLength: peopleCount }),
        },
        PLAIN,
      ),
    )
    .map(({ unitIds, personIds, parents, units: unitFields, order, people: personFields, placements, dotted }) => {
      const pid = (i: number): PersonId => personId(personIds[i]!);
      const uid = (i: number): UnitId => unitId(unitIds[i]!);
      const leads: (PersonId | null)[] = unitIds.map(() => null);
      const members: PersonId[][] = unitIds.map(() => []);
      placements.forEach(([role, k], i) => {
        const at = k % unitIds.length;
        if (role === 'lead' && leads[at] === null) leads[at] = pid(i);
        else if (role !== 'none') members[at]!.push(pid(i));
      });
      const people: Record<PersonId, Person> = {};
      personFields.forEach((fields, i) => {
        const dottedIds = [...new Set(dotted[i]!.map((d) => pid(d % personIds.length)))];
        people[pid(i)] = { id: pid(i), ...fields, ...(dottedIds.length > 0 ? { dottedLineManagerIds: dottedIds } : {}) };
      });
      const drawn = unitIds.map((_, i) => i).sort((a, b) => order[a]! - order[b]! || a - b);
      const units: Record<UnitId, Unit> = {};
      for (const i of drawn) {
        const { vacantSince, ...fields } = unitFields[i]!;
        const parent = parents[i];
        units[uid(i)] = {
          id: uid(i),
          ...fields,
          leadId: leads[i]!,
          memberIds: members[i]!,
          parentId: parent === null || parent === undefined ? null : uid(parent),
          ...(leads[i] === null && vacantSince !== undefined ? { vacantSince } : {}),
        };
      }
      return { asOf, people, units };
    });
}

/** A policy with every field inside the file's ranges. */
export function arbitraryPolicy(): fc.Arbitrary<Policy> {
  const share = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0);
  return fc.record(
    {
      splitAbove: arbitraryAmount(1, 50),
      teamSizeTarget: fc
        .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 10 }))
        .map(([low, extra]): readonly [number, number] => [low, low + extra]),
      minTeamSize: arbitraryAmount(1, 20),
      momSpanMax: arbitraryAmount(2, 20),
      momSpanTarget: arbitraryAmount(2, 20),
      layerLimit: fc.integer({ min: 1, max: 20 }),
      timeToFillMonths: fc.record({ ic: arbitraryAmount(0, 12), em: arbitraryAmount(0, 12), mom: arbitraryAmount(0, 12), vp: arbitraryAmount(0, 12) }, PLAIN),
      internalPreference: share,
      clearCareerTracks: fc.boolean(),
      annualAttrition: share,
      acquiredAttritionMultiplier: arbitraryAmount(0, 10),
      promotionRevertChance: share,
      monthsPerLaunch: arbitraryAmount(1, 60),
      readyNowYearsAsEm: arbitraryAmount(0, 20),
      readySoonYearsAsEm: arbitraryAmount(0, 20),
      seniorIcLevel: fc.integer({ min: 1, max: 9 }),
      backfillLeavers: fc.boolean(),
      monthsPerSignal: arbitraryAmount(1, 240),
      monthsToStartMentoring: arbitraryAmount(1, 240),
      monthsPerIcLevel: arbitraryAmount(1, 240),
      icLevelCap: fc.integer({ min: 1, max: 9 }),
      priorSignalMet: share,
      priorWantsMom: share,
      priorWantsManager: share,
      flightRiskMultiplier: fc.record({ low: arbitraryAmount(0, 10), medium: arbitraryAmount(0, 10), high: arbitraryAmount(0, 10) }, PLAIN),
      revertCoolOffMonths: arbitraryAmount(0, 60),
    },
    PLAIN,
  );
}

/** An event before it has an id (distributes over the union, unlike a plain `Omit`). */
type WithoutId<E> = E extends unknown ? Omit<E, 'id'> : never;

/** Events of every kind, referring to units and people of `org` where there are any. */
export function arbitraryEvents(org: Org, maxEvents = 6): fc.Arbitrary<ScenarioEvent[]> {
  const unitIds = Object.keys(org.units).map(unitId);
  const personIds = Object.keys(org.people).map(personId);
  const unit = fc.constantFrom(...unitIds);
  const person = personIds.length > 0 ? fc.constantFrom(...personIds) : fc.constant(personId('p-gone'));
  const month = fc.integer({ min: 1, max: 600 });
  const target: fc.Arbitrary<Target> = fc.oneof(
    fc.constant({ kind: 'spread' as const }),
    fc.uniqueArray(unit, { minLength: 1, maxLength: 3 }).map((ids) => ({ kind: 'units' as const, unitIds: ids })),
  );
  const event: fc.Arbitrary<WithoutId<ScenarioEvent>> = fc.oneof(
    fc.record({ kind: fc.constant('growth' as const), fromMonth: month, toMonth: month, perMonth: arbitraryAmount(0, 1000), target }, PLAIN),
    fc.record(
      {
        kind: fc.constant('funding' as const),
        month,
        amount: arbitraryAmount(0, 1e9),
        engineeringShare: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
        costPerEngineer: arbitraryAmount(1, 500_000),
        runwayMonths: arbitraryAmount(1, 60),
        rampMonths: arbitraryAmount(1, 24),
        hires: fc.integer({ min: 0, max: 500 }),
        target,
      },
      { noNullPrototype: true, requiredKeys: ['kind', 'month', 'amount', 'engineeringShare', 'costPerEngineer', 'runwayMonths', 'rampMonths', 'target'] },
    ),
    fc.record(
      {
        kind: fc.constant('acquisition' as const),
        month,
        underUnitId: unit,
        mode: fc.constantFrom('division' as const, 'integrate' as const),
        source: fc.oneof(
          fc.record({ kind: fc.constant('generated' as const), size: fc.integer({ min: 1, max: 5000 }) }, PLAIN),
          fc.record({ kind: fc.constant('org' as const), org: arbitraryOrg(4, 8, { asOf: '2025-06-30' }) }, PLAIN),
        ),
      },
      PLAIN,
    ),
    fc.record(
      {
        kind: fc.constant('downsizing' as const),
        month,
        share: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
        target,
        rule: fc.constantFrom('recent-hires' as const, 'lowest-rating' as const, 'random' as const),
      },
      PLAIN,
    ),
    fc.record({ kind: fc.constant('departure' as const), month, personId: person }, PLAIN),
    fc.record({ kind: fc.constant('reorg' as const), month, unitId: unit, newParentId: unit }, PLAIN),
  );
  return fc.array(event, { maxLength: maxEvents }).map((events) => events.map((e, i): ScenarioEvent => ({ ...e, id: `e${i + 1}` })));
}

/** A canvas state for `org`: positions for some of its units, some of them collapsed. */
function arbitraryView(org: Org): fc.Arbitrary<Scenario['view']> {
  const unitIds = Object.keys(org.units).map(unitId);
  const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x + 0);
  return fc
    .record(
      {
        placed: fc.subarray(unitIds),
        xy: fc.array(fc.record({ x: coordinate, y: coordinate }, PLAIN), { minLength: unitIds.length, maxLength: unitIds.length }),
        collapsed: fc.subarray(unitIds),
      },
      PLAIN,
    )
    .map(({ placed, xy, collapsed }) => {
      const positions: Record<UnitId, XY> = {};
      placed.forEach((id, i) => (positions[id] = xy[i]!));
      return { positions, collapsed };
    });
}

/** A valid scenario: an org from `arbitraryOrg(maxUnits, maxPeople, options)`, any policy, events of every kind, a view. */
export function arbitraryScenario(maxUnits = 12, maxPeople = 40, options: OrgArbitraryOptions = {}): fc.Arbitrary<Scenario> {
  return arbitraryOrg(maxUnits, maxPeople, options).chain((org) =>
    fc.record(
      {
        name: fc.string({ maxLength: 30, unit: options.text === 'any' ? 'binary' : 'grapheme-ascii' }),
        org: fc.constant(org),
        policy: arbitraryPolicy(),
        events: arbitraryEvents(org),
        simulation: fc.record({ months: fc.integer({ min: 0, max: 600 }), seed: fc.maxSafeNat() }, PLAIN),
        view: arbitraryView(org),
      },
      PLAIN,
    ),
  );
}

/** Internal candidates for a role, ranked per DOMAIN.md: readiness band, then nearness, then score. */
import { buildTreeIndex, type Placement, type TreeIndex } from '../model/tree';
import type { IsoDate, Org, Person, PersonId, Policy, UnitId } from '../model/types';
import { assessEmReadiness, assessMomReadiness, BANDS, readyNowScore, type Band, type Readiness, type SignalCheck } from './readiness';
import { getOwn } from '../model/lookup';

/** The role a candidate list is for. */
export interface RoleSpec {
  /** `mom` roles draw from managers, `em` roles from individual contributors. */
  readonly kind: 'mom' | 'em';
  /**
   * Candidates whose unit lies in this subtree are "near" and rank first at equal readiness. The forecast
   * passes the role's parent for MoM roles (`nearUnitFor`) and the team itself for EM roles (its ICs first).
   */
  readonly nearUnitId: UnitId | null;
  /**
   * For a MoM role: how many layers of managers it sits above (1 = above EMs). Candidates then lead units one
   * layer lower: a step up. Without it, every current manager is a candidate.
   */
  readonly height?: number;
  /** People who can't take it (the current holder, leads above the role). */
  readonly excludePersonIds?: readonly PersonId[];
}

/** One person who could fill a role, with their readiness for it and where they sit now. */
export interface Candidate {
  readonly personId: PersonId;
  readonly name: string;
  readonly title: string;
  readonly band: Band;
  readonly score: number;
  /** Inside the role's `nearUnitId` subtree. */
  readonly near: boolean;
  /** The unit they lead (MoM roles) or belong to (EM roles) today. */
  readonly currentUnitId: UnitId;
  readonly signals: readonly SignalCheck[];
  /** The keys of the signals nobody knows yet (possibly empty). */
  readonly unknown: readonly string[];
  /** Only for `to-assess`: the band reached if every unknown signal is met ("ready now if met"). */
  readonly ifMet?: Readiness['ifMet'];
  /** Only for `to-assess`: the band if every unknown signal is not met. */
  readonly floor?: Readiness['floor'];
  /** Knowingly doesn't want this kind of role ("doesn't want it"): `not-yet`, listed last. */
  readonly declines?: true;
}

/**
 * How many layers of units lie below each unit (a team is 0): `unitHeights(org, index).get(teamId)` → 0.
 * Iterative (children before parents), so a chain 100,000 deep can't overflow the stack; a unit on a cycle
 * counts the units below it up to the repeat.
 */
export function unitHeights(org: Org, index: TreeIndex): ReadonlyMap<UnitId, number> {
  const known = heightsOf.get(index);
  if (known && known.units === org.units) return known.heights;
  const heights = new Map<UnitId, number>();
  const order: UnitId[] = [];
  const seen = new Set<UnitId>();
  const starts = [...index.roots, ...(Object.keys(org.units) as UnitId[])];
  for (const start of starts) {
    if (seen.has(start)) continue;
    const stack: UnitId[] = [start];
    seen.add(start);
    while (stack.length > 0) {
      const id = stack.pop()!;
      order.push(id);
      for (const c of index.children.get(id) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        stack.push(c);
      }
    }
  }
  // `order` lists every unit after its parent: walking it backwards sees children first.
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let h = 0;
    for (const c of index.children.get(id) ?? []) {
      const ch = heights.get(c);
      if (ch !== undefined && ch + 1 > h) h = ch + 1;
    }
    heights.set(id, h);
  }
  heightsOf.set(index, { units: org.units, heights });
  return heights;
}

// Remembered per index (and units table), like the index itself: both are derived from the immutable units.
const heightsOf = new WeakMap<TreeIndex, { units: Org['units']; heights: ReadonlyMap<UnitId, number> }>();

/**
 * Euler intervals of the tree: a unit's subtree is the units whose `tin` lies in [tin, tout] of it (iterative,
 * cycle-safe; units no root reaches are walked after, in the table's order). They depend only on the tree (the
 * units, their parents and their order), which an index's children map and roots describe, so they are remembered
 * per children map and roots: a simulation run keeps those while its tree is unchanged, whatever leads and
 * members do.
 */
function eulerIntervals(org: Org, index: TreeIndex): { tin: ReadonlyMap<UnitId, number>; tout: ReadonlyMap<UnitId, number> } {
  const known = eulerOf.get(index.children);
  if (known && known.roots === index.roots) return known;
  const ids = Object.keys(org.units) as UnitId[];
  const tin = new Map<UnitId, number>();
  const tout = new Map<UnitId, number>();
  let clock = 0;
  // The stack as two parallel lists (a unit, and whether it is its exit), not an object per entry.
  const stack: UnitId[] = [];
  const exits: boolean[] = [];
  const starts = [...index.roots, ...ids];
  for (const start of starts) {
    if (tin.has(start)) continue;
    stack.push(start);
    exits.push(false);
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (exits.pop()!) {
        tout.set(id, clock - 1);
        continue;
      }
      if (tin.has(id)) continue;
      tin.set(id, clock++);
      stack.push(id);
      exits.push(true);
      const kids = index.children.get(id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--)
        if (!tin.has(kids[i]!)) {
          stack.push(kids[i]!);
          exits.push(false);
        }
    }
  }
  eulerOf.set(index.children, { roots: index.roots, tin, tout });
  return { tin, tout };
}

const eulerOf = new WeakMap<TreeIndex['children'], { roots: TreeIndex['roots']; tin: ReadonlyMap<UnitId, number>; tout: ReadonlyMap<UnitId, number> }>();

/**
 * Where "near" is for a MoM role at `unitId` (filled, vacant, or the parent an emergent node sits under):
 * the subtree of its parent, so peers' teams count as near too; a top unit is its own neighbourhood.
 * `nearUnitFor(org, 'u06')` → `'u02'` when Search sits under Product Engineering.
 */
export function nearUnitFor(org: Org, unitId: UnitId): UnitId {
  const parent = getOwn(org.units, unitId)?.parentId ?? null;
  return parent !== null && getOwn(org.units, parent) ? parent : unitId;
}

/**
 * Everyone who could fill `role`, best first: band (ready now, 6-12 months, to assess, not yet), then near before
 * far, then score (higher first), then name; people who don't want the role come last. No person appears twice.
 * `rankCandidates(org, policy, { kind: 'mom', nearUnitId: 'u02', height: 1 })[0].band` → `'ready-now'` for the sample.
 * For many roles over one org, build `candidatePools` once instead: this is one pool for one role.
 */
export function rankCandidates(
  org: Org,
  policy: Policy,
  role: RoleSpec,
  index: TreeIndex = buildTreeIndex(org),
  heights = unitHeights(org, index),
): Candidate[] {
  return candidatePools(org, policy, index, heights).rank(role).candidates;
}

/** A role's candidates: the best `limit` of them ranked, and how many there are in each band in all. */
export interface RankedCandidates {
  readonly candidates: Candidate[];
  /** Every candidate counted by band (not only the ones listed): what badges show. */
  readonly counts: Record<Band, number>;
  /** Every candidate, listed or not. */
  readonly total: number;
}

/** Candidate lookups over one org, built once (readiness of everyone, Euler intervals of the tree). */
export interface CandidatePools {
  /** The role's candidates, ranked; only the best `limit` are built (cost ~ the near pool plus `limit`). */
  rank(role: RoleSpec, limit?: number): RankedCandidates;
  /**
   * Where one person stands for the role without listing everyone ahead of them: their place (1 = first in
   * line), of how many, their band and nearness; null when they are not a candidate. Agrees with `rank`.
   */
  placeOf(role: RoleSpec, personId: PersonId): { readonly place: number; readonly of: number; readonly band: Band; readonly near: boolean } | null;
  /** The first in line, as `rank(role, 1)` lists them, without building their signal checks; null when there is none. */
  first(role: RoleSpec): { readonly personId: PersonId; readonly name: string; readonly band: Band } | null;
}

interface PoolEntry {
  readonly personId: PersonId;
  readonly person: Person;
  readonly unitId: UnitId;
  readonly band: Band;
  readonly score: number;
  /** The signal checks behind the band; in ready-now pools, assessed only for the people listed (`toCandidate`). */
  readonly readiness: Readiness | null;
  readonly kind: 'mom' | 'em';
  readonly rank: number;
  /** Position of the person's unit in a depth-first walk: a subtree is one interval of these. */
  readonly tin: number;
}

interface Pool {
  /** Sorted by rank, score, name, id: the order within each rank group before nearness. */
  readonly sorted: readonly PoolEntry[];
  /** For each rank group: where it starts in `sorted`, and its entries by `tin` for subtree range queries. */
  readonly groups: readonly { readonly from: number; readonly to: number; readonly byTin: readonly { tin: number; at: number }[] }[];
  readonly counts: Record<Band, number>;
  readonly byPerson: ReadonlyMap<PersonId, PoolEntry>;
}

const emptyCounts = (): Record<Band, number> => ({ 'ready-now': 0, 'ready-6-12': 0, 'to-assess': 0, 'not-yet': 0 });

/**
 * Build the candidate pools of an org once: `candidatePools(org, policy).rank({ kind: 'em', nearUnitId: teamId }, 50)`.
 * Pools are per role kind (ICs for EM roles; leads at each height for MoM roles) and sorted once; a role's list
 * puts the pool's people inside its near subtree first, found by an interval query, not by scanning everyone.
 */
export function candidatePools(
  org: Org,
  policy: Policy,
  index: TreeIndex = buildTreeIndex(org),
  heights = unitHeights(org, index),
  options: { readyNowOnly?: boolean; hopefuls?: { readonly em: Iterable<PersonId>; readonly mom: Iterable<PersonId> } } = {},
): CandidatePools {
  // Only people who could be ready now (the simulation promotes no one else): skip, before assessing them, anyone
  // who fails a cheap necessary condition of `ready-now` (`mightBeReadyNow`), so a month's pools assess a few
  // people, not everyone. A caller that keeps the people passing it for each kind (`hopefuls`, supersets of
  // them are fine) saves the walk over everyone placed: pools are sorted by a total order, so whom they are
  // gathered from in which order changes nothing.
  const readyNowOnly = options.readyNowOnly === true;
  const hopefuls = readyNowOnly ? options.hopefuls : undefined;
  const mightBeReady = (person: Person, kind: 'mom' | 'em'): boolean => mightBeReadyNow(person, kind, policy);
  const { tin, tout } = eulerIntervals(org, index);
  const pools = new Map<string, Pool>();
  const keyOf = (role: RoleSpec): string => (role.kind === 'em' ? 'em' : role.height === undefined ? 'mom' : `mom:${role.height}`);
  // Everyone placed, split once into members and leads by the height of the unit they lead, so each pool walks
  // only its own people (in the index's order).
  let split: { members: [PersonId, Placement][]; leads: [PersonId, Placement][]; leadsAt: Map<number, [PersonId, Placement][]> } | null = null;
  const placedFor = (role: RoleSpec): Iterable<readonly [PersonId, Placement]> => {
    if (!split) {
      split = { members: [], leads: [], leadsAt: new Map() };
      for (const entry of index.placement) {
        if (entry[1].role === 'member') split.members.push(entry);
        else {
          split.leads.push(entry);
          const h = heights.get(entry[1].unitId) ?? 0;
          const list = split.leadsAt.get(h);
          if (list) list.push(entry);
          else split.leadsAt.set(h, [entry]);
        }
      }
    }
    return role.kind === 'em' ? split.members : role.height === undefined ? split.leads : (split.leadsAt.get(role.height - 1) ?? []);
  };
  // Whether a hopeful placed at `placement` is where `role` draws from, as `placedFor` splits everyone placed.
  const drawsFrom = (placement: Placement, role: RoleSpec): boolean =>
    role.kind === 'em'
      ? placement.role === 'member'
      : placement.role === 'lead' && (role.height === undefined || (heights.get(placement.unitId) ?? 0) === role.height - 1);
  // The pool's entries in no particular order, gathered once per pool (`build` sorts them in place; `first` in
  // ready-now pools scans them instead).
  const gathered = new Map<string, PoolEntry[]>();
  const gather = (role: RoleSpec): PoolEntry[] => {
    const key = keyOf(role);
    let entries = gathered.get(key);
    if (entries) return entries;
    gathered.set(key, (entries = []));
    if (hopefuls) {
      // The hopefuls placed where the role draws from, in their order (no list of pairs in between).
      for (const personId of role.kind === 'em' ? hopefuls.em : hopefuls.mom) {
        const placement = index.placement.get(personId);
        if (placement && drawsFrom(placement, role)) gatherOne(entries, role, personId, placement);
      }
      return entries;
    }
    for (const [personId, placement] of placedFor(role)) gatherOne(entries, role, personId, placement);
    return entries;
  };
  // One person placed where the role draws from, added to its entries if they are a candidate.
  const gatherOne = (entries: PoolEntry[], role: RoleSpec, personId: PersonId, placement: Placement): void => {
    const person = getOwn(org.people, personId);
    if (!person) return;
    if (readyNowOnly) {
      if (!mightBeReady(person, role.kind)) return;
      const score = readyNowScore(person, role.kind, org.asOf, policy);
      if (score === null) return;
      entries.push({
        personId,
        person,
        unitId: placement.unitId,
        band: 'ready-now',
        score,
        readiness: null,
        kind: role.kind,
        rank: rankOf({ band: 'ready-now' }),
        tin: tin.get(placement.unitId) ?? -1,
      });
      return;
    }
    const readiness = readinessOf(person, role.kind, org.asOf, policy);
    entries.push({
      personId,
      person,
      unitId: placement.unitId,
      band: readiness.band,
      score: readiness.score,
      readiness,
      kind: role.kind,
      rank: rankOf(readiness),
      tin: tin.get(placement.unitId) ?? -1,
    });
  };
  const build = (role: RoleSpec): Pool => {
    const entries = gather(role);
    entries.sort(poolOrder);
    const groups: Pool['groups'][number][] = [];
    for (let i = 0; i < entries.length;) {
      let j = i;
      while (j < entries.length && entries[j]!.rank === entries[i]!.rank) j++;
      const byTin = [];
      for (let k = i; k < j; k++) byTin.push({ tin: entries[k]!.tin, at: k });
      byTin.sort((a, b) => a.tin - b.tin || a.at - b.at);
      groups.push({ from: i, to: j, byTin });
      i = j;
    }
    const counts = emptyCounts();
    for (const e of entries) counts[e.band]++;
    return { sorted: entries, groups, counts, byPerson: new Map(entries.map((e) => [e.personId, e])) };
  };
  const toCandidate = (e: PoolEntry, near: boolean): Candidate => {
    const readiness = e.readiness ?? readinessOf(e.person, e.kind, org.asOf, policy);
    return {
      personId: e.personId,
      name: e.person.name,
      title: e.person.title,
      band: readiness.band,
      score: readiness.score,
      near,
      currentUnitId: e.unitId,
      signals: readiness.signals,
      unknown: readiness.unknown,
      ...(readiness.ifMet ? { ifMet: readiness.ifMet } : {}),
      ...(readiness.floor ? { floor: readiness.floor } : {}),
      ...(readiness.declines ? { declines: readiness.declines } : {}),
    };
  };
  // First index in `byTin` whose tin is at least `t`.
  const lowerBound = (byTin: readonly { tin: number }[], t: number): number => {
    let lo = 0;
    let hi = byTin.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byTin[mid]!.tin < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const poolOf = (role: RoleSpec): Pool => {
    const key = keyOf(role);
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = build(role)));
    return pool;
  };
  // What `walk` finds first, without sorting the pool: the lowest rank anyone not excluded has; in it, the first
  // near person in the pool's order if there is one, else the first of the others (the pool's order is a total
  // order, `poolOrder`, so the first of a set is its least).
  const firstByScan = (entries: readonly PoolEntry[], role: RoleSpec): PoolEntry | null => {
    const excluded = new Set(role.excludePersonIds ?? []);
    const nearId = role.nearUnitId && getOwn(org.units, role.nearUnitId) ? role.nearUnitId : null;
    const lo = nearId === null ? 0 : tin.get(nearId)!;
    const hi = nearId === null ? -1 : tout.get(nearId)!;
    let rank = Infinity;
    for (const e of entries) if (e.rank < rank && !excluded.has(e.personId)) rank = e.rank;
    let near: PoolEntry | null = null;
    let far: PoolEntry | null = null;
    for (const e of entries) {
      if (e.rank !== rank || excluded.has(e.personId)) continue;
      if (e.tin >= lo && e.tin <= hi) {
        if (near === null || poolOrder(e, near) < 0) near = e;
      } else if (far === null || poolOrder(e, far) < 0) far = e;
    }
    return near ?? far;
  };
  // The role's candidates in order, up to `limit` of them: each rank group's near people first, then the rest.
  const walk = (pool: Pool, role: RoleSpec, excluded: ReadonlySet<PersonId>, limit: number, emit: (e: PoolEntry, near: boolean) => void): void => {
    const nearId = role.nearUnitId && getOwn(org.units, role.nearUnitId) ? role.nearUnitId : null;
    const lo = nearId === null ? 0 : tin.get(nearId)!;
    const hi = nearId === null ? -1 : tout.get(nearId)!;
    const isNear = (e: PoolEntry): boolean => e.tin >= lo && e.tin <= hi;
    let count = 0;
    for (const g of pool.groups) {
      if (count >= limit) break;
      // Near people of this group, in the pool's order.
      const near: number[] = [];
      if (nearId !== null) {
        for (let k = lowerBound(g.byTin, lo); k < g.byTin.length && g.byTin[k]!.tin <= hi; k++) near.push(g.byTin[k]!.at);
        near.sort((a, b) => a - b);
      }
      for (const at of near) {
        if (count >= limit) break;
        const e = pool.sorted[at]!;
        if (!excluded.has(e.personId)) {
          emit(e, true);
          count++;
        }
      }
      for (let at = g.from; at < g.to && count < limit; at++) {
        const e = pool.sorted[at]!;
        if (!isNear(e) && !excluded.has(e.personId)) {
          emit(e, false);
          count++;
        }
      }
    }
  };
  return {
    placeOf(role, personId) {
      const pool = poolOf(role);
      const excluded = new Set(role.excludePersonIds ?? []);
      const me = pool.byPerson.get(personId);
      if (!me || excluded.has(personId)) return null;
      const nearId = role.nearUnitId && org.units[role.nearUnitId] ? role.nearUnitId : null;
      const lo = nearId === null ? 0 : tin.get(nearId)!;
      const hi = nearId === null ? -1 : tout.get(nearId)!;
      const isNear = (e: PoolEntry): boolean => e.tin >= lo && e.tin <= hi;
      const at = pool.sorted.indexOf(me);
      let ahead = 0;
      for (const g of pool.groups) {
        if (at >= g.to) {
          ahead += g.to - g.from;
          continue;
        }
        // The person's group: near people first, each part in the pool's order.
        for (let k = g.from; k < g.to; k++) {
          const e = pool.sorted[k]!;
          if (k !== at && (isNear(me) ? isNear(e) && k < at : isNear(e) || k < at)) ahead++;
        }
        break;
      }
      for (const id of excluded) {
        const e = pool.byPerson.get(id);
        if (!e) continue;
        const k = pool.sorted.indexOf(e);
        const g = pool.groups.find((x) => k >= x.from && k < x.to)!;
        const meGroup = pool.groups.find((x) => at >= x.from && at < x.to)!;
        if (g.to <= meGroup.from || (g === meGroup && (isNear(me) ? isNear(e) && k < at : isNear(e) || k < at))) ahead--;
      }
      return {
        place: ahead + 1,
        of: pool.sorted.length - [...excluded].filter((id) => pool.byPerson.has(id)).length,
        band: me.band,
        near: nearId !== null && isNear(me),
      };
    },
    rank(role, limit = Infinity) {
      const pool = poolOf(role);
      const excluded = new Set(role.excludePersonIds ?? []);
      const counts = { ...pool.counts };
      let total = pool.sorted.length;
      for (const id of excluded) {
        const e = pool.byPerson.get(id);
        if (e) {
          counts[e.band]--;
          total--;
        }
      }
      const out: Candidate[] = [];
      walk(pool, role, excluded, limit, (e, near) => out.push(toCandidate(e, near)));
      return { candidates: out, counts, total };
    },
    first(role) {
      if (readyNowOnly) {
        const e = firstByScan(gather(role), role);
        return e ? { personId: e.personId, name: e.person.name, band: e.band } : null;
      }
      let found: PoolEntry | null = null;
      walk(poolOf(role), role, new Set(role.excludePersonIds ?? []), 1, (e) => (found = e));
      const e = found as PoolEntry | null;
      return e ? { personId: e.personId, name: e.person.name, band: e.band } : null;
    },
  };
}

/**
 * A cheap necessary condition of `ready-now` for a role of `kind` (readiness.ts): MoM: wants it (`mom`), dates
 * known, a start as EM (unless no years are asked) and 4+ of signals 2-7 met. EM: wants to manage, the senior
 * level, mentors others, dates known. Someone failing it is never ready now.
 */
export function mightBeReadyNow(person: Person, kind: 'mom' | 'em', policy: Policy): boolean {
  return kind === 'mom'
    ? person.aspiration === 'mom' &&
        person.tenureUnknown !== true &&
        (person.managerSince !== undefined || policy.readyNowYearsAsEm <= 0) &&
        growthMet(person) >= 4
    : (person.aspiration === 'manager' || person.aspiration === 'mom') &&
        person.level >= policy.seniorIcLevel &&
        person.signals.mentorsOthers === true &&
        person.tenureUnknown !== true;
}

/** Signals 2-7 of a MoM readiness known to be met (as `assessMomReadiness` counts them), without building the checks. */
function growthMet(person: Person): number {
  const s = person.signals;
  return (
    (s.launches !== null && s.launches >= 2 ? 1 : 0) +
    (s.strongReferences === true ? 1 : 0) +
    (s.influence === true ? 1 : 0) +
    (s.coachesOutsideTeam === true ? 1 : 0) +
    (s.momNetwork === true ? 1 : 0) +
    (s.operatingAtNextLevel === true ? 1 : 0)
  );
}

/** A pool's order: rank, then score (higher first), then name, then id. */
const poolOrder = (a: PoolEntry, b: PoolEntry): number =>
  a.rank - b.rank || b.score - a.score || a.person.name.localeCompare(b.person.name) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

// Declining people rank after every band, "not yet" included.
const rankOf = (r: Pick<Readiness, 'band' | 'declines'>): number => (r.declines ? BANDS.length : BANDS.indexOf(r.band));

// A forecast assesses the same people for many roles, and a simulation for many months; people are immutable
// values, so their readiness is remembered per person object for one (date, policy) pair.
const memo = new WeakMap<Person, { asOf: IsoDate; policy: Policy; mom?: Readiness; em?: Readiness }>();
function readinessOf(person: Person, kind: 'mom' | 'em', asOf: IsoDate, policy: Policy): Readiness {
  let entry = memo.get(person);
  if (!entry || entry.asOf !== asOf || entry.policy !== policy) memo.set(person, (entry = { asOf, policy }));
  return (entry[kind] ??= kind === 'mom' ? assessMomReadiness(person, asOf, policy) : assessEmReadiness(person, asOf, policy));
}

/** Counts per band, for badges: `{ 'ready-now': 2, 'ready-6-12': 1, 'to-assess': 3, 'not-yet': 5 }`. */
export function countByBand(candidates: readonly Pick<Candidate, 'band'>[]): Record<Band, number> {
  const counts: Record<Band, number> = { 'ready-now': 0, 'ready-6-12': 0, 'to-assess': 0, 'not-yet': 0 };
  for (const c of candidates) counts[c.band]++;
  return counts;
}

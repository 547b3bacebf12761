/**
 * Where manager-of-managers nodes emerge (DOMAIN.md "Where a MoM node emerges"), as a pure function of
 * (org, policy): the team splits and MoM groups the rules would create now, the vacancies, the flags, and
 * for each role the internal candidates with their readiness.
 */
import { assignPerson, updatePerson, type EditError } from '../model/edits';
import { orgMetrics, type OrgMetrics } from '../model/metrics';
import { err, ok, type Result } from '../model/result';
import { buildTreeIndex, childrenOf, isManagerOfManagersUnit, subtreeUnitIds, unitDepths, type TreeIndex } from '../model/tree';
import type { Org, PersonId, Policy, UnitId } from '../model/types';
import { candidatePools, nearUnitFor, unitHeights, type Candidate, type CandidatePools, type RankedCandidates } from './candidates';
import { assessMomReadiness, type Band } from './readiness';
import { applyStructuralRules, evenSizes, replaySteps, stepsFor, type StructuralStep } from './structure';
import { getOwn } from '../model/lookup';

/** The role a node calls for, by how many layers of managers it sits above. */
export type RoleTitle = 'EM' | 'Director' | 'Senior Director' | 'VP';

/** `roleForHeight(0)` → `'EM'` (leads a team); 1 → Director (above EMs); 2 → Senior Director; 3+ → VP. */
export function roleForHeight(height: number): RoleTitle {
  return height <= 0 ? 'EM' : height === 1 ? 'Director' : height === 2 ? 'Senior Director' : 'VP';
}

/** Which rule of DOMAIN.md made a role appear: a team split (1), a lead over span (2), or an empty lead role (3). */
export type EmergentRule = 'team-split' | 'span' | 'vacancy';

/** The numbers behind a rule or flag, for the UI to show or compare: `{ ics: 11, splitAbove: 8 }`. */
export type Numbers = Readonly<Record<string, number>>;

/**
 * Rule 1: a team over the split size splits into k teams (as even as possible) under the same parent; the lead
 * keeps the first, and each other one is a new EM vacancy: one `TeamSplit` per new team.
 */
export interface TeamSplit {
  readonly kind: 'team-split';
  readonly rule: 'team-split';
  /** Stable: `emerge:split:<team id>:<part, 2..k>`. */
  readonly id: string;
  /** The new team (a ghost in the projected org). */
  readonly unitId: UnitId;
  /** The team that splits. */
  readonly teamId: UnitId;
  readonly parentUnitId: UnitId | null;
  readonly name: string;
  /** Every part of the split, the lead's first: `[{ name: 'Payments A', size: 7, keepsLead: true }, …]`. */
  readonly parts: readonly { readonly name: string; readonly size: number; readonly keepsLead: boolean }[];
  readonly role: 'EM';
  /** "Payments has 20 ICs; teams split above 8. It splits into Payments A (7, keeps its lead), Payments B (7) and Payments C (6)." */
  readonly reason: string;
  /** `{ ics, splitAbove, parts, size }`. */
  readonly numbers: Numbers;
  /** Always true: the new team has no lead until someone is promoted or hired. */
  readonly vacancy: true;
  /** The team's own ICs first (near), then the rest of the org: the best `CANDIDATE_LIMIT`. */
  readonly candidates: readonly Candidate[];
  /** Every candidate by band, listed or not (badges), and how many there are. */
  readonly candidateCounts: Record<Band, number>;
  readonly candidateTotal: number;
  /** Index of the structural step that makes it, in `Forecast.steps`. */
  readonly step: number;
}

/**
 * A new group: above a top-level team that splits (rule 1), a sibling group beside a lead over span
 * (rule 2, sideways), or a layer below a top lead over span (rule 2, at the top). A vacancy until filled.
 */
export interface MomEmergence {
  readonly kind: 'mom';
  readonly rule: 'team-split' | 'span';
  /** How it came about: above a split top team, beside an over-span lead, or a layer under the top lead. */
  readonly mode: 'above-split' | 'sideways' | 'layer';
  /** Stable: `emerge:group:<unit it came from>:<part>`. */
  readonly id: string;
  /** The new group (a ghost in the projected org). */
  readonly unitId: UnitId;
  /** Where it sits in the projected org (null: a new top). */
  readonly parentUnitId: UnitId | null;
  /** The units it leads in the projected org. */
  readonly childIds: readonly UnitId[];
  readonly role: RoleTitle;
  readonly name: string;
  /** "Marcus Chen leads 12 units; the MoM span is at most 6. …: a Director is needed for Product Engineering B." */
  readonly reason: string;
  /** `{ managedUnits, spanMax, parts, size }` (rule 2) or `{ ics, splitAbove, parts }` (rule 1). */
  readonly numbers: Numbers;
  /** Always true: an emergent node is a vacancy until filled. */
  readonly vacancy: true;
  /** Leads one layer below the role, near (the nearest existing unit's subtree) first: the best `CANDIDATE_LIMIT`. */
  readonly candidates: readonly Candidate[];
  readonly candidateCounts: Record<Band, number>;
  readonly candidateTotal: number;
  readonly step: number;
}

/** A role the rules would create now. Narrow on `kind`. */
export type Emergent = TeamSplit | MomEmergence;

/** Rule 3: an existing unit whose lead role is empty (an EM team or a MoM group). */
export interface VacantRole {
  /** Stable: `vacancy:<unit id>`. */
  readonly id: string;
  readonly rule: 'vacancy';
  readonly unitId: UnitId;
  readonly parentUnitId: UnitId | null;
  readonly role: RoleTitle;
  /** Whole months open since `vacantSince`, or null when unknown. */
  readonly openMonths: number | null;
  /** "Search has no EM (open 2 months)." */
  readonly reason: string;
  /** `{ openMonths }` when known. */
  readonly numbers: Numbers;
  readonly vacancy: true;
  /** EM roles: the team's ICs first. MoM roles: leads one layer below, inside the parent's subtree first. The best `CANDIDATE_LIMIT`. */
  readonly candidates: readonly Candidate[];
  readonly candidateCounts: Record<Band, number>;
  readonly candidateTotal: number;
}

export type FlagKind = 'team-over-split' | 'team-at-split' | 'small-team' | 'span-over' | 'span-at-limit' | 'thin-layer' | 'too-many-layers' | 'vacancy';

/** Something worth a look, on a unit: "Payments has 11 ICs; teams split above 8." with `{ ics: 11, splitAbove: 8 }`. */
export interface Flag {
  readonly kind: FlagKind;
  readonly unitId: UnitId;
  readonly message: string;
  readonly numbers: Numbers;
}

/** Org-design metrics plus bench strength (share of MoM roles with a ready-now internal successor; null with none). */
export type ForecastMetrics = OrgMetrics & { readonly benchStrength: number | null };

/** What `forecastEmergence` finds: metrics, flags, emergent roles, vacancies and bench strength. Plain data. */
export interface Forecast {
  /** The whole org. */
  readonly metrics: ForecastMetrics;
  readonly flags: readonly Flag[];
  /** Team splits first (in unit order), then MoM nodes (by parent, in unit order). */
  readonly emergent: readonly Emergent[];
  readonly vacancies: readonly VacantRole[];
  /** Share of MoM roles (filled, vacant and emergent) with at least one ready-now internal successor; null with no MoM roles. */
  readonly benchStrength: number | null;
  /**
   * Every MoM role (by its unit; an emergent one by the nearest existing unit) and whether it is covered by the
   * matching of ready-now successors to roles (each person counts for one role only).
   */
  readonly momRoles: readonly { readonly unitId: UnitId; readonly covered: boolean }[];
  /** The org after rules 1 and 2 run to a fixed point: what the simulation would make of today's org. */
  readonly projected: Org;
  /** The structural steps from `org` to `projected`, in order. */
  readonly steps: readonly StructuralStep[];
}

const list = (names: readonly string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** At most `n` names, then "and 4 more". */
const some = (names: readonly string[], n = 6): string => (names.length <= n ? list(names) : `${names.slice(0, n).join(', ')} and ${names.length - n} more`);

/** What every rule needs: the org, the policy and lookups built once. */
interface Ctx {
  readonly org: Org;
  readonly policy: Policy;
  readonly index: TreeIndex;
  readonly heights: ReadonlyMap<UnitId, number>;
  readonly flags: Flag[];
  readonly pools: CandidatePools;
}

/** How many candidates a role lists (ranked); `candidateCounts` counts them all. Enough for any panel. */
export const CANDIDATE_LIMIT = 50;

const nameOf = (ctx: Ctx, id: UnitId): string => getOwn(ctx.org.units, id)?.name ?? id;
const flag = (ctx: Ctx, kind: FlagKind, unitId: UnitId, message: string, numbers: Numbers): void => void ctx.flags.push({ kind, unitId, message, numbers });

/**
 * Today's forecast for an org: a pure function of (org, policy) that never changes its input. Rules 1 and 2 run
 * to a fixed point (`applyStructuralRules`), so the ghosts are exactly what one simulated month would make.
 * `forecastEmergence(sample, policy).emergent.map((e) => e.kind)` → `['team-split', 'mom', …]`.
 */
export function forecastEmergence(org: Org, policy: Policy): Forecast {
  const index = buildTreeIndex(org);
  const heights = unitHeights(org, index);
  const ctx: Ctx = { org, policy, index, heights, flags: [], pools: candidatePools(org, policy, index, heights) };
  const { org: projected, steps } = applyStructuralRules(org, policy);
  const emergent = describeSteps(ctx, projected, steps);
  sizeFlags(ctx, steps);
  spanFlags(ctx, projected, steps);
  const whole = orgMetrics(org, undefined, index);
  const vacancies = vacantRoles(ctx, whole);
  const momRoles = momRolesOf(ctx, projected, emergent);
  const benchStrength = share(momRoles);
  const metrics: ForecastMetrics = { ...whole, benchStrength };
  for (const [root, layers] of layersByRoot(index)) {
    if (layers > policy.layerLimit)
      flag(ctx, 'too-many-layers', root, `${nameOf(ctx, root)} has ${layers} layers; more than ${policy.layerLimit} slows decisions and is worth flattening.`, {
        layers,
        layerLimit: policy.layerLimit,
      });
  }
  return { metrics, flags: ctx.flags, emergent, vacancies, benchStrength, momRoles, projected, steps };
}

/** The roles each structural step creates, with reasons and candidates (lists shared by roles that draw on the same people). */
function describeSteps(ctx: Ctx, projected: Org, steps: readonly StructuralStep[]): Emergent[] {
  const { org, policy } = ctx;
  if (steps.length === 0) return [];
  const pIndex = buildTreeIndex(projected);
  const pHeights = unitHeights(projected, pIndex);
  // Roles that draw on the same people from the same neighbourhood share one ranked list.
  const cache = new Map<string, RankedCandidates>();
  const ranked = (spec: { kind: 'em'; nearUnitId: UnitId } | { kind: 'mom'; nearUnitId: UnitId; height: number }): RankedCandidates => {
    const key = `${spec.kind}:${spec.nearUnitId}:${spec.kind === 'mom' ? spec.height : ''}`;
    let found = cache.get(key);
    if (!found) cache.set(key, (found = ctx.pools.rank(spec, CANDIDATE_LIMIT)));
    return found;
  };
  const candidates = (spec: Parameters<typeof ranked>[0]) => {
    const r = ranked(spec);
    return { candidates: r.candidates, candidateCounts: r.counts, candidateTotal: r.total };
  };
  // A role's neighbourhood is the nearest unit that exists today: new units have no people in today's org.
  const existing = (id: UnitId | null): UnitId | null => nearestExisting(org, projected, id);
  const out: Emergent[] = [];
  const span = `the MoM span is at most ${policy.momSpanMax}`;
  steps.forEach((step, i) => {
    if (step.kind === 'team-split') {
      const k = step.parts.length;
      const said = `${step.teamName} has ${step.ics} ICs; teams split above ${policy.splitAbove}.`;
      const parts = step.parts.map((p, j) => ({ name: p.name, size: p.memberIds.length, keepsLead: j === 0 }));
      const into = `It splits into ${list(parts.map((p, j) => `${p.name} (${p.size}${j === 0 ? ', keeps its lead' : ''})`))}`;
      const near = existing(step.teamId) ?? step.teamId;
      step.parts.slice(1).forEach((part, j) => {
        out.push({
          kind: 'team-split',
          rule: 'team-split',
          id: `emerge:split:${step.teamId}:${j + 2}`,
          unitId: part.unitId,
          teamId: step.teamId,
          parentUnitId: projected.units[part.unitId]?.parentId ?? null,
          name: part.name,
          parts,
          role: 'EM',
          reason: `${said} ${into}; ${part.name} needs an EM.`,
          numbers: { ics: step.ics, splitAbove: policy.splitAbove, parts: k, size: part.memberIds.length },
          vacancy: true,
          ...candidates({ kind: 'em', nearUnitId: near }),
          step: i,
        });
      });
      if (step.groupAbove) {
        const g = step.groupAbove;
        const height = pHeights.get(g.unitId) ?? 1;
        const role = roleForHeight(height);
        const lead = getOwn(org.units, step.teamId)?.leadId;
        const natural = lead ? ` ${getOwn(org.people, lead)?.name ?? lead}, who led the team, is a natural candidate.` : '';
        out.push({
          kind: 'mom',
          rule: 'team-split',
          mode: 'above-split',
          id: `emerge:group:${step.teamId}:top`,
          unitId: g.unitId,
          parentUnitId: projected.units[g.unitId]?.parentId ?? null,
          childIds: childrenOf(pIndex, g.unitId),
          role,
          name: g.name,
          reason: `${said} ${into}. ${step.teamName} is the top of the org, so a new group is needed above the ${k} teams: a ${role}.${natural}`,
          numbers: { ics: step.ics, splitAbove: policy.splitAbove, parts: k },
          vacancy: true,
          ...candidates({ kind: 'mom', nearUnitId: near, height }),
          step: i,
        });
      }
      return;
    }
    const unit = getOwn(org.units, step.unitId);
    const leadName = unit?.leadId ? (getOwn(org.people, unit.leadId)?.name ?? unit.leadId) : `The lead of ${step.unitName}`;
    const g = step.parts.length;
    const sizes = step.parts.map((p) => p.childIds.length);
    const why = `${leadName} would lead ${step.managed} units; ${span}, so ${step.unitName} splits into ${g} parts (${sizes.join(' + ')}).`;
    const made = step.mode === 'sideways' ? step.parts.slice(1) : step.parts;
    const near = existing(step.mode === 'sideways' ? step.parentId : step.unitId) ?? existing(step.unitId) ?? step.unitId;
    made.forEach((part, j) => {
      const height = pHeights.get(part.unitId) ?? 1;
      const role = roleForHeight(height);
      const names = some(part.childIds.map((c) => projected.units[c]?.name ?? c));
      const how =
        step.mode === 'sideways'
          ? `A new sibling group, ${part.name}, takes ${names}: a ${role} is needed.`
          : `${step.unitName} is the top of the org, so a layer is added below it; ${part.name} takes ${names}: a ${role} is needed.`;
      out.push({
        kind: 'mom',
        rule: 'span',
        mode: step.mode,
        id: `emerge:group:${step.unitId}:${step.mode === 'sideways' ? j + 2 : j + 1}`,
        unitId: part.unitId,
        parentUnitId: projected.units[part.unitId]?.parentId ?? null,
        childIds: childrenOf(pIndex, part.unitId),
        role,
        name: part.name,
        reason: `${why} ${how}`,
        numbers: { managedUnits: step.managed, spanMax: policy.momSpanMax, parts: g, size: part.childIds.length },
        vacancy: true,
        ...candidates({ kind: 'mom', nearUnitId: near, height }),
        step: i,
      });
    });
  });
  return out;
}

/** Team-size flags on today's teams: over the split size (with how it splits), at it, or under the minimum. */
function sizeFlags(ctx: Ctx, steps: readonly StructuralStep[]): void {
  const { org, policy, index } = ctx;
  const splits = new Map(steps.flatMap((s) => (s.kind === 'team-split' ? [[s.teamId, s] as const] : [])));
  for (const unit of Object.values(org.units)) {
    if (childrenOf(index, unit.id).length > 0) continue;
    const ics = unit.memberIds.length;
    const split = splits.get(unit.id);
    if (split) {
      const k = split.parts.length;
      flag(
        ctx,
        'team-over-split',
        unit.id,
        `${unit.name} has ${ics} ICs; teams split above ${policy.splitAbove}: it splits into ${k} teams (${evenSizes(ics, k).join(' + ')}), ${plural(k - 1, 'new EM role', 'new EM roles')}.`,
        { ics, splitAbove: policy.splitAbove, parts: k },
      );
    } else if (ics === policy.splitAbove) {
      flag(ctx, 'team-at-split', unit.id, `${unit.name} has ${ics} ICs: one more hire splits it.`, { ics, splitAbove: policy.splitAbove });
    } else if (ics < policy.minTeamSize) {
      flag(
        ctx,
        'small-team',
        unit.id,
        `${unit.name} has ${plural(ics, 'IC', 'ICs')}, under the smallest viable team of ${policy.minTeamSize}: its EM is in effect a tech-lead manager.`,
        { ics, minTeamSize: policy.minTeamSize },
      );
    }
  }
}

/** Span flags on today's leads, counted after the splits (a lead over span is split), and thin layers. */
function spanFlags(ctx: Ctx, projected: Org, steps: readonly StructuralStep[]): void {
  const { org, policy, index, heights } = ctx;
  const over = new Map(steps.flatMap((s) => (s.kind === 'span-split' && getOwn(org.units, s.unitId) ? [[s.unitId, s] as const] : [])));
  const pIndex = projected === org ? index : buildTreeIndex(projected);
  for (const unit of Object.values(org.units)) {
    const children = childrenOf(index, unit.id);
    if (children.length === 0) continue;
    const lead = unit.leadId === null ? `The vacant lead of ${unit.name}` : (getOwn(org.people, unit.leadId)?.name ?? unit.leadId);
    const step = over.get(unit.id);
    const span = `the MoM span is at most ${policy.momSpanMax}`;
    if (step) {
      const numbers = { managedUnits: step.managed, spanMax: policy.momSpanMax, parts: step.parts.length };
      const verb = step.managed > children.length ? 'would lead' : 'leads';
      flag(
        ctx,
        'span-over',
        unit.id,
        `${lead} ${verb} ${step.managed} managed units; ${span}: ${step.mode === 'sideways' ? `${step.parts.length - 1} new sibling ${step.parts.length === 2 ? 'group' : 'groups'} beside it` : `a new layer of ${step.parts.length} groups below it`}.`,
        numbers,
      );
    } else {
      const managed = childrenOf(pIndex, unit.id).length;
      if (managed === policy.momSpanMax)
        flag(
          ctx,
          'span-at-limit',
          unit.id,
          `${lead} ${managed > children.length ? 'would lead' : 'leads'} ${managed} units, the MoM span limit: one more makes a new ${roleForHeight(heights.get(unit.id) ?? 1)} node emerge.`,
          { managedUnits: managed, spanMax: policy.momSpanMax },
        );
    }
    if (children.length === 1)
      flag(ctx, 'thin-layer', unit.id, `${unit.name} has exactly one unit below it (${nameOf(ctx, children[0]!)}): a thin layer.`, { managedChildren: 1 });
  }
}

/** Rule 3: every existing vacant unit, with its role (by height), how long it has been open, and candidates. */
function vacantRoles(ctx: Ctx, whole: OrgMetrics): VacantRole[] {
  const { org, heights } = ctx;
  return whole.vacancies.map((v) => {
    const height = heights.get(v.unitId) ?? 0;
    const role = roleForHeight(height);
    const open = v.openMonths === null ? '' : ` (open ${plural(v.openMonths, 'month', 'months')})`;
    const reason = `${nameOf(ctx, v.unitId)} has no ${role}${open}.`;
    const numbers: Numbers = v.openMonths === null ? {} : { openMonths: v.openMonths };
    flag(ctx, 'vacancy', v.unitId, reason, numbers);
    const spec = height === 0 ? ({ kind: 'em', nearUnitId: v.unitId } as const) : ({ kind: 'mom', nearUnitId: nearUnitFor(org, v.unitId), height } as const);
    const r = ctx.pools.rank(spec, CANDIDATE_LIMIT);
    return {
      id: `vacancy:${v.unitId}`,
      rule: 'vacancy',
      unitId: v.unitId,
      parentUnitId: getOwn(org.units, v.unitId)?.parentId ?? null,
      role,
      openMonths: v.openMonths,
      reason,
      numbers,
      vacancy: true,
      candidates: r.candidates,
      candidateCounts: r.counts,
      candidateTotal: r.total,
    };
  });
}

/**
 * Every MoM role — filled, vacant and emergent — and whether the matching of ready-now people to roles covers
 * it. A MoM role at height h draws on leads of units at height h - 1, the same people for every role of that
 * height, so the maximum matching gives min(roles, ready people) roles of each height a successor: one person
 * ready for three roles is a bench of one. Open roles are covered first.
 */
function momRolesOf(ctx: Ctx, projected: Org, emergent: readonly Emergent[]): Forecast['momRoles'] {
  const { org, index, heights } = ctx;
  const roles = existingMomRoles(org, index, heights);
  for (const e of emergent)
    if (e.kind === 'mom') {
      // An emergent role is counted at the nearest unit that exists today (its parent, or the unit it came from).
      const at = nearestExisting(org, projected, e.parentUnitId) ?? nearestExisting(org, projected, e.childIds[0] ?? null);
      if (at) roles.push({ unitId: at, height: HEIGHT_OF_ROLE[e.role], open: true });
    }
  const covered = coverRoles(roles, readyLeadsByHeight(org, ctx.policy, index, heights));
  return roles.map((r, i) => ({ unitId: r.unitId, covered: covered[i]! }));
}

interface MomRole {
  readonly unitId: UnitId;
  readonly height: number;
  /** Vacant or emergent: matched before filled roles. */
  readonly open: boolean;
}

/** The MoM roles of today's units: filled ones (a MoM leads them), then vacant ones a layer or more up. */
function existingMomRoles(org: Org, index: TreeIndex, heights: ReadonlyMap<UnitId, number>): MomRole[] {
  const roles: MomRole[] = [];
  for (const u of Object.values(org.units))
    if (u.leadId !== null && isManagerOfManagersUnit(org, index, u.id)) roles.push({ unitId: u.id, height: heights.get(u.id) ?? 1, open: false });
  for (const u of Object.values(org.units)) {
    const h = heights.get(u.id) ?? 0;
    if (u.leadId === null && h >= 1) roles.push({ unitId: u.id, height: h, open: true });
  }
  return roles;
}

/**
 * The matching of ready-now people to roles: a role at height h draws on the ready leads at height h - 1 (the
 * same people for every role of that height), each counted once; open roles first, then in order.
 */
function coverRoles(roles: readonly MomRole[], ready: ReadonlyMap<number, number>): boolean[] {
  const left = new Map(ready);
  const covered = roles.map(() => false);
  const order = roles.map((_, i) => i).sort((a, b) => Number(roles[b]!.open) - Number(roles[a]!.open) || a - b);
  for (const i of order) {
    const below = roles[i]!.height - 1;
    const n = left.get(below) ?? 0;
    if (n > 0) {
      left.set(below, n - 1);
      covered[i] = true;
    }
  }
  return covered;
}

const HEIGHT_OF_ROLE: Record<RoleTitle, number> = { EM: 0, Director: 1, 'Senior Director': 2, VP: 3 };

/** The nearest unit at or above `id` (in the projected org) that exists in today's org. */
export function nearestExisting(org: Org, projected: Org, id: UnitId | null): UnitId | null {
  for (let at = id, guard = 0; at !== null && guard < 100_000; guard++) {
    if (getOwn(org.units, at)) return at;
    at = projected.units[at]?.parentId ?? null;
  }
  return null;
}

/** How many leads at each height are ready now for a MoM role one layer up. */
function readyLeadsByHeight(org: Org, policy: Policy, index: TreeIndex, heights: ReadonlyMap<UnitId, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [personId, placement] of index.placement) {
    if (placement.role !== 'lead') continue;
    const person = getOwn(org.people, personId);
    if (!person || assessMomReadiness(person, org, policy).band !== 'ready-now') continue;
    const h = heights.get(placement.unitId) ?? 0;
    out.set(h, (out.get(h) ?? 0) + 1);
  }
  return out;
}

/**
 * Bench strength of an org on its own (no forecast): the share of its MoM units, filled or vacant, that the
 * matching of ready-now people to roles covers. `benchStrength(org, policy)` → 0.5, or null with no MoM roles.
 */
export function benchStrength(org: Org, policy: Policy, index: TreeIndex = buildTreeIndex(org)): number | null {
  const heights = unitHeights(org, index);
  const roles = existingMomRoles(org, index, heights);
  if (roles.length === 0) return null;
  return coverRoles(roles, readyLeadsByHeight(org, policy, index, heights)).filter(Boolean).length / roles.length;
}

const share = (roles: Forecast['momRoles']): number | null => (roles.length === 0 ? null : roles.filter((r) => r.covered).length / roles.length);

/**
 * Metrics of the subtree under `unitId`, with the bench strength of the MoM roles in it: computed on demand (one
 * subtree at a time), never for every unit at once, which is quadratic on a deep org.
 * `subtreeMetricsOf(org, forecast, 'u02').benchStrength` → 0.5.
 */
export function subtreeMetricsOf(org: Org, forecast: Pick<Forecast, 'momRoles'>, unitId: UnitId, index: TreeIndex = buildTreeIndex(org)): ForecastMetrics {
  return { ...orgMetrics(org, unitId, index), benchStrength: benchStrengthWithin(forecast, new Set(subtreeUnitIds(index, unitId))) };
}

/** The layers below each root (its deepest unit's depth), in one walk. */
function layersByRoot(index: TreeIndex): Map<UnitId, number> {
  const out = new Map<UnitId, number>();
  const depths = unitDepths(index);
  // Walk each root's subtree once, keeping its deepest depth.
  for (const root of index.roots) {
    let deepest = 0;
    for (const id of subtreeUnitIds(index, root)) deepest = Math.max(deepest, depths.get(id) ?? 0);
    out.set(root, deepest);
  }
  return out;
}

/** Bench strength of the MoM roles in a subtree (`within` holds its unit ids): covered / all, or null with none. */
export function benchStrengthWithin(forecast: Pick<Forecast, 'momRoles'>, within: ReadonlySet<UnitId>): number | null {
  return share(forecast.momRoles.filter((r) => within.has(r.unitId)));
}

/** The org with the emergent nodes applied, and which new units are ghosts of which emergent node. */
export interface Projection {
  readonly org: Org;
  readonly ghosts: ReadonlyMap<UnitId, Emergent>;
}

/** The forecast's fixed point for drawing: the projected org, with every new unit a ghost of its emergent role. */
export function projectForecast(org: Org, forecast: Forecast): Projection {
  if (forecast.steps.length === 0) return { org, ghosts: new Map() };
  return { org: forecast.projected, ghosts: new Map(forecast.emergent.map((e) => [e.unitId, e])) };
}

/**
 * Make one emergent node real: replay the structural steps it depends on (its own and those that make the units
 * it acts on), nothing else. Returns the new unit, vacant, ready for `promoteCandidate`.
 * `materializeEmergent(org, forecast, forecast.emergent[0])` → `ok({ org, unitId: 'u14' })`.
 */
export function materializeEmergent(org: Org, forecast: Pick<Forecast, 'steps'>, node: Emergent): Result<{ org: Org; unitId: UnitId }, EditError> {
  const next = replaySteps(org, stepsFor(forecast.steps, node.unitId));
  if (!getOwn(next.units, node.unitId)) return err({ code: 'unknown-unit', message: `“${node.name}” no longer applies to this org.` });
  return ok({ org: next, unitId: node.unitId });
}

/** Title a person gets on promotion into a role: `titleForRole('Director')` → `'Director of Engineering'`. */
export function titleForRole(role: RoleTitle): string {
  return role === 'EM'
    ? 'Engineering Manager'
    : role === 'Director'
      ? 'Director of Engineering'
      : role === 'Senior Director'
        ? 'Senior Director of Engineering'
        : 'VP Engineering';
}

/**
 * Fill an existing vacant unit with a person (to fill an emergent node, `materializeEmergent` it first).
 * They leave their old place; a unit they led becomes vacant as of `org.asOf` (the cascade), and `leftVacant`
 * names it. Their title follows `role` (by default the unit's role by height); someone promoted from IC becomes
 * a manager as of `org.asOf`. Refuses unknown ids and a unit that isn't vacant.
 * `promoteCandidate(org, { unitId: 'u06', personId: 'p40' })` → ok, `leftVacant: null` (an IC became Search's EM).
 */
export function promoteCandidate(
  org: Org,
  spec: { unitId: UnitId; personId: PersonId; role?: RoleTitle },
): Result<{ org: Org; leftVacant: UnitId | null }, EditError> {
  const unit = getOwn(org.units, spec.unitId);
  const person = getOwn(org.people, spec.personId);
  if (!unit) return err({ code: 'unknown-unit', message: `There is no unit ${spec.unitId}.` });
  if (!person) return err({ code: 'unknown-person', message: `There is no person ${spec.personId}.` });
  if (unit.leadId !== null) return err({ code: 'lead-taken', message: `“${unit.name}” is not vacant.` });
  const led = Object.values(org.units).find((u) => u.leadId === spec.personId)?.id ?? null;
  const placed = assignPerson(org, spec.personId, { unitId: spec.unitId, role: 'lead' });
  if (!placed.ok) return placed;
  const role = spec.role ?? roleForHeight(unitHeights(org, buildTreeIndex(org)).get(spec.unitId) ?? 0);
  const updated = updatePerson(placed.value, spec.personId, { title: titleForRole(role), ...(person.managerSince ? {} : { managerSince: org.asOf }) });
  return updated.ok ? ok({ org: updated.value, leftVacant: led }) : updated;
}

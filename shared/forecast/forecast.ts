/**
 * Where manager-of-managers nodes emerge (DOMAIN.md "Where a MoM node emerges"), as a pure function of
 * (org, policy): the team splits and MoM groups the rules would create now, the vacancies, the flags, and
 * for each role the internal candidates with their readiness.
 */
import { insertGroupAbove, splitTeam, assignPerson, newId, updatePerson, type EditError } from '../model/edits';
import { orgMetrics, type OrgMetrics } from '../model/metrics';
import { err, ok, type Result } from '../model/result';
import { buildTreeIndex, childrenOf, isManagerOfManagersUnit, type TreeIndex } from '../model/tree';
import { unitId, type Org, type PersonId, type Policy, type UnitId } from '../model/types';
import { countByBand, rankCandidates, unitHeights, type Candidate } from './candidates';

/** The role a node calls for, by how many layers of managers it sits above. */
export type RoleTitle = 'EM' | 'Director' | 'Senior Director' | 'VP';

/** `roleForHeight(0)` → `'EM'` (leads a team); 1 → Director (above EMs); 2 → Senior Director; 3+ → VP. */
export function roleForHeight(height: number): RoleTitle {
  return height <= 0 ? 'EM' : height === 1 ? 'Director' : height === 2 ? 'Senior Director' : 'VP';
}

/** Rule 1: a team with more ICs than the split size splits in two; the new half is an EM vacancy. */
export interface TeamSplit {
  readonly kind: 'team-split';
  readonly id: string;
  readonly teamId: UnitId;
  readonly parentUnitId: UnitId | null;
  readonly keepName: string;
  readonly newTeamName: string;
  readonly moveMemberIds: readonly PersonId[];
  readonly role: 'EM';
  readonly reason: string;
  readonly candidates: readonly Candidate[];
}

/** Rule 2: a lead with more managed units than the MoM span gets new groups inserted below them. */
export interface MomEmergence {
  readonly kind: 'mom';
  readonly id: string;
  readonly parentUnitId: UnitId;
  /** Existing units the new group sits above. */
  readonly aboveUnitIds: readonly UnitId[];
  /** Teams that split now whose new half also sits under this group. */
  readonly splitTeamIds: readonly UnitId[];
  readonly role: RoleTitle;
  readonly name: string;
  readonly reason: string;
  readonly numbers: { readonly managedUnits: number; readonly spanMax: number; readonly spanTarget: number };
  readonly candidates: readonly Candidate[];
}

export type Emergent = TeamSplit | MomEmergence;

/** Rule 3: a unit whose lead role is empty. */
export interface VacantRole {
  readonly unitId: UnitId;
  readonly role: RoleTitle;
  readonly openMonths: number | null;
  readonly candidates: readonly Candidate[];
}

export type FlagKind = 'team-over-split' | 'team-at-split' | 'small-team' | 'span-over' | 'span-at-limit' | 'thin-layer' | 'too-many-layers' | 'vacancy';

export interface Flag {
  readonly kind: FlagKind;
  readonly unitId: UnitId;
  readonly message: string;
}

export interface Forecast {
  readonly metrics: OrgMetrics;
  readonly flags: readonly Flag[];
  readonly emergent: readonly Emergent[];
  readonly vacancies: readonly VacantRole[];
  /** Share of MoM roles (filled, vacant and emergent) with at least one ready-now internal successor; null with no MoM roles. */
  readonly benchStrength: number | null;
  /** Every MoM role (by its unit, or the parent an emergent node sits under) and whether a ready-now successor exists. */
  readonly momRoles: readonly { readonly unitId: UnitId; readonly covered: boolean }[];
}

const list = (names: readonly string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
const letter = (i: number): string => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');

/**
 * Today's forecast for an org. Never changes its input.
 * `forecastEmergence(sample, policy).emergent` → the Payments split and the Director nodes it forces.
 */
export function forecastEmergence(org: Org, policy: Policy): Forecast {
  const index = buildTreeIndex(org);
  const heights = unitHeights(org, index);
  const metrics = orgMetrics(org, undefined, index);
  const flags: Flag[] = [];
  const emergent: Emergent[] = [];
  const unitName = (id: UnitId) => org.units[id]?.name ?? id;

  // Rule 1: teams that outgrow themselves.
  const splits = new Map<UnitId, TeamSplit>();
  for (const unit of Object.values(org.units)) {
    if (childrenOf(index, unit.id).length > 0) continue;
    const ics = unit.memberIds.length;
    if (ics > policy.splitAbove) {
      const keep = Math.ceil(ics / 2);
      const split: TeamSplit = {
        kind: 'team-split',
        id: `emerge:split:${unit.id}`,
        teamId: unit.id,
        parentUnitId: unit.parentId,
        keepName: `${unit.name} A`,
        newTeamName: `${unit.name} B`,
        moveMemberIds: unit.memberIds.slice(keep),
        role: 'EM',
        reason: `${unit.name} has ${ics} ICs; teams split above ${policy.splitAbove}. It splits into ${unit.name} A (${keep}, keeps its lead) and ${unit.name} B (${ics - keep}), which needs an EM.`,
        candidates: rankCandidates(org, policy, { kind: 'em', nearUnitId: unit.id }, index, heights),
      };
      splits.set(unit.id, split);
      emergent.push(split);
      flags.push({ kind: 'team-over-split', unitId: unit.id, message: `${unit.name} has ${ics} ICs; teams split above ${policy.splitAbove}.` });
    } else if (ics === policy.splitAbove) {
      flags.push({ kind: 'team-at-split', unitId: unit.id, message: `${unit.name} has ${ics} ICs: one more hire splits it.` });
    } else if (ics < policy.minTeamSize) {
      flags.push({ kind: 'small-team', unitId: unit.id, message: `${unit.name} has ${ics} ${ics === 1 ? 'IC' : 'ICs'}, under the smallest viable team of ${policy.minTeamSize}: its EM is in effect a tech-lead manager.` });
    }
  }

  // Rule 2: leads who outgrow their span (counting the new halves of teams that split below them).
  for (const unit of Object.values(org.units)) {
    const children = childrenOf(index, unit.id);
    if (children.length === 0) continue;
    const blocks = children.map((c) => ({ id: c, size: splits.has(c) ? 2 : 1 }));
    const managed = blocks.reduce((n, b) => n + b.size, 0);
    const lead = unit.leadId === null ? 'The vacant lead of ' + unit.name : (org.people[unit.leadId]?.name ?? unit.leadId);
    if (managed > policy.momSpanMax) {
      const parts = partition(blocks, Math.min(Math.ceil(managed / policy.momSpanTarget), Math.floor(managed / 2)));
      parts.forEach((part, i) => {
        const above = part.map((b) => b.id);
        const splitTeamIds = part.filter((b) => b.size === 2).map((b) => b.id);
        const names = part.flatMap((b) => (b.size === 2 ? [splits.get(b.id)!.keepName, splits.get(b.id)!.newTeamName] : [unitName(b.id)]));
        const height = Math.max(...above.map((id) => heights.get(id) ?? 0)) + 1;
        const role = roleForHeight(height);
        emergent.push({
          kind: 'mom',
          id: `emerge:span:${unit.id}:${i + 1}`,
          parentUnitId: unit.id,
          aboveUnitIds: above,
          splitTeamIds,
          role,
          name: `${unit.name} ${letter(i)}`,
          reason: `${lead} would lead ${managed} units; the MoM span is ${policy.momSpanTarget}-${policy.momSpanMax} (split above ${policy.momSpanMax}). A ${role} is needed above ${list(names)}.`,
          numbers: { managedUnits: managed, spanMax: policy.momSpanMax, spanTarget: policy.momSpanTarget },
          candidates: rankCandidates(org, policy, { kind: 'mom', nearUnitId: unit.id, height }, index, heights),
        });
      });
      flags.push({ kind: 'span-over', unitId: unit.id, message: `${lead} would lead ${managed} units; the MoM span is ${policy.momSpanTarget}-${policy.momSpanMax} (split above ${policy.momSpanMax}).` });
    } else if (managed === policy.momSpanMax) {
      flags.push({ kind: 'span-at-limit', unitId: unit.id, message: `${lead} leads ${managed} units, the MoM span limit: one more team makes a new ${roleForHeight((heights.get(unit.id) ?? 1))} node emerge.` });
    }
    if (children.length === 1)
      flags.push({ kind: 'thin-layer', unitId: unit.id, message: `${unit.name} has exactly one unit below it (${unitName(children[0]!)}): a thin layer.` });
  }

  if (metrics.layers > policy.layerLimit)
    for (const root of index.roots)
      flags.push({ kind: 'too-many-layers', unitId: root, message: `The org has ${metrics.layers} layers; more than ${policy.layerLimit} slows decisions and is worth flattening.` });

  // Rule 3: vacancies, each with its candidates.
  const vacancies: VacantRole[] = metrics.vacancies.map((v) => {
    const height = heights.get(v.unitId) ?? 0;
    const role = roleForHeight(height);
    flags.push({ kind: 'vacancy', unitId: v.unitId, message: `${unitName(v.unitId)} has no ${role === 'EM' ? 'EM' : role}${v.openMonths !== null ? ` (open ${v.openMonths} ${v.openMonths === 1 ? 'month' : 'months'})` : ''}.` });
    return {
      ...v,
      role,
      candidates: rankCandidates(org, policy, height === 0 ? { kind: 'em', nearUnitId: v.unitId } : { kind: 'mom', nearUnitId: v.unitId, height }, index, heights),
    };
  });

  // Bench strength: every MoM role, filled (successors), vacant or emergent, with a ready-now internal candidate.
  const roles: { unitId: UnitId; candidates: readonly Candidate[] }[] = [
    ...Object.values(org.units)
      .filter((u) => u.leadId !== null && isManagerOfManagersUnit(org, index, u.id))
      .map((u) => ({ unitId: u.id, candidates: rankCandidates(org, policy, { kind: 'mom', nearUnitId: u.id, height: heights.get(u.id) ?? 1, excludePersonIds: [u.leadId!] }, index, heights) })),
    ...vacancies.filter((v) => v.role !== 'EM').map((v) => ({ unitId: v.unitId, candidates: v.candidates })),
    ...emergent.filter((e): e is MomEmergence => e.kind === 'mom').map((e) => ({ unitId: e.parentUnitId, candidates: e.candidates })),
  ];
  const momRoles = roles.map((r) => ({ unitId: r.unitId, covered: countByBand(r.candidates)['ready-now'] > 0 }));
  const covered = momRoles.filter((r) => r.covered).length;
  return { metrics, flags, emergent, vacancies, benchStrength: momRoles.length === 0 ? null : covered / momRoles.length, momRoles };
}

/** Bench strength of the MoM roles in a subtree (`within` holds its unit ids): covered / all, or null with none. */
export function benchStrengthWithin(forecast: Forecast, within: ReadonlySet<UnitId>): number | null {
  const roles = forecast.momRoles.filter((r) => within.has(r.unitId));
  return roles.length === 0 ? null : roles.filter((r) => r.covered).length / roles.length;
}

/**
 * Split ordered blocks into `k` consecutive parts of near-equal size (larger parts first), never separating
 * a block (the two halves of a split team stay together).
 */
function partition<T extends { size: number }>(blocks: readonly T[], k: number): T[][] {
  const total = blocks.reduce((n, b) => n + b.size, 0);
  const parts: T[][] = [];
  let current: T[] = [];
  let filled = 0;
  for (const block of blocks) {
    const i = parts.length;
    const target = Math.floor(total / k) + (i < total % k ? 1 : 0);
    const remainingParts = k - i - 1;
    if (current.length > 0 && filled + block.size > target && remainingParts > 0) {
      parts.push(current);
      current = [];
      filled = 0;
    }
    current.push(block);
    filled += block.size;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** The org with the emergent nodes applied, and which new units are ghosts of which emergent node. */
export interface Projection {
  readonly org: Org;
  readonly ghosts: ReadonlyMap<UnitId, Emergent>;
}

/**
 * Apply a forecast's emergent nodes to a copy of the org, for drawing them as ghosts in the chart:
 * team splits first, then the MoM groups above the halves.
 */
export function projectForecast(org: Org, forecast: Forecast): Projection {
  const ghosts = new Map<UnitId, Emergent>();
  const newHalf = new Map<UnitId, UnitId>();
  let current = org;
  for (const e of forecast.emergent) {
    if (e.kind !== 'team-split') continue;
    const result = applySplit(current, e);
    if (!result.ok) continue;
    current = result.value.org;
    newHalf.set(e.teamId, result.value.unitId);
    ghosts.set(result.value.unitId, e);
  }
  for (const e of forecast.emergent) {
    if (e.kind !== 'mom') continue;
    const childIds = [...e.aboveUnitIds, ...e.splitTeamIds.flatMap((t) => (newHalf.has(t) ? [newHalf.get(t)!] : []))];
    const id = unitId(newId('u', Object.keys(current.units)));
    const result = insertGroupAbove(current, { id, name: e.name, parentId: e.parentUnitId, childIds: sortBySiblingOrder(current, childIds) });
    if (!result.ok) continue;
    current = result.value;
    ghosts.set(id, e);
  }
  return { org: current, ghosts };
}

function sortBySiblingOrder(org: Org, ids: readonly UnitId[]): UnitId[] {
  const order = Object.keys(org.units);
  return [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function applySplit(org: Org, split: TeamSplit): Result<{ org: Org; unitId: UnitId }, EditError> {
  const id = unitId(newId('u', Object.keys(org.units)));
  const team = org.units[split.teamId];
  if (!team) return err({ code: 'unknown-unit', message: `There is no unit ${split.teamId}.` });
  const moving = split.moveMemberIds.filter((m) => team.memberIds.includes(m));
  const result = splitTeam(org, split.teamId, { newId: id, newName: split.newTeamName, keepName: split.keepName, moveMemberIds: moving });
  return result.ok ? ok({ org: result.value, unitId: id }) : result;
}

/**
 * Make an emergent node real: split the team, or insert the MoM group (splitting its teams first where needed).
 * Returns the new unit, vacant, ready for `promoteCandidate`.
 */
export function materializeEmergent(org: Org, node: Emergent): Result<{ org: Org; unitId: UnitId }, EditError> {
  if (node.kind === 'team-split') return applySplit(org, node);
  let current = org;
  const childIds: UnitId[] = [...node.aboveUnitIds];
  for (const teamId of node.splitTeamIds) {
    const team = current.units[teamId];
    if (!team) continue;
    const ics = team.memberIds.length;
    const keep = Math.ceil(ics / 2);
    const split = applySplit(current, { kind: 'team-split', id: '', teamId, parentUnitId: team.parentId, keepName: `${team.name} A`, newTeamName: `${team.name} B`, moveMemberIds: team.memberIds.slice(keep), role: 'EM', reason: '', candidates: [] });
    if (!split.ok) return split;
    current = split.value.org;
    childIds.push(split.value.unitId);
  }
  const id = unitId(newId('u', Object.keys(current.units)));
  const inserted = insertGroupAbove(current, { id, name: node.name, parentId: node.parentUnitId, childIds: sortBySiblingOrder(current, childIds) });
  return inserted.ok ? ok({ org: inserted.value, unitId: id }) : inserted;
}

/** Title a person gets on promotion into a role. */
export function titleForRole(role: RoleTitle): string {
  return role === 'EM' ? 'Engineering Manager' : role === 'Director' ? 'Director of Engineering' : role === 'Senior Director' ? 'Senior Director of Engineering' : 'VP Engineering';
}

/**
 * Fill a vacant unit with a person. Whatever they led becomes vacant in turn (promotions cascade):
 * `leftVacant` names it. Someone promoted from IC becomes a manager as of the org's date.
 */
export function promoteCandidate(org: Org, spec: { unitId: UnitId; personId: PersonId; role: RoleTitle }): Result<{ org: Org; leftVacant: UnitId | null }, EditError> {
  const unit = org.units[spec.unitId];
  const person = org.people[spec.personId];
  if (!unit) return err({ code: 'unknown-unit', message: `There is no unit ${spec.unitId}.` });
  if (!person) return err({ code: 'unknown-person', message: `There is no person ${spec.personId}.` });
  if (unit.leadId !== null) return err({ code: 'lead-taken', message: `“${unit.name}” is not vacant.` });
  const led = Object.values(org.units).find((u) => u.leadId === spec.personId)?.id ?? null;
  const placed = assignPerson(org, spec.personId, { unitId: spec.unitId, role: 'lead' });
  if (!placed.ok) return placed;
  const updated = updatePerson(placed.value, spec.personId, { title: titleForRole(spec.role), ...(person.managerSince ? {} : { managerSince: org.asOf }) });
  return updated.ok ? ok({ org: updated.value, leftVacant: led }) : updated;
}

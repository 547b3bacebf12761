/**
 * Where manager-of-managers nodes emerge (DOMAIN.md "Where a MoM node emerges"), as a pure function of
 * (org, policy): the team splits and MoM groups the rules would create now, the vacancies, the flags, and
 * for each role the internal candidates with their readiness.
 */
import { insertGroupAbove, splitTeam, assignPerson, newId, updatePerson, type EditError } from '../model/edits';
import { orgMetrics, type OrgMetrics } from '../model/metrics';
import { err, ok, type Result } from '../model/result';
import { ancestorsOf, buildTreeIndex, childrenOf, isManagerOfManagersUnit, type TreeIndex } from '../model/tree';
import { unitId, type Org, type PersonId, type Policy, type UnitId } from '../model/types';
import { countByBand, nearUnitFor, rankCandidates, unitHeights, type Candidate } from './candidates';

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
 * Rule 1: a team with more ICs than the split size splits in two with the same parent; one half keeps the
 * lead, the other (`newTeamName`, `moveMemberIds`: the later half of the members) is a new EM vacancy.
 */
export interface TeamSplit {
  readonly kind: 'team-split';
  readonly rule: 'team-split';
  /** Stable: `emerge:split:<team id>`. */
  readonly id: string;
  readonly teamId: UnitId;
  readonly parentUnitId: UnitId | null;
  readonly keepName: string;
  readonly newTeamName: string;
  readonly moveMemberIds: readonly PersonId[];
  readonly role: 'EM';
  /** A sentence for the user: "Payments has 11 ICs; teams split above 8. It splits into …". */
  readonly reason: string;
  /** `{ ics, splitAbove, keep, move }`. */
  readonly numbers: Numbers;
  /** Always true: the new half has no lead until someone is promoted or hired. */
  readonly vacancy: true;
  /** The team's own ICs first (near), then the rest of the org. */
  readonly candidates: readonly Candidate[];
}

/** Rule 2: a lead with more managed units than the MoM span gets a new (vacant) group inserted above each part. */
export interface MomEmergence {
  readonly kind: 'mom';
  readonly rule: 'span';
  /** Stable: `emerge:span:<parent unit id>:<1-based part>`. */
  readonly id: string;
  /** The unit the new group is inserted under (the lead who outgrew their span). */
  readonly parentUnitId: UnitId;
  /** Existing units the new group sits above. */
  readonly aboveUnitIds: readonly UnitId[];
  /** Teams that split now whose new half also sits under this group. */
  readonly splitTeamIds: readonly UnitId[];
  readonly role: RoleTitle;
  /** The new group's name: the parent's name and a letter ("Product Engineering A"). */
  readonly name: string;
  /** "Marcus Chen would lead 7 units; … A Director is needed above Payments A, Payments B, Checkout and Search." */
  readonly reason: string;
  readonly numbers: { readonly managedUnits: number; readonly spanMax: number; readonly spanTarget: number };
  /** Always true: an emergent node is a vacancy until filled. */
  readonly vacancy: true;
  /** Leads one layer below the role, near (inside the parent's subtree) first. */
  readonly candidates: readonly Candidate[];
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
  /** EM roles: the team's ICs first. MoM roles: leads one layer below, inside the parent's subtree first. */
  readonly candidates: readonly Candidate[];
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
  /** The subtree under each unit, by unit id. */
  readonly subtreeMetrics: Readonly<Record<UnitId, ForecastMetrics>>;
  readonly flags: readonly Flag[];
  /** Team splits first (in unit order), then MoM nodes (by parent, in unit order). */
  readonly emergent: readonly Emergent[];
  readonly vacancies: readonly VacantRole[];
  /** Share of MoM roles (filled, vacant and emergent) with at least one ready-now internal successor; null with no MoM roles. */
  readonly benchStrength: number | null;
  /** Every MoM role (by its unit, or the parent an emergent node sits under) and whether a ready-now successor exists. */
  readonly momRoles: readonly { readonly unitId: UnitId; readonly covered: boolean }[];
}

const list = (names: readonly string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
const letter = (i: number): string => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What every rule needs: the org, the policy and lookups built once. */
interface Ctx {
  readonly org: Org;
  readonly policy: Policy;
  readonly index: TreeIndex;
  readonly heights: ReadonlyMap<UnitId, number>;
  readonly flags: Flag[];
}

const nameOf = (ctx: Ctx, id: UnitId): string => ctx.org.units[id]?.name ?? id;
const flag = (ctx: Ctx, kind: FlagKind, unitId: UnitId, message: string, numbers: Numbers): void => void ctx.flags.push({ kind, unitId, message, numbers });

/**
 * Today's forecast for an org: a pure function of (org, policy) that never changes its input.
 * `forecastEmergence(sample, policy).emergent.map((e) => e.id)` → `['emerge:split:u04', 'emerge:span:u02:1', 'emerge:span:u02:2']`.
 */
export function forecastEmergence(org: Org, policy: Policy): Forecast {
  const index = buildTreeIndex(org);
  const ctx: Ctx = { org, policy, index, heights: unitHeights(org, index), flags: [] };
  const splits = teamSplits(ctx);
  const emergent: Emergent[] = [...splits.values(), ...spanEmergence(ctx, splits)];
  const whole = orgMetrics(org, undefined, index);
  const vacancies = vacantRoles(ctx, whole);
  const momRoles = momRolesOf(ctx, vacancies, emergent);
  const benchStrength = share(momRoles);
  const subtreeMetrics = subtreeMetricsOf(ctx, momRoles);
  const metrics: ForecastMetrics = { ...whole, benchStrength };
  for (const root of index.roots) {
    const layers = subtreeMetrics[root]?.layers ?? 0;
    if (layers > policy.layerLimit)
      flag(ctx, 'too-many-layers', root, `${nameOf(ctx, root)} has ${layers} layers; more than ${policy.layerLimit} slows decisions and is worth flattening.`, { layers, layerLimit: policy.layerLimit });
  }
  return { metrics, subtreeMetrics, flags: ctx.flags, emergent, vacancies, benchStrength, momRoles };
}

/** Rule 1, and the team-size flags: teams over the split size split; teams at it or under the minimum are flagged. */
function teamSplits(ctx: Ctx): Map<UnitId, TeamSplit> {
  const { org, policy, index } = ctx;
  const splits = new Map<UnitId, TeamSplit>();
  for (const unit of Object.values(org.units)) {
    if (childrenOf(index, unit.id).length > 0) continue;
    const ics = unit.memberIds.length;
    if (ics > policy.splitAbove) {
      // The lead keeps the larger half (11 → 6 + 5); the later members move, so the split is stable run to run.
      const keep = Math.ceil(ics / 2);
      const [a, b] = [`${unit.name} A`, `${unit.name} B`];
      const said = `${unit.name} has ${ics} ICs; teams split above ${policy.splitAbove}.`;
      splits.set(unit.id, {
        kind: 'team-split',
        rule: 'team-split',
        id: `emerge:split:${unit.id}`,
        teamId: unit.id,
        parentUnitId: unit.parentId,
        keepName: a,
        newTeamName: b,
        moveMemberIds: unit.memberIds.slice(keep),
        role: 'EM',
        reason: `${said} It splits into ${a} (${keep}, keeps its lead) and ${b} (${ics - keep}), which needs an EM.`,
        numbers: { ics, splitAbove: policy.splitAbove, keep, move: ics - keep },
        vacancy: true,
        candidates: rankCandidates(org, policy, { kind: 'em', nearUnitId: unit.id }, index, ctx.heights),
      });
      flag(ctx, 'team-over-split', unit.id, said, { ics, splitAbove: policy.splitAbove });
    } else if (ics === policy.splitAbove) {
      flag(ctx, 'team-at-split', unit.id, `${unit.name} has ${ics} ICs: one more hire splits it.`, { ics, splitAbove: policy.splitAbove });
    } else if (ics < policy.minTeamSize) {
      flag(ctx, 'small-team', unit.id, `${unit.name} has ${plural(ics, 'IC', 'ICs')}, under the smallest viable team of ${policy.minTeamSize}: its EM is in effect a tech-lead manager.`, { ics, minTeamSize: policy.minTeamSize });
    }
  }
  return splits;
}

/**
 * Rule 2, and the span and thin-layer flags. Managed units are counted after this forecast's team splits
 * (a splitting team counts twice and its halves stay in one part).
 */
function spanEmergence(ctx: Ctx, splits: ReadonlyMap<UnitId, TeamSplit>): MomEmergence[] {
  const { org, policy, index, heights } = ctx;
  const out: MomEmergence[] = [];
  for (const unit of Object.values(org.units)) {
    const children = childrenOf(index, unit.id);
    if (children.length === 0) continue;
    const blocks = children.map((c) => ({ id: c, size: splits.has(c) ? 2 : 1 }));
    const managed = blocks.reduce((n, b) => n + b.size, 0);
    const grows = managed > children.length;
    const lead = unit.leadId === null ? `The vacant lead of ${unit.name}` : (org.people[unit.leadId]?.name ?? unit.leadId);
    const numbers = { managedUnits: managed, spanMax: policy.momSpanMax, spanTarget: policy.momSpanTarget };
    const span = `the MoM span is at most ${policy.momSpanMax} (new groups aim for ${policy.momSpanTarget})`;
    if (managed > policy.momSpanMax) {
      // Never fewer than two units a part: a group above one unit would be a thin layer.
      const parts = partition(blocks, Math.min(Math.ceil(managed / policy.momSpanTarget), Math.floor(managed / 2)));
      parts.forEach((part, i) => {
        const above = part.map((b) => b.id);
        const names = part.flatMap((b) => (b.size === 2 ? [splits.get(b.id)!.keepName, splits.get(b.id)!.newTeamName] : [nameOf(ctx, b.id)]));
        const height = Math.max(...above.map((id) => heights.get(id) ?? 0)) + 1;
        const role = roleForHeight(height);
        out.push({
          kind: 'mom',
          rule: 'span',
          id: `emerge:span:${unit.id}:${i + 1}`,
          parentUnitId: unit.id,
          aboveUnitIds: above,
          splitTeamIds: part.filter((b) => b.size === 2).map((b) => b.id),
          role,
          name: `${unit.name} ${letter(i)}`,
          reason: `${lead} would lead ${managed} units; ${span}. A ${role} is needed above ${list(names)}.`,
          numbers,
          vacancy: true,
          candidates: rankCandidates(org, policy, { kind: 'mom', nearUnitId: unit.id, height }, index, heights),
        });
      });
      flag(ctx, 'span-over', unit.id, `${lead} ${grows ? 'would lead' : 'leads'} ${managed} managed units; ${span}.`, numbers);
    } else if (managed === policy.momSpanMax) {
      flag(ctx, 'span-at-limit', unit.id, `${lead} ${grows ? 'would lead' : 'leads'} ${managed} units, the MoM span limit: one more makes a new ${roleForHeight(heights.get(unit.id) ?? 1)} node emerge.`, numbers);
    }
    if (children.length === 1)
      flag(ctx, 'thin-layer', unit.id, `${unit.name} has exactly one unit below it (${nameOf(ctx, children[0]!)}): a thin layer.`, { managedChildren: 1 });
  }
  return out;
}

/** Rule 3: every existing vacant unit, with its role (by height), how long it has been open, and candidates. */
function vacantRoles(ctx: Ctx, whole: OrgMetrics): VacantRole[] {
  const { org, policy, index, heights } = ctx;
  return whole.vacancies.map((v) => {
    const height = heights.get(v.unitId) ?? 0;
    const role = roleForHeight(height);
    const open = v.openMonths === null ? '' : ` (open ${plural(v.openMonths, 'month', 'months')})`;
    const reason = `${nameOf(ctx, v.unitId)} has no ${role}${open}.`;
    const numbers: Numbers = v.openMonths === null ? {} : { openMonths: v.openMonths };
    flag(ctx, 'vacancy', v.unitId, reason, numbers);
    const spec = height === 0 ? ({ kind: 'em', nearUnitId: v.unitId } as const) : ({ kind: 'mom', nearUnitId: nearUnitFor(org, v.unitId), height } as const);
    return { id: `vacancy:${v.unitId}`, rule: 'vacancy', unitId: v.unitId, parentUnitId: org.units[v.unitId]?.parentId ?? null, role, openMonths: v.openMonths, reason, numbers, vacancy: true, candidates: rankCandidates(org, policy, spec, index, heights) };
  });
}

/** Every MoM role (filled: a successor other than the holder; vacant; emergent) and whether a ready-now candidate exists. */
function momRolesOf(ctx: Ctx, vacancies: readonly VacantRole[], emergent: readonly Emergent[]): Forecast['momRoles'] {
  const { org, policy, index, heights } = ctx;
  const filled = Object.values(org.units)
    .filter((u) => u.leadId !== null && isManagerOfManagersUnit(org, index, u.id))
    .map((u) => ({ unitId: u.id, candidates: rankCandidates(org, policy, { kind: 'mom', nearUnitId: nearUnitFor(org, u.id), height: heights.get(u.id) ?? 1, excludePersonIds: [u.leadId!] }, index, heights) }));
  const roles = [
    ...filled,
    ...vacancies.filter((v) => v.role !== 'EM'),
    ...emergent.filter((e): e is MomEmergence => e.kind === 'mom').map((e) => ({ unitId: e.parentUnitId, candidates: e.candidates })),
  ];
  return roles.map((r) => ({ unitId: r.unitId, covered: countByBand(r.candidates)['ready-now'] > 0 }));
}

const share = (roles: Forecast['momRoles']): number | null => (roles.length === 0 ? null : roles.filter((r) => r.covered).length / roles.length);

/** Metrics of each unit's subtree; a role counts toward bench strength of its unit and every unit above it. */
function subtreeMetricsOf(ctx: Ctx, momRoles: Forecast['momRoles']): Record<UnitId, ForecastMetrics> {
  const { org, index } = ctx;
  const roles = new Map<UnitId, { total: number; covered: number }>();
  for (const r of momRoles)
    for (const id of [r.unitId, ...ancestorsOf(org, r.unitId)]) {
      const t = roles.get(id) ?? { total: 0, covered: 0 };
      roles.set(id, { total: t.total + 1, covered: t.covered + (r.covered ? 1 : 0) });
    }
  const out: Record<UnitId, ForecastMetrics> = {};
  for (const id of Object.keys(org.units) as UnitId[]) {
    const r = roles.get(id);
    out[id] = { ...orgMetrics(org, id, index), benchStrength: r ? r.covered / r.total : null };
  }
  return out;
}

/** Bench strength of the MoM roles in a subtree (`within` holds its unit ids): covered / all, or null with none. */
export function benchStrengthWithin(forecast: Forecast, within: ReadonlySet<UnitId>): number | null {
  return share(forecast.momRoles.filter((r) => within.has(r.unitId)));
}

/**
 * Split ordered blocks into at most `k` consecutive parts, each of at least two units, as equal in size as
 * possible (least squared distance from total / k; on a tie, larger parts first: 7 → 4 + 3, 11 → 4 + 4 + 3),
 * never separating a block (the two halves of a split team stay together). When `k` parts can't all reach two
 * units it tries fewer; fewer than two parts would only add a layer, so then it gives none.
 */
function partition<T extends { size: number }>(blocks: readonly T[], k: number): T[][] {
  const sums = blocks.reduce<number[]>((acc, b) => [...acc, acc[acc.length - 1]! + b.size], [0]);
  const n = blocks.length;
  for (let parts = k; parts >= 2; parts--) {
    const ideal = sums[n]! / parts;
    // best[j][i]: the best way to cut the first i blocks into j parts (cut positions and cost), or undefined.
    const best: ({ cost: number; cuts: number[] } | undefined)[][] = Array.from({ length: parts + 1 }, () => []);
    best[0]![0] = { cost: 0, cuts: [] };
    for (let j = 1; j <= parts; j++)
      for (let i = j; i <= n; i++)
        for (let m = j - 1; m < i; m++) {
          const prev = best[j - 1]![m];
          const size = sums[i]! - sums[m]!;
          if (!prev || size < 2) continue;
          const next = { cost: prev.cost + (size - ideal) ** 2, cuts: [...prev.cuts, i] };
          if (better(next, best[j]![i], sums)) best[j]![i] = next;
        }
    const found = best[parts]![n];
    if (found) return found.cuts.map((end, i) => blocks.slice(i === 0 ? 0 : found.cuts[i - 1], end));
  }
  return [];
}

/** Lower cost wins; on a tie (within rounding), the cut whose earlier parts are larger. */
function better(a: { cost: number; cuts: number[] }, b: { cost: number; cuts: number[] } | undefined, sums: readonly number[]): boolean {
  if (!b) return true;
  if (Math.abs(a.cost - b.cost) > 1e-9) return a.cost < b.cost;
  for (let i = 0; i < a.cuts.length; i++) if (a.cuts[i] !== b.cuts[i]) return sums[a.cuts[i]!]! > sums[b.cuts[i]!]!;
  return false;
}

/** The org with the emergent nodes applied, and which new units are ghosts of which emergent node. */
export interface Projection {
  readonly org: Org;
  readonly ghosts: ReadonlyMap<UnitId, Emergent>;
}

/**
 * Apply a forecast's emergent nodes to a copy of the org, for drawing them as ghosts in the chart:
 * team splits first, then the MoM groups above the halves. Nodes that no longer apply are skipped.
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

function applySplit(org: Org, split: Pick<TeamSplit, 'teamId' | 'keepName' | 'newTeamName' | 'moveMemberIds'>): Result<{ org: Org; unitId: UnitId }, EditError> {
  const id = unitId(newId('u', Object.keys(org.units)));
  const team = org.units[split.teamId];
  if (!team) return err({ code: 'unknown-unit', message: `There is no unit ${split.teamId}.` });
  const moving = split.moveMemberIds.filter((m) => team.memberIds.includes(m));
  const result = splitTeam(org, split.teamId, { newId: id, newName: split.newTeamName, keepName: split.keepName, moveMemberIds: moving });
  return result.ok ? ok({ org: result.value, unitId: id }) : result;
}

/**
 * Make an emergent node real. A team split moves `moveMemberIds` into a new vacant EM team beside the old one
 * (renamed "… A" / "… B"); a MoM node inserts a new vacant group under `parentUnitId` and moves `aboveUnitIds`
 * (and the new halves of `splitTeamIds`, split first) under it. Returns the new unit, ready for `promoteCandidate`.
 * `materializeEmergent(org, forecast.emergent[0])` → `ok({ org, unitId: 'u14' })`.
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
    const split = applySplit(current, { teamId, keepName: `${team.name} A`, newTeamName: `${team.name} B`, moveMemberIds: team.memberIds.slice(keep) });
    if (!split.ok) return split;
    current = split.value.org;
    childIds.push(split.value.unitId);
  }
  const id = unitId(newId('u', Object.keys(current.units)));
  const inserted = insertGroupAbove(current, { id, name: node.name, parentId: node.parentUnitId, childIds: sortBySiblingOrder(current, childIds) });
  return inserted.ok ? ok({ org: inserted.value, unitId: id }) : inserted;
}

/** Title a person gets on promotion into a role: `titleForRole('Director')` → `'Director of Engineering'`. */
export function titleForRole(role: RoleTitle): string {
  return role === 'EM' ? 'Engineering Manager' : role === 'Director' ? 'Director of Engineering' : role === 'Senior Director' ? 'Senior Director of Engineering' : 'VP Engineering';
}

/**
 * Fill an existing vacant unit with a person (to fill an emergent node, `materializeEmergent` it first).
 * They leave their old place; a unit they led becomes vacant as of `org.asOf` (the cascade), and `leftVacant`
 * names it. Their title follows `role` (by default the unit's role by height); someone promoted from IC becomes
 * a manager as of `org.asOf`. Refuses unknown ids and a unit that isn't vacant.
 * `promoteCandidate(org, { unitId: 'u06', personId: 'p40' })` → ok, `leftVacant: null` (an IC became Search's EM).
 */
export function promoteCandidate(org: Org, spec: { unitId: UnitId; personId: PersonId; role?: RoleTitle }): Result<{ org: Org; leftVacant: UnitId | null }, EditError> {
  const unit = org.units[spec.unitId];
  const person = org.people[spec.personId];
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

/**
 * The structural rules of DOMAIN.md ("Where a MoM node emerges", rules 1 and 2) run to a fixed point: every
 * team over the split size splits n ways, every lead over the MoM span splits sideways (a layer only at the
 * top), until nothing is over. The forecast shows this fixed point for today; the simulation applies it each
 * month. Both go through `applyStructuralRules`, so the forecast shows exactly what the simulation would do.
 *
 * The work happens on a private mutable draft (linear in the org's size), and every change is returned as a
 * step with explicit ids, so a subset of steps can be replayed on the org later (`replaySteps`: the UI makes
 * one forecast node real with only the steps it depends on).
 */
import type { Org, PersonId, Policy, Unit, UnitId } from '../model/types';
import { unitId as toUnitId } from '../model/types';
import { getOwn } from '../model/lookup';
import { tableValues } from '../model/lookup';

/** One part of a split: the unit (an existing one keeps its id), its name, and what it holds. */
export interface TeamPart {
  readonly unitId: UnitId;
  readonly name: string;
  readonly memberIds: readonly PersonId[];
}
export interface GroupPart {
  readonly unitId: UnitId;
  readonly name: string;
  readonly childIds: readonly UnitId[];
}

/**
 * Rule 1: a team of `ics` ICs over the split size splits into k = ceil(ics / split size) teams, as even as
 * possible, under the same parent. `parts[0]` is the team itself (it keeps its lead); the others are new EM
 * vacancies. A team at the top of the org gets `groupAbove`, a new (vacant) group over the k teams.
 */
export interface TeamSplitStep {
  readonly kind: 'team-split';
  readonly teamId: UnitId;
  readonly teamName: string;
  readonly parentId: UnitId | null;
  readonly ics: number;
  readonly parts: readonly TeamPart[];
  readonly groupAbove: { readonly unitId: UnitId; readonly name: string } | null;
}

/**
 * Rule 2: a lead with `managed` child units over the MoM span is split into g = ceil(managed / span max) parts,
 * as even as possible. `sideways` (the lead has a parent): `parts[0]` is the unit itself, the other parts are
 * new sibling groups under the same parent. `layer` (the top of the org): every part is a new group under it.
 */
export interface SpanSplitStep {
  readonly kind: 'span-split';
  readonly unitId: UnitId;
  readonly unitName: string;
  readonly parentId: UnitId | null;
  readonly mode: 'sideways' | 'layer';
  readonly managed: number;
  readonly parts: readonly GroupPart[];
}

export type StructuralStep = TeamSplitStep | SpanSplitStep;

/** The org after the rules, and the steps that got it there, in order. */
export interface Structured {
  readonly org: Org;
  readonly steps: readonly StructuralStep[];
}

/** The ids of the units a step creates. */
function createdBy(step: StructuralStep): UnitId[] {
  if (step.kind === 'team-split') return [...step.parts.slice(1).map((p) => p.unitId), ...(step.groupAbove ? [step.groupAbove.unitId] : [])];
  return (step.mode === 'sideways' ? step.parts.slice(1) : step.parts).map((p) => p.unitId);
}

/** The existing (or earlier-created) units a step acts on. */
function usedBy(step: StructuralStep): UnitId[] {
  if (step.kind === 'team-split') return [step.teamId];
  return [step.unitId, ...step.parts.flatMap((p) => p.childIds)];
}

/**
 * Sizes of an even split, larger parts first: `evenSizes(20, 3)` → `[7, 7, 6]`, `evenSizes(25, 4)` → `[7, 6, 6, 6]`.
 */
export function evenSizes(total: number, parts: number): number[] {
  const lo = Math.floor(total / parts);
  const extra = total - lo * parts;
  return Array.from({ length: parts }, (_, i) => lo + (i < extra ? 1 : 0));
}

/**
 * Rules 1 and 2 to a fixed point, as a pure function: `applyStructuralRules(org, policy).org` has no team over
 * `policy.splitAbove` ICs and no lead over `policy.momSpanMax` child units (when the span maximum is 2 or more).
 */
export function applyStructuralRules(org: Org, policy: Policy): Structured {
  if (!anyRuleApplies(org, policy)) return { org, steps: [] };
  const draft = new Draft(org);
  const steps: StructuralStep[] = [];
  const split = Math.max(1, Math.floor(policy.splitAbove));
  const span = Math.max(2, Math.floor(policy.momSpanMax));
  for (const team of Array.from(draft.units.values())) {
    if (team.memberIds.length > split && draft.childCount(team.id) === 0) steps.push(draft.splitTeam(team.id, Math.ceil(team.memberIds.length / split)));
  }
  // Deepest first, so a sideways split that overflows the parent is seen when the parent's turn comes.
  const depth = draft.depths();
  const buckets: UnitId[][] = [];
  depth.forEach((d, id) => {
    if (draft.childCount(id) > span) (buckets[d] ??= []).push(id);
  });
  for (let d = buckets.length - 1; d >= 0; d--) {
    const bucket = buckets[d] ?? [];
    for (let i = 0; i < bucket.length; i++) {
      const id = bucket[i]!;
      while (draft.childCount(id) > span) {
        const unit = draft.units.get(id)!;
        const g = Math.ceil(draft.childCount(id) / span);
        const top = unit.parentId === null || !draft.units.has(unit.parentId);
        const step = draft.splitSpan(id, g, top ? 'layer' : 'sideways');
        steps.push(step);
        const parent = unit.parentId;
        if (step.mode === 'sideways' && parent !== null && draft.childCount(parent) > span) {
          const pd = d - 1;
          if (pd >= 0 && !(buckets[pd] ??= []).includes(parent)) buckets[pd]!.push(parent);
        }
      }
    }
  }
  return { org: steps.length === 0 ? org : draft.toOrg(), steps };
}

/** One cheap pass: is any team over the split size or any lead over the span? (Most months, nothing is.) */
function anyRuleApplies(org: Org, policy: Policy): boolean {
  const split = Math.max(1, Math.floor(policy.splitAbove));
  const span = Math.max(2, Math.floor(policy.momSpanMax));
  const children = new Map<UnitId, number>();
  // One enumeration of the units table (a big one is a dictionary object, sorted on every enumeration).
  const units = tableValues(org.units);
  for (const unit of units) {
    if (unit.parentId === null || !getOwn(org.units, unit.parentId)) continue;
    const n = (children.get(unit.parentId) ?? 0) + 1;
    if (n > span) return true;
    children.set(unit.parentId, n);
  }
  for (const unit of units) if (unit.memberIds.length > split && !children.has(unit.id)) return true;
  return false;
}

/**
 * Replay `steps` (all, or the subset one forecast node depends on) on an org. Steps name their new ids, so a
 * replay creates the same units; members and children that are no longer there are skipped.
 */
export function replaySteps(org: Org, steps: readonly StructuralStep[]): Org {
  if (steps.length === 0) return org;
  const draft = new Draft(org);
  for (const step of steps) draft.replay(step);
  return draft.toOrg();
}

/**
 * The steps needed to create `unitId`: the step that makes it and, before it, every step that makes a unit
 * those steps act on, in their original order. `stepsFor(steps, ghostId)`.
 */
export function stepsFor(steps: readonly StructuralStep[], unitId: UnitId): StructuralStep[] {
  const maker = new Map<UnitId, number>();
  steps.forEach((s, i) => createdBy(s).forEach((id) => maker.set(id, i)));
  const need = new Set<number>();
  const visit = (id: UnitId): void => {
    const i = maker.get(id);
    if (i === undefined || need.has(i)) return;
    need.add(i);
    for (const used of usedBy(steps[i]!)) visit(used);
  };
  visit(unitId);
  return [...need].sort((a, b) => a - b).map((i) => steps[i]!);
}

// ── Names ───────────────────────────────────────────────────────────────────

// A split adds a letter to the name ("Payments" → "Payments A", "Payments B"); after Z come "A2", "B2"…
const SUFFIX = / ([A-Z])(\d*)$/;
const suffixAt = (i: number): string => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26) + 1) : '');
const baseOf = (name: string): string => name.replace(SUFFIX, '');

// ── The draft ───────────────────────────────────────────────────────────────

/** A mutable working copy of an org's units: children lists, sibling order, fresh ids and free names. */
class Draft {
  readonly units = new Map<UnitId, Unit>();
  private readonly children = new Map<UnitId | null, UnitId[]>();
  /** Units placed right before / after an anchor in the record order (the order siblings are drawn in). */
  private readonly before = new Map<UnitId, UnitId[]>();
  private readonly after = new Map<UnitId, UnitId[]>();
  private readonly original: UnitId[];
  /** Ids `freshId` gave out; with the units' own ids, every id taken (no copy of the original ids as a set). */
  private readonly issued = new Set<string>();
  private nextId: number;
  private readonly usedSuffixes = new Map<string, Set<string>>();
  private readonly names = new Set<string>();

  constructor(private readonly org: Org) {
    this.original = Object.keys(org.units) as UnitId[];
    for (const id of this.original) {
      const unit = getOwn(org.units, id)!;
      this.units.set(id, unit);
      this.names.add(unit.name);
      const m = SUFFIX.exec(unit.name);
      // The match runs to the end of the name: what is before it is the base (`baseOf`), without a second match.
      if (m) this.suffixes(unit.name.slice(0, m.index)).add(m[1]! + m[2]!);
    }
    for (const id of this.original) {
      const parent = this.units.get(id)!.parentId;
      const key = parent !== null && this.units.has(parent) ? parent : null;
      this.kids(key).push(id);
    }
    this.nextId = this.original.length + 1;
  }

  private kids(id: UnitId | null): UnitId[] {
    let list = this.children.get(id);
    if (!list) this.children.set(id, (list = []));
    return list;
  }

  childCount(id: UnitId): number {
    return this.children.get(id)?.length ?? 0;
  }

  /** Depth of every unit from its root (cycle-safe: a unit in a cycle is never reached and gets no depth). */
  depths(): Map<UnitId, number> {
    const out = new Map<UnitId, number>();
    const queue: UnitId[] = [...this.kids(null)];
    for (const r of queue) out.set(r, 0);
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      for (const c of this.children.get(id) ?? []) {
        if (out.has(c)) continue;
        out.set(c, out.get(id)! + 1);
        queue.push(c);
      }
    }
    return out;
  }

  /** Whether an id is a unit's (original or new; the draft never drops one) or was given out for one. */
  private taken(id: string): boolean {
    return this.units.has(id as UnitId) || this.issued.has(id);
  }

  private freshId(): UnitId {
    while (this.taken(`u${this.nextId}`)) this.nextId++;
    const id = `u${this.nextId++}`;
    this.issued.add(id);
    return toUnitId(id);
  }

  private suffixes(base: string): Set<string> {
    let set = this.usedSuffixes.get(base);
    if (!set) this.usedSuffixes.set(base, (set = new Set()));
    return set;
  }

  /** Where the search for each base's next free letter resumes: every letter before it is taken. */
  private readonly cursor = new Map<string, number>();

  /** The next free "<base> <letter>" name (the lowest free one; linear over a whole run of splits). */
  private freshName(base: string): string {
    const used = this.suffixes(base);
    for (let i = this.cursor.get(base) ?? 0; ; i++) {
      const s = suffixAt(i);
      if (!used.has(s) && !this.names.has(`${base} ${s}`)) {
        used.add(s);
        this.names.add(`${base} ${s}`);
        this.cursor.set(base, i + 1);
        return `${base} ${s}`;
      }
    }
  }

  /** Names for a unit that splits into `count` parts: it keeps its own name if it already carries a letter. */
  private partNames(name: string, count: number): string[] {
    const base = baseOf(name);
    const keep = SUFFIX.test(name) ? name : this.freshName(base);
    return [keep, ...Array.from({ length: count - 1 }, () => this.freshName(base))];
  }

  private place(id: UnitId, anchor: UnitId, where: 'before' | 'after'): void {
    const map = where === 'before' ? this.before : this.after;
    const list = map.get(anchor) ?? [];
    // Units placed after the same anchor keep the order they were made in.
    list.push(id);
    map.set(anchor, list);
  }

  private insertChild(parent: UnitId | null, id: UnitId, afterId: UnitId | null): void {
    const list = this.kids(parent);
    const at = afterId === null ? -1 : list.lastIndexOf(afterId);
    list.splice(at + 1, 0, id);
  }

  private removeChild(parent: UnitId | null, id: UnitId): void {
    const list = this.kids(parent);
    const at = list.indexOf(id);
    if (at >= 0) list.splice(at, 1);
  }

  private setParent(id: UnitId, parent: UnitId | null, afterId: UnitId | null): void {
    const unit = this.units.get(id)!;
    this.removeChild(unit.parentId !== null && this.units.has(unit.parentId) ? unit.parentId : null, id);
    this.units.set(id, { ...unit, parentId: parent });
    this.insertChild(parent, id, afterId);
  }

  private newUnit(id: UnitId, name: string, parentId: UnitId | null, memberIds: readonly PersonId[]): Unit {
    const unit: Unit = { id, name, leadId: null, memberIds, parentId, vacantSince: this.org.asOf };
    this.units.set(id, unit);
    this.names.add(name);
    return unit;
  }

  splitTeam(teamId: UnitId, k: number): TeamSplitStep {
    const team = this.units.get(teamId)!;
    const names = this.partNames(team.name, k);
    const sizes = evenSizes(team.memberIds.length, k);
    let at = 0;
    const parts: TeamPart[] = sizes.map((size, i) => {
      const memberIds = team.memberIds.slice(at, (at += size));
      return { unitId: i === 0 ? teamId : this.freshId(), name: names[i]!, memberIds };
    });
    const top = team.parentId === null || !this.units.has(team.parentId);
    const groupAbove = top ? { unitId: this.freshId(), name: team.name } : null;
    const step: TeamSplitStep = {
      kind: 'team-split',
      teamId,
      teamName: team.name,
      parentId: top ? null : team.parentId,
      ics: team.memberIds.length,
      parts,
      groupAbove,
    };
    this.replay(step);
    return step;
  }

  splitSpan(id: UnitId, g: number, mode: 'sideways' | 'layer'): SpanSplitStep {
    const unit = this.units.get(id)!;
    const kids = this.kids(id);
    const order = groupedOrder(kids.map((c) => this.units.get(c)!));
    const cuts = cutPoints(
      order.map((u) => u),
      g,
    );
    const groups = cuts.map(([from, to]) => order.slice(from, to).map((u) => u.id));
    const names = mode === 'sideways' ? this.partNames(unit.name, g) : Array.from({ length: g }, () => this.freshName(baseOf(unit.name)));
    const parts: GroupPart[] = groups.map((childIds, i) => ({ unitId: mode === 'sideways' && i === 0 ? id : this.freshId(), name: names[i]!, childIds }));
    const step: SpanSplitStep = { kind: 'span-split', unitId: id, unitName: unit.name, parentId: unit.parentId, mode, managed: kids.length, parts };
    this.replay(step);
    return step;
  }

  /** Apply a step with its own ids; anything it names that is gone or has moved is skipped. */
  replay(step: StructuralStep): void {
    if (step.kind === 'team-split') {
      const team = this.units.get(step.teamId);
      if (!team) return;
      const here = new Set(team.memberIds);
      let last = step.teamId;
      step.parts.forEach((part, i) => {
        if (i === 0 || this.units.has(part.unitId)) return;
        this.newUnit(
          part.unitId,
          part.name,
          team.parentId,
          part.memberIds.filter((m) => here.has(m)),
        );
        this.insertChild(team.parentId !== null && this.units.has(team.parentId) ? team.parentId : null, part.unitId, last);
        this.place(part.unitId, last, 'after');
        last = part.unitId;
      });
      const moved = new Set(
        step.parts
          .slice(1)
          .filter((p) => this.units.get(p.unitId)?.parentId === team.parentId)
          .flatMap((p) => p.memberIds),
      );
      this.units.set(step.teamId, {
        ...this.units.get(step.teamId)!,
        name: step.parts[0]?.name ?? team.name,
        memberIds: team.memberIds.filter((m) => !moved.has(m)),
      });
      if (step.groupAbove && !this.units.has(step.groupAbove.unitId) && team.parentId === null) {
        const g = step.groupAbove;
        this.newUnit(g.unitId, g.name, null, []);
        this.insertChild(null, g.unitId, null);
        this.place(g.unitId, step.teamId, 'before');
        for (const part of step.parts) if (this.units.has(part.unitId)) this.setParent(part.unitId, g.unitId, this.kids(g.unitId).at(-1) ?? null);
      }
      return;
    }
    const unit = this.units.get(step.unitId);
    if (!unit) return;
    const parent = unit.parentId !== null && this.units.has(unit.parentId) ? unit.parentId : null;
    let last = step.unitId;
    for (const [i, part] of step.parts.entries()) {
      if (step.mode === 'sideways' && i === 0) continue;
      if (this.units.has(part.unitId)) continue;
      const under = step.mode === 'sideways' ? parent : step.unitId;
      this.newUnit(part.unitId, part.name, under, []);
      this.insertChild(under, part.unitId, step.mode === 'sideways' ? last : (this.kids(step.unitId).at(-1) ?? null));
      // The new group takes its first child's place in the drawing order (a layer) or follows its sibling.
      const firstChild = part.childIds.find((c) => this.units.get(c)?.parentId === step.unitId);
      if (step.mode === 'layer' && firstChild) this.place(part.unitId, firstChild, 'before');
      else this.place(part.unitId, last, 'after');
      if (step.mode === 'sideways') last = part.unitId;
      for (const c of part.childIds) if (this.units.get(c)?.parentId === step.unitId) this.setParent(c, part.unitId, this.kids(part.unitId).at(-1) ?? null);
    }
    if (step.mode === 'sideways' && step.parts[0]) this.units.set(step.unitId, { ...this.units.get(step.unitId)!, name: step.parts[0].name });
    // Layer groups sit first under the lead, in part order, ahead of anything that stays directly below it.
    if (step.mode === 'layer') {
      const list = this.kids(step.unitId);
      const made = new Set(step.parts.map((p) => p.unitId));
      list.sort((a, b) => Number(made.has(b)) - Number(made.has(a)));
    }
  }

  /** The org as a plain value, units in drawing order: originals in place, new units next to their anchors. */
  toOrg(): Org {
    const units: Record<UnitId, Unit> = {};
    // Iterative (a split of 50,000 ICs chains thousands of units after one another): each entry is a unit to
    // expand (its "before" units, itself, its "after" units) or one to write.
    const stack: { id: UnitId; write: boolean }[] = [];
    const emit = (start: UnitId): void => {
      // Most units have nothing placed before or after them: written at once, as the stack would write them.
      if (!this.before.has(start) && !this.after.has(start)) {
        if (!units[start] && this.units.has(start)) units[start] = this.units.get(start)!;
        return;
      }
      stack.push({ id: start, write: false });
      while (stack.length > 0) {
        const { id, write } = stack.pop()!;
        if (units[id] || !this.units.has(id)) continue;
        if (write) {
          units[id] = this.units.get(id)!;
          continue;
        }
        const after = this.after.get(id) ?? [];
        for (let i = after.length - 1; i >= 0; i--) stack.push({ id: after[i]!, write: false });
        stack.push({ id, write: true });
        const before = this.before.get(id) ?? [];
        for (let i = before.length - 1; i >= 0; i--) stack.push({ id: before[i]!, write: false });
      }
    };
    for (const id of this.original) emit(id);
    for (const id of this.units.keys()) emit(id);
    return { ...this.org, units };
  }
}

/**
 * Children in the order a span split cuts them: units of one function (department) together, in the order
 * their function first appears; the rest keep their place.
 */
function groupedOrder(units: readonly Unit[]): Unit[] {
  const rank = new Map<string, number>();
  units.forEach((u, i) => {
    const f = u.function?.trim();
    if (f && !rank.has(f)) rank.set(f, i);
  });
  return units
    .map((u, i) => ({ u, i, r: u.function?.trim() ? rank.get(u.function.trim())! : i }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.u);
}

/**
 * Cut `units` into `g` consecutive parts whose sizes differ by at most one (larger first on a tie), choosing
 * the cuts that separate the fewest units of one function and of one original team (same name but for the
 * split letter). Returns [from, to) ranges. Linear in g × (parts that get one more).
 */
function cutPoints(units: readonly Unit[], g: number): [number, number][] {
  const n = units.length;
  const lo = Math.floor(n / g);
  const extra = n - lo * g;
  // cost[p]: separating units p-1 and p.
  const cost = (p: number): number => {
    if (p <= 0 || p >= n) return 0;
    const a = units[p - 1]!;
    const b = units[p]!;
    const fa = a.function?.trim();
    return (fa && fa === b.function?.trim() ? 2 : 0) + (baseOf(a.name) === baseOf(b.name) ? 1 : 0);
  };
  // rest[j][h]: least cost to finish once j parts are cut with h of them one larger (position j*lo + h).
  const rest: Float64Array[] = Array.from({ length: g + 1 }, () => new Float64Array(extra + 1).fill(Infinity));
  rest[g]![extra] = 0;
  for (let j = g - 1; j >= 0; j--)
    for (let h = Math.min(j, extra); h >= 0; h--) {
      const pos = j * lo + h;
      const viaLo = j - h < g - extra ? cost(pos + lo) + rest[j + 1]![h]! : Infinity;
      const viaHi = h < extra ? cost(pos + lo + 1) + rest[j + 1]![h + 1]! : Infinity;
      rest[j]![h] = Math.min(viaLo, viaHi);
    }
  const out: [number, number][] = [];
  let h = 0;
  for (let j = 0; j < g; j++) {
    const pos = j * lo + h;
    const viaHi = h < extra ? cost(pos + lo + 1) + rest[j + 1]![h + 1]! : Infinity;
    const viaLo = j - h < g - extra ? cost(pos + lo) + rest[j + 1]![h]! : Infinity;
    const size = viaHi <= viaLo ? lo + 1 : lo;
    if (size === lo + 1) h++;
    out.push([pos, pos + size]);
  }
  return out;
}

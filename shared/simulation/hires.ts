/** A month's hires: backfills, steady growth and funding rounds, each landing in a team drawn by weight. */
import { checkPerson } from '../model/invariants';
import { getOwn } from '../model/lookup';
import { childrenOf, subtreeUnitIds, type TreeIndex } from '../model/tree';
import { UNKNOWN_SIGNALS, type Person, type PersonId, type ScenarioEvent, type Target, type UnitId } from '../model/types';
import { acquire } from './acquisition';
import { drawAspiration, drawSignals } from './priors';
import type { Rng } from './rng';
import type { Run } from './run';
import { fundingHires } from './validate';

/**
 * One month's hires, gathered and then added in one edit: teams for each target are worked out once, and each
 * hire's team is drawn by weight (team size + 1) with the sizes kept up to date as hires land.
 */
class Hiring {
  private readonly index: TreeIndex;
  private readonly teams = new Map<string, UnitId[]>();
  private readonly size = new Map<UnitId, number>();
  readonly joining: { person: Person; unitId: UnitId }[] = [];

  constructor(private readonly run: Run) {
    this.index = run.index();
  }

  isTeam(id: UnitId): boolean {
    return !!this.run.org.units[id] && childrenOf(this.index, id).length === 0;
  }

  private teamsOf(target: Target): UnitId[] {
    const key = target.kind === 'spread' ? '*' : target.unitIds.join(',');
    let teams = this.teams.get(key);
    if (!teams && target.kind === 'spread') {
      // Every team in the table's order: the same while the tree is (a run keeps its index's children map then).
      const known = spreadTeams.get(this.index.children);
      if (known && known.roots === this.index.roots) this.teams.set(key, (teams = [...known.teams]));
    }
    if (!teams && target.kind === 'spread') {
      // The index lists every unit of the table, in its order (a unit's id is its key), without enumerating it.
      const all: UnitId[] = [];
      this.index.children.forEach((kids, id) => {
        if (kids.length === 0) all.push(id);
      });
      this.teams.set(key, (teams = all));
      spreadTeams.set(this.index.children, { roots: this.index.roots, teams: [...all] });
    }
    if (!teams && target.kind === 'units' && target.unitIds.length === 1) {
      // One team (a backfill's): its subtree is itself, without walking it.
      const id = target.unitIds[0]!;
      if (this.run.org.units[id] && childrenOf(this.index, id).length === 0) this.teams.set(key, (teams = [id]));
    }
    if (!teams) {
      const org = this.run.org;
      const scope = target.kind === 'spread' ? [] : target.unitIds.flatMap((id) => (org.units[id] ? subtreeUnitIds(this.index, id) : []));
      this.teams.set(key, (teams = scope.filter((id) => childrenOf(this.index, id).length === 0)));
    }
    return teams;
  }

  private sizeOf(id: UnitId): number {
    return this.size.get(id) ?? this.run.org.units[id]!.memberIds.length;
  }

  /**
   * Each target's teams with their weights (team size + 1) and the weights' sum, made on the target's first hire
   * of the month and kept up to date as hires land (`landed`), instead of two lookups per team per hire.
   */
  private readonly draws = new Map<UnitId[], { weights: number[]; total: number }>();

  private drawOf(teams: UnitId[]): { weights: number[]; total: number } {
    let draw = this.draws.get(teams);
    if (!draw) {
      const weights = teams.map((id) => this.sizeOf(id) + 1);
      let total = 0;
      for (const w of weights) total += w;
      this.draws.set(teams, (draw = { weights, total }));
    }
    return draw;
  }

  /** A hire joined `team`: one more weight in every target's draw that lists it (as often as it lists it). */
  private landed(team: UnitId): void {
    this.size.set(team, this.sizeOf(team) + 1);
    // A scan, not a map of positions: a few draws a month, a few hundred teams, a few dozen hires.
    this.draws.forEach((draw, teams) => {
      for (let i = 0; i < teams.length; i++)
        if (teams[i] === team) {
          draw.weights[i]!++;
          draw.total++;
        }
    });
  }

  hire(target: Target, why: string, purpose: string): void {
    const run = this.run;
    const rng = run.rng(purpose);
    const teams = this.teamsOf(target);
    if (teams.length === 0) return;
    // Spread by weight: bigger teams get more of the hires, every team some chance. (The weights are whole
    // numbers, so the kept sum is exactly the sum taken afresh; `r` is reduced in the same order as ever.)
    const { weights, total } = this.drawOf(teams);
    let r = rng.next() * total;
    let team = teams[teams.length - 1]!;
    for (let i = 0; i < teams.length; i++) {
      r -= weights[i]!;
      if (r < 0) {
        team = teams[i]!;
        break;
      }
    }
    const person = newHire(run, rng, { title: 'Software Engineer', level: rng.int(3, 5), isLead: false, tag: `hired in month ${run.month}` });
    this.joining.push({ person, unitId: team });
    this.landed(team);
    run.hires++;
    if (run.logging) run.log(purpose === 'backfill' ? 'backfill' : 'hire', `${person.name} joined ${run.unitName(team)} (${why}).`, [team], [person.id]);
  }

  /**
   * Everyone joins in one edit, as `addMembers` (model/edits) does it, checks included (a month whose hires it
   * would refuse adds none), but into the run's own people table instead of a copy.
   */
  flush(): void {
    if (this.joining.length === 0) return;
    const org = this.run.org;
    const ids = new Set<PersonId>();
    const added = new Map<UnitId, PersonId[]>();
    for (const { person, unitId } of this.joining) {
      if (getOwn(org.people, person.id) || ids.has(person.id) || !getOwn(org.units, unitId) || checkPerson(person, org.asOf).length > 0) return;
      ids.add(person.id);
      const list = added.get(unitId) ?? [];
      list.push(person.id);
      added.set(unitId, list);
    }
    for (const { person, unitId } of this.joining) {
      this.run.addPerson(person);
      this.run.place(person.id, { unitId, role: 'member' });
    }
    const units = this.run.editUnits();
    for (const [id, list] of added) units[id] = { ...getOwn(units, id)!, memberIds: [...getOwn(units, id)!.memberIds, ...list] };
  }
}

const spreadTeams = new WeakMap<TreeIndex['children'], { roots: TreeIndex['roots']; teams: readonly UnitId[] }>();

export function hires(run: Run, all: readonly ScenarioEvent[], due: readonly ScenarioEvent[]): void {
  const hiring = new Hiring(run);
  backfill(run, hiring);
  for (const e of all) {
    if (e.kind === 'growth' && run.month >= e.fromMonth && run.month <= e.toMonth) hireWithCarry(run, hiring, e.id, e.perMonth, e.target, 'growth');
    if (e.kind === 'funding' && run.month >= e.month && run.month < e.month + e.rampMonths) {
      const total = fundingHires(e);
      if (run.month === e.month)
        run.log('funding', `Funding round: ${total} engineering hires over ${e.rampMonths} ${e.rampMonths === 1 ? 'month' : 'months'}.`);
      hireWithCarry(run, hiring, e.id, total / e.rampMonths, e.target, 'funding round');
    }
  }
  hiring.flush();
  for (const e of due)
    if (e.kind === 'acquisition') {
      run.shareUnits(); // indexed there
      acquire(run, e);
    }
}

/** Backfills whose time has come join their team; a team that is gone sends its backfill to the teams by weight. */
function backfill(run: Run, hiring: Hiring): void {
  const now = run.backfills.filter((b) => b.due <= run.month);
  if (now.length === 0) return;
  run.backfills = run.backfills.filter((b) => b.due > run.month);
  for (const b of now)
    hiring.hire(hiring.isTeam(b.unitId) ? { kind: 'units', unitIds: [b.unitId] } : { kind: 'spread' }, `backfill for ${b.replaces}`, 'backfill');
}

function hireWithCarry(run: Run, hiring: Hiring, key: string, rate: number, target: Target, why: string): void {
  const carry = (run.growthCarry.get(key) ?? 0) + rate;
  const count = Math.floor(carry + 1e-9);
  run.growthCarry.set(key, carry - count);
  for (let i = 0; i < count; i++) hiring.hire(target, why, `hires:${key}`);
}

/** A new person with signals and aspiration drawn from the policy's priors (DOMAIN.md "New hires"). */
export function newHire(run: Run, rng: Rng, fields: { title: string; level: number; managerSince?: string; isLead: boolean; tag: string }): Person {
  return {
    id: run.newPersonId(),
    name: run.hireName(rng),
    title: fields.title,
    level: fields.level,
    hireDate: run.org.asOf,
    ...(fields.managerSince ? { managerSince: fields.managerSince } : {}),
    aspiration: drawAspiration(rng, run.policy, fields.isLead),
    rating: rng.int(2, 5),
    signals: drawSignals(rng, UNKNOWN_SIGNALS, run.policy.priorSignalMet),
    tags: [fields.tag],
  };
}

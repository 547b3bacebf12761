/** An acquisition or merger (DOMAIN.md "Events"): another org joins under a unit, kept as a division or integrated. */
import { addMonths } from '../model/dates';
import { newId } from '../model/edits';
import { copyRecord } from '../model/records';
import { plural } from '../model/text';
import { buildTreeIndex } from '../model/tree';
import { personId, UNKNOWN_SIGNALS, unitId, type Org, type Person, type PersonId, type ScenarioEvent, type Unit, type UnitId } from '../model/types';
import { unitHeights } from '../forecast/candidates';
import { roleForHeight } from '../forecast/forecast';
import { resolveUnknowns } from './priors';
import type { Rng } from './rng';
import { childrenNames, recordEmergent, type Run } from './run';

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function acquire(run: Run, scheduled: Extract<ScenarioEvent, { kind: 'acquisition' }>): void {
  // The unit it was to join may have gone since (merged or removed): then it joins at the top.
  const root = buildTreeIndex(run.org).roots[0];
  const under = run.org.units[scheduled.underUnitId] ? scheduled.underUnitId : root;
  if (under === undefined) return run.log('acquisition', 'Acquisition skipped: the org has no units to attach it to.');
  const e = { ...scheduled, underUnitId: under };
  const rng = run.rng(`acquisition:${e.id}`);
  const raw = e.source.kind === 'generated' ? generateOrg(run, rng, e.source.size) : e.source.org;
  const source = resolveUnknowns(run, raw);
  // Fresh ids so the acquired org can't collide with ours.
  const personMap = new Map<string, PersonId>();
  const unitMap = new Map<string, UnitId>();
  const people: Record<PersonId, Person> = copyRecord(run.org.people);
  const units: Record<UnitId, Unit> = copyRecord(run.org.units);
  const takenU = new Set<string>(Object.keys(units));
  const fresh = (prefix: string, taken: Set<string>): string => {
    const id = newId(prefix, taken);
    taken.add(id);
    return id;
  };
  for (const p of Object.values(source.people)) {
    const id = run.newPersonId();
    personMap.set(p.id, id);
    people[id] = { ...p, id, dottedLineManagerIds: undefined, tags: [...p.tags, `acquired in month ${run.month}`] };
    run.acquiredAt.set(id, run.month);
  }
  const index = buildTreeIndex(source);
  const sourceRoots = new Set(index.roots);
  const ours = Object.values(run.org.units);
  const notes: { text: string; unitIds: UnitId[]; personIds: PersonId[] }[] = [];
  const stays: PersonId[] = [];
  // Integrated: units with the same name or function as one of ours merge into it; the acquirer's lead keeps the
  // merged unit, and the other lead stays as a candidate for the next role (if they want one) or leaves.
  const mergedInto = new Map<string, UnitId>();
  const otherLead = (leadId: PersonId | null, into: string, role: string): void => {
    if (!leadId) return;
    const id = personMap.get(leadId)!;
    const p = people[id]!;
    if (p.aspiration === 'mom' || p.aspiration === 'manager') {
      stays.push(id);
      notes.push({
        text: `${p.name}, who led the acquired ${role}, stays in ${into} as a candidate for the next ${role === 'org' ? 'MoM role' : 'role'}.`,
        unitIds: [],
        personIds: [id],
      });
    } else {
      delete people[id];
      notes.push({ text: `${p.name}, who led the acquired ${role}, leaves: ${into} keeps its lead.`, unitIds: [], personIds: [id] });
    }
  };
  for (const u of Object.values(source.units)) {
    if (e.mode !== 'integrate') continue;
    if (sourceRoots.has(u.id)) {
      mergedInto.set(u.id, e.underUnitId);
      otherLead(u.leadId, units[e.underUnitId]!.name, 'org');
      continue;
    }
    const match = ours.find((o) => sameName(o.name, u.name) || (!!u.function?.trim() && !!o.function?.trim() && sameName(o.function, u.function)));
    if (match) {
      mergedInto.set(u.id, match.id);
      otherLead(u.leadId, match.name, (index.children.get(u.id)?.length ?? 0) > 0 ? 'group' : 'team');
      notes.push({ text: `${u.name} (acquired) merged into ${match.name}.`, unitIds: [match.id], personIds: [] });
    }
  }
  for (const u of Object.values(source.units)) if (!mergedInto.has(u.id)) unitMap.set(u.id, unitId(fresh('u', takenU)));
  const target = (id: string): UnitId => mergedInto.get(id) ?? unitMap.get(id)!;
  let attached = 0;
  for (const u of Object.values(source.units)) {
    const members = u.memberIds.map((m) => personMap.get(m)!).filter((m) => people[m]);
    const into = mergedInto.get(u.id);
    if (into) {
      const keep = units[into]!;
      const extra = [...members, ...(u.leadId && stays.includes(personMap.get(u.leadId)!) ? [personMap.get(u.leadId)!] : [])];
      units[into] = { ...keep, memberIds: [...keep.memberIds, ...extra] };
      continue;
    }
    const id = unitMap.get(u.id)!;
    const parentId = u.parentId === null || !source.units[u.parentId] ? e.underUnitId : target(u.parentId);
    const leadId = u.leadId ? personMap.get(u.leadId)! : null;
    units[id] = {
      id,
      name: u.name,
      leadId,
      memberIds: members,
      parentId,
      ...(u.function ? { function: u.function } : {}),
      ...(leadId ? {} : { vacantSince: run.org.asOf }),
    };
    attached++;
  }
  const joined = Object.keys(people).length - Object.keys(run.org.people).length;
  run.org = { ...run.org, people, units };
  run.hires += joined;
  run.log(
    'acquisition',
    `Acquisition: ${plural(joined, 'person joins', 'people join')} under ${run.unitName(e.underUnitId)} (${e.mode === 'division' ? 'kept as a division' : `integrated: ${plural(mergedInto.size, 'unit')} merged, ${attached} attached`}).`,
    [e.underUnitId],
  );
  for (const n of notes) run.log('acquisition', n.text, n.unitIds, n.personIds);
  const heights = unitHeights(run.org, buildTreeIndex(run.org));
  for (const id of unitMap.values()) {
    const unit = run.org.units[id];
    if (unit && unit.leadId === null) recordEmergent(run, id, 'merger', roleForHeight(heights.get(id) ?? 0), childrenNames(run, id));
  }
}

/** A small company of about `size` people: a head, teams of about seven with their EMs; signals unknown, as an HR export. */
function generateOrg(run: Run, rng: Rng, size: number): Org {
  const people: Record<PersonId, Person> = {};
  const units: Record<UnitId, Unit> = {};
  const make = (title: string, level: number, managerSince?: string): PersonId => {
    const id = personId(`a${Object.keys(people).length + 1}`);
    people[id] = {
      id,
      name: run.hireName(rng),
      title,
      level,
      hireDate: addMonths(run.org.asOf, -rng.int(6, 60)),
      ...(managerSince ? { managerSince } : {}),
      aspiration: 'unknown',
      rating: rng.int(2, 5),
      signals: UNKNOWN_SIGNALS,
      tags: [],
    };
    return id;
  };
  const head = make('Head of Engineering', 8, addMonths(run.org.asOf, -48));
  units[unitId('r')] = { id: unitId('r'), name: 'Acquired Engineering', leadId: head, memberIds: [], parentId: null };
  let left = size - 1;
  let n = 0;
  while (left > 0) {
    n++;
    const teamSize = Math.min(left, 7);
    const lead = teamSize >= 3 ? make('Engineering Manager', 6, addMonths(run.org.asOf, -rng.int(6, 48))) : null;
    const members = Array.from({ length: teamSize - (lead ? 1 : 0) }, () => make('Software Engineer', rng.int(3, 6)));
    units[unitId(`t${n}`)] = { id: unitId(`t${n}`), name: `Acquired Team ${n}`, leadId: lead, memberIds: members, parentId: unitId('r') };
    left -= teamSize;
  }
  return { asOf: run.org.asOf, people, units };
}

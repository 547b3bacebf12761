/** Scheduled events in words and symbols for the timeline, and a sensible new event of each kind for the Add menu. */
import {
  fundingHires,
  getOwn,
  personId,
  plural,
  unitId,
  type Org,
  type ScenarioEvent,
  type ScenarioEventKind,
  type Target,
  type UnitId,
} from '../../../shared';

export type EventKind = ScenarioEventKind;
/** The event of one kind: `EventOf<'growth'>`. */
export type EventOf<K extends EventKind> = Extract<ScenarioEvent, { readonly kind: K }>;

export const EVENT_LABEL: Record<EventKind, string> = {
  growth: 'Steady growth',
  funding: 'Funding round',
  acquisition: 'Acquisition',
  downsizing: 'Downsizing',
  departure: 'Departure',
  reorg: 'Reorg',
};

/** Every kind, in the Add menu's order. */
export const EVENT_KINDS: readonly EventKind[] = ['growth', 'funding', 'acquisition', 'downsizing', 'departure', 'reorg'];

// Plain symbols that every system font has (emoji fonts are not everywhere).
export const EVENT_ICON: Record<EventKind, string> = { growth: '↗', funding: '$', acquisition: '⊕', downsizing: '✂', departure: '⇥', reorg: '⇄' };

/** A sensible new event of a kind, for the Add form (aimed at the org's first unit or person; an empty org gets empty ids, which the check refuses). */
export function newEvent(kind: EventKind, id: string, org: Org): ScenarioEvent {
  const firstUnit = Object.values(org.units)[0]?.id ?? unitId('');
  const firstPerson = Object.values(org.people)[0]?.id ?? personId('');
  switch (kind) {
    case 'growth':
      return { kind, id, fromMonth: 1, toMonth: 12, perMonth: 1, target: { kind: 'spread' } };
    case 'funding':
      return {
        kind,
        id,
        month: 3,
        amount: 20_000_000,
        engineeringShare: 0.5,
        costPerEngineer: 200_000,
        runwayMonths: 24,
        rampMonths: 6,
        target: { kind: 'spread' },
      };
    case 'acquisition':
      return { kind, id, month: 6, underUnitId: firstUnit, mode: 'division', source: { kind: 'generated', size: 20 } };
    case 'downsizing':
      return { kind, id, month: 6, share: 0.1, target: { kind: 'spread' }, rule: 'recent-hires' };
    case 'departure':
      return { kind, id, month: 3, personId: firstPerson };
    case 'reorg':
      return { kind, id, month: 3, unitId: firstUnit, newParentId: firstUnit };
  }
}

/** The month an event starts in. */
export const eventMonth = (e: ScenarioEvent): number => (e.kind === 'growth' ? e.fromMonth : e.month);

/** One line about an event for the list: "25 hires over 6 months, spread over teams". */
export function describeEvent(e: ScenarioEvent, org: Org): string {
  const unit = (id: UnitId) => getOwn(org.units, id)?.name ?? `missing unit ${id}`;
  const target = (t: Target) => (t.kind === 'spread' ? 'spread over teams' : `to ${t.unitIds.map(unit).join(', ')}`);
  switch (e.kind) {
    case 'growth':
      return `${plural(e.perMonth, 'hire')}/month, months ${e.fromMonth}-${e.toMonth}, ${target(e.target)}`;
    case 'funding':
      return `${plural(fundingHires(e), 'hire')} over ${plural(e.rampMonths, 'month')}, ${target(e.target)}`;
    case 'acquisition':
      return `${e.source.kind === 'generated' ? plural(e.source.size, 'person', 'people') : 'an org'} join under ${unit(e.underUnitId)} (${e.mode === 'division' ? 'as a division' : 'integrated'})`;
    case 'downsizing':
      return `${Math.round(e.share * 100)}% cut (${e.rule.replace('-', ' ')}), ${target(e.target)}`;
    case 'departure':
      return `${getOwn(org.people, e.personId)?.name ?? `missing person ${e.personId}`} leaves`;
    case 'reorg':
      return `${unit(e.unitId)} moves under ${unit(e.newParentId)}`;
  }
}

/** One unit on the canvas. Memoized, and it selects only its own unit's data from the store. */
import type { NodeProps, ReactFlowState } from '@xyflow/react';
import { memo, useContext } from 'react';
import { DetailContext } from './detailContext';
import { useShallow } from 'zustand/react/shallow';
import { getOwn, ghostRoleText, isTeam, plural, unitHistory, type UnitId } from '../../../shared';
import { assignPerson, toggleCollapsed, type PersonId } from '../../../shared';
import { editOrg, editView } from '../editing';
import { memoizeLast } from '../store/memo';
import { reviewToAssess } from '../panels/ReadinessReview';
import { badgeFor, candidateCountsFor, candidatesFor, isUnitCollapsed, selectDisplay, treeIndexOf, type BadgeTone } from '../store/selectors';
import { useStore, type Store } from '../store/store';
import { heatColor, HEAT_INK, selectUnitHeat } from './heat';

export interface UnitNodeView {
  readonly name: string;
  readonly leadName: string | null;
  readonly leadTitle: string;
  readonly people: number;
  readonly kind: 'team' | 'group';
  readonly selected: boolean;
  /** "Director needed" for a node the forecast inserts; null for real units. */
  readonly ghostRole: string | null;
  readonly badgeTone: BadgeTone | null;
  readonly badgeText: string | null;
  /** While a unit is dragged over this one: may it drop here? */
  readonly drop: 'ok' | 'refused' | null;
  readonly canCollapse: boolean;
  readonly collapsed: boolean;
  /** In a simulated month: "new in month 3", or how an emerged role came and was filled. */
  readonly history: string | null;
  /** With the heat overview on: the level (0-5) of MoM emergence in this unit's line, and it in words (heat.ts). */
  readonly heat: number | null;
  readonly heatTitle: string | null;
}

/** What the simulation says about each unit at the month shown (the core's unitHistory), built once per run and month. */
const historyAt = memoizeLast(unitHistory);

function historyOf(s: Store, id: UnitId): string | null {
  const { result, month } = s.sim;
  if (!result || month === 0) return null;
  return historyAt(result, month).get(id) ?? null;
}

/** The fields one node shows, read from the store by id. */
export function selectUnitNodeView(s: Store, id: UnitId): UnitNodeView {
  const { org, ghosts, index } = selectDisplay(s);
  const unit = getOwn(org.units, id);
  const ghost = ghosts.get(id);
  const candidates = candidatesFor(s, id);
  const badge = candidates ? badgeFor(candidates, candidateCountsFor(s, id)) : null;
  const real = s.scenario.org;
  const base = {
    selected: s.selectedUnitId === id,
    badgeTone: badge?.tone ?? null,
    badgeText: badge?.text ?? null,
    drop: s.dropTarget?.id === id ? (s.dropTarget.allowed ? ('ok' as const) : ('refused' as const)) : null,
    canCollapse: !ghost && s.sim.month === 0 && (treeIndexOf(real).children.get(id)?.length ?? 0) > 0,
    collapsed: isUnitCollapsed(s, id),
    history: historyOf(s, id),
    ...selectUnitHeat(s, id),
  };
  if (!unit) return { ...base, name: '?', leadName: null, leadTitle: '', people: 0, kind: 'team', ghostRole: null };
  const lead = unit.leadId === null ? undefined : getOwn(org.people, unit.leadId);
  return {
    ...base,
    name: unit.name,
    leadName: lead?.name ?? null,
    leadTitle: lead?.title ?? '',
    people: unit.memberIds.length + (unit.leadId === null ? 0 : 1),
    kind: isTeam(index, id) ? 'team' : 'group',
    ghostRole: ghost ? ghostRoleText(ghost) : null,
  };
}

/** The drag type a person row carries, so units can accept a dropped person. */
export const PERSON_MIME = 'application/x-orgsim-person';

export interface UnitNodeData extends Record<string, unknown> {
  readonly hiddenUnits: number;
  readonly hiddenPeople: number;
  readonly vacant: boolean;
  readonly ghost: boolean;
}

export const peopleText = (n: number) => plural(n, 'person', 'people');

/**
 * A simplified card's two lines below its name, whether drawn as a DOM card or painted (BoxCanvas): its
 * headcount (a collapsed unit counts the people it hides too: the headcount of its whole line), or VACANT, or
 * "forecast"; and what it hides, or null.
 */
export function simpleCardLines(view: UnitNodeView, data: Pick<UnitNodeData, 'hiddenUnits' | 'hiddenPeople'>): { count: string; hidden: string | null } {
  const count = view.ghostRole ? 'forecast' : view.leadName === null ? 'VACANT' : peopleText(view.people + data.hiddenPeople);
  return { count, hidden: data.hiddenUnits > 0 ? `+${plural(data.hiddenUnits, 'unit')} hidden` : null };
}

/** Below this zoom a node draws a simplified card (name, headcount, colour); below BOX_ZOOM a plain coloured box. */
export const SIMPLE_ZOOM = 0.45;
export const BOX_ZOOM = 0.2;
export type Detail = 'full' | 'simple' | 'box';
/** A coarse bucket of the zoom, so a node re-renders only when its level of detail changes, not on every zoom step. */
export const selectDetail = (s: ReactFlowState): Detail => (s.transform[2] < BOX_ZOOM ? 'box' : s.transform[2] < SIMPLE_ZOOM ? 'simple' : 'full');

/** A plain box's tooltip: what the box can't show in words (the unit, its headcount, what it hides, its heat). */
export function boxTitle(view: UnitNodeView, data: Pick<UnitNodeData, 'hiddenUnits' | 'hiddenPeople'>): string {
  const hidden = data.hiddenUnits > 0 ? `+${plural(data.hiddenUnits, 'unit')}, ${plural(data.hiddenPeople, 'person', 'people')}` : null;
  return `${view.name} · ${plural(view.people, 'person', 'people')}${hidden ? ` · ${hidden} hidden` : ''}${view.heatTitle ? ` · ${view.heatTitle}` : ''}`;
}

/**
 * The node's four handles as plain elements in the shape React Flow reads when it measures a mounted node
 * (`.source`/`.target` with `data-handleid` and `data-handlepos`, placed by its `.react-flow__handle-*` rules):
 * its <Handle> component subscribes to React Flow's store, four subscriptions a card, which a chart zooming
 * through hundreds of cards paid on every mount. These can't be connected; edges only end at them.
 */
function Handles() {
  return (
    <>
      <div className="react-flow__handle react-flow__handle-top target unit-node__handle" data-handleid="top" data-handlepos="top" />
      <div className="react-flow__handle react-flow__handle-left target unit-node__handle" data-handleid="left" data-handlepos="left" />
      <div className="react-flow__handle react-flow__handle-right target unit-node__handle" data-handleid="right" data-handlepos="right" />
      <div className="react-flow__handle react-flow__handle-bottom source unit-node__handle" data-handlepos="bottom" />
    </>
  );
}

function CollapseButton({ id, view }: { id: string; view: UnitNodeView }) {
  return (
    <button
      type="button"
      className="unit-node__collapse nodrag"
      aria-label={view.collapsed ? `Expand ${view.name}` : `Collapse ${view.name}`}
      title={view.collapsed ? 'Expand' : 'Collapse'}
      onClick={(e) => {
        e.stopPropagation();
        editView((v) => toggleCollapsed(v, id as UnitId));
      }}
    >
      {view.collapsed ? '▸' : '▾'}
    </button>
  );
}

function UnitNodeComponent({ id, data }: NodeProps & { data: UnitNodeData }) {
  const view = useStore(useShallow((s: Store) => selectUnitNodeView(s, id as UnitId)));
  const detail = useContext(DetailContext);
  const vacant = view.leadName === null;
  const className = [
    'unit-node',
    detail === 'full' ? '' : `unit-node--${detail}`,
    vacant && !view.ghostRole ? 'unit-node--vacant' : '',
    view.ghostRole ? 'unit-node--ghost' : '',
    view.selected ? 'unit-node--selected' : '',
    view.drop === 'ok' ? 'unit-node--drop-ok' : view.drop === 'refused' ? 'unit-node--drop-refused' : '',
    view.history ? 'unit-node--changed' : '',
    `unit-node--${view.kind}`,
    view.heat === null ? '' : `unit-node--heat unit-node--heat-${view.heat}`,
  ].join(' ');
  // The heat fills the whole box at every level of detail, so a zoomed-out org shows where emergence concentrates.
  const heatStyle = view.heat === null ? undefined : { background: heatColor(view.heat), color: view.heat > 0 ? HEAT_INK[view.heat - 1] : undefined };
  const heatAttrs = view.heat === null ? {} : { 'data-heat': view.heat };
  if (detail !== 'full') {
    // Zoomed out: what can still be read at this size, in the same colours (vacancy red, forecast purple, badge tone).
    const lines = simpleCardLines(view, data);
    return (
      <div
        className={className}
        style={heatStyle}
        {...heatAttrs}
        data-testid="unit-node"
        data-unit-id={id}
        data-ghost={view.ghostRole ? 'true' : undefined}
        data-drop={view.drop ?? undefined}
        data-detail={detail}
        title={boxTitle(view, data)}
      >
        <Handles />
        {detail === 'simple' && (
          <>
            <div className="unit-node__header">
              <span className="unit-node__name" data-testid="unit-name">
                <bdi>{view.name}</bdi>
              </span>
              {view.canCollapse && <CollapseButton id={id} view={view} />}
            </div>
            <div className="unit-node__simple-count">{lines.count}</div>
            {lines.hidden && <div className="unit-node__simple-hidden">{lines.hidden}</div>}
          </>
        )}
        {view.badgeTone && <div className={`unit-node__tone badge--${view.badgeTone}`} />}
      </div>
    );
  }
  return (
    <div
      className={className}
      style={heatStyle}
      {...heatAttrs}
      title={view.heatTitle ?? undefined}
      data-testid="unit-node"
      data-unit-id={id}
      data-ghost={view.ghostRole ? 'true' : undefined}
      data-drop={view.drop ?? undefined}
      onDragOver={(e) => {
        if (!view.ghostRole && e.dataTransfer.types.includes(PERSON_MIME)) e.preventDefault();
      }}
      onDrop={(e) => {
        const personId = e.dataTransfer.getData(PERSON_MIME) as PersonId;
        if (!personId || view.ghostRole) return;
        e.preventDefault();
        editOrg((org) => assignPerson(org, personId, { unitId: id as UnitId, role: 'member' }), `Moved to ${view.name}.`);
      }}
    >
      <Handles />
      <div className="unit-node__header">
        <span className="unit-node__name" data-testid="unit-name" title={view.name}>
          <bdi>{view.name}</bdi>
        </span>
        {view.canCollapse && <CollapseButton id={id} view={view} />}
      </div>
      <div className="unit-node__lead" data-testid="unit-lead">
        {view.ghostRole ? (
          <span className="unit-node__ghost-role">{view.ghostRole.toUpperCase()}</span>
        ) : vacant ? (
          <span className="unit-node__vacant">VACANT</span>
        ) : (
          <>
            <span className="unit-node__lead-name">
              <bdi>{view.leadName}</bdi>
            </span>
            <span className="unit-node__lead-title">
              <bdi>{view.leadTitle}</bdi>
            </span>
          </>
        )}
      </div>
      <div className="unit-node__footer">
        <span className="unit-node__count">
          <span data-testid="unit-count">{plural(view.people, 'person', 'people')}</span>
          {/* The kind sits down here so the unit's name gets the whole top line. */}
          <span className="unit-node__kind"> · {view.ghostRole ? 'forecast' : view.kind}</span>
        </span>
        {data.hiddenUnits > 0 && (
          <span className="unit-node__hidden">
            +{plural(data.hiddenUnits, 'unit')}, {plural(data.hiddenPeople, 'person', 'people')} hidden
          </span>
        )}
        {view.history && (
          <span className="unit-node__history" data-testid="unit-history" title={view.history}>
            {view.history}
          </span>
        )}
        {view.badgeText && !view.history && !view.badgeText.includes('to assess') && (
          <span className={`badge badge--${view.badgeTone}`} data-testid="unit-badge" title={view.badgeText}>
            {view.badgeText}
          </span>
        )}
        {view.badgeText && !view.history && view.badgeText.includes('to assess') && (
          // "To assess" opens the readiness review on the people the role's band depends on.
          <button
            type="button"
            className={`badge badge--${view.badgeTone} badge--action nodrag`}
            data-testid="unit-badge"
            title={`${view.badgeText}: click to review the people to assess`}
            onClick={(e) => {
              e.stopPropagation();
              reviewToAssess(id as UnitId);
            }}
          >
            {view.badgeText}
          </button>
        )}
      </div>
    </div>
  );
}

export const UnitNode = memo(UnitNodeComponent);

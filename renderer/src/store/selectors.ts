/** Selectors, declared once at module level. Derived data is memoized on the objects it comes from (`memo.ts`). */
import {
  buildTreeIndex,
  getOwn,
  countByBand,
  forecastEmergence,
  layoutOrg,
  orgMetrics,
  projectForecast,
  type BadgeTone as SharedBadgeTone,
  type Band,
  type Candidate,
  type Emergent,
  type Forecast,
  type Org,
  type OrgLayout,
  type OrgMetrics,
  type Policy,
  type Projection,
  type TreeIndex,
  type UnitId,
} from '../../../shared';
import { cachedForecast, forecastOfSameOrg } from '../forecast/forecastState';
import { memoizeLast, memoizeWeak } from './memo';
import type { Store } from './store';

export const selectOrg = (s: Store): Org => s.scenario.org;
export const selectPolicy = (s: Store): Policy => s.scenario.policy;
export const selectCollapsed = (s: Store): readonly UnitId[] => s.scenario.view.collapsed;
export const selectSelectedUnitId = (s: Store): UnitId | null => s.selectedUnitId;
export const selectProblems = (s: Store) => s.problems;
export const selectFitRequest = (s: Store): number => s.fitRequest;
export const selectShowForecast = (s: Store): boolean => s.showForecast;
export const selectPanel = (s: Store) => s.panel;

/** The tree index of an org: the core builds it once per units table and remembers it, so this only names it. */
export const treeIndexOf: (org: Org) => TreeIndex = buildTreeIndex;
export const metricsOf: (org: Org) => OrgMetrics = memoizeWeak((org: Org) => orgMetrics(org, undefined, treeIndexOf(org)));
// Per org, then the last policy: the chart (a simulated month's org) and the health panel (today's) ask side by side.
const forecastsOfOrg = memoizeWeak((org: Org) => memoizeLast((policy: Policy) => forecastEmergence(org, policy)));
/** Computes on this thread: only for small orgs (`isSmallOrg`); larger ones go to the forecast worker. */
const forecastOf = (org: Org, policy: Policy): Forecast => forecastsOfOrg(org)(policy);
const projectionOf: (org: Org, forecast: Forecast) => Projection = memoizeLast(projectForecast);
export const layoutOf: (org: Org, collapsed: readonly UnitId[]) => OrgLayout = memoizeLast((org: Org, collapsed: readonly UnitId[]) =>
  layoutOrg(org, { collapsed }, treeIndexOf(org)),
);

/**
 * Orgs up to this many people are forecast on this thread, so they never flicker: measured on the 2-core
 * machine, the forecast of a generated 1,000-person org takes ~25 ms with the default policy (a frame or two),
 * while 2,000 people take ~100 ms, and a policy that splits many teams costs 250-500 ms at 1,000 and ~1 s
 * at 2,000 (the core is not linear yet). Bigger orgs go to the worker.
 */
export const SYNC_FORECAST_MAX_PEOPLE = 1000;

export const peopleCountOf = memoizeWeak((people: Org['people']) => Object.keys(people).length);

/** True when an org is small enough to forecast on the UI thread (`SYNC_FORECAST_MAX_PEOPLE`). */
export function isSmallOrg(org: Org): boolean {
  return peopleCountOf(org.people) <= SYNC_FORECAST_MAX_PEOPLE;
}

/**
 * The forecast to show for an org: computed here for a small org; otherwise the worker's, once it arrives.
 * Until then the last forecast of the same org (under another policy), or null. `ready` is true only when the
 * forecast is exactly that of (org, current policy): Promote waits for it.
 */
export function selectForecastFor(s: Store, org: Org): { readonly forecast: Forecast | null; readonly ready: boolean } {
  const { policy } = s.scenario;
  if (isSmallOrg(org)) return { forecast: forecastOf(org, policy), ready: true };
  const exact = cachedForecast(s.forecasts, org, policy);
  if (exact) return { forecast: exact, ready: true };
  return { forecast: forecastOfSameOrg(s.forecasts, org), ready: false };
}

const EMPTY_GHOSTS: ReadonlyMap<UnitId, Emergent> = new Map();

export interface Display {
  readonly org: Org;
  readonly ghosts: ReadonlyMap<UnitId, Emergent>;
  /** Null while a large org's forecast is being computed (the chart then shows no ghosts or badges). */
  readonly forecast: Forecast | null;
  /** True when `forecast` is exactly that of the shown org under the current policy. */
  readonly forecastReady: boolean;
  readonly index: TreeIndex;
}

/** The org the canvas is about: today's, or the simulated org at the month the timeline shows. */
export function selectBaseOrg(s: Store): Org {
  const { result, month } = s.sim;
  return result && month > 0 ? (result.orgs[month] ?? s.scenario.org) : s.scenario.org;
}

/** True while the canvas shows a simulated month: the org can then be looked at, not edited. */
export const selectViewingSimulation = (s: Store): boolean => s.sim.result !== null && s.sim.month > 0;

/** The display of an org with a forecast (ghosts drawn only when `show` and the forecast is in). */
const displayOf = memoizeLast((org: Org, forecast: Forecast | null, ready: boolean, show: boolean): Display => {
  if (!show || !forecast) return { org, ghosts: EMPTY_GHOSTS, forecast, forecastReady: ready, index: treeIndexOf(org) };
  const projection = projectionOf(org, forecast);
  return { org: projection.org, ghosts: projection.ghosts, forecast, forecastReady: ready, index: treeIndexOf(projection.org) };
});

/** What the chart shows: the org (today's or a simulated month's), with the forecast's emergent nodes as ghosts. Memoized. */
export function selectDisplay(s: Store): Display {
  const org = selectBaseOrg(s);
  const { forecast, ready } = selectForecastFor(s, org);
  return displayOf(org, forecast, ready, s.showForecast);
}

type Vacancy = Forecast['vacancies'][number];

/** A forecast's vacancies by unit: every node asks for its own on every store change, so a lookup, not a scan. */
const vacanciesByUnit = memoizeWeak((forecast: Forecast): ReadonlyMap<UnitId, Vacancy> => {
  const map = new Map<UnitId, Vacancy>();
  for (const v of forecast.vacancies) if (!map.has(v.unitId)) map.set(v.unitId, v);
  return map;
});

const collapsedSetOf: (collapsed: readonly UnitId[]) => ReadonlySet<UnitId> = memoizeLast((collapsed: readonly UnitId[]) => new Set(collapsed));

/** True when the unit is collapsed in the document's view (a set lookup: a big org collapses thousands of units). */
export const isUnitCollapsed = (s: Store, id: UnitId): boolean => collapsedSetOf(s.scenario.view.collapsed).has(id);

/** The open role of a unit in a display (a ghost, or a vacancy in the forecast), or undefined. */
export function openRoleIn(display: Display, id: UnitId): Emergent | Vacancy | undefined {
  const { org, ghosts, forecast } = display;
  return ghosts.get(id) ?? (getOwn(org.units, id)?.leadId === null && forecast ? vacanciesByUnit(forecast).get(id) : undefined);
}

/** The candidates for a unit's role when it is open (a ghost or a vacancy), or null when it is filled or the forecast isn't in yet. */
export function candidatesIn(display: Display, id: UnitId): readonly Candidate[] | null {
  const ghost = display.ghosts.get(id);
  if (ghost) return ghost.candidates;
  if (getOwn(display.org.units, id)?.leadId !== null || !display.forecast) return null;
  return vacanciesByUnit(display.forecast).get(id)?.candidates ?? [];
}

/** `candidatesIn` of what the chart shows now. */
export const candidatesFor = (s: Store, id: UnitId): readonly Candidate[] | null => candidatesIn(selectDisplay(s), id);

/**
 * How many candidates the open role has in each band, in all (a role lists only its best `CANDIDATE_LIMIT`); the
 * forecast's own object, so selecting it is stable. Null when the role isn't open or the forecast isn't in yet.
 */
export function candidateCountsFor(s: Store, id: UnitId): Record<Band, number> | null {
  return openRoleIn(selectDisplay(s), id)?.candidateCounts ?? null;
}

/** How many candidates the open role has in all, listed or not; null as above. */
export function candidateTotalFor(s: Store, id: UnitId): number | null {
  return openRoleIn(selectDisplay(s), id)?.candidateTotal ?? null;
}

/** A badge's colour: green ready now, amber 6-12 months, blue only people to assess, red nobody inside (one type with the exports'). */
export type BadgeTone = SharedBadgeTone;

/** The badge colour of each band, wherever a band is shown (side panel, path, succession). */
export const BAND_TONE = { 'ready-now': 'green', 'ready-6-12': 'amber', 'to-assess': 'blue', 'not-yet': 'red' } as const satisfies Record<Band, BadgeTone>;

/**
 * A badge's colour and words: the best known band, then how many are to assess (their band depends on
 * unknown signals): green "2 ready now · 3 to assess", amber "1 in 6-12 months", blue "4 to assess",
 * red "none inside: external hire" only when nobody could be ready even if every unknown were met.
 */
export function badgeFor(
  candidates: readonly Candidate[],
  allCounts?: Record<Band, number> | null,
): { tone: BadgeTone; text: string; counts: Record<Band, number> } {
  // The counts of every candidate when known (a big org lists only the best of them), else of the list.
  const counts = allCounts ?? countByBand(candidates);
  const assess = counts['to-assess'] > 0 ? `${counts['to-assess']} to assess` : null;
  const withAssess = (text: string) => (assess ? `${text} · ${assess}` : text);
  if (counts['ready-now'] > 0) return { tone: 'green', text: withAssess(`${counts['ready-now']} ready now`), counts };
  if (counts['ready-6-12'] > 0) return { tone: 'amber', text: withAssess(`${counts['ready-6-12']} in 6-12 months`), counts };
  if (assess) return { tone: 'blue', text: assess, counts };
  return { tone: 'red', text: 'none inside: external hire', counts };
}

/** True when the document has changed since it was last saved or opened (edits always make a new scenario). */
export const selectDirty = (s: Store): boolean => s.scenario !== s.savedScenario;

/** The name shown in the title bar: the file's name, or the scenario's name until it is saved. */
export const selectDocumentName = (s: Store): string => s.fileName ?? s.scenario.name;

/**
 * The heat overview's colours: where manager-of-managers roles emerge, per unit line. The numbers come from
 * `shared/forecast/heat.ts` (the forecast's MoM nodes in each line, or Monte Carlo's odds); this module only
 * bins them and maps bins to colours, a sequential scale (ColorBrewer YlOrBr, light to dark, one hue ramp, so it
 * reads the same with any colour vision and in greyscale).
 */
import { emergenceCounts, lineOdds, type Forecast, type MonteCarloResult, type Org, type UnitId } from '../../../shared';
import { selectDisplay } from '../store/selectors';
import type { HeatBy, Store } from '../store/store';

/** Fill and ink for levels 1-5 (ColorBrewer YlOrBr, 6 classes without its lightest, so level 1 stands off "none"). */
export const HEAT_COLORS = ['#fee391', '#fec44f', '#fe9929', '#d95f0e', '#993404'] as const;
/** Units with nothing emerging in their line while the heat is on: a quiet grey, so the heat stands out. */
export const HEAT_NONE = '#eef0f3';
/** Dark text on the light levels, white on the two darkest. */
export const HEAT_INK = ['#1d2433', '#1d2433', '#1d2433', '#ffffff', '#ffffff'] as const;

export interface HeatBin {
  /** 1-5; the colour is `HEAT_COLORS[level - 1]`. */
  readonly level: number;
  /** The smallest value in the bin (inclusive). */
  readonly from: number;
  readonly label: string;
}

/** A value to its level: 0 for nothing (or no value), else the last bin whose `from` it reaches. */
export function heatLevel(value: number | undefined, bins: readonly HeatBin[]): number {
  if (value === undefined || !(value > 0)) return 0;
  let level = 0;
  for (const bin of bins) if (value >= bin.from) level = bin.level;
  return level;
}

/**
 * Bins for counts up to `max`: one per count up to 5, otherwise five geometric bins (1, max^0.2, max^0.4, …),
 * so a line of 300 roles and a team's 1 are both readable. `countBins(300)` → 1-3, 4-9, 10-30, 31-95, 96-300.
 */
export function countBins(max: number): HeatBin[] {
  const top = Math.floor(max);
  if (!(top >= 1)) return [];
  const starts: number[] = [];
  if (top <= 5) for (let v = 1; v <= top; v++) starts.push(v);
  else for (let k = 0; k < 5; k++) starts.push(Math.max(k === 0 ? 1 : starts[k - 1]! + 1, Math.ceil(Math.pow(top, k / 5) - 1e-9)));
  // With few counts the levels are the counts themselves (1 is always the palest), not stretched to the top.
  return starts.map((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1]! - 1 : top;
    return { level: i + 1, from, label: from === to ? `${from}` : `${from}-${to}` };
  });
}

/** Fixed bins for odds: over 0 and up to 20%, then 20-40%, … 80-100% (each bin's top included). */
export const ODDS_BINS: readonly HeatBin[] = [0, 20, 40, 60, 80].map((pct, i) => ({
  level: i + 1,
  from: i === 0 ? Number.MIN_VALUE : pct / 100 + 1e-9,
  label: i === 0 ? '≤20%' : `${pct}-${pct + 20}%`,
}));

export interface HeatView {
  readonly by: HeatBy;
  /** Per unit of the org on the canvas; absent is 0 (forecast) or unknown (Monte Carlo). */
  readonly values: ReadonlyMap<UnitId, number>;
  readonly bins: readonly HeatBin[];
  /** Why there is nothing to show yet, or null. */
  readonly waiting: string | null;
  /** Monte Carlo only: the batch's size, and whether the document changed since. */
  readonly runs: number | null;
  readonly months: number | null;
  readonly stale: boolean;
}

const NO_VALUES: ReadonlyMap<UnitId, number> = new Map();

let countsMemo: { forecast: Forecast; counts: ReadonlyMap<UnitId, number>; max: number } | null = null;
let oddsMemo: { org: Org; result: MonteCarloResult; odds: ReadonlyMap<UnitId, number> } | null = null;
let viewMemo: { key: readonly unknown[]; view: HeatView | null } | null = null;

function countsOf(forecast: Forecast): { counts: ReadonlyMap<UnitId, number>; max: number } {
  if (countsMemo?.forecast !== forecast) {
    const counts = emergenceCounts(forecast);
    let max = 0;
    for (const n of counts.values()) max = Math.max(max, n);
    countsMemo = { forecast, counts, max };
  }
  return countsMemo;
}

function oddsOf(org: Org, result: MonteCarloResult): ReadonlyMap<UnitId, number> {
  if (oddsMemo?.org !== org || oddsMemo.result !== result) oddsMemo = { org, result, odds: lineOdds(org, result.units) };
  return oddsMemo.odds;
}

/** The heat to draw, or null when it is off. Memoized: the same object until what it depends on changes. */
export function selectHeat(s: Store): HeatView | null {
  if (!s.showHeat) return null;
  const { org, forecast } = selectDisplay(s);
  const mc = s.sim.monteCarlo;
  const by: HeatBy = s.heatBy === 'monte-carlo' && mc ? 'monte-carlo' : 'forecast';
  const key = [by, org, forecast, mc, s.sim.monteCarloOf === s.scenario];
  if (viewMemo && viewMemo.key.length === key.length && viewMemo.key.every((k, i) => k === key[i])) return viewMemo.view;
  let view: HeatView;
  if (by === 'monte-carlo' && mc) {
    view = { by, values: oddsOf(org, mc), bins: ODDS_BINS, waiting: null, runs: mc.runs, months: mc.months, stale: s.sim.monteCarloOf !== s.scenario };
  } else if (!forecast) {
    view = { by, values: NO_VALUES, bins: [], waiting: 'Waiting for the forecast…', runs: null, months: null, stale: false };
  } else {
    const { counts, max } = countsOf(forecast);
    view = { by, values: counts, bins: countBins(max), waiting: null, runs: null, months: null, stale: false };
  }
  viewMemo = { key, view };
  return view;
}

/** One unit's heat level (0-5) and its words, or nulls when the heat is off: primitives, so a node's shallow compare holds. */
export function selectUnitHeat(s: Store, id: UnitId): { heat: number | null; heatTitle: string | null } {
  const heat = selectHeat(s);
  // Until the forecast is in there is nothing to colour by: nodes keep their usual look, the legend says why.
  if (!heat || heat.waiting) return { heat: null, heatTitle: null };
  const value = heat.values.get(id);
  return { heat: heatLevel(value, heat.bins), heatTitle: heatText(heat.by, value ?? (heat.by === 'forecast' && !heat.waiting ? 0 : null)) };
}

/** The fill for a level (0 is "none"). */
export const heatColor = (level: number): string => (level > 0 ? HEAT_COLORS[level - 1]! : HEAT_NONE);

/** What a unit's heat says in words, for its tooltip: "3 MoM roles emerge in this line (forecast)". */
export function heatText(by: HeatBy, value: number | null): string {
  if (value === null) return by === 'monte-carlo' ? 'No Monte Carlo odds for this unit' : 'Forecast not in yet';
  if (by === 'monte-carlo') return `${Math.round(value * 100)}% odds a MoM role emerges in this line`;
  return value === 0 ? 'No MoM role emerges in this line (forecast)' : `${value} MoM ${value === 1 ? 'role emerges' : 'roles emerge'} in this line (forecast)`;
}

/** The minimap's colour for a unit while the heat is on (null when it is off): the same scale as the nodes. */
export function selectMinimapHeat(s: Store): ((id: string) => string) | null {
  const heat = selectHeat(s);
  if (!heat) return null;
  if (minimapMemo?.heat !== heat) {
    const { values, bins } = heat;
    minimapMemo = { heat, color: (id) => heatColor(heatLevel(values.get(id as UnitId), bins)) };
  }
  return minimapMemo.color;
}
let minimapMemo: { heat: HeatView; color: (id: string) => string } | null = null;

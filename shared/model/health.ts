/** Org health as chart data: span of control and units per layer, for the whole org or one subtree. */
import { orgMetrics, type OrgMetrics } from './metrics';
import { buildTreeIndex, isTeam, subtreeUnitIds, unitDepths, type TreeIndex } from './tree';
import type { Org, UnitId } from './types';

/** How many leads have each span of control, split into EMs (teams) and leads of groups. */
export interface SpanRow {
  readonly span: number;
  readonly em: number;
  readonly mom: number;
}

/** How many units sit on a layer (1 = the top of the org, or of the subtree). */
export interface LayerRow {
  readonly layer: number;
  readonly units: number;
}

export interface OrgHealth {
  readonly metrics: OrgMetrics;
  /** One row for every span from 1 to the largest, zeros included, so the histogram has no gaps. */
  readonly spans: readonly SpanRow[];
  /** One row per layer that has units, top first. */
  readonly layers: readonly LayerRow[];
  /** Every unit counted, in drawing order (for measures over the same scope, like bench strength). */
  readonly unitIds: readonly UnitId[];
}

/**
 * The health charts of the whole org, or of the subtree under `rootId`.
 * `orgHealth(org).spans` → `[{ span: 1, em: 0, mom: 1 }, { span: 2, em: 2, mom: 0 }, …]`.
 */
export function orgHealth(org: Org, rootId?: UnitId, index: TreeIndex = buildTreeIndex(org)): OrgHealth {
  const metrics = orgMetrics(org, rootId, index);
  const unitIds = rootId !== undefined ? subtreeUnitIds(index, rootId) : index.roots.flatMap((r) => subtreeUnitIds(index, r));

  const bySpan = new Map<number, { span: number; em: number; mom: number }>();
  for (const { unitId, span } of metrics.spans) {
    const row = bySpan.get(span) ?? { span, em: 0, mom: 0 };
    if (isTeam(index, unitId)) row.em++;
    else row.mom++;
    bySpan.set(span, row);
  }
  const maxSpan = Math.max(0, ...bySpan.keys());
  // A lead with no reports (span 0) has nothing to draw: the chart starts at 1.
  const spans = Array.from({ length: maxSpan }, (_, i) => bySpan.get(i + 1) ?? { span: i + 1, em: 0, mom: 0 });

  const depths = unitDepths(index);
  // Layers are counted from the scope's top: the root of a subtree is layer 1.
  const base = rootId !== undefined ? (depths.get(rootId) ?? 1) - 1 : 0;
  const perLayer = new Map<number, number>();
  for (const id of unitIds) {
    const layer = (depths.get(id) ?? 1) - base;
    perLayer.set(layer, (perLayer.get(layer) ?? 0) + 1);
  }
  const layers = [...perLayer.entries()].sort((a, b) => a[0] - b[0]).map(([layer, units]) => ({ layer, units }));
  return { metrics, spans, layers, unitIds };
}

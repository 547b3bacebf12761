/**
 * Two or more charts side by side as one SVG (issue 12, "export the comparison"): each drawn by `chartSvg` from
 * its own layout, with a caption above it, the diff highlighted by outlines over the units (added green, removed
 * red, moved amber, an emerging MoM role purple) and a legend. Used for SVG export and, rasterised, for PNG.
 */
import { layoutOrg, type OrgLayout } from '../layout/treeLayout';
import { withoutBidiControls } from '../model/lookup';
import type { Org, UnitId } from '../model/types';
import { comparisonMarks, type DiffMark, type VariantComparison } from '../compare/compareVariants';
import { forecastEmergence } from '../forecast/forecast';
import { chartSvg, type ChartSvgOptions } from './chartSvg';

/** One chart of the comparison. */
export interface ComparePanel {
  /** Above the chart: "Series B · month 18". */
  readonly caption: string;
  /** A second line under the caption: "82 people · 5 MoMs". */
  readonly subtitle?: string;
  readonly org: Org;
  /** The layout to draw (default: `layoutOrg(org)` with `collapsed`). */
  readonly layout?: OrgLayout;
  readonly collapsed?: readonly UnitId[];
  /** How each unit differs, by this panel's unit ids. A unit hidden by a collapse carries no outline. */
  readonly marks?: ReadonlyMap<UnitId, readonly DiffMark[]>;
  /** Passed to `chartSvg`: forecast ghosts and candidate badges, as on the canvas. */
  readonly chart?: Pick<ChartSvgOptions, 'ghosts' | 'badges'>;
}

/** The highlight colours, as the compare view draws them. */
export const DIFF_MARK_STYLE: Record<DiffMark, { readonly stroke: string; readonly label: string }> = {
  added: { stroke: '#1f9d55', label: 'Added (only in this variant)' },
  removed: { stroke: '#d0312d', label: 'Removed (gone in the other)' },
  moved: { stroke: '#d98a00', label: 'Moved (another parent)' },
  emerging: { stroke: '#7c3aed', label: 'MoM role emerging (here only)' },
};
const TAG: Record<DiffMark, string> = { added: 'added', removed: 'removed', moved: 'moved', emerging: 'MoM emerging' };
const ORDER: readonly DiffMark[] = ['added', 'removed', 'moved', 'emerging'];

const GAP = 48;
const CAPTION_HEIGHT = 30;
const SUBTITLE_HEIGHT = 20;
const LEGEND_HEIGHT = 44;
const PAD = 16;
const escapeXml = (text: string): string =>
  withoutBidiControls(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Outlines (concentric when a unit has several marks) and a small tag above each marked unit, in canvas coordinates. */
function overlay(layout: OrgLayout, marks: ReadonlyMap<UnitId, readonly DiffMark[]>): string {
  const parts: string[] = ['<g data-diff-overlay="" fill="none">'];
  for (const n of layout.nodes) {
    const list = ORDER.filter((m) => marks.get(n.id)?.includes(m));
    list.forEach((mark, i) => {
      const out = 4 + i * 5;
      parts.push(
        `<rect data-diff="${mark}" data-unit-id="${escapeXml(n.id)}" x="${n.x - out}" y="${n.y - out}" width="${n.width + 2 * out}" height="${n.height + 2 * out}" rx="${10 + out}" stroke="${DIFF_MARK_STYLE[mark].stroke}" stroke-width="3.5"/>`,
      );
    });
    if (list.length > 0) {
      // The tag straddles the outermost outline's top edge at the right, so it stays within the unit's own gap.
      const text = list.map((m) => TAG[m]).join(' · ');
      const width = Math.ceil(text.length * 11 * 0.66 + 12);
      const x = n.x + n.width - width - 6;
      const y = n.y - (4 + (list.length - 1) * 5) - 8;
      parts.push(
        `<g data-diff-tag=""><rect x="${x}" y="${y}" width="${width}" height="16" rx="8" fill="${DIFF_MARK_STYLE[list[0]!].stroke}"/><text x="${x + 6}" y="${y + 12}" font-size="11" font-weight="700" fill="#ffffff">${escapeXml(text)}</text></g>`,
      );
    }
  }
  parts.push('</g>');
  return parts.join('');
}

function legend(x: number, y: number): { svg: string; width: number } {
  const parts = ['<g data-legend="compare">'];
  let at = x;
  for (const mark of ORDER) {
    const { stroke, label } = DIFF_MARK_STYLE[mark];
    parts.push(`<rect x="${at}" y="${y + 6}" width="22" height="14" rx="4" fill="#ffffff" stroke="${stroke}" stroke-width="3"/>`);
    parts.push(`<text x="${at + 30}" y="${y + 18}" font-size="13" fill="#3b4456">${escapeXml(label)}</text>`);
    at += 30 + Math.ceil(label.length * 13 * 0.55) + 24;
  }
  parts.push('</g>');
  return { svg: parts.join(''), width: at - x };
}

/**
 * The panels side by side, left to right, as one standalone SVG. `compareSvg([{ caption: 'Baseline', org: a },
 * { caption: 'Series B', org: b, marks }]).svg` → `<svg …>` with two charts, their captions and the legend.
 */
export function compareSvg(
  panels: readonly ComparePanel[],
  options: { readonly title?: string; readonly legend?: boolean } = {},
): { svg: string; width: number; height: number } {
  const charts = panels.map((p) => {
    const layout = p.layout ?? layoutOrg(p.org, { collapsed: p.collapsed ?? [] });
    const chart = chartSvg(p.org, layout, { ...p.chart });
    const marks = p.marks ?? new Map();
    // The outlines go inside the chart's own <svg>, so they share its coordinates (the layout's) exactly.
    const end = chart.svg.lastIndexOf('</svg>');
    const svg = marks.size === 0 ? chart.svg : `${chart.svg.slice(0, end)}${overlay(layout, marks)}\n${chart.svg.slice(end)}`;
    return { panel: p, svg, width: chart.width, height: chart.height };
  });
  const head = charts.some((c) => c.panel.subtitle) ? CAPTION_HEIGHT + SUBTITLE_HEIGHT : CAPTION_HEIGHT;
  // Without the legend (`legend: false`: a screen that shows one legend for several drawings) the charts start at the top.
  const withLegend = options.legend !== false;
  const top = withLegend ? PAD + LEGEND_HEIGHT : PAD;
  const key = withLegend ? legend(PAD, PAD) : { svg: '', width: 0 };
  const width = Math.max(PAD * 2 + charts.reduce((sum, c) => sum + c.width, 0) + GAP * Math.max(0, charts.length - 1), PAD * 2 + key.width);
  const height = top + head + Math.max(0, ...charts.map((c) => c.height)) + PAD;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">`,
  );
  if (options.title) parts.push(`<title>${escapeXml(options.title)}</title>`);
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(key.svg);
  let x = PAD;
  charts.forEach((c, i) => {
    parts.push(`<g data-panel="${i}" transform="translate(${x},${top})">`);
    parts.push(`<text unicode-bidi="isolate" x="0" y="20" font-size="18" font-weight="700" fill="#1c2330">${escapeXml(c.panel.caption)}</text>`);
    if (c.panel.subtitle)
      parts.push(`<text unicode-bidi="isolate" x="0" y="${CAPTION_HEIGHT + 12}" font-size="13" fill="#5d6778">${escapeXml(c.panel.subtitle)}</text>`);
    parts.push(`<g transform="translate(0,${head})">`);
    parts.push(c.svg);
    parts.push('</g></g>');
    if (i < charts.length - 1)
      parts.push(`<line x1="${x + c.width + GAP / 2}" y1="${top}" x2="${x + c.width + GAP / 2}" y2="${height - PAD}" stroke="#dfe3ea" stroke-width="1.5"/>`);
    x += c.width + GAP;
  });
  parts.push('</svg>');
  return { svg: parts.join('\n'), width, height };
}

/**
 * A comparison's charts at its month, each variant with its marks (`comparisonMarks`), captioned with its name
 * and month and subtitled with its headcount and MoM count. With `forecast`, each chart is the month's org with the
 * forecast's ghosts ("Director needed"), as the canvas draws it, and a ghost MoM role only one side's forecast has
 * is marked as emerging too. `comparisonSvg(compareVariants(…).value, { forecast: true }).svg`.
 */
export function comparisonSvg(
  comparison: VariantComparison,
  options: { readonly title?: string; readonly collapsed?: readonly UnitId[]; readonly forecast?: boolean } = {},
): { svg: string; width: number; height: number } {
  return compareSvg(comparisonPanels(comparison, options), {
    title: options.title ?? `${comparison.variants.map((v) => v.name).join(' vs ')}, month ${comparison.month}`,
  });
}

/**
 * The panels `comparisonSvg` draws, one per variant, for a screen that draws each on its own (side-by-side panes):
 * `comparisonPanels(c, { forecast: true }).map((p) => compareSvg([p], { legend: false }))`.
 */
export function comparisonPanels(
  comparison: VariantComparison,
  options: { readonly collapsed?: readonly UnitId[]; readonly forecast?: boolean } = {},
): ComparePanel[] {
  const marks = comparisonMarks(comparison);
  // The ghost MoM roles only one side's forecast has: the first chart's against any other, each other's against the first.
  const forecastOnly = comparison.variants.map((_, i) =>
    i === 0 ? comparison.diffs.flatMap((d) => d.forecast?.onlyA ?? []) : (comparison.diffs[i - 1]!.forecast?.onlyB ?? []),
  );
  return comparison.variants.map((v, i): ComparePanel => {
    const m = v.series[comparison.month]!;
    const panel = {
      caption: `${v.name} · month ${comparison.month}`,
      subtitle: `${m.headcount} people · ${m.teams} teams · ${m.moms} MoMs · ${m.vacancies} open roles`,
      collapsed: options.collapsed?.filter((id) => v.org.units[id] !== undefined),
    };
    if (!options.forecast) return { ...panel, org: v.org, marks: marks[i] };
    const f = forecastEmergence(v.org, v.policy);
    const ghosts = new Map(f.emergent.map((e) => [e.unitId, `${e.kind === 'mom' ? e.role : 'EM'} needed`]));
    const withGhosts = new Map(marks[i]);
    for (const role of forecastOnly[i]!) withGhosts.set(role.unitId, [...(withGhosts.get(role.unitId) ?? []), 'emerging']);
    return { ...panel, org: f.projected, marks: withGhosts, chart: { ghosts } };
  });
}

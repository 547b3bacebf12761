/**
 * The chart as a standalone SVG, drawn from the layout (not captured from the screen), so every node and
 * edge is there however big the org is. Used for SVG export and, rasterised, for PNG.
 */
import type { OrgLayout } from '../layout/treeLayout';
import { plural } from '../model/text';
import { buildTreeIndex, isTeam } from '../model/tree';
import type { Org, UnitId } from '../model/types';
import { getOwn, withoutBidiControls } from '../model/lookup';

export interface ChartSvgOptions {
  /** Units drawn as forecast ghosts (dashed), with their role ("Director needed"). */
  readonly ghosts?: ReadonlyMap<UnitId, string>;
  /** Only this region of the chart (canvas coordinates), for "current view" exports. */
  readonly region?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly title?: string;
  /** Candidate badges on open roles, as the canvas shows them: "2 ready now · 1 to assess" in its tone's colours. */
  readonly badges?: ReadonlyMap<UnitId, { readonly text: string; readonly tone: BadgeTone }>;
  /** Draw the forecast's legend (ghost, vacant, the badge colours) in the top-left corner, as the canvas does. */
  readonly legend?: boolean;
  /** What the simulation did to a unit by the month shown ("Director · emerged m7 · filled m8 inside"), as on its card. */
  readonly history?: ReadonlyMap<UnitId, string>;
  /** The heat overview's fill (and text colour) per unit, as the canvas paints it. */
  readonly fills?: ReadonlyMap<UnitId, { readonly fill: string; readonly ink?: string }>;
  /** The heat overview's legend: its title and colour steps (`{ fill: '#fee391', label: '1' }`), under the forecast's. */
  readonly heatLegend?: { readonly title: string; readonly steps: readonly { readonly fill: string; readonly label: string }[]; readonly note?: string };
}

/** A badge's colour, as on the canvas: green ready now, amber 6-12 months, blue to assess, red external hire. */
export type BadgeTone = 'green' | 'amber' | 'blue' | 'red';

const TONES: Record<BadgeTone, { fill: string; text: string }> = {
  green: { fill: '#dcf5e3', text: '#176b34' },
  amber: { fill: '#fdf0d5', text: '#8a5a00' },
  blue: { fill: '#e1ebfa', text: '#24508f' },
  red: { fill: '#fde2e2', text: '#a3242b' },
};
/** Room the forecast's legend and the heat legend take above a whole-chart export, so they never cover a unit. */
const LEGEND_HEIGHT = 86;
const HEAT_LEGEND_HEIGHT = 84;
/** A card's inside width (node width less its padding), where the footer's rows wrap, as on the canvas. */
const PAD_X = 10;
/** Rough width of bold text in the export's sans-serif, erring wide (an SVG has no text metrics before it is drawn). */
const textWidth = (text: string, size: number): number => text.length * size * 0.6;

function pill(x: number, y: number, text: string, tone: BadgeTone, size = 11): { svg: string; width: number } {
  const width = Math.ceil(textWidth(text, size) + 14);
  const colours = TONES[tone];
  return {
    svg: `<g data-badge="${tone}"><rect x="${x}" y="${y}" width="${width}" height="${size + 7}" rx="${(size + 7) / 2}" fill="${colours.fill}"/><text x="${x + 7}" y="${y + size + 2}" font-size="${size}" font-weight="600" fill="${colours.text}">${escapeXml(text)}</text></g>`,
    width,
  };
}

function legendSvg(x: number, y: number): string {
  const parts = [`<g data-legend="forecast">`, ''];
  parts.push(`<rect x="${x + 10}" y="${y + 9}" width="20" height="12" rx="3" fill="#f7f4ff" stroke="#8a6fd6" stroke-width="1.5" stroke-dasharray="4 3"/>`);
  parts.push(`<text x="${x + 38}" y="${y + 20}" font-size="12" fill="#3b4456">Role the org needs now (forecast)</text>`);
  parts.push(`<rect x="${x + 10}" y="${y + 28}" width="20" height="12" rx="3" fill="#ffffff" stroke="#d9363e" stroke-width="1.5"/>`);
  parts.push(`<text x="${x + 38}" y="${y + 39}" font-size="12" fill="#3b4456">Vacant role</text>`);
  let at = x + 10;
  for (const [text, tone] of [
    ['ready now', 'green'],
    ['in 6-12 months', 'amber'],
    ['to assess', 'blue'],
    ['external hire', 'red'],
  ] as const) {
    const p = pill(at, y + 48, text, tone);
    parts.push(p.svg);
    at += p.width + 6;
  }
  // The frame goes first (under the rest), as wide as the row of badges.
  parts[1] = `<rect x="${x}" y="${y}" width="${Math.max(240, at - x + 4)}" height="${LEGEND_HEIGHT - 16}" rx="6" fill="#ffffff" stroke="#dfe3ea"/>`;
  parts.push('</g>');
  return parts.join('');
}

function heatLegendSvg(x: number, y: number, legend: NonNullable<ChartSvgOptions['heatLegend']>): string {
  const parts = [`<g data-legend="heat">`];
  const step = 46;
  const width = Math.max(240, 20 + legend.steps.length * (step + 2), textWidth(legend.note ?? '', 11) * 0.9 + 20);
  parts.push(`<rect x="${x}" y="${y}" width="${width}" height="${HEAT_LEGEND_HEIGHT - 16}" rx="6" fill="#ffffff" stroke="#dfe3ea"/>`);
  parts.push(`<text x="${x + 10}" y="${y + 18}" font-size="12" font-weight="700" fill="#1d2433">${escapeXml(legend.title)}</text>`);
  legend.steps.forEach((s, i) => {
    const sx = x + 10 + i * (step + 2);
    parts.push(`<rect x="${sx}" y="${y + 26}" width="${step}" height="12" fill="${s.fill}" stroke="rgba(0,0,0,0.12)"/>`);
    parts.push(`<text x="${sx + step / 2}" y="${y + 51}" font-size="11" text-anchor="middle" fill="#1d2433">${escapeXml(s.label)}</text>`);
  });
  if (legend.note) parts.push(`<text x="${x + 10}" y="${y + 64}" font-size="10.5" fill="#5d6778">${escapeXml(legend.note)}</text>`);
  parts.push('</g>');
  return parts.join('');
}

/** Split text into lines of at most `max` pixels at `size`, between words (a word longer than a line gets its own). */
function wrap(text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const MARGIN = 32;
// Bidi controls are dropped (an override would reorder the name on the chart and in the PNG drawn from it) and
// each text is isolated (`unicode-bidi="isolate"` below), so a right-to-left name can't reorder its neighbours.
const escapeXml = (text: string): string =>
  withoutBidiControls(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** `chartSvg(org, layout)` → `<svg …>` with a rectangle and text for every unit and a line for every reporting edge. */
export function chartSvg(org: Org, layout: OrgLayout, options: ChartSvgOptions = {}): { svg: string; width: number; height: number } {
  const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
  const index = buildTreeIndex(org);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of layout.nodes) {
    minX = Math.min(minX, n.x);
    minY = Math.min(minY, n.y);
    maxX = Math.max(maxX, n.x + n.width);
    maxY = Math.max(maxY, n.y + n.height);
  }
  if (layout.nodes.length === 0) [minX, minY, maxX, maxY] = [0, 0, 200, 100];
  const above = options.region ? 0 : (options.legend ? LEGEND_HEIGHT : 0) + (options.heatLegend ? HEAT_LEGEND_HEIGHT : 0);
  const box = options.region ?? {
    x: minX - MARGIN,
    y: minY - MARGIN - above,
    width: Math.max(maxX - minX + 2 * MARGIN, options.legend || options.heatLegend ? 390 + 2 * MARGIN : 0),
    height: maxY - minY + 2 * MARGIN + above,
  };
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">`,
  );
  if (options.title) parts.push(`<title>${escapeXml(options.title)}</title>`);
  parts.push(`<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="#ffffff"/>`);
  parts.push('<g fill="none" stroke="#8a94a6" stroke-width="1.5">');
  for (const e of layout.edges) {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    if (!s || !t) continue;
    const sx = s.x + s.width / 2;
    const sy = s.y + s.height;
    const dashed = options.ghosts?.has(e.source) || options.ghosts?.has(e.target) ? ' stroke-dasharray="6 4" stroke="#8a6fd6"' : '';
    let d: string;
    if (e.targetSide === 'top') {
      const midY = (sy + t.y) / 2;
      d = `M${sx},${sy} V${midY} H${t.x + t.width / 2} V${t.y}`;
    } else {
      const ty = t.y + t.height / 2;
      const tx = e.targetSide === 'left' ? t.x : t.x + t.width;
      d = `M${sx},${sy} V${ty} H${tx}`;
    }
    parts.push(`<path d="${d}"${dashed}/>`);
  }
  parts.push('</g>');
  for (const n of layout.nodes) {
    const unit = getOwn(org.units, n.id);
    if (!unit) continue;
    const ghost = options.ghosts?.get(n.id);
    const lead = unit.leadId ? getOwn(org.people, unit.leadId) : undefined;
    const vacant = !lead;
    const stroke = ghost ? '#8a6fd6' : vacant ? '#d9363e' : '#c5ccd8';
    const heat = options.fills?.get(n.id);
    const fill = heat?.fill ?? (ghost ? '#f7f4ff' : '#ffffff');
    const ink = heat?.ink ?? '#1c2330';
    const muted = heat?.ink ?? '#5d6778';
    const people = unit.memberIds.length + (lead ? 1 : 0);
    parts.push(`<g data-unit-id="${escapeXml(n.id)}">`);
    parts.push(
      `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${vacant || ghost ? 2 : 1.5}"${ghost ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    parts.push(
      `<text unicode-bidi="isolate" x="${n.x + PAD_X}" y="${n.y + 22}" font-size="15" font-weight="700" fill="${ink}">${escapeXml(clip(unit.name, 26))}</text>`,
    );
    if (ghost)
      parts.push(
        `<text unicode-bidi="isolate" x="${n.x + PAD_X}" y="${n.y + 40}" font-size="13" font-weight="800" fill="${heat?.ink ?? '#6a4fc4'}">${escapeXml(ghost.toUpperCase())}</text>`,
      );
    else if (vacant)
      parts.push(
        `<text unicode-bidi="isolate" x="${n.x + PAD_X}" y="${n.y + 40}" font-size="13" font-weight="800" fill="${heat?.ink ?? '#d9363e'}" letter-spacing="1">VACANT</text>`,
      );
    else {
      parts.push(
        `<text unicode-bidi="isolate" x="${n.x + PAD_X}" y="${n.y + 40}" font-size="13" font-weight="600" fill="${ink}">${escapeXml(clip(lead.name, 30))}</text>`,
      );
      parts.push(`<text unicode-bidi="isolate" x="${n.x + PAD_X}" y="${n.y + 55}" font-size="12" fill="${muted}">${escapeXml(clip(lead.title, 34))}</text>`);
    }
    // The footer, bottom-up as on the card: the count, what a collapsed unit hides, then the badge or what the
    // simulation did, each wrapped (never clipped) to the card's width.
    const inner = n.width - 2 * PAD_X;
    const rows: string[] = [];
    const line = 15;
    const history = options.history?.get(n.id);
    const badge = history ? undefined : options.badges?.get(n.id);
    const chips: { lines: string[]; fill: string; text: string; tone?: BadgeTone }[] = [];
    if (history) chips.push({ lines: wrap(history, 10.5, inner - 12), fill: '#e4f6ea', text: '#176b34' });
    if (badge) chips.push({ lines: wrap(badge.text, 10.5, inner - 14), ...TONES[badge.tone], tone: badge.tone });
    const hidden = n.hiddenUnits > 0 ? wrap(`+${plural(n.hiddenUnits, 'unit')}, ${plural(n.hiddenPeople, 'person', 'people')} hidden`, 12, inner) : [];
    let y = n.y + n.height - 8;
    for (const chip of [...chips].reverse()) {
      const height = chip.lines.length * 13 + 2;
      const width = Math.ceil(Math.max(...chip.lines.map((l) => textWidth(l, 10.5))) + 14);
      // Right-aligned, as the canvas's badge is.
      const cx = n.x + n.width - PAD_X - Math.min(width, inner);
      rows.push(
        `<g${chip.tone ? ` data-badge="${chip.tone}"` : ' data-history="true"'}><rect x="${cx}" y="${y - height}" width="${Math.min(width, inner)}" height="${height}" rx="7" fill="${chip.fill}"/>`,
      );
      chip.lines.forEach((l, i) =>
        rows.push(
          `<text unicode-bidi="isolate" x="${cx + 7}" y="${y - height + 11 + i * 13}" font-size="10.5" font-weight="600" fill="${chip.text}">${escapeXml(l)}</text>`,
        ),
      );
      rows.push('</g>');
      y -= height + 1;
    }
    for (const l of [...hidden].reverse()) {
      rows.push(`<text unicode-bidi="isolate" x="${n.x + PAD_X}" y="${y - 3}" font-size="12" fill="${heat?.ink ?? '#3d63dd'}">${escapeXml(l)}</text>`);
      y -= line;
    }
    rows.push(
      `<text unicode-bidi="isolate" x="${n.x + PAD_X}" y="${y - 3}" font-size="12" fill="${muted}">${plural(people, 'person', 'people')} · ${ghost ? 'forecast' : isTeam(index, n.id) ? 'team' : 'group'}</text>`,
    );
    parts.push(...rows);
    parts.push('</g>');
  }
  // The legend sits in the corner of what is exported, as the canvas's sits in the corner of the screen.
  if (options.legend) parts.push(legendSvg(box.x + 12, box.y + 12));
  if (options.heatLegend) parts.push(heatLegendSvg(box.x + 12, box.y + 12 + (options.legend ? LEGEND_HEIGHT : 0), options.heatLegend));
  parts.push('</svg>');
  return { svg: parts.join('\n'), width, height };
}

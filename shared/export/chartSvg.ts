/**
 * The chart as a standalone SVG, drawn from the layout (not captured from the screen), so every node and
 * edge is there however big the org is. Used for SVG export and, rasterised, for PNG.
 */
import type { OrgLayout } from '../layout/treeLayout';
import type { Org, UnitId } from '../model/types';
import { getOwn, withoutBidiControls } from '../model/lookup';

export interface ChartSvgOptions {
  /** Units drawn as forecast ghosts (dashed), with their role ("Director needed"). */
  readonly ghosts?: ReadonlyMap<UnitId, string>;
  /** Only this region of the chart (canvas coordinates), for "current view" exports. */
  readonly region?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly title?: string;
}

const MARGIN = 32;
// Bidi controls are dropped (an override would reorder the name on the chart and in the PNG drawn from it) and
// each text is isolated (`unicode-bidi="isolate"` below), so a right-to-left name can't reorder its neighbours.
const escapeXml = (text: string): string => withoutBidiControls(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** `chartSvg(org, layout)` → `<svg …>` with a rectangle and text for every unit and a line for every reporting edge. */
export function chartSvg(org: Org, layout: OrgLayout, options: ChartSvgOptions = {}): { svg: string; width: number; height: number } {
  const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
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
  const box = options.region ?? { x: minX - MARGIN, y: minY - MARGIN, width: maxX - minX + 2 * MARGIN, height: maxY - minY + 2 * MARGIN };
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">`);
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
    const fill = ghost ? '#f7f4ff' : '#ffffff';
    const people = unit.memberIds.length + (lead ? 1 : 0);
    parts.push(`<g data-unit-id="${escapeXml(n.id)}">`);
    parts.push(`<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${vacant || ghost ? 2 : 1.5}"${ghost ? ' stroke-dasharray="6 4"' : ''}/>`);
    parts.push(`<text unicode-bidi="isolate" x="${n.x + 10}" y="${n.y + 22}" font-size="15" font-weight="700" fill="#1c2330">${escapeXml(clip(unit.name, 26))}</text>`);
    if (ghost) parts.push(`<text unicode-bidi="isolate" x="${n.x + 10}" y="${n.y + 42}" font-size="13" font-weight="800" fill="#6a4fc4">${escapeXml(ghost.toUpperCase())}</text>`);
    else if (vacant) parts.push(`<text unicode-bidi="isolate" x="${n.x + 10}" y="${n.y + 42}" font-size="13" font-weight="800" fill="#d9363e" letter-spacing="1">VACANT</text>`);
    else {
      parts.push(`<text unicode-bidi="isolate" x="${n.x + 10}" y="${n.y + 42}" font-size="13" font-weight="600" fill="#1c2330">${escapeXml(clip(lead.name, 30))}</text>`);
      parts.push(`<text unicode-bidi="isolate" x="${n.x + 10}" y="${n.y + 58}" font-size="12" fill="#5d6778">${escapeXml(clip(lead.title, 34))}</text>`);
    }
    parts.push(`<text unicode-bidi="isolate" x="${n.x + 10}" y="${n.y + n.height - 10}" font-size="12" fill="#5d6778">${people} ${people === 1 ? 'person' : 'people'}${n.hiddenUnits > 0 ? ` · +${n.hiddenUnits} units hidden` : ''}</text>`);
    parts.push('</g>');
  }
  parts.push('</svg>');
  return { svg: parts.join('\n'), width, height };
}

/**
 * The zoomed-out levels of a big chart (simplified cards, plain boxes), painted on one <canvas> instead of a DOM
 * element per unit.
 * Zoomed out on a whole expanded org (1,400 units at 10,000 people), Chromium repainted every unit's element
 * and every edge's SVG path on each pan frame (~170 ms a frame on our 2-core machines); the same boxes and lines
 * painted on a canvas cost a few milliseconds. This module is the pure part: how each unit looks (the same
 * colours as `.unit-node--box` and `.unit-node--simple` in styles.css), where its line runs, what is under a point,
 * and the drawing.
 */
import type { BadgeTone } from '../store/selectors';
import { heatColor } from './heat';
import type { UnitNodeView } from './UnitNode';

/** From this many units on the chart, the zoomed-out levels are painted on the canvas; below, DOM cards are cheap. */
export const CANVAS_BOXES_FROM = 200;

export interface Box {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BoxEdge {
  readonly source: string;
  readonly target: string;
  /** Where the line enters the target (the layout's `targetSide`); dotted lines enter at the top. */
  readonly side: 'top' | 'left' | 'right';
  readonly kind: 'reporting' | 'ghost' | 'dotted';
}

/** What a unit's box shows, in the terms of `.unit-node--box` and its modifiers. */
export interface BoxLook {
  readonly group: boolean;
  readonly vacant: boolean;
  readonly ghost: boolean;
  readonly selected: boolean;
  readonly drop: 'ok' | 'refused' | null;
  readonly changed: boolean;
  /** The heat level (0-5), or null with the heat overview off. */
  readonly heat: number | null;
  readonly tone: BadgeTone | null;
}

export function boxLookOf(view: UnitNodeView): BoxLook {
  return {
    group: view.kind === 'group',
    vacant: view.leadName === null && view.ghostRole === null,
    ghost: view.ghostRole !== null,
    selected: view.selected,
    drop: view.drop,
    changed: view.history !== null,
    heat: view.heat,
    tone: view.badgeTone,
  };
}

/** A look as a short string: equal looks give equal keys, so the canvas redraws only when one changes. */
export const lookKey = (l: BoxLook): string => `${+l.group}${+l.vacant}${+l.ghost}${+l.selected}${l.drop ?? '-'}${+l.changed}${l.heat ?? '-'}${l.tone ?? '-'}`;

export interface BoxStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly lineWidth: number;
  readonly dash: readonly number[];
  /**
   * The glow around a selected unit or a drop target (`box-shadow: 0 0 0 Npx`), or null; never thinner than
   * `screen` pixels on screen, so the selection still shows on a chart zoomed out to a few pixels a box.
   */
  readonly ring: { readonly color: string; readonly width: number; readonly screen: number } | null;
  /** The badge's stripe along the bottom, or null. */
  readonly tone: string | null;
}

const DANGER = '#d9363e';
const ACCENT = '#3d63dd';
/** `.badge--*` backgrounds: the stripe a box shows for its open role's candidates. */
const TONE: Record<BadgeTone, string> = { green: '#dcf5e3', amber: '#fdf0d5', red: '#fde2e2', blue: '#e1ebfa' };
/** `.unit-node--box .unit-node__tone`. */
const TONE_HEIGHT = 30;

/** The cascade of `.unit-node--box` rules in styles.css, for one look. */
export function boxStyle(look: BoxLook): BoxStyle {
  let fill = look.group ? '#6f7fa6' : '#8e9bb5';
  let stroke = look.group ? '#46557a' : '#5b6b8c';
  let lineWidth = 4;
  let dash: number[] = [];
  if (look.vacant) [fill, stroke, lineWidth] = ['#f19a9e', DANGER, 6];
  if (look.ghost) [fill, stroke, lineWidth, dash] = ['#c9b8f5', '#8a6fd6', 6, [12, 8]];
  let ring: BoxStyle['ring'] = look.changed ? { color: 'rgba(47, 158, 90, 0.35)', width: 2, screen: 2 } : null;
  if (look.selected) [stroke, ring] = [ACCENT, { color: 'rgba(61, 99, 221, 0.45)', width: 12, screen: 4 }];
  if (look.drop === 'ok') [stroke, ring] = ['#2f9e5a', { color: 'rgba(47, 158, 90, 0.5)', width: 12, screen: 4 }];
  if (look.drop === 'refused') [stroke, ring] = [DANGER, { color: 'rgba(217, 54, 62, 0.5)', width: 12, screen: 4 }];
  // The heat overview fills every box (an inline background in the DOM, over any class).
  if (look.heat !== null) fill = heatColor(look.heat);
  return { fill, stroke, lineWidth, dash, ring, tone: look.tone ? TONE[look.tone] : null };
}

/** The simplified card's look (`.unit-node` and its modifiers at the `simple` level): light fills, thin borders. */
export function cardStyle(look: BoxLook): BoxStyle {
  let fill = look.group ? '#eef2fb' : '#fff';
  let stroke = look.group ? '#a9b6d6' : '#c5ccd8';
  let lineWidth = 1.5;
  let dash: number[] = [];
  if (look.vacant) [stroke, lineWidth] = [DANGER, 2];
  if (look.ghost) [fill, stroke, lineWidth, dash] = ['#f7f4ff', '#8a6fd6', 2, [6, 4]];
  let ring: BoxStyle['ring'] = look.changed ? { color: 'rgba(47, 158, 90, 0.35)', width: 2, screen: 0 } : null;
  if (look.selected) [stroke, ring] = [ACCENT, { color: 'rgba(61, 99, 221, 0.25)', width: 3, screen: 0 }];
  if (look.drop === 'ok') [stroke, ring] = ['#2f9e5a', { color: 'rgba(47, 158, 90, 0.45)', width: 10, screen: 0 }];
  if (look.drop === 'refused') [fill, stroke, ring] = ['#fff0f0', DANGER, { color: 'rgba(217, 54, 62, 0.45)', width: 10, screen: 0 }];
  if (look.heat !== null) fill = heatColor(look.heat);
  return { fill, stroke, lineWidth, dash, ring, tone: look.tone ? TONE[look.tone] : null };
}

/** What a simplified card says: its name, its headcount (or VACANT, or forecast), what it hides, its collapse mark. */
export interface CardText {
  readonly name: string;
  /** The name's colour: the heat's ink on a heat fill. */
  readonly ink: string;
  readonly line: string;
  readonly lineColor: string;
  readonly lineBold: boolean;
  readonly hidden: string | null;
  /** ▸ (collapsed) or ▾, for a unit that has units below it; null otherwise. */
  readonly collapse: string | null;
}

/** What the canvas paints for one unit: its style, and at the simplified level its words. */
export interface Paintable {
  readonly style: BoxStyle;
  readonly text: CardText | null;
}

/** The collapse mark's square at a card's top right, in canvas pixels: a click there collapses or expands the unit. */
export const COLLAPSE_SIZE = 40;
export function onCollapseMark(box: Box, x: number, y: number): boolean {
  return x >= box.x + box.width - COLLAPSE_SIZE - 4 && y <= box.y + COLLAPSE_SIZE + 4;
}

/**
 * The corners of a unit's line, as flat x,y pairs: like React Flow's smoothstep edge (which the DOM chart draws),
 * down from the parent's bottom, across at half height, down into the child's top; or down to the child's middle
 * and across into its side, in a stack.
 */
export function edgePoints(source: Box, target: Box, side: BoxEdge['side']): number[] {
  const sx = source.x + source.width / 2;
  const sy = source.y + source.height;
  if (side === 'top') {
    const tx = target.x + target.width / 2;
    const midY = (sy + target.y) / 2;
    return [sx, sy, sx, midY, tx, midY, tx, target.y];
  }
  const ty = target.y + target.height / 2;
  const tx = side === 'left' ? target.x : target.x + target.width;
  return [sx, sy, sx, ty, tx, ty];
}

/** The index of the topmost box under a canvas point, or -1 (boxes don't overlap in a layout; a pinned one drawn later wins). */
export function boxAt(boxes: readonly Box[], x: number, y: number): number {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i]!;
    if (x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height) return i;
  }
  return -1;
}

/** What of a 2D context the drawing uses, so a test can record the calls. */
export type Paint = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'bezierCurveTo'
  | 'roundRect'
  | 'rect'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'fillText'
  | 'measureText'
  | 'font'
  | 'textBaseline'
>;

export interface View {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

const EDGE_LOOK: Record<BoxEdge['kind'], { color: string; dash: readonly number[] }> = {
  reporting: { color: '#8a94a6', dash: [] },
  ghost: { color: '#8a6fd6', dash: [6, 4] },
  dotted: { color: '#d08b1a', dash: [3, 4] },
};

/**
 * Paint the boxes and lines inside the view (`view` is React Flow's transform and the pane's size): lines first,
 * each kind in one path, then boxes grouped by style, one path per group, so a 1,400-unit chart is a few dozen
 * canvas calls, not thousands. Returns how many boxes were painted.
 */
export function paintBoxes(ctx: Paint, boxes: readonly Box[], paintables: readonly Paintable[], edges: readonly BoxEdge[], view: View, ratio: number): number {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, view.width * ratio, view.height * ratio);
  ctx.setTransform(ratio * view.zoom, 0, 0, ratio * view.zoom, ratio * view.x, ratio * view.y);
  // The canvas region on screen, a little larger so rings and lines at the edges are whole.
  const margin = 24;
  const left = -view.x / view.zoom - margin;
  const top = -view.y / view.zoom - margin;
  const right = left + view.width / view.zoom + 2 * margin;
  const bottom = top + view.height / view.zoom + 2 * margin;
  const inView = (b: Box) => b.x <= right && b.x + b.width >= left && b.y <= bottom && b.y + b.height >= top;

  const byId = new Map<string, Box>();
  for (const b of boxes) byId.set(b.id, b);
  for (const kind of ['reporting', 'ghost', 'dotted'] as const) {
    ctx.beginPath();
    let any = false;
    for (const e of edges) {
      if (e.kind !== kind) continue;
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      if (!s || !t) continue;
      // A line is in view when the rectangle spanning its two ends is.
      if (Math.min(s.x, t.x) > right || Math.max(s.x + s.width, t.x + t.width) < left) continue;
      if (Math.min(s.y, t.y) > bottom || Math.max(s.y + s.height, t.y + t.height) < top) continue;
      any = true;
      if (kind === 'dotted') {
        // A curve, as React Flow's default (bezier) edge: from the source's bottom into the target's top.
        const [sx, sy, tx, ty] = [s.x + s.width / 2, s.y + s.height, t.x + t.width / 2, t.y];
        const bend = Math.max(40, Math.abs(ty - sy) / 2);
        ctx.moveTo(sx, sy);
        ctx.bezierCurveTo(sx, sy + bend, tx, ty - bend, tx, ty);
        continue;
      }
      const p = edgePoints(s, t, e.side);
      ctx.moveTo(p[0]!, p[1]!);
      for (let i = 2; i < p.length; i += 2) ctx.lineTo(p[i]!, p[i + 1]!);
    }
    if (!any) continue;
    ctx.strokeStyle = EDGE_LOOK[kind].color;
    ctx.lineWidth = 1.5;
    ctx.setLineDash(EDGE_LOOK[kind].dash as number[]);
    ctx.stroke();
  }

  // Group the boxes in view by style (styles are shared objects per look, so identity groups them).
  const groups = new Map<BoxStyle, Box[]>();
  const texts: [Box, CardText][] = [];
  boxes.forEach((b, i) => {
    if (!inView(b)) return;
    const { style, text } = paintables[i]!;
    const list = groups.get(style);
    if (list) list.push(b);
    else groups.set(style, [b]);
    if (text) texts.push([b, text]);
  });
  const painted = [...groups.values()].reduce((n, list) => n + list.length, 0);
  // Zoomed out until the corners' 10 px radius is under a pixel and a half, boxes are filled rectangles: the
  // border a filled rectangle with the fill inset over it, never under a screen pixel (as Chromium draws a thin
  // CSS border). Rectangles rasterize far faster than stroked round paths, which cost most of a pan frame.
  if (10 * view.zoom < 1.5 && texts.length === 0) {
    for (const [style, list] of groups) paintFlat(ctx, style, list, view.zoom);
    return painted;
  }
  const radius = texts.length > 0 ? 8 : 10;
  for (const [style, list] of groups) {
    if (style.ring) {
      // The glow outside the border, as a box-shadow spread draws it.
      const w = Math.max(style.ring.width, style.ring.screen / view.zoom);
      ctx.beginPath();
      for (const b of list) ctx.roundRect(b.x - w / 2, b.y - w / 2, b.width + w, b.height + w, radius + w / 2);
      ctx.strokeStyle = style.ring.color;
      ctx.lineWidth = w;
      ctx.setLineDash([]);
      ctx.stroke();
    }
    ctx.beginPath();
    // The border is inside the box in CSS (border-box): the path runs down its middle, filled then stroked.
    const h = style.lineWidth / 2;
    for (const b of list) ctx.roundRect(b.x + h, b.y + h, b.width - 2 * h, b.height - 2 * h, radius - h);
    ctx.fillStyle = style.fill;
    ctx.fill();
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = style.lineWidth;
    ctx.setLineDash(style.dash as number[]);
    ctx.stroke();
    if (style.tone) {
      // Inside the border, which the stroke covers only up to its inner edge.
      ctx.beginPath();
      const stripe = texts.length > 0 ? CARD_TONE_HEIGHT : TONE_HEIGHT;
      for (const b of list) ctx.rect(b.x + style.lineWidth, b.y + b.height - style.lineWidth - stripe, b.width - 2 * style.lineWidth, stripe);
      ctx.fillStyle = style.tone;
      ctx.fill();
    }
  }
  paintTexts(ctx, texts);
  return painted;
}

/** `.unit-node__tone` on a simplified card. */
const CARD_TONE_HEIGHT = 8;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
/** The simplified card's text (styles.css, `.unit-node--simple`): padding 6px 12px, a 26 px name, a 21 px count, a 19 px hidden line. */
const PAD_X = 12;
const NAME = { font: `700 26px ${FONT}`, top: 6, height: 31 };
const COUNT = { font: `600 21px ${FONT}`, bold: `800 21px ${FONT}`, height: 23.5 };
const HIDDEN = { font: `400 19px ${FONT}`, height: 21.5, color: ACCENT };

/** Text cut to fit `max` pixels in the context's font with an ellipsis, as CSS's text-overflow does. */
function fit(ctx: Paint, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

interface Fitted {
  readonly width: number;
  readonly name: string;
  readonly line: string;
  readonly hidden: string | null;
}
/** Each card's words cut to its width, measured once per words and width (a card's words are one shared object per look). */
const fits = new WeakMap<CardText, Fitted>();
function fitted(ctx: Paint, t: CardText, width: number): Fitted {
  const known = fits.get(t);
  if (known?.width === width) return known;
  const room = width - 2 * PAD_X;
  ctx.font = NAME.font;
  const name = fit(ctx, t.name, room - (t.collapse ? COLLAPSE_SIZE : 0));
  ctx.font = t.lineBold ? COUNT.bold : COUNT.font;
  const line = fit(ctx, t.line, room);
  ctx.font = HIDDEN.font;
  const out = { width, name, line, hidden: t.hidden === null ? null : fit(ctx, t.hidden, room) };
  fits.set(t, out);
  return out;
}

/** The simplified cards' words, one font at a time. */
function paintTexts(ctx: Paint, texts: readonly [Box, CardText][]): void {
  if (texts.length === 0) return;
  const words = texts.map(([b, t]) => fitted(ctx, t, b.width));
  ctx.setLineDash([]);
  ctx.textBaseline = 'top';
  ctx.font = NAME.font;
  texts.forEach(([b, t], i) => {
    ctx.fillStyle = t.ink;
    ctx.fillText(words[i]!.name, b.x + PAD_X, b.y + NAME.top + 3);
    if (!t.collapse) return;
    // The collapse mark in its little bordered square, as the card's button.
    ctx.beginPath();
    ctx.roundRect(b.x + b.width - PAD_X - 30, b.y + NAME.top + 1, 30, 28, 4);
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.strokeStyle = '#d9dee7';
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = '#5d6778';
    ctx.fillText(t.collapse, b.x + b.width - PAD_X - 24, b.y + NAME.top + 2);
  });
  let font = '';
  texts.forEach(([b, t], i) => {
    // Setting a font parses it: only when it changes.
    if (font !== (t.lineBold ? COUNT.bold : COUNT.font)) ctx.font = font = t.lineBold ? COUNT.bold : COUNT.font;
    ctx.fillStyle = t.lineColor;
    ctx.fillText(words[i]!.line, b.x + PAD_X, b.y + NAME.top + NAME.height + 2);
  });
  ctx.font = HIDDEN.font;
  ctx.fillStyle = HIDDEN.color;
  texts.forEach(([b], i) => {
    const hidden = words[i]!.hidden;
    if (hidden) ctx.fillText(hidden, b.x + PAD_X, b.y + NAME.top + NAME.height + COUNT.height + 4);
  });
}

/** One style's boxes as filled rectangles: ring, border, fill and stripe, each one path. */
function paintFlat(ctx: Paint, style: BoxStyle, list: readonly Box[], zoom: number): void {
  const fillRects = (color: string, grow: number, rect: (b: Box) => [number, number, number, number] = (b) => [b.x, b.y, b.width, b.height]) => {
    ctx.beginPath();
    for (const b of list) {
      const [x, y, w, h] = rect(b);
      // A box smaller than its border on screen is all border.
      if (w + 2 * grow <= 0 || h + 2 * grow <= 0) continue;
      ctx.rect(x - grow, y - grow, w + 2 * grow, h + 2 * grow);
    }
    ctx.fillStyle = color;
    ctx.fill();
  };
  if (style.ring) fillRects(style.ring.color, Math.max(style.ring.width, style.ring.screen / zoom));
  fillRects(style.stroke, 0);
  const border = Math.max(style.lineWidth, 1 / zoom);
  fillRects(style.fill, -border);
  if (style.tone) fillRects(style.tone, 0, (b) => [b.x + border, b.y + b.height - border - TONE_HEIGHT, b.width - 2 * border, TONE_HEIGHT]);
}

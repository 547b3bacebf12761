/**
 * Where the canvas looks: the chart region on screen (for "export the current view"), and the pure geometry that
 * fits the chart, or keeps one unit, inside the part of the pane nothing covers (the legend, the minimap, the zoom
 * controls float over the chart in its corners).
 */

/** A rectangle: in canvas coordinates for chart things, in pane pixels for overlays. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The chart region on screen, in canvas coordinates. */
export type VisibleRegion = Rect;

/** React Flow's transform: a canvas point p is drawn at p × zoom + (x, y) in the pane. */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface PaneSize {
  readonly width: number;
  readonly height: number;
}

let probe: (() => VisibleRegion | null) | null = null;

/** The canvas registers how to read its visible region; returns the unregister. */
export function registerViewportProbe(read: () => VisibleRegion | null): () => void {
  probe = read;
  return () => {
    if (probe === read) probe = null;
  };
}

/** The chart region on screen, in canvas coordinates, or null when no canvas is mounted. */
export function visibleRegion(): VisibleRegion | null {
  return probe ? probe() : null;
}

const intersects = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The largest rectangles of the pane that no overlay touches: the pane, cut by each overlay into the parts left
 * of, right of, above and below it. A handful of overlays in corners give a handful of rectangles.
 * `freeAreas({ width: 1000, height: 800 }, [{ x: 0, y: 0, width: 300, height: 100 }])` → the band below the
 * legend (1000 × 700) and the band right of it (700 × 800).
 */
export function freeAreas(pane: PaneSize, overlays: readonly Rect[]): Rect[] {
  let areas: Rect[] = [{ x: 0, y: 0, width: pane.width, height: pane.height }];
  for (const o of overlays) {
    const next: Rect[] = [];
    for (const a of areas) {
      if (!intersects(a, o)) {
        next.push(a);
        continue;
      }
      const parts: Rect[] = [
        { x: a.x, y: a.y, width: o.x - a.x, height: a.height },
        { x: o.x + o.width, y: a.y, width: a.x + a.width - (o.x + o.width), height: a.height },
        { x: a.x, y: a.y, width: a.width, height: o.y - a.y },
        { x: a.x, y: o.y + o.height, width: a.width, height: a.y + a.height - (o.y + o.height) },
      ];
      for (const p of parts) if (p.width > 0 && p.height > 0) next.push(p);
    }
    // Drop a rectangle inside another: it can never fit more.
    areas = next.filter(
      (a, i) =>
        !next.some(
          (b, j) =>
            j !== i &&
            b.x <= a.x &&
            b.y <= a.y &&
            b.x + b.width >= a.x + a.width &&
            b.y + b.height >= a.y + a.height &&
            (j < i || b.width * b.height > a.width * a.height),
        ),
    );
  }
  return areas;
}

export interface FitOptions {
  /** Room kept between the chart and the edge of the free area, in pane pixels. */
  readonly padding: number;
  readonly minZoom: number;
  readonly maxZoom: number;
  /**
   * The canvas x the view centres on when the chart can't fit even at minZoom (the top unit's centre): the
   * chart's top is then put at the top of the free area, so the top unit is on screen, not the chart's middle.
   */
  readonly anchorX?: number;
}

/**
 * The viewport showing `bounds` (canvas coordinates) as large as it fits with no overlay over any of it: the
 * biggest free area of the pane, the chart centred there. Past minZoom the chart's top (the top unit) stays in view.
 * `fitViewport({ x: 0, y: 0, width: 500, height: 300 }, { width: 1000, height: 800 }, [], { padding: 0, minZoom: 0.1, maxZoom: 1 })`
 * → `{ x: 250, y: 250, zoom: 1 }`.
 */
export function fitViewport(bounds: Rect, pane: PaneSize, overlays: readonly Rect[], options: FitOptions): Viewport {
  const width = Math.max(bounds.width, 1);
  const height = Math.max(bounds.height, 1);
  const p = options.padding;
  let best: { area: Rect; zoom: number } | null = null;
  for (const area of freeAreas(pane, overlays)) {
    const zoom = Math.min((area.width - 2 * p) / width, (area.height - 2 * p) / height);
    // Ties (both capped at maxZoom) go to the larger area, which centres the chart better.
    const better =
      !best ||
      Math.min(zoom, options.maxZoom) > Math.min(best.zoom, options.maxZoom) + 1e-9 ||
      (Math.min(zoom, options.maxZoom) >= Math.min(best.zoom, options.maxZoom) - 1e-9 && area.width * area.height > best.area.width * best.area.height);
    if (better) best = { area, zoom };
  }
  const area = best?.area ?? { x: 0, y: 0, width: pane.width, height: pane.height };
  const fitted = best?.zoom ?? 1;
  const zoom = Math.max(options.minZoom, Math.min(options.maxZoom, fitted));
  const centreX = area.x + area.width / 2;
  if (fitted >= options.minZoom) {
    return { x: centreX - (bounds.x + width / 2) * zoom, y: area.y + area.height / 2 - (bounds.y + height / 2) * zoom, zoom };
  }
  const anchorX = options.anchorX ?? bounds.x + width / 2;
  return { x: centreX - anchorX * zoom, y: area.y + p - bounds.y * zoom, zoom };
}

/** How many zooms between the whole pane's fit and the free area's are tried, in `fitBoxes`. */
const FIT_STEPS = 12;
/** Past this many boxes `fitBoxes` keeps the bounding box clear instead (a fit must not stall a 100,000-unit chart). */
const FIT_MAX_BOXES = 20_000;

/**
 * Like `fitViewport`, but only the boxes must stay clear of the overlays, not the chart's whole bounding box: a
 * tree's top corners are mostly empty, so the chart can often be drawn larger with the legend in one of them.
 * Tries zooms from the whole pane's fit down to `fitViewport`'s, each centred in the pane and in each free area,
 * and takes the first where every box is inside the pane and clear of every overlay.
 */
export function fitBoxes(boxes: readonly Rect[], pane: PaneSize, overlays: readonly Rect[], options: FitOptions): Viewport {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  const bounds = boxes.length > 0 ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: 0, y: 0, width: 1, height: 1 };
  const safe = fitViewport(bounds, pane, overlays, options);
  const p = options.padding;
  const whole = Math.min(options.maxZoom, (pane.width - 2 * p) / Math.max(bounds.width, 1), (pane.height - 2 * p) / Math.max(bounds.height, 1));
  if (overlays.length === 0 || whole <= safe.zoom || boxes.length > FIT_MAX_BOXES) return safe;
  const room = { x: p, y: p, width: pane.width - 2 * p, height: pane.height - 2 * p };
  const centres = [room, ...freeAreas(pane, overlays)].map((a) => ({ x: a.x + a.width / 2, y: a.y + a.height / 2 }));
  const clear = (v: Viewport): boolean =>
    boxes.every((b) => {
      const s = { x: b.x * v.zoom + v.x, y: b.y * v.zoom + v.y, width: b.width * v.zoom, height: b.height * v.zoom };
      const inside =
        s.x >= room.x - 1e-6 && s.y >= room.y - 1e-6 && s.x + s.width <= room.x + room.width + 1e-6 && s.y + s.height <= room.y + room.height + 1e-6;
      return inside && overlays.every((o) => !intersects(o, s));
    });
  for (let step = 0; step < FIT_STEPS; step++) {
    const zoom = whole - ((whole - safe.zoom) * step) / FIT_STEPS;
    if (zoom < options.minZoom) break;
    for (const c of centres) {
      // Centred on the free area's centre, but kept inside the pane's padded room.
      const x = Math.max(room.x - minX * zoom, Math.min(room.x + room.width - maxX * zoom, c.x - (minX + bounds.width / 2) * zoom));
      const y = Math.max(room.y - minY * zoom, Math.min(room.y + room.height - maxY * zoom, c.y - (minY + bounds.height / 2) * zoom));
      const v = { x, y, zoom };
      if (clear(v)) return v;
    }
  }
  return safe;
}

/**
 * The viewport nearest to `viewport` (same zoom, the smallest pan) that shows `rect` (canvas coordinates) whole,
 * `margin` pixels clear of the pane's edges and of every overlay; null when it already is. When no position
 * clears every overlay (the unit is bigger than the room left), it only keeps the unit inside the pane.
 * `panIntoView({ x: 900, y: 0, width: 240, height: 116 }, { x: 0, y: 0, zoom: 1 }, { width: 1000, height: 800 }, [], 10)`
 * → `{ x: -150, y: 10, zoom: 1 }`.
 */
export function panIntoView(rect: Rect, viewport: Viewport, pane: PaneSize, overlays: readonly Rect[], margin: number): Viewport | null {
  const { zoom } = viewport;
  const screen = { x: rect.x * zoom + viewport.x, y: rect.y * zoom + viewport.y, width: rect.width * zoom, height: rect.height * zoom };
  const grown = (r: Rect): Rect => ({ x: r.x - margin, y: r.y - margin, width: r.width + 2 * margin, height: r.height + 2 * margin });
  const inPane = (x: number, y: number) =>
    x >= margin - 1e-6 && y >= margin - 1e-6 && x + screen.width <= pane.width - margin + 1e-6 && y + screen.height <= pane.height - margin + 1e-6;
  const clear = (x: number, y: number) => overlays.every((o) => !intersects(grown(o), { x, y, width: screen.width, height: screen.height }));
  if (inPane(screen.x, screen.y) && clear(screen.x, screen.y)) return null;
  // The best spot has each side either where it is, against a pane edge, or against an overlay's edge.
  const xs = [screen.x, margin, pane.width - margin - screen.width, ...overlays.flatMap((o) => [o.x - margin - screen.width, o.x + o.width + margin])];
  const ys = [screen.y, margin, pane.height - margin - screen.height, ...overlays.flatMap((o) => [o.y - margin - screen.height, o.y + o.height + margin])];
  let best: { x: number; y: number; cost: number } | null = null;
  for (const x of xs)
    for (const y of ys) {
      if (!inPane(x, y) || !clear(x, y)) continue;
      const cost = (x - screen.x) ** 2 + (y - screen.y) ** 2;
      if (!best || cost < best.cost) best = { x, y, cost };
    }
  if (!best) {
    // Too big for the room left: inside the pane at least, its top-left corner first.
    const x = Math.max(margin, Math.min(screen.x, pane.width - margin - screen.width));
    const y = Math.max(margin, Math.min(screen.y, pane.height - margin - screen.height));
    best = { x: screen.width + 2 * margin > pane.width ? margin : x, y: screen.height + 2 * margin > pane.height ? margin : y, cost: 0 };
  }
  if (best.x === screen.x && best.y === screen.y) return null;
  return { x: viewport.x + best.x - screen.x, y: viewport.y + best.y - screen.y, zoom };
}

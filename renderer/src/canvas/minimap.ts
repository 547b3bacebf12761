/**
 * The minimap's geometry, pure: where the chart's rectangles land in the minimap's pixels and back. The minimap
 * draws every unit on one canvas (see ChartMinimap.tsx): React Flow's own MiniMap mounts a component per node,
 * each subscribed to React Flow's store, so at 1,600 units every drag frame re-ran 1,600 selectors.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A mapping from chart coordinates to minimap pixels: `px = (x - originX) * scale + offsetX` (same for y). */
export interface MinimapFrame {
  readonly scale: number;
  readonly originX: number;
  readonly originY: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** The smallest rectangle around `rects`, or null when there are none. `boundsOf([{x:0,y:0,width:2,height:2}])` → that rectangle. */
export function boundsOf(rects: Iterable<Rect>): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Fit `bounds` (with `pad` of its size on each side) into a `size` box, centred, keeping the aspect ratio.
 * `frameFor({ x: 0, y: 0, width: 100, height: 50 }, { width: 200, height: 200 }, 0).scale` → 2.
 */
export function frameFor(bounds: Rect, size: { width: number; height: number }, pad = 0.05): MinimapFrame {
  const w = Math.max(1, bounds.width * (1 + 2 * pad));
  const h = Math.max(1, bounds.height * (1 + 2 * pad));
  const scale = Math.min(size.width / w, size.height / h);
  return {
    scale,
    originX: bounds.x + bounds.width / 2,
    originY: bounds.y + bounds.height / 2,
    offsetX: size.width / 2,
    offsetY: size.height / 2,
  };
}

/** A chart rectangle in minimap pixels. */
export function toMinimap(frame: MinimapFrame, r: Rect): Rect {
  return {
    x: (r.x - frame.originX) * frame.scale + frame.offsetX,
    y: (r.y - frame.originY) * frame.scale + frame.offsetY,
    width: r.width * frame.scale,
    height: r.height * frame.scale,
  };
}

/** The chart point under a minimap pixel. */
export function fromMinimap(frame: MinimapFrame, px: number, py: number): { x: number; y: number } {
  return { x: (px - frame.offsetX) / frame.scale + frame.originX, y: (py - frame.offsetY) / frame.scale + frame.originY };
}

/** The part of the chart the window shows, from React Flow's transform `[x, y, zoom]` and the pane's size. */
export function visibleRect(transform: readonly [number, number, number], pane: { width: number; height: number }): Rect {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

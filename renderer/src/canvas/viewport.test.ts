import { describe, expect, it } from 'vitest';
import { fitBoxes, fitViewport, freeAreas, panIntoView, type Rect, type Viewport } from './viewport';

const pane = { width: 1000, height: 800 };
const legend: Rect = { x: 15, y: 15, width: 380, height: 70 };
const minimap: Rect = { x: 785, y: 635, width: 200, height: 150 };
const controls: Rect = { x: 15, y: 700, width: 26, height: 80 };

/** Where a canvas rectangle lands in the pane under a viewport. */
const onScreen = (r: Rect, v: Viewport): Rect => ({ x: r.x * v.zoom + v.x, y: r.y * v.zoom + v.y, width: r.width * v.zoom, height: r.height * v.zoom });
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect) => a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.width <= b.x + b.width + 1e-6 && a.y + a.height <= b.y + b.height + 1e-6;

describe('freeAreas', () => {
  it('cuts the pane around a corner overlay into the band below it and the band beside it', () => {
    expect(freeAreas(pane, [{ x: 0, y: 0, width: 300, height: 100 }])).toEqual([
      { x: 300, y: 0, width: 700, height: 800 },
      { x: 0, y: 100, width: 1000, height: 700 },
    ]);
  });

  it('no area touches any overlay', () => {
    const areas = freeAreas(pane, [legend, minimap, controls]);
    expect(areas.length).toBeGreaterThan(0);
    for (const a of areas) for (const o of [legend, minimap, controls]) expect(overlap(a, o)).toBe(false);
  });
});

describe('fitViewport', () => {
  const options = { padding: 20, minZoom: 0.05, maxZoom: 1.1 };

  it.each<[string, Rect]>([
    ['a wide chart', { x: 0, y: 0, width: 3000, height: 600 }],
    ['a tall chart', { x: -200, y: 0, width: 600, height: 3000 }],
    ['a small chart', { x: 0, y: 0, width: 400, height: 300 }],
    ['a square chart', { x: 100, y: 100, width: 1500, height: 1500 }],
  ])('puts %s where no overlay covers it', (_, chart) => {
    const v = fitViewport(chart, pane, [legend, minimap, controls], options);
    const shown = onScreen(chart, v);
    expect(inside(shown, { x: 0, y: 0, ...pane })).toBe(true);
    for (const o of [legend, minimap, controls]) expect(overlap(shown, o)).toBe(false);
  });

  it('centres a chart that fits at maxZoom in the pane when nothing covers it', () => {
    expect(fitViewport({ x: 0, y: 0, width: 500, height: 300 }, pane, [], { padding: 0, minZoom: 0.1, maxZoom: 1 })).toEqual({ x: 250, y: 250, zoom: 1 });
  });

  it('past minZoom keeps the top of the chart (the top unit) on screen, centred on the anchor', () => {
    const chart = { x: 0, y: 0, width: 100_000, height: 50_000 };
    const v = fitViewport(chart, pane, [legend], { ...options, minZoom: 0.05, anchorX: 50_000 });
    expect(v.zoom).toBe(0.05);
    const top = onScreen({ x: 50_000 - 120, y: 0, width: 240, height: 116 }, v);
    expect(inside(top, { x: 0, y: 0, ...pane })).toBe(true);
    expect(overlap(top, legend)).toBe(false);
  });
});

describe('panIntoView', () => {
  const unit: Rect = { x: 0, y: 0, width: 240, height: 116 };

  it('leaves a unit that is already clear alone', () => {
    expect(panIntoView(unit, { x: 500, y: 300, zoom: 1 }, pane, [legend, minimap], 12)).toBeNull();
  });

  it('pans a unit past the right edge (a panel opened there) back by the smallest amount', () => {
    const v = panIntoView(unit, { x: 900, y: 300, zoom: 1 }, pane, [legend, minimap], 12)!;
    expect(v).toEqual({ x: 1000 - 12 - 240, y: 300, zoom: 1 });
  });

  it('moves a unit out from under the minimap, not under the legend', () => {
    const v = panIntoView(unit, { x: 700, y: 600, zoom: 1 }, pane, [legend, minimap], 12)!;
    const shown = onScreen(unit, v);
    expect(overlap(shown, minimap)).toBe(false);
    expect(overlap(shown, legend)).toBe(false);
    expect(inside(shown, { x: 0, y: 0, ...pane })).toBe(true);
    // The smallest move: up above the minimap (44 px), not left past it (195 px).
    expect(v.x).toBe(700);
  });

  it('keeps the zoom, and a unit bigger than the pane at least starts at its top-left', () => {
    const v = panIntoView({ x: 0, y: 0, width: 2000, height: 100 }, { x: 300, y: 300, zoom: 1 }, pane, [], 12)!;
    expect(v).toEqual({ x: 12, y: 300, zoom: 1 });
  });
});

describe('fitBoxes', () => {
  const options = { padding: 20, minZoom: 0.05, maxZoom: 1.1 };
  // A tree: the top unit centred above a wide row, so the chart's top corners are empty.
  const tree: Rect[] = [
    { x: 375, y: 0, width: 240, height: 116 },
    ...Array.from({ length: 20 }, (_, i) => ({ x: (i % 4) * 250, y: 200 * (1 + Math.floor(i / 4)), width: 240, height: 116 })),
  ];

  it('draws a tree larger than its bounding box allows, with the legend in its empty corner', () => {
    const v = fitBoxes(tree, pane, [legend, minimap, controls], options);
    const boxOnly = fitViewport({ x: 0, y: 0, width: 990, height: 1116 }, pane, [legend, minimap, controls], options);
    expect(v.zoom).toBeGreaterThan(boxOnly.zoom);
    for (const box of tree) {
      const shown = onScreen(box, v);
      expect(inside(shown, { x: 0, y: 0, ...pane })).toBe(true);
      for (const o of [legend, minimap, controls]) expect(overlap(shown, o)).toBe(false);
    }
  });

  it('falls back to the free area when the boxes fill the corners', () => {
    const grid: Rect[] = Array.from({ length: 16 }, (_, i) => ({ x: (i % 4) * 250, y: Math.floor(i / 4) * 150, width: 240, height: 116 }));
    const v = fitBoxes(grid, pane, [legend, minimap], options);
    for (const box of grid) for (const o of [legend, minimap]) expect(overlap(onScreen(box, v), o)).toBe(false);
  });
});

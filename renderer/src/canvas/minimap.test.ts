import { describe, expect, it } from 'vitest';
import { boundsOf, frameFor, fromMinimap, toMinimap, visibleRect } from './minimap';

describe('minimap geometry', () => {
  it('bounds the rectangles, or says there are none', () => {
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        { x: 10, y: 20, width: 5, height: 5 },
        { x: -5, y: 0, width: 10, height: 100 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 20, height: 100 });
  });

  it.each([
    // A wide chart is limited by the width, a tall one by the height; either way it is centred.
    [{ x: 0, y: 0, width: 100, height: 50 }, { width: 200, height: 200 }, 2],
    [{ x: 0, y: 0, width: 50, height: 400 }, { width: 200, height: 100 }, 0.25],
  ])('fits %o into %o at scale %d, centred', (bounds, size, scale) => {
    const frame = frameFor(bounds, size, 0);
    expect(frame.scale).toBe(scale);
    const r = toMinimap(frame, bounds);
    expect(r.x + r.width / 2).toBeCloseTo(size.width / 2);
    expect(r.y + r.height / 2).toBeCloseTo(size.height / 2);
    expect(r.x).toBeGreaterThanOrEqual(-1e-9);
    expect(r.y).toBeGreaterThanOrEqual(-1e-9);
  });

  it('maps a minimap pixel back to the chart point drawn there', () => {
    const frame = frameFor({ x: 100, y: -50, width: 1000, height: 300 }, { width: 200, height: 150 });
    const p = toMinimap(frame, { x: 640, y: 20, width: 0, height: 0 });
    const back = fromMinimap(frame, p.x, p.y);
    expect(back.x).toBeCloseTo(640);
    expect(back.y).toBeCloseTo(20);
  });

  it('reads the visible part of the chart from the transform', () => {
    // Panned by (-200, -100) screen pixels at zoom 0.5: the window starts at chart (400, 200) and spans twice its size.
    expect(visibleRect([-200, -100, 0.5], { width: 800, height: 600 })).toEqual({ x: 400, y: 200, width: 1600, height: 1200 });
  });
});

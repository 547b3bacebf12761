import { describe, expect, it } from 'vitest';
import {
  boxAt,
  boxStyle,
  cardStyle,
  edgePoints,
  lookKey,
  onCollapseMark,
  paintBoxes,
  type Box,
  type BoxEdge,
  type BoxLook,
  type BoxStyle,
  type Paint,
} from './boxCanvas';
import { HEAT_COLORS } from './heat';

/** A box that paints only its shape. */
const shape = (style: BoxStyle) => ({ style, text: null });
const plain: BoxLook = { group: false, vacant: false, ghost: false, selected: false, drop: null, changed: false, heat: null, tone: null };

describe('boxStyle', () => {
  it('follows the .unit-node--box cascade: kind, then vacancy or forecast, then selection and drop, heat over the fill', () => {
    expect(boxStyle(plain)).toMatchObject({ fill: '#8e9bb5', stroke: '#5b6b8c', lineWidth: 4, ring: null, tone: null });
    expect(boxStyle({ ...plain, group: true })).toMatchObject({ fill: '#6f7fa6', stroke: '#46557a' });
    expect(boxStyle({ ...plain, vacant: true })).toMatchObject({ fill: '#f19a9e', stroke: '#d9363e', lineWidth: 6 });
    expect(boxStyle({ ...plain, ghost: true }).dash.length).toBeGreaterThan(0);
    expect(boxStyle({ ...plain, vacant: true, selected: true })).toMatchObject({ fill: '#f19a9e', stroke: '#3d63dd', ring: { width: 12 } });
    expect(boxStyle({ ...plain, drop: 'refused' }).stroke).toBe('#d9363e');
    expect(boxStyle({ ...plain, vacant: true, heat: 5 }).fill).toBe(HEAT_COLORS[4]);
    expect(boxStyle({ ...plain, tone: 'green' }).tone).toBe('#dcf5e3');
  });

  it('gives equal looks equal keys and different looks different keys', () => {
    expect(lookKey({ ...plain })).toBe(lookKey(plain));
    const looks: BoxLook[] = [
      plain,
      { ...plain, group: true },
      { ...plain, heat: 0 },
      { ...plain, heat: 1 },
      { ...plain, drop: 'ok' },
      { ...plain, tone: 'red' },
    ];
    expect(new Set(looks.map(lookKey)).size).toBe(looks.length);
  });
});

describe('edgePoints', () => {
  const parent: Box = { id: 'p', x: 0, y: 0, width: 100, height: 50 };
  it('runs down, across at half height, and down into a child below', () => {
    expect(edgePoints(parent, { id: 'c', x: 200, y: 150, width: 100, height: 50 }, 'top')).toEqual([50, 50, 50, 100, 250, 100, 250, 150]);
  });
  it('enters a stacked child from the side facing the spine', () => {
    expect(edgePoints(parent, { id: 'c', x: 80, y: 100, width: 100, height: 40 }, 'left')).toEqual([50, 50, 50, 120, 80, 120]);
    expect(edgePoints(parent, { id: 'c', x: -120, y: 100, width: 100, height: 40 }, 'right')).toEqual([50, 50, 50, 120, -20, 120]);
  });
});

describe('boxAt', () => {
  it('finds the box under a point, the later one where two overlap, and nothing on empty canvas', () => {
    const boxes: Box[] = [
      { id: 'a', x: 0, y: 0, width: 10, height: 10 },
      { id: 'b', x: 5, y: 5, width: 10, height: 10 },
    ];
    expect(boxAt(boxes, 2, 2)).toBe(0);
    expect(boxAt(boxes, 7, 7)).toBe(1);
    expect(boxAt(boxes, 30, 30)).toBe(-1);
  });
});

/** A 2D context that records the calls the drawing makes. */
function recorder() {
  const calls: string[] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (target, name: string) =>
      name in target
        ? target[name]
        : name === 'measureText'
          ? (text: string) => ({ width: text.length * 10 })
          : (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`),
    set: (target, name: string, value) => {
      target[name] = value;
      calls.push(`${name}=${value}`);
      return true;
    },
  });
  return { ctx: ctx as unknown as Paint, calls };
}

describe('paintBoxes', () => {
  const boxes: Box[] = [
    { id: 'top', x: 0, y: 0, width: 100, height: 50 },
    { id: 'a', x: 0, y: 100, width: 100, height: 50 },
    { id: 'far', x: 10_000, y: 100, width: 100, height: 50 },
  ];
  const edges: BoxEdge[] = [
    { source: 'top', target: 'a', side: 'top', kind: 'reporting' },
    { source: 'top', target: 'far', side: 'top', kind: 'reporting' },
  ];
  const view = { x: 0, y: 0, zoom: 1, width: 500, height: 400 };

  it('paints only the boxes in view, one path per style, and lines into boxes out of view when they cross it', () => {
    const { ctx, calls } = recorder();
    const style = boxStyle(plain);
    const painted = paintBoxes(ctx, boxes, [shape(style), shape(style), shape(style)], edges, view, 1);
    expect(painted).toBe(2);
    // Two boxes in view, in one path both filled and stroked: two round rectangles, not the three boxes' nor one path a box.
    expect(calls.filter((c) => c.startsWith('roundRect')).length).toBe(2);
    expect(calls.filter((c) => c === 'fill()').length).toBe(1);
    expect(calls.filter((c) => c === 'fillStyle=#8e9bb5').length).toBe(1);
    // The line to the far box starts in view: it is drawn.
    expect(calls.filter((c) => c.startsWith('moveTo')).length).toBe(2);
  });

  it('groups boxes by style and paints a selected one with its ring at least a few screen pixels wide', () => {
    const { ctx, calls } = recorder();
    const selected = boxStyle({ ...plain, selected: true });
    paintBoxes(ctx, boxes, [shape(boxStyle(plain)), shape(selected), shape(boxStyle(plain))], [], { ...view, zoom: 0.18, width: 1000, height: 1000 }, 1);
    // 4 screen pixels at zoom 0.18 are 22.2 canvas pixels, wider than the 12 px ring.
    expect(calls).toContain(`lineWidth=${4 / 0.18}`);
    expect(calls).toContain(`strokeStyle=${selected.stroke}`);
  });

  it('zoomed far out, paints filled rectangles: ring, border at least a screen pixel, then the fill inset', () => {
    const { ctx, calls } = recorder();
    const selected = boxStyle({ ...plain, selected: true });
    paintBoxes(ctx, boxes, [shape(boxStyle(plain)), shape(selected), shape(boxStyle(plain))], [], { ...view, zoom: 0.05, width: 1000, height: 1000 }, 1);
    expect(calls.some((c) => c.startsWith('roundRect'))).toBe(false);
    // The selected box (0, 100, 100 × 50): its ring 4 screen pixels (80 canvas pixels) out, its fill 1 screen pixel (20) in.
    expect(calls).toContain('rect(-80,20,260,210)');
    expect(calls).toContain('rect(20,120,60,10)');
    expect(calls.indexOf(`fillStyle=${selected.ring!.color}`)).toBeLessThan(calls.lastIndexOf(`fillStyle=${selected.fill}`));
  });

  it('scales for the device pixel ratio and the view transform', () => {
    const { ctx, calls } = recorder();
    paintBoxes(
      ctx,
      boxes,
      boxes.map(() => shape(boxStyle(plain))),
      [],
      { x: 10, y: 20, zoom: 0.5, width: 500, height: 400 },
      2,
    );
    expect(calls).toContain('clearRect(0,0,1000,800)');
    expect(calls).toContain('setTransform(1,0,0,1,20,40)');
  });

  it('paints simplified cards with their words: the name cut with an ellipsis to fit beside the collapse mark, the count, what is hidden', () => {
    const { ctx, calls } = recorder();
    const card = (name: string, collapse: string | null) => ({
      style: cardStyle(plain),
      text: { name, ink: '#1c2330', line: '12 people', lineColor: '#5d6778', lineBold: false, hidden: collapse === '▸' ? '+3 units hidden' : null, collapse },
    });
    const wide: Box[] = [{ id: 'top', x: 0, y: 0, width: 240, height: 116 }];
    // 240 wide, 12 px padding each side, 40 for the mark: 176 px, 16 characters and the ellipsis at 10 px each.
    paintBoxes(ctx, wide, [card('Developer Experience Platform', '▸')], [], { ...view, zoom: 0.3 }, 1);
    expect(calls.find((c) => c.startsWith('fillText(Developer'))).toBe('fillText(Developer Experi…,12,9)');
    expect(calls.some((c) => c.startsWith('fillText(▸'))).toBe(true);
    expect(calls.some((c) => c.startsWith('fillText(12 people'))).toBe(true);
    expect(calls.some((c) => c.startsWith('fillText(+3 units hidden'))).toBe(true);
  });
});

describe('onCollapseMark', () => {
  it('is the top right corner of a card', () => {
    const card: Box = { id: 'c', x: 100, y: 100, width: 240, height: 116 };
    expect(onCollapseMark(card, 330, 110)).toBe(true);
    expect(onCollapseMark(card, 150, 110)).toBe(false);
    expect(onCollapseMark(card, 330, 200)).toBe(false);
  });
});

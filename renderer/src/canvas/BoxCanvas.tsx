/**
 * The zoomed-out levels of a big chart (simplified cards, plain boxes), painted on one <canvas> under React
 * Flow's (then empty) node layer, and redrawn with each pan or zoom step in the same task as React Flow moves its
 * viewport. A person uses it as the DOM cards: hover shows the unit's tooltip, a click selects, a card's ▸/▾
 * collapses it, dragging a box onto another unit makes it report there (through the same drag handlers as React
 * Flow's nodes, so the ghost, the drop hint and the undo step are the same). See boxCanvas.ts for the drawing.
 */
import { useStoreApi, type Edge, type Node, type NodeChange, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { plural, toggleCollapsed, type UnitId } from '../../../shared';
import { editView } from '../editing';
import { useStore, type Store } from '../store/store';
import {
  boxAt,
  boxLookOf,
  boxStyle,
  cardStyle,
  lookKey,
  onCollapseMark,
  paintBoxes,
  type Box,
  type BoxEdge,
  type BoxLook,
  type BoxStyle,
  type Paintable,
} from './boxCanvas';
import { HEAT_INK } from './heat';
import type { UnitFlowNode } from './nodeCache';
import { boxTitle, selectUnitNodeView, simpleCardLines, type UnitNodeData, type UnitNodeView } from './UnitNode';
import type { UnitDragHandlers } from './useUnitDrag';

/** React Flow's `nodeDragThreshold` on the canvas: a box follows the pointer once it is this far from where it went down. */
const DRAG_THRESHOLD = 4;

/** One style object per look and level, so equal looks are the same object (the drawing groups boxes by style identity). */
const styles = new Map<string, BoxStyle>();
function styleOf(look: BoxLook, detail: 'simple' | 'box'): BoxStyle {
  const key = `${detail}${lookKey(look)}`;
  let style = styles.get(key);
  if (!style) styles.set(key, (style = detail === 'box' ? boxStyle(look) : cardStyle(look)));
  return style;
}

/** What each unit paints, one object per distinct look and words: unchanged units give the same object, so the canvas repaints only on a change. */
const paintables = new Map<string, Paintable>();
function paintableOf(view: UnitNodeView, data: UnitNodeData, detail: 'simple' | 'box'): Paintable {
  const look = boxLookOf(view);
  if (detail === 'box') {
    const key = `box${lookKey(look)}`;
    let p = paintables.get(key);
    if (!p) paintables.set(key, (p = { style: styleOf(look, detail), text: null }));
    return p;
  }
  const { count: line, hidden } = simpleCardLines(view, data);
  const collapse = view.canCollapse ? (view.collapsed ? '▸' : '▾') : null;
  const key = `simple${lookKey(look)}|${view.name}|${line}|${hidden}|${collapse}`;
  let p = paintables.get(key);
  if (!p) {
    if (paintables.size > 50_000) paintables.clear();
    const text = {
      name: view.name,
      ink: view.heat !== null && view.heat > 0 ? HEAT_INK[view.heat - 1]! : '#1c2330',
      line,
      lineColor: view.ghostRole ? '#6a4fc4' : look.vacant ? '#d9363e' : '#5d6778',
      lineBold: look.ghost || look.vacant,
      hidden,
      collapse,
    };
    paintables.set(key, (p = { style: styleOf(look, detail), text }));
  }
  return p;
}

const edgeKind = (e: Edge): BoxEdge['kind'] => (e.className === 'edge--ghost' ? 'ghost' : e.className === 'edge--dotted' ? 'dotted' : 'reporting');

export interface BoxCanvasProps {
  /** Plain boxes, or simplified cards with their words. */
  readonly detail: 'simple' | 'box';
  readonly nodes: readonly UnitFlowNode[];
  readonly edges: readonly Edge[];
  readonly drag: Omit<UnitDragHandlers, 'drag'>;
  readonly onSelect: (id: UnitId | null) => void;
}

export function BoxCanvas({ detail, nodes, edges, drag, onSelect }: BoxCanvasProps) {
  const flow = useStoreApi();
  const canvas = useRef<HTMLCanvasElement>(null);
  // The tooltip follows the pointer by direct DOM writes: a React state per mouse move would re-run every box's selector.
  const tipEl = useRef<HTMLDivElement>(null);
  const boxes = useMemo(() => nodes.map((n): Box => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 })), [nodes]);
  const lines = useMemo(
    () => edges.map((e): BoxEdge => ({ source: e.source, target: e.target, side: (e.targetHandle as BoxEdge['side']) ?? 'top', kind: edgeKind(e) })),
    [edges],
  );
  // Each box's look, from the same selector a DOM node reads; the same style objects when nothing changed.
  const looks = useStore(useShallow((s: Store) => nodes.map((n) => paintableOf(selectUnitNodeView(s, n.id as UnitId), n.data, detail))));

  const paint = useCallback(
    (state: ReactFlowState) => {
      const el = canvas.current;
      const ctx = el?.getContext('2d');
      if (!el || !ctx) return;
      const ratio = window.devicePixelRatio || 1;
      const [x, y, zoom] = state.transform;
      const [w, h] = [Math.round(state.width * ratio), Math.round(state.height * ratio)];
      // Resizing clears the canvas and its state: only when the pane changed size.
      if (el.width !== w || el.height !== h) [el.width, el.height] = [w, h];
      const painted = paintBoxes(ctx, boxes, looks, lines, { x, y, zoom, width: state.width, height: state.height }, ratio);
      el.dataset.painted = String(painted);
    },
    [boxes, looks, lines],
  );
  useLayoutEffect(() => paint(flow.getState()), [flow, paint]);
  useEffect(
    () =>
      flow.subscribe((state, prev) => {
        if (state.transform !== prev.transform || state.width !== prev.width || state.height !== prev.height) paint(state);
      }),
    [flow, paint],
  );

  const latest = useRef({ boxes, nodes, looks, drag, onSelect });
  useLayoutEffect(() => {
    latest.current = { boxes, nodes, looks, drag, onSelect };
  }, [boxes, nodes, looks, drag, onSelect]);

  // The specs and the bench find boxes on screen through this, as they find DOM nodes by their test ids.
  useEffect(() => {
    const hook = window.__orgsim;
    if (!hook) return;
    hook.paintedBoxes = () => {
      const { transform, domNode } = flow.getState();
      const rect = domNode?.getBoundingClientRect();
      if (!rect) return [];
      const [x, y, zoom] = transform;
      return latest.current.nodes
        .map((b) => ({
          id: b.id,
          ghost: b.data.ghost,
          x: rect.left + x + b.position.x * zoom,
          y: rect.top + y + b.position.y * zoom,
          width: (b.width ?? 0) * zoom,
          height: (b.height ?? 0) * zoom,
        }))
        .filter((b) => b.x >= rect.left && b.y >= rect.top && b.x + b.width <= rect.right && b.y + b.height <= rect.bottom);
    };
    return () => {
      delete hook.paintedBoxes;
    };
  }, [flow]);

  // Pointer handling on React Flow's pane, where the events land (the canvas lets them through).
  useEffect(() => {
    const root = flow.getState().domNode;
    if (!root) return;
    let justDragged = false;
    const setTip = (tip: { text: string; x: number; y: number } | null) => {
      const el = tipEl.current;
      if (!el) return;
      el.hidden = tip === null;
      if (!tip) return;
      el.textContent = tip.text;
      el.style.left = `${tip.x + 14}px`;
      el.style.top = `${tip.y + 16}px`;
    };
    const onPane = (e: MouseEvent) => e.target instanceof Element && !!e.target.closest('.react-flow__pane') && !e.target.closest('.drag-ghost');
    /** The canvas point under the pointer. */
    const pointOf = (e: MouseEvent): { x: number; y: number } => {
      const { transform, domNode } = flow.getState();
      const rect = domNode?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const [x, y, zoom] = transform;
      return { x: (e.clientX - rect.left - x) / zoom, y: (e.clientY - rect.top - y) / zoom };
    };
    /** The index of the unit under the pointer (in `boxes`, `nodes` and `looks` alike), or -1. */
    const hit = (e: MouseEvent): number => {
      const p = pointOf(e);
      return boxAt(latest.current.boxes, p.x, p.y);
    };
    /** Whether the pointer is on unit `i`'s collapse mark. */
    const onMark = (e: MouseEvent, i: number): boolean => {
      const p = pointOf(e);
      return !!latest.current.looks[i]?.text?.collapse && onCollapseMark(latest.current.boxes[i]!, p.x, p.y);
    };

    const down = (e: MouseEvent) => {
      if (e.button !== 0 || !onPane(e)) return;
      const i = hit(e);
      const node = latest.current.nodes[i];
      if (!node?.draggable || onMark(e, i)) return;
      const box = latest.current.boxes[i]!;
      const nodeAt = (position: { x: number; y: number }): Node => ({ ...node, position });
      // The box is the pointer's: keep React Flow's pan from starting.
      // No text selection while dragging; focus leaves any field as a click on the canvas makes it, so the
      // shortcuts (Ctrl+Z after the drop) work on the document.
      e.stopPropagation();
      e.preventDefault();
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      const zoom = flow.getState().transform[2];
      const [startX, startY] = [e.clientX, e.clientY];
      let started = false;
      const at = (m: MouseEvent) => ({ x: box.x + (m.clientX - startX) / zoom, y: box.y + (m.clientY - startY) / zoom });
      const move = (m: MouseEvent) => {
        const { drag: handlers } = latest.current;
        if (!started) {
          if (Math.hypot(m.clientX - startX, m.clientY - startY) < DRAG_THRESHOLD) return;
          started = true;
          setTip(null);
          handlers.onNodeDragStart(m, nodeAt({ x: box.x, y: box.y }));
        }
        const position = at(m);
        const change: NodeChange = { type: 'position', id: box.id, position, dragging: true };
        handlers.onNodesChange([change]);
        handlers.onNodeDrag(m, nodeAt(position));
      };
      const up = (m: MouseEvent) => {
        window.removeEventListener('mousemove', move);
        window.removeEventListener('mouseup', up);
        if (!started) return;
        justDragged = true;
        // The click that follows a drag is not a selection.
        setTimeout(() => (justDragged = false), 0);
        latest.current.drag.onNodeDragStop(m, nodeAt(at(m)));
      };
      window.addEventListener('mousemove', move);
      window.addEventListener('mouseup', up);
    };
    const click = (e: MouseEvent) => {
      if (!onPane(e)) return;
      if (justDragged) {
        e.stopPropagation();
        return;
      }
      const i = hit(e);
      if (i < 0) return; // Empty canvas: React Flow's pane click clears the selection.
      e.stopPropagation();
      const id = latest.current.boxes[i]!.id as UnitId;
      if (onMark(e, i)) editView((v) => toggleCollapsed(v, id));
      else latest.current.onSelect(id);
    };
    const hover = (e: MouseEvent) => {
      if (e.buttons !== 0) return;
      const node = onPane(e) ? latest.current.nodes[hit(e)] : undefined;
      root.classList.toggle('box-canvas--over', node !== undefined);
      if (!node) return setTip(null);
      const rect = root.getBoundingClientRect();
      setTip({ text: boxTitle(selectUnitNodeView(useStore.getState(), node.id as UnitId), node.data), x: e.clientX - rect.left, y: e.clientY - rect.top });
    };
    const leave = () => {
      root.classList.remove('box-canvas--over');
      setTip(null);
    };
    root.addEventListener('mousedown', down, true);
    root.addEventListener('click', click, true);
    root.addEventListener('mousemove', hover);
    root.addEventListener('mouseleave', leave);
    return () => {
      root.removeEventListener('mousedown', down, true);
      root.removeEventListener('click', click, true);
      root.removeEventListener('mousemove', hover);
      root.removeEventListener('mouseleave', leave);
      root.classList.remove('box-canvas--over');
    };
  }, [flow]);

  return (
    <>
      <canvas
        ref={canvas}
        className="box-canvas"
        data-testid="box-canvas"
        data-detail={detail}
        data-units={nodes.length}
        role="img"
        aria-label={`Org chart of ${plural(nodes.length, 'unit')}, zoomed out: zoom in, or search (Ctrl+F), to read a unit`}
      />
      <div ref={tipEl} className="box-canvas__tip" role="tooltip" data-testid="box-tip" hidden />
    </>
  );
}

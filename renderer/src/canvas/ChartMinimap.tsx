/**
 * The minimap: every unit drawn on one <canvas>, redrawn only when the resting chart changes (not on a drag
 * frame), with the window's rectangle over it. Click or drag on it to move the window there. It replaces
 * React Flow's MiniMap, which mounts a subscribed component per node (see minimap.ts).
 */
import { Panel, useReactFlow, useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { shallow } from 'zustand/shallow';
import { boundsOf, frameFor, fromMinimap, toMinimap, visibleRect, type Rect } from './minimap';
import type { UnitFlowNode } from './nodeCache';

const WIDTH = 200;
const HEIGHT = 150;
const selectView = (s: ReactFlowState) => ({ x: s.transform[0], y: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height });

export function ChartMinimap({ nodes, color }: { nodes: readonly UnitFlowNode[]; color: (node: UnitFlowNode) => string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useFlowStore(selectView, shallow);
  const { setViewport } = useReactFlow();
  const rects = useMemo(() => nodes.map((n): Rect => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 })), [nodes]);
  const frame = useMemo(() => frameFor(boundsOf(rects) ?? { x: 0, y: 0, width: 1, height: 1 }, { width: WIDTH, height: HEIGHT }), [rects]);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    nodes.forEach((n, i) => {
      const r = toMinimap(frame, rects[i]!);
      ctx.fillStyle = color(n);
      // At least a pixel, so a 10,000-person chart still shows every unit.
      ctx.fillRect(r.x, r.y, Math.max(1, r.width), Math.max(1, r.height));
    });
  }, [nodes, rects, frame, color]);

  const shown = toMinimap(frame, visibleRect([view.x, view.y, view.zoom], view));
  const moveTo = (e: PointerEvent<HTMLElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const at = fromMinimap(frame, e.clientX - box.left, e.clientY - box.top);
    void setViewport({ x: view.width / 2 - at.x * view.zoom, y: view.height / 2 - at.y * view.zoom, zoom: view.zoom });
  };
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <Panel
      position="bottom-right"
      className="react-flow__minimap chart-minimap"
      style={{ width: WIDTH, height: HEIGHT, background: '#fff', boxShadow: '0 0 2px rgba(0,0,0,0.3)' }}
    >
      <div
        data-testid="minimap"
        aria-label="Minimap: click or drag to move the view"
        style={{ position: 'relative', width: WIDTH, height: HEIGHT, overflow: 'hidden', cursor: 'pointer' }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons & 1) moveTo(e);
        }}
      >
        <canvas
          ref={canvas}
          width={WIDTH * ratio}
          height={HEIGHT * ratio}
          style={{ width: WIDTH, height: HEIGHT, display: 'block' }}
          data-units={nodes.length}
        />
        <div
          data-testid="minimap-view"
          style={{
            position: 'absolute',
            left: shown.x,
            top: shown.y,
            width: shown.width,
            height: shown.height,
            border: '1.5px solid #3b82f6',
            background: 'rgba(59,130,246,0.08)',
            pointerEvents: 'none',
          }}
        />
      </div>
    </Panel>
  );
}

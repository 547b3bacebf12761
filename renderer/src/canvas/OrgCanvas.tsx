/**
 * The org chart: React Flow nodes and edges derived from the org's layout, never a second copy of it.
 * Drag a unit onto another to make it report there (a drop that would make a cycle is refused); drop it on
 * empty canvas to pin it where it is. A drag is one undo step.
 * While a unit is dragged, React Flow's nodes are left alone and a light copy of the card follows the pointer
 * (DragGhost): moving the node itself re-ran every node's and edge's store selector on each pointer move, which
 * at 1,600 units on screen cost hundreds of milliseconds a move.
 */
import { Background, Controls, ReactFlow, ViewportPortal, ReactFlowProvider, useReactFlow, useStore as useFlowStore, type Edge, type Node, type NodeChange, type ReactFlowState, type XYPosition } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getOwn, clearPositions, isSelfOrDescendant, moveUnit, setPosition, type Org, type PersonId, type UnitId } from '../../../shared';
import { editOrg, editView } from '../editing';
import { layoutOf, selectCollapsed, selectDisplay, selectFitRequest, selectViewingSimulation } from '../store/selectors';
import { useStore, type Store } from '../store/store';
import { ChartMinimap } from './ChartMinimap';
import { Legend } from './Legend';
import { selectMinimapHeat } from './heat';
import { registerViewportProbe } from './viewport';
import { buildGridIndex, createEdgeCache, createNodeCache, type UnitFlowNode } from './nodeCache';
import { DetailContext } from './detailContext';
import { selectDetail, UnitNode, type UnitNodeData } from './UnitNode';

const nodeTypes = { unit: UnitNode };
const selectPositions = (s: Store) => s.scenario.view.positions;
const selectSelectUnit = (s: Store) => s.selectUnit;
const selectShowDotted = (s: Store) => s.showDottedLines;
const selectCenterRequest = (s: Store) => s.centerRequest;
/** Every dotted (matrix) line of an org's people as [manager, person]: people don't change when units move, so this is kept per people object. */
const dottedPairsMemo = new WeakMap<Org['people'], readonly (readonly [PersonId, PersonId])[]>();
function dottedPairsOf(people: Org['people']): readonly (readonly [PersonId, PersonId])[] {
  let pairs = dottedPairsMemo.get(people);
  if (!pairs) {
    const found: [PersonId, PersonId][] = [];
    for (const person of Object.values(people)) for (const managerId of person.dottedLineManagerIds ?? []) found.push([managerId, person.id]);
    dottedPairsMemo.set(people, (pairs = found));
  }
  return pairs;
}

const minimapColor = (node: Node): string => {
  const data = node.data as UnitNodeData;
  return data.ghost ? '#9b7ede' : data.vacant ? '#e5484d' : '#5b6b8c';
};

/** The card that follows the pointer while a unit is dragged, drawn in the chart's coordinates. */
function DragGhost({ drag, name, width, height }: { drag: { position: XYPosition }; name: string; width: number; height: number }) {
  return (
    <ViewportPortal>
      <div
        className="unit-node drag-ghost"
        data-testid="drag-ghost"
        style={{ position: 'absolute', transform: `translate(${drag.position.x}px, ${drag.position.y}px)`, width, height, opacity: 0.85, pointerEvents: 'none', zIndex: 1000, boxShadow: '0 6px 18px rgba(20, 30, 50, 0.25)' }}
      >
        <span className="unit-node__name">{name}</span>
      </div>
    </ViewportPortal>
  );
}

function ViewportRequests() {
  const fitRequest = useStore(selectFitRequest);
  const center = useStore(selectCenterRequest);
  const { fitView, getNode, setCenter, getZoom, getViewport } = useReactFlow();
  useEffect(
    () =>
      registerViewportProbe(() => {
        const pane = document.querySelector('.react-flow');
        if (!pane) return null;
        const { x, y, zoom } = getViewport();
        const { width, height } = pane.getBoundingClientRect();
        return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
      }),
    [getViewport],
  );
  useEffect(() => {
    if (fitRequest === 0) return;
    const units = useStore.getState().fitUnits;
    if (!units) return void fitView({ padding: 0.08, maxZoom: 1.1, duration: 200 });
    // The units may appear only once the collapse that revealed them has reached React Flow: wait a frame.
    const id = requestAnimationFrame(() => void fitView({ nodes: units.map((u) => ({ id: u })), padding: 0.08, maxZoom: 1.1, duration: 250 }));
    return () => cancelAnimationFrame(id);
  }, [fitRequest, fitView]);
  useEffect(() => {
    if (!center) return;
    // The node may appear only after its ancestors expand: wait a frame for React Flow to know it.
    const id = requestAnimationFrame(() => {
      const node = getNode(center.id);
      if (node) void setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom: Math.max(getZoom(), 0.9), duration: 250 });
    });
    return () => cancelAnimationFrame(id);
  }, [center, getNode, setCenter, getZoom]);
  return null;
}

/** The smallest zoom allowed: the whole chart fitted to the window, but never below 0.05 nor above 0.5 (so one can always step back). */
function minZoomFor(bounds: { width: number; height: number }, pane: { width: number; height: number }): number {
  if (bounds.width <= 0 || bounds.height <= 0 || pane.width <= 0 || pane.height <= 0) return 0.05;
  // 0.8: below the zoom fitView picks with its padding (0.08 a side), so a fit is never clamped.
  const fit = Math.min(pane.width / bounds.width, pane.height / bounds.height) * 0.8;
  return Math.max(0.05, Math.min(fit, 0.5));
}
const selectPaneSize = (s: ReactFlowState) => ({ width: s.width, height: s.height });

function Canvas() {
  const { org, ghosts, index } = useStore(selectDisplay);
  const collapsed = useStore(selectCollapsed);
  const positions = useStore(selectPositions);
  const selectUnit = useStore(selectSelectUnit);
  const showDotted = useStore(selectShowDotted);
  const viewingSimulation = useStore(selectViewingSimulation);
  const showMinimap = useStore((s) => s.showMinimap);
  const heatColorOf = useStore(selectMinimapHeat);
  const layout = layoutOf(org, collapsed);
  const pane = useFlowStore(selectPaneSize, shallow);
  const detail = useFlowStore(selectDetail);
  const [drag, setDrag] = useState<{ id: string; position: XYPosition } | null>(null);
  const [cache] = useState(createNodeCache);
  const [edgeCache] = useState(createEdgeCache);

  // Where every unit sits when nothing is being dragged: stable objects, rebuilt only for units that changed.
  const restingNodes = useMemo<UnitFlowNode[]>(
    () =>
      cache.build(
        layout.nodes.map((n) => ({
          laid: n,
          position: getOwn(positions, n.id) ?? { x: n.x, y: n.y },
          draggable: !ghosts.has(n.id) && !viewingSimulation,
          vacant: getOwn(org.units, n.id)?.leadId === null,
          ghost: ghosts.has(n.id),
        })),
      ),
    [cache, layout, positions, org, ghosts, viewingSimulation],
  );
  const nodes = restingNodes;
  const dragged = drag ? restingNodes.find((n) => n.id === drag.id) : undefined;
  const grid = useMemo(() => buildGridIndex(restingNodes), [restingNodes]);
  const minZoom = useMemo(() => {
    let width = 0;
    let height = 0;
    for (const n of restingNodes) {
      width = Math.max(width, n.position.x + (n.width ?? 0));
      height = Math.max(height, n.position.y + (n.height ?? 0));
    }
    return minZoomFor({ width, height }, pane);
  }, [restingNodes, pane]);

  const edges = useMemo<Edge[]>(() => {
    const reporting: Edge[] = layout.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      targetHandle: e.targetSide,
      type: 'smoothstep',
      selectable: false,
      ...(ghosts.has(e.source) || ghosts.has(e.target) ? { className: 'edge--ghost' } : {}),
    }));
    if (!showDotted) return edgeCache.build(reporting);
    // Dotted lines run from the unit the matrix manager leads (or sits in) to the person's unit.
    const visible = new Set(layout.nodes.map((n) => n.id));
    const dotted: Edge[] = [];
    for (const [managerId, personId] of dottedPairsOf(org.people)) {
      const source = index.placement.get(managerId)?.unitId;
      const target = index.placement.get(personId)?.unitId;
      if (!source || !target || source === target || !visible.has(source) || !visible.has(target)) continue;
      dotted.push({ id: `dotted:${managerId}->${personId}`, source, target, targetHandle: 'top', type: 'default', className: 'edge--dotted', selectable: false });
    }
    return edgeCache.build([...reporting, ...dotted]);
  }, [edgeCache, layout, ghosts, org, index, showDotted]);

  const onNodeClick = useCallback((_: unknown, node: Node) => selectUnit(node.id as UnitId), [selectUnit]);
  const onPaneClick = useCallback(() => selectUnit(null), [selectUnit]);

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    for (const c of changes) if (c.type === 'position' && c.position && c.dragging) setDrag({ id: c.id, position: c.position });
  }, []);

  /** The unit under the dragged one (most overlap, from the grid index), and whether it may become its parent. */
  const targetUnder = useCallback(
    (node: Node) => {
      const real = useStore.getState().scenario.org;
      const rect = { x: node.position.x, y: node.position.y, width: node.width ?? node.measured?.width ?? 0, height: node.height ?? node.measured?.height ?? 0 };
      const targetId = grid.mostOverlapping(rect, node.id, (id) => !ghosts.has(id) && !!getOwn(real.units, id));
      if (!targetId) return null;
      const id = node.id as UnitId;
      const name = (u: UnitId) => getOwn(real.units, u)?.name ?? u;
      if (isSelfOrDescendant(real, id, targetId)) return { id: targetId, allowed: false, why: `Can't move “${name(id)}” under “${name(targetId)}”: “${name(targetId)}” is inside “${name(id)}”, that would make a cycle.` };
      return { id: targetId, allowed: true, why: null };
    },
    [grid, ghosts],
  );

  const onNodeDrag = useCallback(
    (_: unknown, node: Node) => {
      // Every node component listens to the store: tell it only when the target (or its verdict) changes.
      const state = useStore.getState();
      const target = targetUnder(node);
      const now = state.dropTarget;
      if (now?.id !== target?.id || now?.allowed !== target?.allowed) state.setDropTarget(target);
    },
    [targetUnder],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, node: Node) => {
      const state = useStore.getState();
      const target = targetUnder(node);
      state.setDropTarget(null);
      setDrag(null);
      const id = node.id as UnitId;
      if (!target) {
        editView((view) => setPosition(view, id, node.position));
        return;
      }
      if (!target.allowed) {
        state.showNotice(target.why);
        return;
      }
      const org = state.scenario.org;
      const moved = moveUnit(org, id, target.id);
      if (!moved.ok) return state.showNotice(moved.error.message);
      // One step: the new parent, and the moved unit back in the automatic layout under it.
      state.setScenario({ ...state.scenario, org: moved.value, view: clearPositions(state.scenario.view, [id]) });
      state.showNotice(`${getOwn(org.units, id)?.name} now reports to ${getOwn(org.units, target.id)?.name}.`);
    },
    [targetUnder],
  );

  return (
    <div className="canvas" data-testid="canvas">
      <DetailContext.Provider value={detail}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          onNodesChange={onNodesChange}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onlyRenderVisibleElements
          nodesConnectable={false}
          elementsSelectable={false}
          nodeDragThreshold={4}
          fitView
          fitViewOptions={{ padding: 0.08, maxZoom: 1.1 }}
          minZoom={minZoom}
          maxZoom={2}
        >
          <Background gap={24} color="#e3e6ec" />
          <Controls showInteractive={false} />
          {showMinimap && <ChartMinimap nodes={restingNodes} color={heatColorOf ? (node: UnitFlowNode) => heatColorOf(node.id) : minimapColor} />}
          {drag && dragged && <DragGhost drag={drag} name={org.units[drag.id as UnitId]?.name ?? ''} width={dragged.width ?? 0} height={dragged.height ?? 0} />}
          <ViewportRequests />
          <Legend />
        </ReactFlow>
      </DetailContext.Provider>
    </div>
  );
}

export function OrgCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}

/**
 * The org chart: React Flow nodes and edges derived from the org's layout, never a second copy of it.
 * Dragging a unit is useUnitDrag's (with DragGhost); where the view looks is ViewportRequests'.
 */
import {
  Background,
  ControlButton,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useStore as useFlowStore,
  type Edge,
  type Node,
  type ReactFlowState,
} from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useState } from 'react';
import { dottedEdges, getOwn, pinnedPosition, type UnitId } from '../../../shared';
import { layoutOf, selectCollapsed, selectDisplay, selectViewingSimulation } from '../store/selectors';
import { useStore, type Store } from '../store/store';
import { BoxCanvas } from './BoxCanvas';
import { CANVAS_BOXES_FROM } from './boxCanvas';
import { ChartMinimap } from './ChartMinimap';
import { DragGhost, DropHint } from './DragGhost';
import { Legend } from './Legend';
import { selectMinimapHeat } from './heat';
import { buildGridIndex, createEdgeCache, createNodeCache, type UnitFlowNode } from './nodeCache';
import { DetailContext } from './detailContext';
import { selectDetail, UnitNode, type UnitNodeData } from './UnitNode';
import { useUnitDrag } from './useUnitDrag';
import { ViewportRequests } from './ViewportRequests';

const nodeTypes = { unit: UnitNode };
/** The canvas paints a big chart's lines at the plain-box level: React Flow would only work out, per pan step, that it hides them. */
const NO_EDGES: Edge[] = [];
const selectPositions = (s: Store) => s.scenario.view.positions;
const selectSelectUnit = (s: Store) => s.selectUnit;
const selectShowDotted = (s: Store) => s.showDottedLines;
const minimapColor = (node: Node): string => {
  const data = node.data as UnitNodeData;
  return data.ghost ? '#9b7ede' : data.vacant ? '#e5484d' : '#5b6b8c';
};

/** The smallest zoom allowed: the whole chart fitted to the window, but never below 0.05 nor above 0.5 (so one can always step back). */
function minZoomFor(bounds: { width: number; height: number }, pane: { width: number; height: number }): number {
  if (bounds.width <= 0 || bounds.height <= 0 || pane.width <= 0 || pane.height <= 0) return 0.05;
  // 0.8: below the zoom a fit picks with its padding and clear of the legend and the minimap (fitBoxes keeps 0.9 or
  // more of the whole pane's fit for a chart of any shape, as they sit in corners a tree leaves mostly empty).
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
  const [cache] = useState(createNodeCache);
  const [edgeCache] = useState(createEdgeCache);

  // Where every unit sits when nothing is being dragged: stable objects, rebuilt only for units that changed.
  const restingNodes = useMemo<UnitFlowNode[]>(
    () =>
      cache.build(
        layout.nodes.map((n) => ({
          laid: n,
          position: pinnedPosition(positions, n),
          draggable: !ghosts.has(n.id) && !viewingSimulation,
          vacant: getOwn(org.units, n.id)?.leadId === null,
          ghost: ghosts.has(n.id),
        })),
      ),
    [cache, layout, positions, org, ghosts, viewingSimulation],
  );
  // A big chart zoomed out (simplified cards, plain boxes) is painted on one canvas (BoxCanvas): React Flow keeps its nodes, hidden,
  // so it still knows where each unit is (fit, focus, pan into view), and draws none of them nor their edges.
  const paintBoxes = detail !== 'full' && restingNodes.length >= CANVAS_BOXES_FROM;
  const nodes = useMemo(() => (paintBoxes ? restingNodes.map((n) => ({ ...n, hidden: true })) : restingNodes), [paintBoxes, restingNodes]);
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
    const dotted: Edge[] = dottedEdges(org, (id) => visible.has(id), index).map(({ id, source, target }) => ({
      id,
      source,
      target,
      targetHandle: 'top',
      type: 'default',
      className: 'edge--dotted',
      selectable: false,
    }));
    return edgeCache.build([...reporting, ...dotted]);
  }, [edgeCache, layout, ghosts, org, index, showDotted]);

  const onNodeClick = useCallback((_: unknown, node: Node) => selectUnit(node.id as UnitId), [selectUnit]);
  const onPaneClick = useCallback(() => selectUnit(null), [selectUnit]);

  const { drag, onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop } = useUnitDrag(grid, ghosts);
  const boxDrag = useMemo(() => ({ onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop }), [onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop]);
  const dragged = drag ? restingNodes.find((n) => n.id === drag.id) : undefined;
  const nameOf = useCallback((id: UnitId) => getOwn(org.units, id)?.name ?? id, [org]);
  const fitAll = useCallback(() => useStore.getState().requestFit(), []);

  return (
    <div className="canvas" data-testid="canvas">
      <DetailContext.Provider value={detail}>
        <ReactFlow
          nodes={nodes}
          edges={paintBoxes ? NO_EDGES : edges}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          onNodesChange={onNodesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onlyRenderVisibleElements
          nodesConnectable={false}
          elementsSelectable={false}
          nodeDragThreshold={4}
          minZoom={minZoom}
          maxZoom={2}
        >
          <Background gap={24} color="#e3e6ec" />
          {paintBoxes && <BoxCanvas detail={detail} nodes={restingNodes} edges={edges} drag={boxDrag} onSelect={selectUnit} />}
          <Controls showInteractive={false} showFitView={false}>
            {/* React Flow's own fit doesn't know the legend and the minimap float over the chart: ours does. */}
            <ControlButton className="react-flow__controls-fitview" onClick={fitAll} title="Fit View" aria-label="Fit View">
              <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
                <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
              </svg>
            </ControlButton>
          </Controls>
          {showMinimap && <ChartMinimap nodes={restingNodes} color={heatColorOf ? (node: UnitFlowNode) => heatColorOf(node.id) : minimapColor} />}
          {drag && dragged && <DragGhost drag={drag} node={dragged} name={nameOf(drag.id)} nodes={restingNodes} index={index} />}
          {drag && dragged && <DropHint drag={drag} height={dragged.height ?? 0} names={nameOf} />}
          <ViewportRequests minZoom={minZoom} />
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

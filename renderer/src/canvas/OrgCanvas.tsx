/** The org chart: React Flow nodes and edges derived from the org's layout, never a second copy of it. */
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo } from 'react';
import type { UnitId } from '../../../shared';
import { layoutOf, selectCollapsed, selectDisplay, selectFitRequest } from '../store/selectors';
import { useStore } from '../store/store';
import { Legend } from './Legend';
import { UnitNode, type UnitNodeData } from './UnitNode';

const nodeTypes = { unit: UnitNode };
const selectPositions = (s: ReturnType<typeof useStore.getState>) => s.scenario.view.positions;
const selectSelectUnit = (s: ReturnType<typeof useStore.getState>) => s.selectUnit;
const minimapColor = (node: Node): string => {
  const data = node.data as UnitNodeData & { vacant?: boolean; ghost?: boolean };
  return data.ghost ? '#9b7ede' : data.vacant ? '#e5484d' : '#5b6b8c';
};

function FitOnRequest() {
  const fitRequest = useStore(selectFitRequest);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (fitRequest > 0) void fitView({ padding: 0.08, duration: 200 });
  }, [fitRequest, fitView]);
  return null;
}

function Canvas() {
  const { org, ghosts } = useStore(selectDisplay);
  const collapsed = useStore(selectCollapsed);
  const positions = useStore(selectPositions);
  const selectUnit = useStore(selectSelectUnit);
  const layout = layoutOf(org, collapsed);

  const nodes = useMemo<Node<UnitNodeData>[]>(
    () =>
      layout.nodes.map((n) => ({
        id: n.id,
        type: 'unit',
        position: positions[n.id] ?? { x: n.x, y: n.y },
        width: n.width,
        height: n.height,
        data: { hiddenUnits: n.hiddenUnits, hiddenPeople: n.hiddenPeople, vacant: org.units[n.id]?.leadId === null, ghost: ghosts.has(n.id) },
      })),
    [layout, positions, org, ghosts],
  );
  const edges = useMemo<Edge[]>(
    () =>
      layout.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        targetHandle: e.targetSide,
        type: 'smoothstep',
        selectable: false,
        ...(ghosts.has(e.source) || ghosts.has(e.target) ? { className: 'edge--ghost' } : {}),
      })),
    [layout, ghosts],
  );

  const onNodeClick = useCallback((_: unknown, node: Node) => selectUnit(node.id as UnitId), [selectUnit]);
  const onPaneClick = useCallback(() => selectUnit(null), [selectUnit]);

  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        onlyRenderVisibleElements
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        fitView
        fitViewOptions={{ padding: 0.08 }}
        minZoom={0.05}
        maxZoom={2}
      >
        <Background gap={24} color="#e3e6ec" />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} />
        <FitOnRequest />
        <Legend />
      </ReactFlow>
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

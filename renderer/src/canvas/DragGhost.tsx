/**
 * What follows the pointer while a unit is dragged: the unit's card and the boxes of the subtree it carries,
 * drawn above every node and edge; and, next to it, what a drop there would do — the core's reason when the
 * unit under it is refused, so the user reads why before letting go.
 */
import { ViewportPortal, useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { shallow } from 'zustand/shallow';
import { subtreeUnitIds, type TreeIndex, type UnitId } from '../../../shared';
import { useStore, type Store } from '../store/store';
import type { UnitFlowNode } from './nodeCache';
import type { UnitDrag } from './useUnitDrag';

/** Above React Flow's nodes (0, or 1000 and up when elevated) and edges. */
const GHOST_Z = 5000;
/** A subtree bigger than this follows as its outline only: the boxes would cost more than they tell. */
const MAX_GHOST_BOXES = 400;

const selectDropTarget = (s: Store) => s.dropTarget;
const selectTransform = (s: ReactFlowState) => s.transform;
const selectPaneSize = (s: ReactFlowState) => ({ width: s.width, height: s.height });
/** The hint's widest, and the room it needs below the card (three lines), in screen pixels. */
const HINT_WIDTH = 340;
const HINT_ROOM = 70;

interface Carried {
  readonly boxes: readonly { id: string; x: number; y: number; width: number; height: number }[];
  readonly outline: { x: number; y: number; width: number; height: number } | null;
  readonly units: number;
}

/** The dragged unit's visible subtree (itself excluded), relative to its own top-left. */
function carriedBy(id: UnitId, nodes: readonly UnitFlowNode[], index: TreeIndex): Carried {
  const root = nodes.find((n) => n.id === id);
  if (!root) return { boxes: [], outline: null, units: 0 };
  const below = new Set<string>(subtreeUnitIds(index, id).slice(1));
  const boxes = nodes
    .filter((n) => below.has(n.id))
    .map((n) => ({ id: n.id, x: n.position.x - root.position.x, y: n.position.y - root.position.y, width: n.width ?? 0, height: n.height ?? 0 }));
  if (boxes.length <= MAX_GHOST_BOXES) return { boxes, outline: null, units: below.size };
  let [minX, minY, maxX, maxY] = [0, 0, root.width ?? 0, root.height ?? 0];
  for (const b of boxes) [minX, minY, maxX, maxY] = [Math.min(minX, b.x), Math.min(minY, b.y), Math.max(maxX, b.x + b.width), Math.max(maxY, b.y + b.height)];
  return { boxes: [], outline: { x: minX, y: minY, width: maxX - minX, height: maxY - minY }, units: below.size };
}

/** The subtree's boxes: built once per drag, so a pointer move re-renders only the transform around them. */
const CarriedBoxes = memo(function CarriedBoxes({ carried }: { carried: Carried }) {
  return (
    <>
      {carried.outline && (
        <div
          className="drag-ghost__outline"
          style={{ left: carried.outline.x, top: carried.outline.y, width: carried.outline.width, height: carried.outline.height }}
        />
      )}
      {carried.boxes.map((b) => (
        <div key={b.id} className="drag-ghost__box" style={{ left: b.x, top: b.y, width: b.width, height: b.height }} />
      ))}
    </>
  );
});

export function DragGhost({
  drag,
  node,
  name,
  nodes,
  index,
}: {
  drag: UnitDrag;
  node: UnitFlowNode;
  name: string;
  nodes: readonly UnitFlowNode[];
  index: TreeIndex;
}) {
  const carried = useMemo(() => carriedBy(drag.id, nodes, index), [drag.id, nodes, index]);
  const width = node.width ?? 0;
  const height = node.height ?? 0;
  return (
    <ViewportPortal>
      <div className="drag-ghost" data-testid="drag-ghost" style={{ transform: `translate(${drag.position.x}px, ${drag.position.y}px)`, zIndex: GHOST_Z }}>
        <CarriedBoxes carried={carried} />
        <div className="unit-node drag-ghost__card" style={{ width, height }}>
          <span className="unit-node__name">{name}</span>
          {carried.units > 0 && (
            <span className="drag-ghost__carries">and {carried.units === 1 ? '1 unit' : `${carried.units.toLocaleString('en')} units`} below it</span>
          )}
        </div>
      </div>
    </ViewportPortal>
  );
}

/**
 * While the dragged unit is over another: what dropping it there does, or the core's reason it can't. Drawn in
 * screen pixels just below the dragged card (so it is readable at any zoom), near the pointer.
 */
export function DropHint({ drag, height, names }: { drag: UnitDrag; height: number; names: (id: UnitId) => string }) {
  const target = useStore(selectDropTarget);
  const [x, y, zoom] = useFlowStore(selectTransform);
  const pane = useFlowStore(selectPaneSize, shallow);
  if (!target) return null;
  // Below the card; above it when the card is near the bottom of the pane; never past the right edge.
  const left = Math.max(8, Math.min(drag.position.x * zoom + x, pane.width - HINT_WIDTH - 8));
  const below = (drag.position.y + height) * zoom + y + 8;
  const place = below + HINT_ROOM > pane.height ? { top: drag.position.y * zoom + y - 8, transform: 'translateY(-100%)' } : { top: below };
  return (
    <div
      className={`drop-hint ${target.allowed ? 'drop-hint--ok' : 'drop-hint--refused'}`}
      data-testid="drop-hint"
      data-allowed={target.allowed}
      role="tooltip"
      style={{ left, maxWidth: HINT_WIDTH, ...place }}
    >
      {target.allowed ? `Drop to make “${names(drag.id)}” report to “${names(target.id)}”.` : target.why}
    </div>
  );
}

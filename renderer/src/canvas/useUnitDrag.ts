/**
 * Dragging a unit on the canvas: drop it on another unit to make it report there, on empty canvas to pin it
 * where it is. A drag is one undo step.
 * While a unit is dragged, React Flow's nodes are left alone and a light copy of the unit and its subtree follows
 * the pointer (DragGhost): moving the node itself re-ran every node's and edge's store selector on each pointer
 * move, which at 1,600 units on screen cost hundreds of milliseconds a move. The unit under the pointer gets the
 * core's verdict (`moveUnit`, the same call the drop makes) once per target, not per pointer move, and the store
 * is told only when the target or its verdict changes, so each node re-renders at most twice per target.
 */
import type { Node, NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { clearPositions, getOwn, moveUnit, setPosition, type UnitId } from '../../../shared';
import { editView } from '../editing';
import { useStore, type Store } from '../store/store';
import type { GridIndex } from './nodeCache';

/** The unit being dragged and where its box is now (canvas coordinates). */
export interface UnitDrag {
  readonly id: UnitId;
  readonly position: XYPosition;
}

type DropTarget = NonNullable<Store['dropTarget']>;

export interface UnitDragHandlers {
  readonly drag: UnitDrag | null;
  readonly onNodesChange: (changes: NodeChange[]) => void;
  readonly onNodeDragStart: (event: unknown, node: Node) => void;
  readonly onNodeDrag: (event: unknown, node: Node) => void;
  readonly onNodeDragStop: (event: unknown, node: Node) => void;
}

/** The drag handlers for React Flow, given where the resting nodes are (`grid`) and which units are forecast ghosts. */
export function useUnitDrag(grid: GridIndex, ghosts: ReadonlyMap<UnitId, unknown>): UnitDragHandlers {
  const [drag, setDrag] = useState<UnitDrag | null>(null);
  // The core's verdict for each target this drag has been over, keyed by "unit>target".
  const verdicts = useRef(new Map<string, DropTarget>());

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    for (const c of changes) if (c.type === 'position' && c.position && c.dragging) setDrag({ id: c.id as UnitId, position: c.position });
  }, []);

  // The move that takes the pointer past the drag threshold starts the drag without moving the node (React Flow
  // measures the drag from there): show the copy at once, where the unit is, so that move is drawn too.
  const onNodeDragStart = useCallback((_: unknown, node: Node) => setDrag({ id: node.id as UnitId, position: node.position }), []);

  /** The unit under the dragged one (most overlap, from the grid index), and whether the core lets it become its parent. */
  const targetUnder = useCallback(
    (node: Node): DropTarget | null => {
      const real = useStore.getState().scenario.org;
      const rect = {
        x: node.position.x,
        y: node.position.y,
        width: node.width ?? node.measured?.width ?? 0,
        height: node.height ?? node.measured?.height ?? 0,
      };
      const targetId = grid.mostOverlapping(rect, node.id, (id) => !ghosts.has(id) && !!getOwn(real.units, id));
      if (!targetId) return null;
      const key = `${node.id}>${targetId}`;
      let verdict = verdicts.current.get(key);
      if (!verdict) {
        const moved = moveUnit(real, node.id as UnitId, targetId);
        verdict = moved.ok ? { id: targetId, allowed: true, why: null } : { id: targetId, allowed: false, why: moved.error.message };
        verdicts.current.set(key, verdict);
      }
      return verdict;
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
      verdicts.current.clear();
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

  return { drag, onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop };
}

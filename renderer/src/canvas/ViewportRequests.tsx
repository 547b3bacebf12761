/**
 * What moves the canvas's viewport besides the user: fitting the chart (at start, after open, import, new, a
 * re-layout, "focus on this subtree"), centring a unit (search, keyboard), and keeping the selected unit in view
 * when the pane shrinks (the side panel or the timeline opens) or the selection changes. Every one of them keeps
 * clear of what floats over the chart (the legend, the minimap, the zoom controls): see viewport.ts.
 */
import { useReactFlow, useStore as useFlowStore, type Node, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import type { UnitId } from '../../../shared';
import { selectDisplay, selectFitRequest } from '../store/selectors';
import { useStore, type Store } from '../store/store';
import { fitBoxes, panIntoView, registerViewportProbe, type Rect } from './viewport';

const selectCenterRequest = (s: Store) => s.centerRequest;
const selectSelected = (s: Store) => s.selectedUnitId;
const selectForecastReady = (s: Store) => selectDisplay(s).forecastReady;
const selectPaneSize = (s: ReactFlowState) => ({ width: s.width, height: s.height });

/** Room kept around a fitted chart and around a unit brought into view, in screen pixels. */
const FIT_PADDING = 16;
/** Around a fitted part of the chart: a share of the pane's smaller side. */
const SUBSET_PADDING = 0.08;
const KEEP_MARGIN = 16;
const FIT_MAX_ZOOM = 1.1;

/** The pane element, and what floats over it (React Flow panels: legend, minimap, controls) in pane pixels. */
function measurePane(): { pane: HTMLElement; width: number; height: number; overlays: Rect[] } | null {
  const pane = document.querySelector<HTMLElement>('[data-testid="canvas"] .react-flow');
  if (!pane) return null;
  const box = pane.getBoundingClientRect();
  const overlays: Rect[] = [];
  for (const panel of pane.querySelectorAll<HTMLElement>('.react-flow__panel')) {
    const r = panel.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) overlays.push({ x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height });
  }
  return { pane, width: box.width, height: box.height, overlays };
}

/** The top unit's centre x (the first of the highest nodes): what stays on screen when a chart can't fit. */
function topCentreX(nodes: readonly Node[]): number {
  let top = nodes[0]!;
  for (const n of nodes) if (n.position.y < top.position.y) top = n;
  return top.position.x + (top.width ?? 0) / 2;
}

function ViewportRequestsComponent({ minZoom }: { minZoom: number }) {
  const fitRequest = useStore(selectFitRequest);
  const center = useStore(selectCenterRequest);
  const selected = useStore(selectSelected);
  const forecastReady = useStore(selectForecastReady);
  const paneSize = useFlowStore(selectPaneSize, shallow);
  const { getNode, getNodes, setCenter, getZoom, getViewport, setViewport } = useReactFlow();
  // While true, the chart is fitted again when the forecast comes in (from a worker, for a big org: its ghosts add
  // boxes after the chart was fitted): from a fit of the whole chart until the user pans, zooms, clicks or selects.
  const autoFit = useRef(false);
  const minZoomRef = useRef(minZoom);
  useLayoutEffect(() => {
    minZoomRef.current = minZoom;
  }, [minZoom]);

  useEffect(
    () =>
      registerViewportProbe(() => {
        const measured = measurePane();
        if (!measured) return null;
        const { x, y, zoom } = getViewport();
        return { x: -x / zoom, y: -y / zoom, width: measured.width / zoom, height: measured.height / zoom };
      }),
    [getViewport],
  );

  /** Fit the chart (or the units `only`) into the part of the pane no overlay covers. */
  const fit = useCallback(
    (only: readonly UnitId[] | null, duration: number) => {
      const measured = measurePane();
      if (!measured || measured.width === 0 || measured.height === 0) return;
      const ids = only ? new Set<string>(only) : null;
      const shown = ids ? getNodes().filter((n) => ids.has(n.id)) : getNodes();
      if (shown.length === 0) return;
      const boxes = shown.map((n) => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }));
      // A part of the chart (a focused subtree) keeps more room around it, so what sits beside it shows at the edges.
      const padding = only ? Math.max(FIT_PADDING, SUBSET_PADDING * Math.min(measured.width, measured.height)) : FIT_PADDING;
      const viewport = fitBoxes(boxes, measured, measured.overlays, {
        padding,
        minZoom: minZoomRef.current,
        maxZoom: FIT_MAX_ZOOM,
        anchorX: topCentreX(shown),
      });
      void setViewport(viewport, duration > 0 ? { duration } : undefined);
    },
    [getNodes, setViewport],
  );

  // Any pan, zoom or click of the user's own ends the automatic re-fit.
  useEffect(() => {
    const pane = measurePane()?.pane;
    if (!pane) return;
    const stop = () => void (autoFit.current = false);
    pane.addEventListener('pointerdown', stop, true);
    pane.addEventListener('wheel', stop, { capture: true, passive: true });
    return () => {
      pane.removeEventListener('pointerdown', stop, true);
      pane.removeEventListener('wheel', stop, true);
    };
  }, []);

  // The first fit, as soon as the pane has a size and before it is painted (no frame of the chart at zoom 1).
  const fittedOnce = useRef(false);
  const hasSize = paneSize.width > 0 && paneSize.height > 0;
  useLayoutEffect(() => {
    if (fittedOnce.current || !hasSize) return;
    fittedOnce.current = true;
    autoFit.current = true;
    fit(null, 0);
  }, [hasSize, fit]);
  // The fits asked for wait a frame, so the nodes of an org just opened (and a legend just shown) have reached
  // React Flow and the page.

  useEffect(() => {
    if (fitRequest === 0) return;
    const units = useStore.getState().fitUnits;
    autoFit.current = units === null;
    const id = requestAnimationFrame(() => fit(units, 250));
    return () => cancelAnimationFrame(id);
  }, [fitRequest, fit]);
  useEffect(() => {
    if (!autoFit.current || !forecastReady) return;
    const id = requestAnimationFrame(() => fit(null, 0));
    return () => cancelAnimationFrame(id);
  }, [forecastReady, fit]);

  // Centring a unit (search, keyboard) — the keep-in-view below then has nothing to do for it.
  const centred = useRef<typeof center>(null);
  useEffect(() => {
    if (!center) return;
    // The node may appear only after its ancestors expand: wait a frame for React Flow to know it.
    const id = requestAnimationFrame(() => {
      const node = getNode(center.id);
      if (node)
        void setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom: Math.max(getZoom(), 0.9), duration: 250 });
    });
    return () => cancelAnimationFrame(id);
  }, [center, getNode, setCenter, getZoom]);

  /** Pan the least that brings the selected unit whole into the part of the pane nothing covers. */
  const keepInView = useCallback(
    (duration: number) => {
      const id = useStore.getState().selectedUnitId;
      const node = id === null ? undefined : getNode(id);
      const measured = measurePane();
      if (!node || !measured || measured.width === 0) return;
      const rect = { x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0 };
      const next = panIntoView(rect, getViewport(), measured, measured.overlays, KEEP_MARGIN);
      if (next) void setViewport(next, duration > 0 ? { duration } : undefined);
    },
    [getNode, getViewport, setViewport],
  );

  // A new selection: into view (unless a centring request brought it there in the same step).
  useEffect(() => {
    autoFit.current = false;
    if (selected === null) return;
    if (center && center.id === selected && centred.current !== center) {
      centred.current = center;
      return;
    }
    const id = requestAnimationFrame(() => keepInView(200));
    return () => cancelAnimationFrame(id);
    // Only a change of selection moves the view here (`center` is read, not followed: its changes are handled above).
    // oxlint-disable-next-line react-hooks/exhaustive-deps, react/exhaustive-effect-dependencies
  }, [selected, keepInView]);

  // The pane changed size (the side panel or the timeline opened or closed, the window was resized): React Flow
  // keeps the top-left corner where it was, so a unit on the right or at the bottom would end up out of sight.
  // At once, before the frame is painted, so the unit never blinks out.
  // (The zoom stays: a chart fitted before the timeline opened is not shrunk to fit above it.)
  useLayoutEffect(() => {
    if (!hasSize || !fittedOnce.current) return;
    keepInView(0);
    // The pane's size is what this follows; keepInView measures the pane itself.
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [paneSize.width, paneSize.height, hasSize, keepInView]);

  return null;
}

/** Memoized: the canvas re-renders on every drag frame, this only when its props change. */
export const ViewportRequests = memo(ViewportRequestsComponent);

/** Lets commands outside React read what part of the chart is on screen (for "export the current view"). */
export interface VisibleRegion {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

let probe: (() => VisibleRegion | null) | null = null;

/** The canvas registers how to read its visible region; returns the unregister. */
export function registerViewportProbe(read: () => VisibleRegion | null): () => void {
  probe = read;
  return () => {
    if (probe === read) probe = null;
  };
}

/** The chart region on screen, in canvas coordinates, or null when no canvas is mounted. */
export function visibleRegion(): VisibleRegion | null {
  return probe ? probe() : null;
}

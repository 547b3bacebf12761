/**
 * A dialog opened from outside React (a command, a menu item, another panel). `open(payload)` stores the request
 * and bumps a counter; the dialog renders `request.payload` keyed by `request.n`, so each opening starts with
 * fresh state and nothing is assigned to module variables while rendering.
 */
import { create } from 'zustand';

export interface OpenRequest<P> {
  /** Bumped by every `open`, to key the dialog's body. */
  readonly n: number;
  /** What the dialog was opened with; null while it is closed. */
  readonly payload: P | null;
}

export interface Opener<P> {
  open(payload: P): void;
  /** Change what the open dialog shows without starting it afresh. */
  update(payload: P): void;
  close(): void;
  isOpen(): boolean;
  /** The current request, as a React hook. */
  useRequest(): OpenRequest<P>;
}

export function createOpener<P>(): Opener<P> {
  const store = create<OpenRequest<P>>(() => ({ n: 0, payload: null }));
  return {
    open: (payload) => store.setState((s) => ({ n: s.n + 1, payload })),
    update: (payload) => store.setState({ payload }),
    close: () => store.setState({ payload: null }),
    isOpen: () => store.getState().payload !== null,
    useRequest: () => store(),
  };
}

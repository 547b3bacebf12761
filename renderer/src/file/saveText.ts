/**
 * A document's file text for Save, the JSON export and the recovery copy: at once when it is small; in slices
 * when it is big (the window keeps painting and answering), with a "Saving plan.orgsim.json… 40%" note and
 * Cancel. The note's state lives in a small store of its own; `SavingStatus` shows it.
 */
import { create } from 'zustand';
import { SaveAborted, serializeScenarioSliced, type Scenario } from '../../../shared';

/** Documents of more people than this (all variants together) are written in slices. */
export const SLICE_ABOVE_PEOPLE = 5_000;

export interface Saving {
  /** What the note says is happening: `Saving` or `Exporting`. */
  readonly verb: string;
  readonly name: string;
  /** How far, 0 to 1. */
  readonly progress: number;
}

export const useSaving = create<{ saving: Saving | null }>(() => ({ saving: null }));

let current: AbortController | null = null;

/** Stop the save or export in progress: nothing is written, the document stays as it is (dirty). */
export function cancelSaving(): void {
  current?.abort();
}

/**
 * `serializeScenario(scenario)`, sliced when the document is big. With a `note` the "Saving…" note shows and its
 * Cancel stops the writing (→ null); without one it runs quietly (the recovery copy), stopped only by `signal`.
 */
export async function fileText(
  scenario: Scenario,
  note: { readonly verb: string; readonly name: string } | null,
  { signal, threshold = SLICE_ABOVE_PEOPLE }: { readonly signal?: AbortSignal; readonly threshold?: number } = {},
): Promise<string | null> {
  const own = new AbortController();
  const stop = () => own.abort();
  signal?.addEventListener('abort', stop);
  let shown = -1;
  try {
    // A small document is written at once (the same as `serializeScenario`); a big one reports after its first slice,
    // and the note shows from then on.
    return await serializeScenarioSliced(scenario, {
      wholeUpTo: threshold,
      signal: own.signal,
      onProgress: (progress) => {
        if (!note || progress >= 1) return;
        if (shown < 0) current = own;
        // The note changes only when its whole percentage does.
        if (current !== own || Math.floor(progress * 100) === Math.floor(shown * 100)) return;
        shown = progress;
        useSaving.setState({ saving: { ...note, progress } });
      },
    });
  } catch (e) {
    if (e instanceof SaveAborted) return null;
    throw e;
  } finally {
    signal?.removeEventListener('abort', stop);
    if (current === own) {
      current = null;
      useSaving.setState({ saving: null });
    }
  }
}

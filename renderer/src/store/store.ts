/**
 * The one store, built from typed slices. The document slice holds the truth (the scenario); everything
 * the canvas shows is derived from it. Undo history (zundo) covers the document only, not the view or the ui.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { sampleScenario, type FileProblem, type Scenario, type UnitId } from '../../../shared';

export interface DocumentSlice {
  readonly scenario: Scenario;
  /** Where the document lives on disk (desktop) or its name (browser); null until saved or opened. */
  readonly filePath: string | null;
  readonly fileName: string | null;
  /** The scenario as last saved or opened. Edits replace the scenario, so "unsaved changes" is a reference check. */
  readonly savedScenario: Scenario;
  newDocument(): void;
  openScenario(scenario: Scenario, filePath: string, fileName: string): void;
  markSaved(filePath: string, fileName: string, saved: Scenario): void;
  /** Replace the scenario after an edit (edits are pure functions from shared/); one undo step. */
  setScenario(scenario: Scenario): void;
}

export type PanelTab = 'details' | 'policy' | 'health';

export interface ViewSlice {
  readonly selectedUnitId: UnitId | null;
  /** Bumped when the canvas should fit the whole chart (after open or new). */
  readonly fitRequest: number;
  /** Draw the forecast (emergent nodes, badges) on the chart. */
  readonly showForecast: boolean;
  /** Draw dotted-line (matrix) reporting as dashed edges. */
  readonly showDottedLines: boolean;
  /** The unit the canvas should centre on next, with a counter so the same unit can be asked twice. */
  readonly centerRequest: { readonly id: UnitId; readonly n: number } | null;
  /** While dragging a unit: the unit under it and whether dropping there is allowed. */
  readonly dropTarget: { readonly id: UnitId; readonly allowed: boolean; readonly why: string | null } | null;
  readonly searchOpen: boolean;
  readonly panel: PanelTab | null;
  selectUnit(id: UnitId | null): void;
  requestFit(): void;
  toggleForecast(): void;
  toggleDottedLines(): void;
  requestCenter(id: UnitId): void;
  setDropTarget(target: ViewSlice['dropTarget']): void;
  openSearch(open: boolean): void;
  openPanel(tab: PanelTab | null): void;
}

export interface ProblemsReport {
  readonly title: string;
  readonly fileName: string;
  readonly problems: readonly FileProblem[];
}

export interface UiSlice {
  readonly problems: ProblemsReport | null;
  readonly notice: string | null;
  showProblems(report: ProblemsReport | null): void;
  showNotice(text: string | null): void;
}

export type Store = DocumentSlice & ViewSlice & UiSlice;

type Set = (partial: Partial<Store>) => void;

const documentSlice = (set: Set, clearHistory: () => void): DocumentSlice => {
  const initial = sampleScenario();
  return {
    scenario: initial,
    filePath: null,
    fileName: null,
    savedScenario: initial,
    newDocument: () => {
      const scenario = sampleScenario();
      set({ scenario, filePath: null, fileName: null, savedScenario: scenario, selectedUnitId: null });
      clearHistory();
    },
    openScenario: (scenario, filePath, fileName) => {
      set({ scenario, filePath, fileName, savedScenario: scenario, selectedUnitId: null });
      clearHistory();
    },
    markSaved: (filePath, fileName, saved) => set({ filePath, fileName, savedScenario: saved }),
    setScenario: (scenario) => set({ scenario }),
  };
};

const viewSlice = (set: Set, get: () => Store): ViewSlice => ({
  selectedUnitId: null,
  fitRequest: 0,
  showForecast: true,
  showDottedLines: true,
  centerRequest: null,
  dropTarget: null,
  searchOpen: false,
  panel: null,
  selectUnit: (id) => set(id === null ? { selectedUnitId: null, panel: get().panel === 'details' ? null : get().panel } : { selectedUnitId: id, panel: 'details' }),
  requestFit: () => set({ fitRequest: get().fitRequest + 1 }),
  toggleForecast: () => set({ showForecast: !get().showForecast }),
  toggleDottedLines: () => set({ showDottedLines: !get().showDottedLines }),
  requestCenter: (id) => set({ centerRequest: { id, n: (get().centerRequest?.n ?? 0) + 1 } }),
  setDropTarget: (dropTarget) => set({ dropTarget }),
  openSearch: (searchOpen) => set({ searchOpen }),
  openPanel: (panel) => set({ panel }),
});

const uiSlice = (set: Set): UiSlice => ({
  problems: null,
  notice: null,
  showProblems: (problems) => set({ problems }),
  showNotice: (notice) => set({ notice }),
});

export const useStore = create<Store>()(
  temporal(
    (set, get) => ({
      ...documentSlice(set, () => useStore.temporal.getState().clear()),
      ...viewSlice(set, get),
      ...uiSlice(set),
    }),
    {
      // History holds the document only; a step is recorded only when the scenario itself changed.
      partialize: (s) => ({ scenario: s.scenario }),
      equality: (past, current) => past.scenario === current.scenario,
      limit: 200,
    },
  ),
);

/** Undo the last document edit, if any. */
export const undo = (): void => useStore.temporal.getState().undo();
/** Redo the last undone edit, if any. */
export const redo = (): void => useStore.temporal.getState().redo();

/**
 * The one store, built from typed slices. The document slice holds the truth (the scenario); everything
 * the canvas shows is derived from it. The view and ui slices hold what is not part of the document.
 */
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
  /** Replace the scenario after an edit (edits are pure functions from shared/). */
  setScenario(scenario: Scenario): void;
}

export interface ViewSlice {
  readonly selectedUnitId: UnitId | null;
  /** Bumped when the canvas should fit the whole chart (after open or new). */
  readonly fitRequest: number;
  selectUnit(id: UnitId | null): void;
  requestFit(): void;
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

const documentSlice = (set: Set): DocumentSlice => {
  const initial = sampleScenario();
  return {
    scenario: initial,
    filePath: null,
    fileName: null,
    savedScenario: initial,
    newDocument: () => {
      const scenario = sampleScenario();
      set({ scenario, filePath: null, fileName: null, savedScenario: scenario, selectedUnitId: null });
    },
    openScenario: (scenario, filePath, fileName) => set({ scenario, filePath, fileName, savedScenario: scenario, selectedUnitId: null }),
    markSaved: (filePath, fileName, saved) => set({ filePath, fileName, savedScenario: saved }),
    setScenario: (scenario) => set({ scenario }),
  };
};

const viewSlice = (set: Set, get: () => Store): ViewSlice => ({
  selectedUnitId: null,
  fitRequest: 0,
  selectUnit: (id) => set({ selectedUnitId: id }),
  requestFit: () => set({ fitRequest: get().fitRequest + 1 }),
});

const uiSlice = (set: Set): UiSlice => ({
  problems: null,
  notice: null,
  showProblems: (problems) => set({ problems }),
  showNotice: (notice) => set({ notice }),
});

export const useStore = create<Store>()((set, get) => ({
  ...documentSlice(set),
  ...viewSlice(set, get),
  ...uiSlice(set),
}));

/**
 * The one store, built from typed slices. The document slice holds the truth (the scenario); everything
 * the canvas shows is derived from it. The view and ui slices hold what is not part of the document.
 */
import { create } from 'zustand';
import { sampleScenario, serializeScenario, type FileProblem, type Scenario, type UnitId } from '../../../shared';

export interface DocumentSlice {
  readonly scenario: Scenario;
  /** Where the document lives on disk (desktop) or its name (browser); null until saved or opened. */
  readonly filePath: string | null;
  readonly fileName: string | null;
  /** The text last saved or opened; the document is dirty when it would serialize differently. */
  readonly savedText: string;
  newDocument(): void;
  openScenario(scenario: Scenario, filePath: string, fileName: string, text: string): void;
  markSaved(filePath: string, fileName: string, text: string): void;
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
    savedText: serializeScenario(initial),
    newDocument: () => {
      const scenario = sampleScenario();
      set({ scenario, filePath: null, fileName: null, savedText: serializeScenario(scenario), selectedUnitId: null });
    },
    openScenario: (scenario, filePath, fileName, text) => set({ scenario, filePath, fileName, savedText: text, selectedUnitId: null }),
    markSaved: (filePath, fileName, text) => set({ filePath, fileName, savedText: text }),
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

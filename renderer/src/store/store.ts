/**
 * The one store, built from typed slices. The document slice holds the truth (the scenario); everything
 * the canvas shows is derived from it. Undo history (zundo) covers the document only, not the view or the ui:
 * each change says whether it enters undo (`CaptureUpdate`, store/history.ts, which also states the dirty and
 * stale rules).
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { collapseToFit } from '../canvas/collapseToFit';
import {
  sampleScenario,
  emptyScenario,
  type FileProblem,
  type IsoDate,
  type MonteCarloResult,
  type Scenario,
  type SimulationResult,
  type UnitId,
  type ViewState,
} from '../../../shared';
import { NO_FORECASTS, type ForecastsState } from '../forecast/forecastState';
import { sameDocument, sameRunInputs, sameView, viewAfterTravel, type CaptureUpdate } from './history';

export type { CaptureUpdate } from './history';

export interface DocumentSlice {
  readonly scenario: Scenario;
  /** Where the document lives on disk (desktop) or its name (browser); null until saved or opened. */
  readonly filePath: string | null;
  readonly fileName: string | null;
  /**
   * The scenario as last saved or opened (null for an import never saved). Every change, the view's included,
   * replaces the scenario, so "unsaved changes" is a reference check: a collapsed unit is an unsaved change.
   */
  readonly savedScenario: Scenario | null;
  /** Start a new document: the bundled sample org, or an empty one (as of today). */
  newDocument(kind?: 'sample' | 'empty'): void;
  openScenario(scenario: Scenario, filePath: string | null, fileName: string): void;
  /** Start a new, unsaved document from an import. */
  adoptScenario(scenario: Scenario): void;
  markSaved(filePath: string, fileName: string, saved: Scenario): void;
  /**
   * Replace the scenario after an edit (edits are pure functions from shared/). `capture` 'immediately' (the
   * default) makes it one undo step; 'never' changes the document without one. A change of the view alone is never
   * a step, whatever `capture` says.
   */
  setScenario(scenario: Scenario, capture?: CaptureUpdate): void;
  /** Replace the view (collapsed units, pinned positions): saved in the file, so the document is dirty, but not an undo step. */
  setView(view: ViewState): void;
}

/** What the heat overview colours units by: the forecast's MoM nodes in each line, or Monte Carlo's odds. */
export type HeatBy = 'forecast' | 'monte-carlo';

export type PanelTab = 'details' | 'policy' | 'health' | 'succession';

export interface ViewSlice {
  readonly selectedUnitId: UnitId | null;
  /** Bumped when the canvas should fit the whole chart (after open or new), or the units in `fitUnits`. */
  readonly fitRequest: number;
  /** The units the next fit should frame (a focused subtree); null fits the whole chart. */
  readonly fitUnits: readonly UnitId[] | null;
  /** Draw the forecast (emergent nodes, badges) on the chart. */
  readonly showForecast: boolean;
  /** Draw dotted-line (matrix) reporting as dashed edges. */
  readonly showDottedLines: boolean;
  readonly showMinimap: boolean;
  /** Colour units by where MoM roles emerge in their line (canvas/heat.ts): by the forecast's count or by Monte Carlo's odds. */
  readonly showHeat: boolean;
  readonly heatBy: HeatBy;
  /** The unit the canvas should centre on next, with a counter so the same unit can be asked twice. */
  readonly centerRequest: { readonly id: UnitId; readonly n: number } | null;
  /** While dragging a unit: the unit under it and whether dropping there is allowed. */
  readonly dropTarget: { readonly id: UnitId; readonly allowed: boolean; readonly why: string | null } | null;
  readonly searchOpen: boolean;
  readonly panel: PanelTab | null;
  selectUnit(id: UnitId | null): void;
  /** Fit the view to the whole chart, or to the given units. */
  requestFit(units?: readonly UnitId[]): void;
  toggleForecast(): void;
  toggleDottedLines(): void;
  toggleMinimap(): void;
  toggleHeat(): void;
  setHeatBy(by: HeatBy): void;
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

/** A question with buttons (Save / Don't Save / Cancel …); `answer` receives the button's index. */
export interface Choice {
  readonly title: string;
  readonly message: string;
  readonly buttons: readonly string[];
  readonly answer: (index: number) => void;
}

export interface UiSlice {
  readonly problems: ProblemsReport | null;
  readonly notice: string | null;
  readonly choice: Choice | null;
  /** Ask a question; resolves with the index of the button chosen (the last one on Escape). */
  ask(question: Omit<Choice, 'answer'>): Promise<number>;
  showProblems(report: ProblemsReport | null): void;
  showNotice(text: string | null): void;
}

export interface SimulationState {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  readonly progress: number;
  readonly result: SimulationResult | null;
  /**
   * The scenario the result (or the running job) belongs to, carried forward to the current scenario while the
   * run's inputs stay the same (store/history.ts `sameRunInputs`): so `runOf !== scenario` says the org, policy,
   * events or run settings changed since the run, and a collapsed unit or a pinned one doesn't make it stale.
   */
  readonly runOf: Scenario | null;
  readonly problems: readonly string[];
  /** The month the canvas shows: 0 is today's org (and the only one that can be edited). */
  readonly month: number;
  readonly playing: boolean;
  /** The last Monte Carlo batch, shown beside the single run, and the scenario it (or the running batch) belongs to (carried forward like `runOf`). */
  readonly monteCarlo: MonteCarloResult | null;
  readonly monteCarloOf: Scenario | null;
}

export interface SimulationSlice {
  readonly sim: SimulationState;
  readonly timelineOpen: boolean;
  simulationStarted(of: Scenario): void;
  simulationProgress(progress: number): void;
  simulationDone(result: SimulationResult): void;
  simulationFailed(problems: readonly string[]): void;
  monteCarloStarted(of: Scenario): void;
  monteCarloDone(result: MonteCarloResult): void;
  setMonth(month: number): void;
  setPlaying(playing: boolean): void;
  toggleTimeline(): void;
}

/** Forecasts computed off the UI thread (renderer/src/forecast/): written only by forecastClient.ts. */
export interface ForecastSlice {
  readonly forecasts: ForecastsState;
}

export type Store = DocumentSlice & ViewSlice & UiSlice & SimulationSlice & ForecastSlice;

type Set = (partial: Partial<Store>) => void;

/** A run's scenario after the document became `next`: carried forward when the run's inputs didn't change. */
const carry = (of: Scenario | null, next: Scenario): Scenario | null => (of !== null && of !== next && sameRunInputs(of, next) ? next : of);

/**
 * The state for a new scenario: the scenario, and the runs that are still its runs. A scenario that shows what
 * was saved (a unit collapsed and expanded again) becomes the saved one, so the document is clean again.
 */
export function withScenario(state: Pick<Store, 'sim' | 'savedScenario'>, next: Scenario): Pick<Store, 'scenario' | 'sim'> {
  const { sim, savedScenario: saved } = state;
  const scenario = saved && next !== saved && sameDocument(next, saved) && sameView(next.view, saved.view) ? saved : next;
  const runOf = carry(sim.runOf, scenario);
  const monteCarloOf = carry(sim.monteCarloOf, scenario);
  return { scenario, sim: runOf === sim.runOf && monteCarloOf === sim.monteCarloOf ? sim : { ...sim, runOf, monteCarloOf } };
}

/** Make a change without an undo step. */
function untracked(change: () => void): void {
  const temporal = useStore.temporal.getState();
  if (!temporal.isTracking) return change();
  temporal.pause();
  try {
    change();
  } finally {
    temporal.resume();
  }
}

/** The canvas's size in pixels (the window's, before the canvas is mounted), for opening big orgs collapsed. */
function paneSize(): { width: number; height: number } {
  if (typeof document === 'undefined') return { width: 1400, height: 800 };
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  return pane && pane.width > 0 ? { width: pane.width, height: pane.height } : { width: window.innerWidth, height: window.innerHeight - 100 };
}

/**
 * A document as it opens: a big org without a saved collapsed state opens collapsed to what fits. Applying it
 * again changes nothing, so a big file is made ready off the open action's task (file/openFile.ts).
 */
export const asOpened = (scenario: Scenario): Scenario => collapseToFit(scenario, paneSize());

const documentSlice = (set: Set, get: () => Store, clearHistory: () => void): DocumentSlice => {
  const initial = sampleScenario();
  return {
    scenario: initial,
    filePath: null,
    fileName: null,
    savedScenario: initial,
    newDocument: (kind = 'sample') => {
      const scenario = asOpened(kind === 'empty' ? emptyScenario(new Date().toISOString().slice(0, 10) as IsoDate) : sampleScenario());
      set({ scenario, filePath: null, fileName: null, savedScenario: scenario, selectedUnitId: null, sim: IDLE });
      clearHistory();
    },
    openScenario: (opened, filePath, fileName) => {
      const scenario = asOpened(opened);
      set({ scenario, filePath, fileName, savedScenario: scenario, selectedUnitId: null, sim: IDLE });
      clearHistory();
    },
    adoptScenario: (adopted) => {
      const scenario = asOpened(adopted);
      set({ scenario, filePath: null, fileName: null, savedScenario: null, selectedUnitId: null, sim: IDLE });
      clearHistory();
    },
    markSaved: (filePath, fileName, saved) => set({ filePath, fileName, savedScenario: saved }),
    setScenario: (scenario, capture = 'immediately') => {
      if (scenario === get().scenario) return;
      if (capture === 'never') untracked(() => set(withScenario(get(), scenario)));
      else set(withScenario(get(), scenario));
    },
    setView: (view) => {
      const { scenario } = get();
      if (view !== scenario.view) untracked(() => set(withScenario(get(), { ...scenario, view })));
    },
  };
};

const viewSlice = (set: Set, get: () => Store): ViewSlice => ({
  selectedUnitId: null,
  fitRequest: 0,
  fitUnits: null,
  showForecast: true,
  showDottedLines: true,
  showMinimap: true,
  showHeat: false,
  heatBy: 'forecast',
  centerRequest: null,
  dropTarget: null,
  searchOpen: false,
  panel: null,
  selectUnit: (id) =>
    set(id === null ? { selectedUnitId: null, panel: get().panel === 'details' ? null : get().panel } : { selectedUnitId: id, panel: 'details' }),
  requestFit: (units) => set({ fitRequest: get().fitRequest + 1, fitUnits: units ?? null }),
  toggleForecast: () => set({ showForecast: !get().showForecast }),
  toggleDottedLines: () => set({ showDottedLines: !get().showDottedLines }),
  toggleMinimap: () => set({ showMinimap: !get().showMinimap }),
  toggleHeat: () => set({ showHeat: !get().showHeat }),
  setHeatBy: (heatBy) => set({ heatBy, showHeat: true }),
  requestCenter: (id) => set({ centerRequest: { id, n: (get().centerRequest?.n ?? 0) + 1 } }),
  setDropTarget: (dropTarget) => set({ dropTarget }),
  openSearch: (searchOpen) => set({ searchOpen }),
  openPanel: (panel) => set({ panel }),
});

const IDLE: SimulationState = {
  status: 'idle',
  progress: 0,
  result: null,
  runOf: null,
  problems: [],
  month: 0,
  playing: false,
  monteCarlo: null,
  monteCarloOf: null,
};

const simulationSlice = (set: Set, get: () => Store): SimulationSlice => ({
  sim: IDLE,
  timelineOpen: false,
  simulationStarted: (of) => set({ sim: { ...get().sim, status: 'running', progress: 0, runOf: of, problems: [], playing: false } }),
  simulationProgress: (progress) => set({ sim: { ...get().sim, progress } }),
  simulationDone: (result) => set({ sim: { ...get().sim, status: 'done', progress: 1, result, month: Math.min(get().sim.month, result.months) } }),
  simulationFailed: (problems) => set({ sim: { ...get().sim, status: 'failed', problems, playing: false } }),
  monteCarloStarted: (of) => set({ sim: { ...get().sim, status: 'running', progress: 0, monteCarloOf: of, problems: [], playing: false } }),
  monteCarloDone: (monteCarlo) => set({ sim: { ...get().sim, status: get().sim.result ? 'done' : 'idle', progress: 1, monteCarlo } }),
  setMonth: (month) => {
    const { result } = get().sim;
    set({ sim: { ...get().sim, month: Math.max(0, Math.min(month, result?.months ?? 0)) } });
  },
  setPlaying: (playing) => set({ sim: { ...get().sim, playing } }),
  toggleTimeline: () => set({ timelineOpen: !get().timelineOpen }),
});

const uiSlice = (set: Set): UiSlice => ({
  problems: null,
  notice: null,
  choice: null,
  ask: (question) =>
    new Promise((resolve) =>
      set({
        choice: {
          ...question,
          answer: (index) => {
            set({ choice: null });
            resolve(index);
          },
        },
      }),
    ),
  showProblems: (problems) => set({ problems }),
  showNotice: (notice) => set({ notice }),
});

export const useStore = create<Store>()(
  temporal(
    (set, get) => ({
      ...documentSlice(set, get, () => useStore.temporal.getState().clear()),
      ...viewSlice(set, get),
      ...uiSlice(set),
      ...simulationSlice(set, get),
      forecasts: NO_FORECASTS,
    }),
    {
      // History holds the document only; a step is recorded only when the document changed beyond its view.
      partialize: (s) => ({ scenario: s.scenario }),
      equality: (past, current) => sameDocument(past.scenario, current.scenario),
      limit: 200,
    },
  ),
);

/**
 * Step through history, keeping the view as it is (it is not history): the document steps back or forward, the
 * collapsed units and pinned positions stay, and a run of the restored inputs is current again.
 */
function travel(step: () => void): void {
  const before = useStore.getState().scenario;
  step();
  const restored = useStore.getState().scenario;
  if (restored === before) return;
  untracked(() => useStore.setState(withScenario(useStore.getState(), viewAfterTravel(before, restored))));
}

/** Undo the last document edit, if any. */
export const undo = (): void => travel(() => useStore.temporal.getState().undo());
/** Redo the last undone edit, if any. */
export const redo = (): void => travel(() => useStore.temporal.getState().redo());
/** Whether there is an edit to undo. */
export const canUndo = (): boolean => useStore.temporal.getState().pastStates.length > 0;
/** Whether there is an undone edit to redo. */
export const canRedo = (): boolean => useStore.temporal.getState().futureStates.length > 0;

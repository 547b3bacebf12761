/** The window: toolbar, metrics, canvas, side panel, dialogs. */
import { useEffect } from 'react';
import { getOwn, parseScenarioFile, serializeScenario } from '../../shared';
import { api } from './api/api';
import { OrgCanvas } from './canvas/OrgCanvas';
import { EmptyOrg } from './panels/EmptyOrg';
import { eatsArrows, handleShortcut, openDroppedFile, openRequested, runCommand } from './commands';
import { MetricsBar } from './panels/MetricsBar';
import { ProblemsDialog } from './panels/ProblemsDialog';
import { ChoiceDialog } from './panels/ChoiceDialog';
import { Drawer } from './panels/Drawer';
import { PersonPathDialog } from './panels/PersonPathDialog';
import { ForecastStatus } from './forecast/ForecastStatus';
import { OpeningStatus } from './file/OpeningStatus';
import { fileText } from './file/saveText';
import { SavingStatus } from './file/SavingStatus';
import { ImportCsvDialog } from './panels/ImportCsvDialog';
import { ReadinessReview } from './panels/ReadinessReview';
import { GenerateOrgDialog } from './panels/GenerateOrgDialog';
import { Timeline } from './timeline/Timeline';
import { SearchBox } from './panels/SearchBox';
import { navigateByKey } from './navigation';
import { Toolbar } from './panels/Toolbar';
import { selectDirty, selectDocumentName } from './store/selectors';
import { useStore } from './store/store';
import { VariantsLayer } from './variants/VariantsLayer';

/** Keep the window title ("● name — OrgSim") in step with the document. */
function useDocumentTitle(): void {
  const name = useStore(selectDocumentName);
  const dirty = useStore(selectDirty);
  useEffect(() => {
    const title = `${dirty ? '● ' : ''}${name} — OrgSim`;
    document.title = title;
    api.setDocumentState({ title, dirty });
  }, [name, dirty]);
}

function useCommands(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !useStore.getState().problems && !eatsArrows(e.target)) useStore.getState().openPanel(null);
      if (!eatsArrows(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey && navigateByKey(e.key)) {
        e.preventDefault();
        return;
      }
      // The shortcuts of the one command table (shared/commands.ts); on the desktop the native menu owns the
      // accelerators (handling them here too would run them twice), and the page only the extra keys (Ctrl+Y).
      handleShortcut(e, api.platform === 'desktop');
    };
    window.addEventListener('keydown', onKey);
    // Files dropped anywhere on the window open (a scenario) or import (a CSV), never navigate away.
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void openDroppedFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    const unsubscribe = api.onMenuCommand(runCommand);
    const unsubscribeOpen = api.onOpenRequest((file) => void openRequested(file));
    return () => {
      unsubscribeOpen();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      unsubscribe();
    };
  }, []);
}

const RECOVERY_EVERY_MS = 30_000;

/**
 * Nothing lost: while the document has unsaved changes a recovery copy is written every 30 seconds; at start a
 * copy left by a session that didn't end cleanly is offered back. Leaving with changes asks first (in the browser; on the desktop main asks, see electron/document.ts).
 */
function useRecovery(): void {
  useEffect(() => {
    let cancelled = false;
    void api.readRecovery().then(async (copy) => {
      if (cancelled || !copy) return;
      const when = new Date(copy.savedAt).toLocaleString();
      const answer = await useStore.getState().ask({
        title: 'Restore unsaved work?',
        message: `OrgSim closed without saving changes to “${copy.name}” (last kept ${when}).`,
        buttons: ['Restore', 'Discard'],
      });
      if (answer !== 0) return void api.clearRecovery();
      const parsed = parseScenarioFile(copy.text);
      if (!parsed.ok) return useStore.getState().showProblems({ title: "Can't open this file", fileName: `${copy.name} (recovered)`, problems: parsed.error });
      useStore.getState().adoptScenario(parsed.value);
      useStore.getState().showNotice(`Restored unsaved work on “${copy.name}”. Save it to keep it.`);
    });
    // Whether a recovery copy of this session's changes is on disk: undoing back to the saved state removes it,
    // so the next start doesn't offer back work that was never lost.
    let kept = false;
    // The document the copy on disk holds: an unchanged document is not written again (serializing a
    // 100,000-person org takes a second or more, and nothing would be gained).
    let written: unknown = null;
    // A big document's copy is written in slices; no second one starts while it is (the next tick writes what changed since).
    let writing = false;
    const stop = new AbortController();
    const timer = setInterval(() => {
      const state = useStore.getState();
      if (selectDirty(state)) {
        kept = true;
        if (state.scenario === written || writing) return;
        const snapshot = state.scenario;
        written = snapshot;
        writing = true;
        void fileText(snapshot, null, { signal: stop.signal })
          .then((text) => {
            // Not when a save made the document clean meanwhile: its copy would offer back work that is on disk.
            const now = useStore.getState();
            if (text !== null && selectDirty(now) && now.savedScenario !== snapshot) void api.writeRecovery({ text, name: state.fileName ?? snapshot.name });
          })
          .finally(() => (writing = false));
      } else if (kept && !writing) {
        kept = false;
        written = null;
        void api.clearRecovery();
      }
    }, RECOVERY_EVERY_MS);
    const onLeave = (e: BeforeUnloadEvent) => {
      // On the desktop this hands the decision to main ('will-prevent-unload'): a reload asks, an agreed close goes.
      if (selectDirty(useStore.getState())) e.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => {
      cancelled = true;
      clearInterval(timer);
      stop.abort();
      window.removeEventListener('beforeunload', onLeave);
    };
  }, []);
}

/** While the canvas shows a simulated month, say so, and offer the way back to today's (editable) org. */
function SimulationBanner() {
  const month = useStore((s) => (s.sim.result ? s.sim.month : 0));
  const result = useStore((s) => s.sim.result);
  if (month === 0 || !result) return null;
  // Units of today's org that no longer exist at this month (merged away, removed in a downsizing).
  const now = result.orgs[month]!;
  const gone = Object.values(result.orgs[0]!.units).filter((u) => !getOwn(now.units, u.id));
  return (
    <div className="view-banner" role="status" data-testid="simulation-banner">
      Showing the simulated org at month {month}. Edits apply to today's org.
      {gone.length > 0 && (
        <span className="view-banner__gone" data-testid="units-gone">
          Gone since today: {gone.map((u) => u.name).join(', ')}
        </span>
      )}
      <button type="button" className="button button--small" onClick={() => useStore.getState().setMonth(0)}>
        Back to today
      </button>
    </div>
  );
}

export function App() {
  const timelineOpen = useStore((s) => s.timelineOpen);
  useDocumentTitle();
  useCommands();
  useRecovery();
  useEffect(() => {
    window.__orgsim = { getScenarioText: () => serializeScenario(useStore.getState().scenario) };
  }, []);
  return (
    <div className="app">
      <Toolbar />
      <MetricsBar />
      <SimulationBanner />
      <main className="workspace">
        <div className="canvas-wrap">
          <OrgCanvas />
          <EmptyOrg />
          <SearchBox />
          <ForecastStatus />
          <OpeningStatus />
          <SavingStatus />
        </div>
        <Drawer />
      </main>
      {timelineOpen && <Timeline />}
      <ReadinessReview />
      <ImportCsvDialog />
      <GenerateOrgDialog />
      <ChoiceDialog />
      <ProblemsDialog />
      <PersonPathDialog />
      <VariantsLayer />
    </div>
  );
}

/** The window: toolbar, metrics, canvas, side panel, dialogs. */
import { useEffect } from 'react';
import { serializeScenario } from '../../shared';
import { api } from './api/api';
import { OrgCanvas } from './canvas/OrgCanvas';
import { openDroppedFile, runCommand, shortcutFor } from './commands';
import { MetricsBar } from './panels/MetricsBar';
import { ProblemsDialog } from './panels/ProblemsDialog';
import { Drawer } from './panels/Drawer';
import { ImportCsvDialog } from './panels/ImportCsvDialog';
import { Timeline } from './timeline/Timeline';
import { SearchBox } from './panels/SearchBox';
import { navigateByKey } from './navigation';
import { Toolbar } from './panels/Toolbar';
import { selectDirty, selectDocumentName } from './store/selectors';
import { useStore } from './store/store';

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
      const inField = e.target instanceof HTMLElement && e.target.closest('input, textarea, select, [contenteditable]') !== null;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        useStore.getState().openSearch(true);
        return;
      }
      if (e.key === 'Escape' && !useStore.getState().problems && !inField) useStore.getState().openPanel(null);
      if (!inField && !e.ctrlKey && !e.metaKey && !e.altKey && navigateByKey(e.key)) {
        e.preventDefault();
        return;
      }
      const command = shortcutFor(e);
      // On the desktop the native menu owns these accelerators; handling them here too would run them twice.
      if (!command || api.platform === 'desktop') return;
      // In a text field, undo and redo belong to the field.
      if ((command === 'undo' || command === 'redo') && inField) return;
      e.preventDefault();
      runCommand(command);
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
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      unsubscribe();
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
  const gone = Object.values(result.orgs[0]!.units).filter((u) => !now.units[u.id]);
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
          <SearchBox />
        </div>
        <Drawer />
      </main>
      {timelineOpen && <Timeline />}
      <ImportCsvDialog />
      <ProblemsDialog />
    </div>
  );
}

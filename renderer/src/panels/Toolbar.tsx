/** File commands, with their shortcuts shown in the tooltips. */
import { expandToDepth, type MenuCommand } from '../../../shared';
import { newDocument, openDocument, runCommand, saveDocument } from '../commands';
import { editView } from '../editing';
import { selectDirty, selectDocumentName, selectPanel, selectShowForecast } from '../store/selectors';
import { useStore as useZustand } from 'zustand';
import { redo, undo, useStore } from '../store/store';
import { openReadinessReview } from './ReadinessReview';
import { VariantSwitcher } from '../variants/VariantSwitcher';

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function Toolbar() {
  const name = useStore(selectDocumentName);
  const canUndo = useZustand(useStore.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useZustand(useStore.temporal, (t) => t.futureStates.length > 0);
  const dirty = useStore(selectDirty);
  const notice = useStore((s) => s.notice);
  const showForecast = useStore(selectShowForecast);
  const showDotted = useStore((s) => s.showDottedLines);
  const showMinimap = useStore((s) => s.showMinimap);
  const toggleForecast = useStore((s) => s.toggleForecast);
  const showHeat = useStore((s) => s.showHeat);
  const toggleHeat = useStore((s) => s.toggleHeat);
  const panel = useStore(selectPanel);
  const timelineOpen = useStore((s) => s.timelineOpen);
  const openPanel = useStore((s) => s.openPanel);
  return (
    <header className="toolbar">
      <div className="toolbar__brand">OrgSim</div>
      <VariantSwitcher />
      <div className="toolbar__group" role="toolbar" aria-label="File">
        <button type="button" className="button" onClick={newDocument} title={`New (${mod}N)`}>
          New
        </button>
        <button type="button" className="button" onClick={() => runCommand('generate-org')} title={`Generate a seeded org of 1,500 to 100,000 people (${mod}G)`}>
          Generate…
        </button>
        <button type="button" className="button" onClick={() => void openDocument()} title={`Open (${mod}O)`}>
          Open…
        </button>
        <button type="button" className="button" onClick={() => void saveDocument(false)} title={`Save (${mod}S)`}>
          Save
        </button>
        <button type="button" className="button" onClick={() => void saveDocument(true)} title={`Save As (${mod}Shift+S)`}>
          Save As…
        </button>
        <button type="button" className="button" onClick={() => runCommand('import-csv')} title={`Import people from a CSV (${mod}I)`}>
          Import CSV…
        </button>
        <select
          className="button"
          aria-label="Export"
          value=""
          onChange={(e) => {
            if (e.target.value) runCommand(e.target.value as MenuCommand);
          }}
        >
          <option value="">Export…</option>
          <option value="export-scenario">Scenario as JSON</option>
          <option value="export-month">Org at the month shown as JSON</option>
          <option value="export-csv">People as CSV</option>
          <option value="export-png-view">Current view as PNG</option>
          <option value="export-png">Whole chart as PNG</option>
          <option value="export-svg">Whole chart as SVG</option>
        </select>
      </div>
      <div className="toolbar__group" role="toolbar" aria-label="View">
        <button type="button" className="button" onClick={undo} disabled={!canUndo} title={canUndo ? `Undo (${mod}Z)` : 'Nothing to undo'} aria-label="Undo">
          ↶ Undo
        </button>
        <button type="button" className="button" onClick={redo} disabled={!canRedo} title={canRedo ? `Redo (${mod}Shift+Z)` : 'Nothing to redo'} aria-label="Redo">
          ↷ Redo
        </button>
        <label className="toggle" title="Show the roles the org needs now, and who inside could take them">
          <input type="checkbox" checked={showForecast} onChange={toggleForecast} /> Forecast
        </label>
        <label className="toggle" title={`Colour each unit by the MoM roles that emerge in its line: the forecast's, or Monte Carlo's odds (${mod}Shift+H)`}>
          <input type="checkbox" checked={showHeat} onChange={toggleHeat} /> Heat
        </label>
        <select
          className="button"
          aria-label="View menu"
          value=""
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'depth-all') editView((view) => ({ ...view, collapsed: [] }));
            else if (v.startsWith('depth-')) editView((view, org) => expandToDepth(org, view, Number(v.slice(6))));
            else if (v) runCommand(v as MenuCommand);
          }}
        >
          <option value="">View…</option>
          <option value="toggle-dotted-lines">{showDotted ? '✓ ' : ''}Dotted lines</option>
          <option value="toggle-minimap">{showMinimap ? '✓ ' : ''}Minimap</option>
          <option value="fit-view">Fit chart</option>
          <option value="relayout">Re-layout ({mod}L)</option>
          <option value="find">Search ({mod}F)</option>
          <option value="depth-1">Expand to 1 layer</option>
          <option value="depth-2">Expand to 2 layers</option>
          <option value="depth-3">Expand to 3 layers</option>
          <option value="depth-4">Expand to 4 layers</option>
          <option value="depth-all">Expand all</option>
        </select>
        <button type="button" className={timelineOpen ? 'button button--on' : 'button'} onClick={() => useStore.getState().toggleTimeline()} title="Schedule events and play the org forward">
          Timeline
        </button>
        <button type="button" className={panel === 'policy' ? 'button button--on' : 'button'} onClick={() => openPanel(panel === 'policy' ? null : 'policy')}>
          Policy
        </button>
        <button type="button" className={panel === 'health' ? 'button button--on' : 'button'} onClick={() => openPanel(panel === 'health' ? null : 'health')}>
          Org health
        </button>
        <button type="button" className="button" onClick={() => openReadinessReview()} title="Every manager and senior IC against the readiness signals: met, not met or unknown">
          Readiness review
        </button>
      </div>
      <div className="toolbar__doc" data-testid="document-name">
        {dirty && <span className="toolbar__dirty" title="Unsaved changes">●</span>}
        {name}
      </div>
      {notice && (
        <div className="toolbar__notice" role="status" onAnimationEnd={() => useStore.getState().showNotice(null)}>
          {notice}
        </div>
      )}
    </header>
  );
}

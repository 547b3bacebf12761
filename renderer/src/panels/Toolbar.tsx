/** File commands, with their shortcuts shown in the tooltips. */
import { expandToDepth } from '../../../shared';
import { newDocument, openDocument, relayout, saveDocument } from '../commands';
import { editView } from '../editing';
import { selectDirty, selectDocumentName, selectPanel, selectShowForecast } from '../store/selectors';
import { redo, undo, useStore } from '../store/store';

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function Toolbar() {
  const name = useStore(selectDocumentName);
  const dirty = useStore(selectDirty);
  const notice = useStore((s) => s.notice);
  const showForecast = useStore(selectShowForecast);
  const showDotted = useStore((s) => s.showDottedLines);
  const toggleDotted = useStore((s) => s.toggleDottedLines);
  const toggleForecast = useStore((s) => s.toggleForecast);
  const panel = useStore(selectPanel);
  const timelineOpen = useStore((s) => s.timelineOpen);
  const openPanel = useStore((s) => s.openPanel);
  return (
    <header className="toolbar">
      <div className="toolbar__brand">OrgSim</div>
      <div className="toolbar__group" role="toolbar" aria-label="File">
        <button type="button" className="button" onClick={newDocument} title={`New (${mod}N)`}>
          New
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
      </div>
      <div className="toolbar__group" role="toolbar" aria-label="View">
        <button type="button" className="button" onClick={undo} title={`Undo (${mod}Z)`} aria-label="Undo">
          ↶ Undo
        </button>
        <button type="button" className="button" onClick={redo} title={`Redo (${mod}Shift+Z)`} aria-label="Redo">
          ↷ Redo
        </button>
        <label className="toggle" title="Show the roles the org needs now, and who inside could take them">
          <input type="checkbox" checked={showForecast} onChange={toggleForecast} /> Forecast
        </label>
        <label className="toggle" title="Show dotted-line (matrix) reporting as dashed lines">
          <input type="checkbox" checked={showDotted} onChange={toggleDotted} /> Dotted lines
        </label>
        <select
          className="button"
          aria-label="Expand to depth"
          value=""
          onChange={(e) => {
            const depth = e.target.value === 'all' ? Infinity : Number(e.target.value);
            editView((view, org) => (depth === Infinity ? { ...view, collapsed: [] } : expandToDepth(org, view, depth)));
          }}
        >
          <option value="" disabled>
            Depth…
          </option>
          <option value="1">1 layer</option>
          <option value="2">2 layers</option>
          <option value="3">3 layers</option>
          <option value="4">4 layers</option>
          <option value="all">All</option>
        </select>
        <button type="button" className="button" onClick={relayout} title={`Return dragged units to the automatic layout (${mod}L)`}>
          Re-layout
        </button>
        <button type="button" className="button" onClick={() => useStore.getState().openSearch(true)} title={`Search people and units (${mod}F)`}>
          Search
        </button>
        <button type="button" className={timelineOpen ? 'button button--on' : 'button'} onClick={() => useStore.getState().toggleTimeline()} title="Schedule events and play the org forward">
          Timeline
        </button>
        <button type="button" className={panel === 'policy' ? 'button button--on' : 'button'} onClick={() => openPanel(panel === 'policy' ? null : 'policy')}>
          Policy
        </button>
        <button type="button" className={panel === 'health' ? 'button button--on' : 'button'} onClick={() => openPanel(panel === 'health' ? null : 'health')}>
          Org health
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

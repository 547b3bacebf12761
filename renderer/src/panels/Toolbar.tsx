/** File commands, with their shortcuts shown in the tooltips. */
import { newDocument, openDocument, saveDocument } from '../commands';
import { selectDirty, selectDocumentName } from '../store/selectors';
import { useStore } from '../store/store';

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function Toolbar() {
  const name = useStore(selectDocumentName);
  const dirty = useStore(selectDirty);
  const notice = useStore((s) => s.notice);
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

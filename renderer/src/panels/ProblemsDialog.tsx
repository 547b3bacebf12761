/** Why a file couldn't be opened or saved: the first 20 problems with their paths. The document is untouched. */
import { useEffect, useRef } from 'react';
import { selectProblems } from '../store/selectors';
import { useStore } from '../store/store';

const SHOWN = 20;

const close = () => useStore.getState().showProblems(null);

export function ProblemsDialog() {
  const report = useStore(selectProblems);
  const okRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!report) return;
    okRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [report]);

  if (!report) return null;
  const more = report.problems.length - SHOWN;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="problems-title" aria-describedby="problems-summary">
        <h2 id="problems-title">{report.title}</h2>
        <p id="problems-summary">
          {report.fileName ? <strong>{report.fileName}</strong> : 'The file'}{' '}
          {report.problems.length === 1 ? 'has a problem' : `has ${report.problems.length} problems`}. Your current document has not been changed.
        </p>
        <ol className="problem-list">
          {report.problems.slice(0, SHOWN).map((p, i) => (
            <li key={i} data-testid="problem">
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ol>
        {more > 0 && <p className="problem-more">…and {more} more.</p>}
        <div className="modal__actions">
          <button type="button" ref={okRef} className="button button--primary" onClick={close}>
            OK
          </button>
        </div>
      </div>
    </div>
  );
}

/** Find people and units by name or title (Ctrl/Cmd+F). Enter or ↓/↑ step through the matches; each is centred and selected. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { searchOrg, type Org } from '../../../shared';
import { focusUnit } from '../editing';
import { selectDisplay } from '../store/selectors';
import { useStore, type Store } from '../store/store';

const selectShownOrg = (s: Store): Org => selectDisplay(s).org;

export function SearchBox() {
  const open = useStore((s) => s.searchOpen);
  // The org the canvas shows: a simulated month's when the timeline is on one, with the forecast's boxes.
  const org = useStore(selectShownOrg);
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => searchOrg(org, query), [org, query]);

  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);

  if (!open) return null;
  const go = (i: number) => {
    if (hits.length === 0) return;
    const next = (i + hits.length) % hits.length;
    setAt(next);
    focusUnit(hits[next]!.unitId);
  };
  return (
    <div className="search" role="search">
      <input
        ref={input}
        aria-label="Search people and units"
        placeholder="Search people and units…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setAt(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            // The first Enter shows the current match; each next one steps on (Shift+Enter steps back).
            const showing = hits[at] !== undefined && useStore.getState().selectedUnitId === hits[at]!.unitId;
            go(e.shiftKey ? at - 1 : showing ? at + 1 : at);
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            go(at + 1);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            go(at - 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            useStore.getState().openSearch(false);
          }
        }}
      />
      <span className="search__count" data-testid="search-count">
        {query === '' ? '' : hits.length === 0 ? 'no matches' : `${at + 1} of ${hits.length}`}
      </span>
      {query !== '' && hits.length > 0 && (
        <ul className="search__results" role="listbox" aria-label="Matches">
          {hits.slice(0, 8).map((h, i) => (
            <li
              key={`${h.unitId}:${h.personId}`}
              role="option"
              aria-selected={i === at}
              className={i === at ? 'on' : ''}
              onMouseDown={(e) => (e.preventDefault(), go(i))}
            >
              <strong>{h.label}</strong> <span>{h.detail}</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="icon-button" aria-label="Close search" onClick={() => useStore.getState().openSearch(false)}>
        ×
      </button>
    </div>
  );
}

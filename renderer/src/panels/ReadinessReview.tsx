/**
 * The readiness review: one table of every manager and senior IC against the readiness signals and the
 * aspiration, each cell met / not met / unknown. Keyboard first: arrows move, Space cycles the cell (or the
 * column for every selected row), Shift+Space or Shift+arrows select rows, typing filters by name, title or
 * unit, Backspace un-types, Escape clears the filter and then closes. Every change is one edit of the
 * document (saved in the file, undone with Ctrl/Cmd+Z).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  REVIEW_COLUMNS,
  REVIEW_ROLES,
  cellValue,
  exportReviewCsv,
  fitsColumn,
  importReviewCsv,
  isUnknownCell,
  nextCellValue,
  reviewRows,
  setReviewCells,
  type CellValue,
  type PersonId,
  type ReviewColumn,
  type ReviewRole,
  type ReviewRow,
  type UnitId,
} from '../../../shared';
import { api } from '../api/api';
import { withExtension } from '../api/browserApi';
import { editOrg } from '../editing';
import { reportFileError } from '../fileErrors';
import { candidatesFor, selectDisplay } from '../store/selectors';
import { createOpener } from '../store/opener';
import { useStore, type Store } from '../store/store';

/** What to open the review on: everyone, or only some people (the ones a role's "to assess" depends on). */
export interface ReviewRequest {
  readonly personIds?: readonly PersonId[];
  /** Says why the list is narrowed ("to assess for Director above Payments"). */
  readonly reason?: string;
}

const opener = createOpener<ReviewRequest>();

/** Open the readiness review, on everyone or on the given people. */
export function openReadinessReview(request: ReviewRequest = {}): void {
  opener.open(request);
}

/**
 * Open the review on the people an open role's "to assess" depends on: its listed candidates whose band
 * turns on unknown signals or an unknown aspiration. Does nothing when there are none.
 */
export function reviewToAssess(unitId: UnitId): void {
  const state = useStore.getState();
  const ids = (candidatesFor(state, unitId) ?? []).filter((c) => c.band === 'to-assess' && state.scenario.org.people[c.personId]).map((c) => c.personId);
  if (ids.length === 0) return;
  const { org, ghosts } = selectDisplay(state);
  const ghost = ghosts.get(unitId);
  const name = org.units[unitId]?.name ?? 'this role';
  openReadinessReview({ personIds: ids, reason: `to assess for ${ghost ? `the ${ghost.role} role of ${name}` : `the open role of ${name}`}` });
}

/** Rows beyond this are not drawn (a filter narrows them); 10,000 people give about 2,000 rows. */
const MAX_ROWS = 400;

const CELL_TEXT: Record<CellValue, string> = { met: '✓ met', 'not-met': '✗ not met', unknown: '? unknown', mom: 'mom', manager: 'manager', ic: 'ic' };
const VALUE_LABEL: Record<CellValue, string> = {
  met: 'met',
  'not-met': 'not met',
  unknown: 'unknown',
  mom: 'mom (wants a MoM role)',
  manager: 'manager',
  ic: 'ic',
};
const SIGNAL_VALUES: readonly CellValue[] = ['met', 'not-met', 'unknown'];
const ASPIRATION_VALUES: readonly CellValue[] = ['mom', 'manager', 'ic', 'unknown'];

const selectOrg = (s: Store) => s.scenario.org;
const selectPolicy = (s: Store) => s.scenario.policy;
const selectReadOnly = (s: Store) => s.sim.result !== null && s.sim.month > 0;

const baseName = (): string => withExtension(useStore.getState().fileName ?? useStore.getState().scenario.name).replace(/\.orgsim\.json$/, '');

/** Mounted once in the app; draws nothing until the review is opened (so a closed review costs nothing on edits). */
export function ReadinessReview() {
  const open = opener.useRequest();
  if (open.payload === null) return null;
  // A new key per opening starts the filters, the active cell and the selection afresh.
  return <ReviewDialog key={open.n} request={open.payload} onRequest={opener.update} onClose={opener.close} />;
}

function ReviewDialog({ request, onRequest, onClose: close }: { request: ReviewRequest; onRequest: (r: ReviewRequest) => void; onClose: () => void }) {
  const [filter, setFilter] = useState('');
  const [unit, setUnit] = useState<UnitId | ''>('');
  const [role, setRole] = useState<ReviewRole | ''>('');
  const [onlyUnknown, setOnlyUnknown] = useState(false);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [selected, setSelected] = useState<ReadonlySet<PersonId>>(new Set());
  const [bulkColumn, setBulkColumn] = useState<ReviewColumn>('aspiration');
  const [bulkValue, setBulkValue] = useState<CellValue>('mom');
  const grid = useRef<HTMLDivElement>(null);
  const org = useStore(selectOrg);
  const policy = useStore(selectPolicy);
  const readOnly = useStore(selectReadOnly);
  const rows = useMemo(() => reviewRows(org, policy), [org, policy]);
  const units = useMemo(() => [...new Map(rows.map((r) => [r.unitId, r.unitName])).entries()].sort((a, b) => a[1].localeCompare(b[1])), [rows]);
  const only = useMemo(() => (request.personIds ? new Set(request.personIds) : null), [request]);
  const visible = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return rows.filter(
      (r) =>
        (!only || only.has(r.personId)) &&
        (unit === '' || r.unitId === unit) &&
        (role === '' || r.role === role) &&
        (!onlyUnknown || REVIEW_COLUMNS.some((c) => isUnknownCell(cellValue(org.people[r.personId]!, c.key)))) &&
        words.every((w) => `${r.name} ${r.title} ${r.unitName}`.toLowerCase().includes(w)),
    );
  }, [rows, only, unit, role, onlyUnknown, filter, org]);
  const shown = visible.slice(0, MAX_ROWS);
  const row = Math.min(active.row, Math.max(0, shown.length - 1));
  const col = active.col;

  useEffect(() => {
    grid.current?.focus();
  }, []);
  // Escape anywhere else (a filter, a button, nothing focused) closes; the table handles its own Escape first,
  // and a question or report shown above the review stops it before it gets here.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);
  // The DOM marks the active cell after each move: scroll it into view whenever the row or column changes.
  useEffect(() => {
    grid.current?.querySelector('[data-active="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- row and col are what the effect follows, read from the DOM
  }, [row, col]);

  const setCells = (ids: readonly PersonId[], column: ReviewColumn, value: CellValue) => {
    if (readOnly) return useStore.getState().showNotice('A simulated month is shown: go back to today (month 0) to edit the review.');
    const n = ids.length;
    editOrg(
      (o) => ({ ok: true, value: setReviewCells(o, ids, column, value) }),
      n > 1 ? `${REVIEW_COLUMNS.find((c) => c.key === column)!.label} set to ${VALUE_LABEL[value]} for ${n} people.` : undefined,
    );
  };
  /** Space: the active cell's next value, for the active row, or for every selected row when it is one of them. */
  const cycle = () => {
    const r = shown[row];
    if (!r) return;
    const column = REVIEW_COLUMNS[col]!.key;
    const value = nextCellValue(column, cellValue(org.people[r.personId]!, column));
    const ids = selected.has(r.personId) && selected.size > 1 ? visible.filter((x) => selected.has(x.personId)).map((x) => x.personId) : [r.personId];
    setCells(ids, column, value);
  };
  const toggleRow = (r: ReviewRow | undefined) => {
    if (!r) return;
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(r.personId)) next.delete(r.personId);
      else next.add(r.personId);
      return next;
    });
  };
  const move = (dRow: number, dCol: number, extend: boolean) => {
    const nextRow = Math.max(0, Math.min(shown.length - 1, row + dRow));
    if (extend) setSelected((s) => new Set([...s, ...[shown[row], shown[nextRow]].filter((x): x is ReviewRow => !!x).map((x) => x.personId)]));
    setActive({ row: nextRow, col: Math.max(0, Math.min(REVIEW_COLUMNS.length - 1, col + dCol)) });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const mod = e.ctrlKey || e.metaKey;
    let handled = true;
    if (e.key === 'ArrowDown') move(1, 0, e.shiftKey);
    else if (e.key === 'ArrowUp') move(-1, 0, e.shiftKey);
    else if (e.key === 'ArrowRight') move(0, 1, false);
    else if (e.key === 'ArrowLeft') move(0, -1, false);
    else if (e.key === 'Home') setActive({ row, col: 0 });
    else if (e.key === 'End') setActive({ row, col: REVIEW_COLUMNS.length - 1 });
    else if (e.key === 'PageDown') move(15, 0, false);
    else if (e.key === 'PageUp') move(-15, 0, false);
    else if (e.key === ' ' && e.shiftKey) toggleRow(shown[row]);
    else if (e.key === ' ') cycle();
    else if (mod && e.key.toLowerCase() === 'a') setSelected(new Set(visible.map((r) => r.personId)));
    else if (e.key === 'Backspace') setFilter((f) => f.slice(0, -1));
    else if (e.key === 'Escape') {
      if (filter) setFilter('');
      else if (selected.size > 0) setSelected(new Set());
      else close();
    } else if (e.key.length === 1 && !mod && !e.altKey) {
      // Type to filter: letters and digits go to the filter box, the grid keeps the focus.
      setFilter((f) => f + e.key);
      setActive({ row: 0, col });
    } else handled = false;
    if (handled) {
      e.preventDefault();
      // The canvas walks the tree with the arrows and Escape closes its panels: not while the review has them.
      e.stopPropagation();
    }
  };

  const exportCsv = async () => {
    const result = await api.exportFile({ kind: 'csv', data: exportReviewCsv(org, visible), suggestedName: `${baseName()} readiness review.csv` });
    if (result.ok) useStore.getState().showNotice(`Exported ${result.value.name}`);
    else reportFileError(result.error, "Can't export", 'readiness review.csv');
  };
  const importCsv = async () => {
    const opened = await api.openCsvFile();
    if (!opened.ok) return reportFileError(opened.error, "Can't open this file");
    const result = importReviewCsv(useStore.getState().scenario.org, opened.value.text);
    if (!result.ok)
      return useStore
        .getState()
        .showProblems({ title: "Can't read this review", fileName: opened.value.name, problems: [{ path: '(file)', message: result.error }] });
    const { org: next, changed, issues } = result.value;
    if (changed > 0) editOrg(() => ({ ok: true, value: next }));
    useStore
      .getState()
      .showNotice(
        `Read ${opened.value.name}: ${changed} ${changed === 1 ? 'person' : 'people'} changed${issues.length > 0 ? `, ${issues.length} ${issues.length === 1 ? 'cell or row' : 'cells or rows'} left as they were` : ''}.`,
      );
    if (issues.length > 0)
      useStore.getState().showProblems({
        title: 'Some of the review was not read',
        fileName: opened.value.name,
        problems: issues.map((i) => ({ path: `row ${i.row}`, message: i.message })),
      });
  };
  const unknownCount = visible.reduce((n, r) => n + REVIEW_COLUMNS.filter((c) => isUnknownCell(cellValue(org.people[r.personId]!, c.key))).length, 0);
  const selectedShown = visible.filter((r) => selected.has(r.personId)).map((r) => r.personId);

  return (
    <div className="modal-backdrop">
      <div className="modal review" role="dialog" aria-modal="true" aria-label="Readiness review">
        <div className="review__head">
          <h2>Readiness review</h2>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
        <p className="side-panel__sub">
          Every manager and senior IC against the readiness signals and the aspiration. Unknown is not “no”: a band that depends on it shows as “to assess”.
          Arrows move, Space cycles a cell (for every selected row when the row is selected), Shift+Space or Shift+arrows select,{' '}
          {navigator.platform.includes('Mac') ? '⌘' : 'Ctrl+'}A selects all shown; type to filter; Escape clears the filter, then closes.
        </p>
        {request.personIds && (
          <p className="review__reason" data-testid="review-reason">
            Showing {request.personIds.length} {request.personIds.length === 1 ? 'person' : 'people'} {request.reason ?? ''}.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onRequest({});
                grid.current?.focus();
              }}
            >
              Show everyone
            </button>
          </p>
        )}
        <div className="review__filters">
          <label>
            Filter
            <input aria-label="Filter by name, title or unit" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="type in the table" />
          </label>
          <label>
            Unit
            <select aria-label="Unit" value={unit} onChange={(e) => setUnit(e.target.value as UnitId | '')}>
              <option value="">All units</option>
              {units.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Role
            <select aria-label="Role" value={role} onChange={(e) => setRole(e.target.value as ReviewRole | '')}>
              <option value="">All roles</option>
              {REVIEW_ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <label className="review__check">
            <input type="checkbox" checked={onlyUnknown} onChange={(e) => setOnlyUnknown(e.target.checked)} />
            Only people with unknowns
          </label>
          <span className="review__spacer" />
          <button type="button" className="button" onClick={() => void exportCsv()}>
            Export CSV
          </button>
          <button type="button" className="button" onClick={() => void importCsv()} disabled={readOnly}>
            Import CSV…
          </button>
        </div>
        <div className="review__bulk" data-testid="review-bulk">
          <span>
            {visible.length} {visible.length === 1 ? 'person' : 'people'}, {unknownCount} unknown {unknownCount === 1 ? 'cell' : 'cells'}
            {selectedShown.length > 0 ? ` · ${selectedShown.length} selected` : ''}.
          </span>
          <label>
            Set
            <select
              aria-label="Column to set"
              value={bulkColumn}
              onChange={(e) => {
                const column = e.target.value as ReviewColumn;
                setBulkColumn(column);
                if (!fitsColumn(column, bulkValue)) setBulkValue(column === 'aspiration' ? 'mom' : 'met');
              }}
            >
              {REVIEW_COLUMNS.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            to
            <select aria-label="Value to set" value={bulkValue} onChange={(e) => setBulkValue(e.target.value as CellValue)}>
              {(bulkColumn === 'aspiration' ? ASPIRATION_VALUES : SIGNAL_VALUES).map((v) => (
                <option key={v} value={v}>
                  {VALUE_LABEL[v]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={selectedShown.length === 0 || readOnly}
            onClick={() => setCells(selectedShown, bulkColumn, bulkValue)}
          >
            for {selectedShown.length} selected
          </button>
          <button type="button" className="link-button" onClick={() => setSelected(new Set(visible.map((r) => r.personId)))}>
            Select all shown
          </button>
          {selected.size > 0 && (
            <button type="button" className="link-button" onClick={() => setSelected(new Set())}>
              Clear selection
            </button>
          )}
        </div>
        <div
          className="review__grid"
          ref={grid}
          tabIndex={0}
          role="grid"
          aria-label="Readiness signals"
          aria-rowcount={visible.length + 1}
          aria-multiselectable="true"
          onKeyDown={onKeyDown}
          data-testid="review-grid"
        >
          <table>
            <thead>
              <tr role="row">
                <th role="columnheader">Person</th>
                <th role="columnheader">Role</th>
                {REVIEW_COLUMNS.map((c) => (
                  <th key={c.key} role="columnheader">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => {
                const person = org.people[r.personId]!;
                const isSelected = selected.has(r.personId);
                return (
                  <tr
                    key={r.personId}
                    role="row"
                    aria-selected={isSelected}
                    className={isSelected ? 'review__row--selected' : undefined}
                    data-testid="review-row"
                  >
                    <th role="rowheader" scope="row" onClick={() => toggleRow(r)} title="Click to select">
                      <span className="review__name">{r.name}</span>
                      <span className="side-panel__sub">
                        {r.title} · {r.unitName}
                      </span>
                    </th>
                    <td>{r.role}</td>
                    {REVIEW_COLUMNS.map((c, j) => {
                      const value = cellValue(person, c.key);
                      const isActive = i === row && j === col;
                      return (
                        <td
                          key={c.key}
                          role="gridcell"
                          aria-label={`${c.label} of ${r.name}: ${VALUE_LABEL[value]}`}
                          data-active={isActive}
                          data-value={value}
                          className={`review__cell review__cell--${value}${isActive ? ' review__cell--active' : ''}`}
                          onClick={() => {
                            setActive({ row: i, col: j });
                            grid.current?.focus();
                          }}
                        >
                          {CELL_TEXT[value]}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {visible.length === 0 && <p className="side-panel__sub">Nobody matches the filters.</p>}
          {visible.length > MAX_ROWS && (
            <p className="side-panel__sub">
              Showing the first {MAX_ROWS} of {visible.length}; filter to narrow.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

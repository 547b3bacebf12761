/**
 * Import people from a CSV: check the column mapping against a preview, see what was skipped or guessed (by row),
 * then import. A file whose columns are all recognised needs no mapping: the mapping stays folded away and
 * Import is focused. Importing replaces the document, so unsaved changes are asked about first (Save / Don't
 * Save / Cancel, as New and Open do); Cancel goes back to this dialog with nothing changed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  issuePlace,
  plural,
  CSV_FIELDS,
  DEFAULT_POLICY,
  DEFAULT_SIMULATION,
  EMPTY_VIEW,
  guessMapping,
  importPeople,
  missingFields,
  readCsv,
  type CsvField,
  type CsvMapping,
  type CsvTable,
} from '../../../shared';
import { api } from '../api/api';
// Not '../commands': the registry imports this dialog, and commands/unsaved.ts imports no dialog (no cycle).
import { resolveUnsaved } from '../commands/unsaved';
import { reportFileError } from '../fileErrors';
import { createOpener } from '../store/opener';
import { useStore } from '../store/store';
import { Modal } from './Modal';

const SHOWN_ISSUES = 20;
const today = (): string => new Date().toISOString().slice(0, 10);

interface Pending {
  readonly fileName: string;
  readonly table: CsvTable;
}

const opener = createOpener<Pending>();

/** File > Import CSV…: pick a file, read it, and open the mapping dialog (or say what is wrong with it). */
export async function importCsv(): Promise<void> {
  const opened = await api.openCsvFile();
  if (!opened.ok) return reportFileError(opened.error, "Can't open this file");
  importCsvText(opened.value.name, opened.value.text);
}

/** Read CSV text and open the mapping dialog, or say what is wrong with the file. */
export function importCsvText(fileName: string, text: string): void {
  const table = readCsv(text);
  if (!table.ok) return useStore.getState().showProblems({ title: "Can't open this file", fileName, problems: [{ path: '(file)', message: table.error }] });
  opener.open({ fileName, table: table.value });
}

/** Mounted once in the app; each file read opens a fresh mapping form. */
export function ImportCsvDialog() {
  const request = opener.useRequest();
  if (request.payload === null) return null;
  return <ImportCsvForm key={request.n} pending={request.payload} />;
}

function ImportCsvForm({ pending }: { pending: Pending }) {
  const { table, fileName } = pending;
  const [mapping, setMapping] = useState<CsvMapping>(() => guessMapping(table.headers));
  const asking = useRef(false);
  const result = useMemo(() => importPeople(table, mapping, today()), [table, mapping]);
  const recognisedAll = useMemo(() => missingFields(guessMapping(table.headers)).length === 0, [table]);
  useEffect(() => {
    if (recognisedAll) document.querySelector<HTMLButtonElement>('form.modal[aria-label^="Import "] button[type=submit]')?.focus();
  }, [recognisedAll]);
  const missing = missingFields(mapping);
  // While the Save / Don't Save / Cancel question is up, its Escape answers Cancel; it must not close this dialog too.
  const close = () => {
    if (!asking.current) opener.close();
  };
  const submit = async () => {
    if (!result?.ok || asking.current) return;
    asking.current = true;
    const goOn = await resolveUnsaved().finally(() => (asking.current = false));
    if (!goOn) return;
    const name = fileName.replace(/\.(csv|txt)$/i, '');
    useStore.getState().adoptScenario({ name, org: result.value.org, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW });
    useStore.getState().requestFit();
    useStore.getState().showNotice(`Imported ${plural(Object.keys(result.value.org.people).length, 'person', 'people')} from ${fileName}. Save to keep them.`);
    opener.close();
  };
  const issues = result?.ok
    ? [...result.value.skipped.map((i) => ({ ...i, kind: 'skipped' })), ...result.value.warnings.map((i) => ({ ...i, kind: 'note' }))].sort(
        (a, b) => a.row - b.row,
      )
    : [];
  return (
    <Modal
      title={`Import ${fileName}`}
      submitLabel={result?.ok ? `Import ${plural(Object.keys(result.value.org.people).length, 'person', 'people')}` : 'Import'}
      onCancel={close}
      onSubmit={() => void submit()}
      error={missing.length > 0 ? `Map ${missing.join(', ')}.` : result && !result.ok ? result.error : null}
    >
      <p className="side-panel__sub">
        {plural(table.rows.length, 'row')}, {plural(table.headers.length, 'column')}.{' '}
        {recognisedAll
          ? `Every column OrgSim needs was recognised (${Object.keys(guessMapping(table.headers)).length} in all); check the preview and import.`
          : 'Recognised columns are chosen; pick the rest.'}
      </p>
      <details className="mapping-details" open={!recognisedAll}>
        <summary>
          Columns:{' '}
          {CSV_FIELDS.filter(({ field }) => mapping[field] !== undefined)
            .map(({ field, label }) => `${table.headers[mapping[field]!] || `column ${mapping[field]! + 1}`} → ${label}`)
            .join(' · ') || 'none recognised'}
        </summary>
        <div className="form-grid mapping" data-testid="csv-mapping">
          {CSV_FIELDS.map(({ field, label }) => (
            <label key={field}>
              {label}
              <select
                aria-label={`Column for ${label}`}
                value={mapping[field] ?? ''}
                onChange={(e) => setMapping((m) => ({ ...m, [field]: e.target.value === '' ? undefined : Number(e.target.value) }) as Record<CsvField, number>)}
              >
                <option value="">— not in the file —</option>
                {table.headers.map((h, i) => (
                  <option key={i} value={i}>
                    {h || `(column ${i + 1})`}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </details>
      <div className="preview">
        <table data-testid="csv-preview">
          <thead>
            <tr>
              {table.headers.map((h, i) => (
                <th key={i}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, 5).map((r) => (
              <tr key={r.line}>
                {table.headers.map((_, i) => (
                  <td key={i}>{r.cells[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result?.ok && (
        <section data-testid="csv-report">
          <p>
            <strong>{plural(Object.keys(result.value.org.people).length, 'person', 'people')}</strong> in{' '}
            <strong>{plural(Object.keys(result.value.org.units).length, 'unit')}</strong>.{' '}
            {result.value.skipped.length > 0 && (
              <>
                {result.value.skipped.length} {result.value.skipped.length === 1 ? "row can't" : "rows can't"} be imported.{' '}
              </>
            )}
            {result.value.unmapped.length > 0 && <span className="side-panel__sub">Not used: {result.value.unmapped.join(', ')}.</span>}
          </p>
          {issues.length > 0 && (
            <ol className="problem-list">
              {issues.slice(0, SHOWN_ISSUES).map((i, n) => (
                <li key={n} data-testid="csv-issue">
                  <code>{issuePlace(i.row)}</code>: {i.kind === 'skipped' ? 'skipped — ' : ''}
                  {i.message}
                </li>
              ))}
            </ol>
          )}
          {issues.length > SHOWN_ISSUES && <p className="problem-more">…and {issues.length - SHOWN_ISSUES} more.</p>}
        </section>
      )}
    </Modal>
  );
}

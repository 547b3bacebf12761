/**
 * Compare variants (Variants > Compare Variants…, Ctrl/Cmd+Shift+K): a full-window view over the canvas. Pick two
 * or more variants and a month; every chosen variant is simulated on the same seed (shared/compare) in a worker.
 * Shows the metric deltas against the first chosen, the timeline charts overlaid, the orgs side by side with the
 * diff outlined, and Monte Carlo on the same seeds. Exports the side-by-side view as PNG or SVG and the deltas as CSV.
 * Escape or Close returns to the canvas.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { variantNames, type UnitId, type VariantComparison } from '../../../shared';
import { useStore } from '../store/store';
import { CompareCanvases } from './CompareCanvases';
import { CompareCharts } from './CompareCharts';
import { exportComparisonCsv, exportComparisonPng, exportComparisonSvg } from './compareExport';
import type { CompareOutcome, CompareRequest } from './compareJobs';
import { CompareMonteCarlo } from './CompareMonteCarlo';
import { colourOf, compareInputs, defaultChosen, defaultMonth, diffSentences, formatDelta, formatValue, MAX_COMPARED } from './compareModel';
import { useCompareJob } from './useCompareJob';
import { closeCompare, openDuplicateDialog, useVariantsUi } from './variantsUi';
import './compare.css';

/** Above this many people in the chosen variants together, the comparison runs when asked, not on every change. */
const AUTO_COMPARE_PEOPLE = 2000;

/** The longest month the slider offers. */
const MAX_MONTH = 120;

const readComparison = (outcome: CompareOutcome): { value: VariantComparison } | { error: string } =>
  outcome.kind !== 'compare' ? { error: 'Unexpected reply.' } : outcome.result.ok ? { value: outcome.result.value } : { error: outcome.result.error };

export function CompareView() {
  const open = useVariantsUi((s) => s.compareOpen);
  return open ? <CompareWindow /> : null;
}

function CompareWindow() {
  const scenario = useStore((s) => s.scenario);
  const notice = useStore((s) => s.notice);
  const names = variantNames(scenario);
  const [chosen, setChosen] = useState<string[]>(() => defaultChosen(scenario));
  const [month, setMonth] = useState(() => defaultMonth(scenario));
  // The slider moves freely; the comparison follows once it rests for a moment.
  const [settled, setSettled] = useState(month);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(month), 250);
    return () => clearTimeout(timer);
  }, [month]);

  const inputs = useMemo(() => compareInputs(scenario, chosen), [scenario, chosen]);
  // A unit collapsed on any chosen variant's canvas is drawn collapsed on every side, so the sides stay comparable.
  const collapsed = useMemo<readonly UnitId[]>(() => [...new Set(inputs.flatMap((v) => v.scenario.view.collapsed))], [inputs]);
  const request = useMemo<CompareRequest | null>(() => (inputs.length >= 2 ? { kind: 'compare', variants: inputs, month: settled } : null), [inputs, settled]);
  // A small org compares as the month or the choice changes; a big one (seconds to a minute) when asked.
  const people = useMemo(() => inputs.reduce((sum, v) => sum + Object.keys(v.scenario.org.people).length, 0), [inputs]);
  const auto = people <= AUTO_COMPARE_PEOPLE;
  // The forecast's ghosts on the side-by-side orgs, as on the canvas; off by default for big orgs (it runs here).
  const [forecast, setForecast] = useState(() => useStore.getState().showForecast && auto);
  const job = useCompareJob(request, readComparison, auto);
  const comparison = job.value && request ? job.value : null;
  const stale = comparison !== null && job.valueOf !== request;
  const maxMonth = Math.min(MAX_MONTH, Math.max(month, ...inputs.map((v) => v.scenario.simulation.months)));

  // Focus moves into the view, and back to where it was when the view closes.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.current?.focus();
    return () => before?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog over the view (a question, a problem) takes Escape first.
      if (e.key !== 'Escape' || useStore.getState().choice || useStore.getState().problems || useVariantsUi.getState().dialog) return;
      e.preventDefault();
      closeCompare();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const toggle = (name: string) =>
    setChosen((now) => {
      if (now.includes(name)) return now.filter((n) => n !== name);
      if (now.length >= MAX_COMPARED) return now;
      return [...now, name];
    });
  const chosenInOrder = names.filter((n) => chosen.includes(n));

  return (
    <div
      ref={root}
      tabIndex={-1}
      className="compare-view"
      role="dialog"
      aria-modal="true"
      aria-label="Compare variants"
      data-testid="compare-view"
      onKeyDown={(e) => {
        // Arrows scroll the view or move a slider here; the window's handler would walk the hidden chart's units.
        if (e.key.startsWith('Arrow') && !e.ctrlKey && !e.metaKey && !e.altKey) e.stopPropagation();
      }}
    >
      <header className="compare-view__bar">
        <h2>Compare variants</h2>
        <fieldset className="compare-view__pick">
          <legend className="sr-only">Variants to compare</legend>
          {names.map((name) => {
            const at = chosenInOrder.indexOf(name);
            return (
              <label key={name} className="compare-view__variant" title={at === 0 ? 'Deltas are against this one (the first chosen)' : undefined}>
                <input type="checkbox" checked={at >= 0} disabled={at < 0 && chosen.length >= MAX_COMPARED} onChange={() => toggle(name)} />
                {at >= 0 && <span className="compare-swatch" style={{ background: colourOf(at) }} aria-hidden />}
                {name}
              </label>
            );
          })}
        </fieldset>
        <label className="compare-view__month">
          Month
          <input type="range" min={0} max={maxMonth} value={month} aria-label="Compare at month" onChange={(e) => setMonth(Number(e.target.value))} />
          <input
            type="number"
            min={0}
            max={MAX_MONTH}
            value={month}
            aria-label="Month to compare"
            onChange={(e) => {
              const m = Number(e.target.value);
              if (e.target.value !== '' && Number.isInteger(m) && m >= 0 && m <= MAX_MONTH) setMonth(m);
            }}
          />
        </label>
        <span className="compare-view__export" role="group" aria-label="Export the comparison">
          <button
            type="button"
            className="button"
            disabled={!comparison}
            onClick={() => comparison && void exportComparisonPng(comparison, collapsed, forecast)}
            title="The orgs side by side with the diff, as a PNG"
          >
            Export PNG
          </button>
          <button
            type="button"
            className="button"
            disabled={!comparison}
            onClick={() => comparison && void exportComparisonSvg(comparison, collapsed, forecast)}
            title="The orgs side by side with the diff, as an SVG"
          >
            Export SVG
          </button>
          <button
            type="button"
            className="button"
            disabled={!comparison}
            onClick={() => comparison && void exportComparisonCsv(comparison)}
            title="The metric table with the deltas, as CSV"
          >
            Export CSV
          </button>
        </span>
        <button type="button" className="button compare-view__close" onClick={closeCompare} title="Back to the canvas (Escape)">
          Close
        </button>
        {notice && (
          <div className="compare-view__notice" role="status" onAnimationEnd={() => useStore.getState().showNotice(null)}>
            {notice}
          </div>
        )}
      </header>
      <div className="compare-view__body">
        {names.length < 2 ? (
          <div className="compare-empty">
            <p>
              This document has one variant, “{names[0]}”. Duplicate it as a new variant, change the copy (add a funding round, move a team), then compare the
              two.
            </p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                closeCompare();
                openDuplicateDialog();
              }}
            >
              Duplicate as new variant…
            </button>
          </div>
        ) : chosen.length < 2 ? (
          <p className="compare-empty">Choose two variants or more to compare.</p>
        ) : (
          <>
            <div className="compare-view__status" aria-live="polite">
              {job.status === 'running' && (
                <>
                  <span>Comparing at month {settled}…</span>
                  <progress max={1} value={job.progress} aria-label="Comparison progress" />
                  <button type="button" className="button button--small" onClick={job.cancel}>
                    Cancel
                  </button>
                </>
              )}
              {job.status === 'stopped' && (
                <>
                  <span>Stopped.</span>
                  <button type="button" className="button button--small" onClick={job.run}>
                    Compare again
                  </button>
                </>
              )}
              {!auto && (job.status === 'idle' || (stale && job.status !== 'running')) && (
                <>
                  <button type="button" className="button button--primary button--small" onClick={job.run}>
                    Compare at month {settled}
                  </button>
                  <span>
                    {people.toLocaleString('en-US')} people in these variants: each comparison simulates every one of them, which takes a while, so it runs when
                    asked.
                  </span>
                </>
              )}
              {comparison && !stale && job.status !== 'running' && (
                <span>
                  Every variant runs on seed {comparison.seed}
                  {comparison.horizon > comparison.month ? `, to month ${comparison.horizon} for the charts` : ''}: the same attrition, hires and promotions
                  wherever the plans don’t change them. Deltas are against “{comparison.variants[0]!.name}”.
                </span>
              )}
            </div>
            {job.error && (
              <p className="field__error compare-view__error" role="alert">
                {job.error}
              </p>
            )}
            {comparison && (
              <>
                <div className="compare-view__top">
                  <DeltaTable comparison={comparison} />
                  <CompareCharts comparison={comparison} />
                </div>
                <DiffList comparison={comparison} />
                <CompareCanvases comparison={comparison} collapsed={collapsed} forecast={forecast} onForecast={setForecast} />
              </>
            )}
            <CompareMonteCarlo inputs={inputs} month={settled} />
          </>
        )}
      </div>
    </div>
  );
}

function DeltaTable({ comparison }: { comparison: VariantComparison }) {
  return (
    <table className="compare-table" data-testid="compare-deltas">
      <caption>At month {comparison.month}</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          {comparison.variants.map((v, i) => [
            <th key={v.name} scope="col">
              <span className="compare-swatch" style={{ background: colourOf(i) }} aria-hidden /> {v.name}
            </th>,
            i > 0 && (
              <th key={`${v.name}:delta`} scope="col" title={`${v.name} − ${comparison.variants[0]!.name}`}>
                Δ
              </th>
            ),
          ])}
        </tr>
      </thead>
      <tbody>
        {comparison.metrics.map((row) => (
          <tr key={row.metric} data-testid={`delta-${row.metric}`}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, i) => {
              const delta = row.deltas[i] ?? null;
              const cells = [<td key={`${i}:v`}>{formatValue(value, row.kind)}</td>];
              if (i > 0)
                cells.push(
                  <td key={`${i}:d`} className={delta === null || delta === 0 ? 'compare-delta' : 'compare-delta compare-delta--changed'}>
                    {formatDelta(delta, row.kind)}
                  </td>,
                );
              return cells;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DiffList({ comparison }: { comparison: VariantComparison }) {
  const sentences = useMemo(() => diffSentences(comparison), [comparison]);
  return (
    <section className="compare-section" aria-label="What differs" data-testid="compare-diff">
      {sentences.map(({ name, lines }) => (
        <div key={name}>
          <h3>
            {name} against {comparison.variants[0]!.name}, month {comparison.month}
          </h3>
          <ul className="compare-diff">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

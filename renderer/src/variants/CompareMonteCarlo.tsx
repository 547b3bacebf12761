/**
 * Monte Carlo of the compared variants on the same seeds: per unit, the odds that a MoM role emerges in its line in
 * each variant side by side, and the difference per seed (runs where it emerged in one and not the other); per
 * metric at the month, the per-seed difference as median and p10-p90. Runs in a worker, with progress and Cancel.
 */
import { useMemo, useState } from 'react';
import type { VariantInput } from '../../../shared';
import type { CompareOutcome, CompareRequest, MonteCarloPair } from './compareJobs';
import { colourOf, formatBand, formatDelta } from './compareModel';
import { useCompareJob } from './useCompareJob';

const readPairs = (outcome: CompareOutcome): { value: readonly MonteCarloPair[] } | { error: string } =>
  outcome.kind !== 'monte-carlo' ? { error: 'Unexpected reply.' } : outcome.result.ok ? { value: outcome.result.value } : { error: outcome.result.error };

const pct = (x: number): string => `${Math.round(x * 100)}%`;
/** The most unit rows shown: the units with the largest differences first. */
const MAX_ROWS = 40;

export function CompareMonteCarlo({ inputs, month }: { inputs: readonly VariantInput[]; month: number }) {
  const [runs, setRuns] = useState(100);
  const valid = Number.isInteger(runs) && runs >= 2 && runs <= 1000;
  const request = useMemo<CompareRequest | null>(
    () => (inputs.length >= 2 && valid ? { kind: 'monte-carlo', variants: inputs, runs, months: month } : null),
    [inputs, runs, month, valid],
  );
  const job = useCompareJob(request, readPairs, false);
  const pairs = job.value;
  const asked = job.valueOf?.kind === 'monte-carlo' ? job.valueOf : null;
  const stale = pairs !== null && job.valueOf !== request;

  const rows = useMemo(() => {
    if (!pairs || pairs.length === 0) return [];
    const [first] = pairs;
    const spread = (id: string) => Math.max(...pairs.map((p) => Math.abs(p.comparison.units.find((u) => u.unitId === id)?.difference ?? 0)));
    return [...first!.comparison.units].sort((x, y) => spread(y.unitId) - spread(x.unitId) || x.name.localeCompare(y.name)).slice(0, MAX_ROWS);
  }, [pairs]);

  return (
    <section className="compare-section" aria-label="Monte Carlo odds" data-testid="compare-monte-carlo">
      <div className="compare-section__head">
        <h3>Monte Carlo on the same seeds</h3>
        <label>
          Runs{' '}
          <input
            type="number"
            min={2}
            max={1000}
            value={Number.isNaN(runs) ? '' : runs}
            aria-label="Monte Carlo runs to compare"
            onChange={(e) => setRuns(e.target.value === '' ? Number.NaN : Number(e.target.value))}
          />
        </label>
        {job.status === 'running' ? (
          <>
            <progress max={1} value={job.progress} aria-label="Monte Carlo progress" />
            <button type="button" className="button" onClick={job.cancel}>
              Cancel
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled={!request}
            onClick={job.run}
            title="Run every variant over the same seeds and compare them run by run"
          >
            {pairs ? 'Run again' : 'Run Monte Carlo'}
          </button>
        )}
        {!valid && <span className="field__error">Runs: a whole number from 2 to 1,000.</span>}
        {job.status === 'stopped' && <span className="compare-note">Stopped.</span>}
        {stale && job.status !== 'running' && <span className="compare-note">The variants, month or runs changed since: run again to update.</span>}
      </div>
      {job.error && (
        <p className="field__error" role="alert">
          {job.error}
        </p>
      )}
      {!pairs && job.status !== 'running' && !job.error && (
        <p className="compare-note">
          Each run uses the same seed in every variant, so a difference comes from the variants’ events and edits, not from chance. Give it a few seconds for
          100 runs.
        </p>
      )}
      {pairs && asked && pairs.length > 0 && (
        <>
          <p className="compare-note">
            {asked.runs} runs × {asked.months} months. A difference is taken run by run (the same seed on both sides) and summarised as median (p10 to p90).
          </p>
          <table className="compare-table" data-testid="compare-mc-metrics">
            <thead>
              <tr>
                <th scope="col">At month {asked.months}, per seed</th>
                {pairs.map((p) => (
                  <th key={p.b} scope="col">
                    {p.b} − {p.a}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['Headcount', 'headcount', false],
                  ['Managers of managers', 'moms', false],
                  ['Open roles', 'vacancies', false],
                  ['MoM roles filled inside', 'internalFillRate', true],
                ] as const
              ).map(([label, key, share]) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  {pairs.map((p) => {
                    const at = p.comparison.byMonth.find((b) => b.month === asked.months);
                    return <td key={p.b}>{at ? formatBand(at[key], share) : '—'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <table className="compare-table compare-table--odds" data-testid="compare-mc-odds">
            <caption>Odds that a MoM role emerges in each unit’s line by month {asked.months}; the units that differ most first</caption>
            <thead>
              <tr>
                <th scope="col">Unit</th>
                <th scope="col">
                  <span className="compare-swatch" style={{ background: colourOf(0) }} aria-hidden /> {pairs[0]!.a}
                </th>
                {pairs.map((p, i) => [
                  <th key={p.b} scope="col">
                    <span className="compare-swatch" style={{ background: colourOf(i + 1) }} aria-hidden /> {p.b}
                  </th>,
                  <th key={`${p.b}:delta`} scope="col" title={`${p.b} − ${p.a}, over the same seeds`}>
                    Δ
                  </th>,
                  <th
                    key={`${p.b}:runs`}
                    scope="col"
                    title={`Runs (seeds) in which a MoM role emerged in the unit's line in ${p.b} and not in ${p.a}, and the other way round`}
                  >
                    Seeds: only {p.b} / only {p.a}
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.unitId} data-testid="compare-mc-unit">
                  <th scope="row">{u.name}</th>
                  <td>{pct(u.a)}</td>
                  {pairs.map((p) => {
                    const d = p.comparison.units.find((x) => x.unitId === u.unitId);
                    return d ? (
                      [
                        <td key={`${p.b}:odds`}>{pct(d.b)}</td>,
                        <td key={`${p.b}:diff`} className={d.difference === 0 ? 'compare-delta' : 'compare-delta compare-delta--changed'}>
                          {formatDelta(d.difference, 'share')}
                        </td>,
                        <td key={`${p.b}:runs`}>
                          {d.onlyB} / {d.onlyA}
                        </td>,
                      ]
                    ) : (
                      <td key={p.b} colSpan={3}>
                        —
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {pairs[0]!.comparison.units.length > MAX_ROWS && (
            <p className="compare-note">
              The {MAX_ROWS} units with the largest differences of {pairs[0]!.comparison.units.length}.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The org of each compared variant at the month, side by side, drawn by the comparison's own SVG (the export's
 * drawing: shared/export/compareSvg.ts) with the diff outlined; the panes scroll and zoom together.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { comparisonMarks, comparisonPanels, compareSvg, DIFF_MARK_STYLE, type DiffMark, type UnitId, type VariantComparison } from '../../../shared';
import { colourOf } from './compareModel';

const ZOOMS = [0.25, 0.35, 0.5, 0.65, 0.8, 1, 1.25];

export function CompareCanvases({
  comparison,
  collapsed,
  forecast,
  onForecast,
}: {
  comparison: VariantComparison;
  collapsed: readonly UnitId[];
  /** Draw each month's forecast ghosts, as the canvas does (and mark a ghost MoM role only one side has). */
  forecast: boolean;
  onForecast: (on: boolean) => void;
}) {
  // The same panels the export draws (comparisonPanels), each in its own pane, with one legend above them all.
  const panels = useMemo(
    () =>
      comparisonPanels(comparison, { collapsed, forecast }).map((panel, i) => ({
        name: comparison.variants[i]!.name,
        ...compareSvg([panel], { legend: false }),
        marked: panel.marks?.size ?? 0,
      })),
    [comparison, collapsed, forecast],
  );
  const used = useMemo(() => {
    const marks = new Set<DiffMark>();
    for (const p of comparisonMarks(comparison)) for (const list of p.values()) for (const m of list) marks.add(m);
    return marks;
  }, [comparison]);
  const panes = useRef<(HTMLDivElement | null)[]>([]);
  const [zoom, setZoom] = useState<number | null>(null);
  const widest = Math.max(...panels.map((p) => p.width));

  // Open fitted to the pane's width (never above 100%).
  useLayoutEffect(() => {
    if (zoom !== null) return;
    const width = panes.current[0]?.clientWidth ?? 0;
    if (width > 0) setZoom(Math.min(1, Math.max(ZOOMS[0]!, (width - 8) / widest)));
  }, [zoom, widest]);

  // Scrolled together: the panes share coordinates (each chart is laid out from the same top-left).
  const syncing = useRef(false);
  const onScroll = (from: number) => {
    if (syncing.current) return;
    const source = panes.current[from];
    if (!source) return;
    syncing.current = true;
    panes.current.forEach((pane, i) => {
      if (i === from || !pane) return;
      pane.scrollLeft = source.scrollLeft;
      pane.scrollTop = source.scrollTop;
    });
    requestAnimationFrame(() => (syncing.current = false));
  };
  useEffect(() => () => void (panes.current = []), []);

  const z = zoom ?? 1;
  const step = (dir: 1 | -1) => {
    const next = dir > 0 ? ZOOMS.find((x) => x > z + 1e-6) : [...ZOOMS].reverse().find((x) => x < z - 1e-6);
    if (next !== undefined) setZoom(next);
  };

  return (
    <div className="compare-canvases">
      <div className="compare-canvases__bar">
        <ul className="compare-legend" aria-label="Org diff: legend">
          {(Object.keys(DIFF_MARK_STYLE) as DiffMark[]).map((mark) => (
            <li key={mark} className={used.has(mark) ? '' : 'compare-legend__unused'}>
              <span className="compare-legend__box" style={{ borderColor: DIFF_MARK_STYLE[mark].stroke }} aria-hidden />
              {DIFF_MARK_STYLE[mark].label}
            </li>
          ))}
        </ul>
        <label className="toggle compare-canvases__forecast" title="Draw the roles each month's org needs (the forecast's ghosts), as the canvas does">
          <input type="checkbox" checked={forecast} onChange={(e) => onForecast(e.target.checked)} /> Forecast
        </label>
        <span className="compare-canvases__zoom" role="group" aria-label="Zoom the charts">
          <button type="button" className="button button--small" onClick={() => step(-1)} aria-label="Zoom out">
            −
          </button>
          <span className="compare-canvases__zoom-value">{Math.round(z * 100)}%</span>
          <button type="button" className="button button--small" onClick={() => step(1)} aria-label="Zoom in">
            +
          </button>
          <button type="button" className="button button--small" onClick={() => setZoom(null)}>
            Fit
          </button>
        </span>
      </div>
      <div className="compare-canvases__row" style={{ gridTemplateColumns: `repeat(${panels.length}, minmax(0, 1fr))` }}>
        {panels.map((p, i) => (
          <section
            key={p.name}
            className="compare-pane"
            aria-label={`${p.name}: the org at month ${comparison.month}`}
            data-testid="compare-pane"
            style={{ borderTopColor: colourOf(i) }}
          >
            <div ref={(el) => void (panes.current[i] = el)} className="compare-pane__scroll" onScroll={() => onScroll(i)}>
              {/* The SVG is OrgSim's own drawing (every name escaped by compareSvg), not outside markup. */}
              <div className="compare-pane__chart" style={{ width: p.width * z, height: p.height * z }} dangerouslySetInnerHTML={{ __html: p.svg }} />
            </div>
            <p className="compare-pane__count">{p.marked === 0 ? 'Nothing differs here.' : `${p.marked} unit${p.marked === 1 ? '' : 's'} highlighted`}</p>
          </section>
        ))}
      </div>
    </div>
  );
}

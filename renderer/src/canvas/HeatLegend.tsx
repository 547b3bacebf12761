/** The heat overview's legend: what the colours count, the scale, and a choice between the forecast and Monte Carlo. */
import { useStore } from '../store/store';
import { HEAT_NONE, heatColor, selectHeat } from './heat';
import './heat.css';

export function HeatLegend() {
  const heat = useStore(selectHeat);
  const hasMonteCarlo = useStore((s) => s.sim.monteCarlo !== null);
  const setHeatBy = useStore((s) => s.setHeatBy);
  if (!heat) return null;
  const none = heat.by === 'forecast' && !heat.waiting && heat.bins.length === 0;
  return (
    <div className="heat-legend legend__section" data-testid="heat-legend">
      <div className="heat-legend__title">Where MoM roles emerge</div>
      <div className="segmented" role="radiogroup" aria-label="Heat by">
        <button
          type="button"
          role="radio"
          aria-checked={heat.by === 'forecast'}
          className={heat.by === 'forecast' ? 'on' : ''}
          onClick={() => setHeatBy('forecast')}
        >
          Forecast now
        </button>
        <button
          type="button"
          role="radio"
          aria-checked={heat.by === 'monte-carlo'}
          className={heat.by === 'monte-carlo' ? 'on' : ''}
          disabled={!hasMonteCarlo}
          title={hasMonteCarlo ? 'Colour by the odds from the last Monte Carlo run' : 'Run Monte Carlo in the Timeline first'}
          onClick={() => setHeatBy('monte-carlo')}
        >
          Monte Carlo odds
        </button>
      </div>
      {heat.waiting ? (
        <div className="heat-legend__note">{heat.waiting}</div>
      ) : (
        <div className="heat-legend__scale" aria-label="Colour scale">
          <span className="heat-legend__step">
            <span className="heat-legend__swatch" style={{ background: HEAT_NONE }} />
            {heat.by === 'forecast' ? 'none' : '0%'}
          </span>
          {heat.bins.map((bin) => (
            <span key={bin.level} className="heat-legend__step" data-testid="heat-step">
              <span className="heat-legend__swatch" style={{ background: heatColor(bin.level) }} />
              {bin.label}
            </span>
          ))}
        </div>
      )}
      <div className="heat-legend__note">
        {heat.by === 'forecast'
          ? none
            ? 'The forecast makes no MoM role now: no team or lead is over the policy limits. Monte Carlo (Timeline) shows the odds over time.'
            : "MoM roles the forecast makes in each unit's line (the unit and below it); a collapsed unit counts what it hides."
          : `Odds a MoM role emerges in each unit's line within ${heat.months} months, over ${heat.runs} runs${heat.stale ? ' (before the latest changes)' : ''}; a unit Monte Carlo didn't know takes the highest odds below it.`}
      </div>
    </div>
  );
}

/**
 * A small "Forecasting…" note over the canvas while a large org's forecast is computed in the worker; past
 * 300 ms it shows the time so far, a busy bar and Cancel. After a cancel or a crash it offers Retry.
 */
import { useEffect, useState } from 'react';
import { selectBaseOrg } from '../store/selectors';
import { useStore, type Store } from '../store/store';
import { cancelForecast, retryForecast } from './forecastClient';
import './forecastStatus.css';

/** How long a forecast runs before the note offers to cancel it. */
export const SLOW_FORECAST_MS = 300;

/** Re-render every `ms` while `on`, returning `performance.now()`. */
function useNow(on: boolean, ms: number): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setNow(performance.now()), ms);
    return () => clearInterval(timer);
  }, [on, ms]);
  return now;
}

// Only about the org on the canvas: months fetched ahead and today's org behind a simulated month are quiet.
const selectPendingShown = (s: Store) => (s.forecasts.pending?.org === selectBaseOrg(s) ? s.forecasts.pending : null);
const selectStoppedShown = (s: Store) => s.forecasts.stopped?.org === selectBaseOrg(s);

export function ForecastStatus() {
  const pending = useStore(selectPendingShown);
  const stopped = useStore(selectStoppedShown);
  const failure = useStore((s) => s.forecasts.failure);
  const now = useNow(pending !== null, 100);
  if (pending) {
    const elapsed = Math.max(0, now - pending.startedAt);
    const slow = elapsed >= SLOW_FORECAST_MS;
    return (
      <div className="forecast-status" role="status" data-testid="forecast-status">
        <span>Forecasting…{slow && ` ${(elapsed / 1000).toFixed(1)} s`}</span>
        {slow && (
          <>
            {/* The core reports no progress of its own: an indeterminate bar says it is still at work. */}
            <progress aria-label="Forecast progress" />
            <button type="button" className="button button--small" onClick={cancelForecast}>
              Cancel
            </button>
          </>
        )}
      </div>
    );
  }
  if (!stopped) return null;
  return (
    <div className="forecast-status" role="status" data-testid="forecast-status">
      <span>{failure ? `The forecast hit a bug: ${failure}` : 'Forecast stopped.'}</span>
      <button type="button" className="button button--small" onClick={retryForecast}>
        Retry
      </button>
    </div>
  );
}

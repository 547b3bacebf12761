/** "Opening plan.orgsim.json (31 MB)…" over the canvas while a big file is parsed and checked, with Cancel. */
import { useEffect, useState } from 'react';
import { cancelOpening, useOpening } from './openFile';
import '../forecast/forecastStatus.css';

export function OpeningStatus() {
  const opening = useOpening((s) => s.opening);
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!opening) return;
    const timer = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(timer);
  }, [opening]);
  if (!opening) return null;
  const mb = opening.bytes / 1_000_000;
  return (
    <div className="forecast-status opening-status" role="status" data-testid="opening-status">
      <span>
        Opening {opening.name} ({mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)} MB)… checking every unit and person
        {now - opening.startedAt > 1000 ? ` · ${((now - opening.startedAt) / 1000).toFixed(0)} s` : ''}
      </span>
      {/* The parser reports no progress of its own: an indeterminate bar says it is still at work. */}
      <progress aria-label="Opening progress" />
      <button type="button" className="button button--small" onClick={cancelOpening}>
        Cancel
      </button>
    </div>
  );
}

/** "Saving plan.orgsim.json… 40%" over the canvas while a big document is written out, with Cancel. */
import { cancelSaving, useSaving } from './saveText';
import '../forecast/forecastStatus.css';

export function SavingStatus() {
  const saving = useSaving((s) => s.saving);
  if (!saving) return null;
  const percent = Math.floor(saving.progress * 100);
  return (
    <div className="forecast-status opening-status" role="status" data-testid="saving-status">
      <span>
        {saving.verb} {saving.name}… {percent}%
      </span>
      <progress aria-label={`${saving.verb} progress`} max={100} value={percent} />
      <button type="button" className="button button--small" onClick={cancelSaving}>
        Cancel
      </button>
    </div>
  );
}

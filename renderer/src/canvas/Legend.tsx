/** What the marks on the chart mean: the forecast's (while it is on) and the heat overview's (while it is on). */
import { Panel } from '@xyflow/react';
import { selectShowForecast } from '../store/selectors';
import { useStore } from '../store/store';
import { HeatLegend } from './HeatLegend';

export function Legend() {
  const show = useStore(selectShowForecast);
  const showHeat = useStore((s) => s.showHeat);
  if (!show && !showHeat) return null;
  return (
    <Panel position="top-left" className="legend" data-testid="legend" aria-label="Legend">
      {show && (
        <div className="legend__section">
          <div className="legend__row">
            <span className="legend__swatch legend__swatch--ghost" /> Role the org needs now (forecast)
          </div>
          <div className="legend__row">
            <span className="legend__swatch legend__swatch--vacant" /> Vacant role
          </div>
          <div className="legend__row">
            <span className="badge badge--green">ready now</span>
            <span className="badge badge--amber">in 6-12 months</span>
            <span className="badge badge--blue" title="Their band depends on signals nobody has assessed yet">
              to assess
            </span>
            <span className="badge badge--red">external hire</span>
          </div>
        </div>
      )}
      {showHeat && <HeatLegend />}
    </Panel>
  );
}

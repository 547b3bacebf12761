/** Org metrics at a glance: headcount, teams, managers, managers of managers, layers. */
import { metricsOf, selectBaseOrg } from '../store/selectors';
import { useStore } from '../store/store';

export function MetricsBar() {
  const metrics = metricsOf(useStore(selectBaseOrg));
  const items: [string, string, number | string][] = [
    ['headcount', 'Headcount', metrics.headcount],
    ['teams', 'Teams', metrics.teams],
    ['managers', 'Managers', metrics.managers],
    ['moms', 'Managers of managers', metrics.moms],
    ['layers', 'Layers', metrics.layers],
    ['vacancies', 'Vacancies', metrics.vacancies.length],
    ['ratio', 'Manager : IC', metrics.ics === 0 ? '–' : `1 : ${(metrics.ics / Math.max(1, metrics.managers)).toFixed(1)}`],
  ];
  return (
    <div className="metrics-bar" data-testid="metrics-bar" role="status" aria-label="Org metrics">
      {items.map(([key, label, value]) => (
        <div key={key} className="metric" data-testid={`metric-${key}`}>
          <span className="metric__value">{value}</span>
          <span className="metric__label">{label}</span>
        </div>
      ))}
    </div>
  );
}

/**
 * Succession: every manager of managers today with the ranked bench for their role, the ones at risk first
 * (no one ready now; no one even 6-12 months away), and whether the bench matching covers the role when one
 * ready person is the successor for several. Clicking a role shows its unit; Path opens a successor's path.
 */
import { useMemo } from 'react';
import { successionOf, type Band, type Succession } from '../../../shared';
import { focusUnit } from '../editing';
import { BAND_TONE, selectForecastFor } from '../store/selectors';
import { useStore } from '../store/store';
import { openPersonPath } from './PersonPathDialog';
import './personPath.css';

const BAND_TEXT: Record<Band, string> = { 'ready-now': 'ready now', 'ready-6-12': '6-12 mo', 'to-assess': 'to assess', 'not-yet': 'not yet' };
const RISK_TEXT = { none: 'No successor in sight', later: 'No one ready now', ready: 'Ready successor' } as const;
const RISK_TONE = { none: 'red', later: 'amber', ready: 'green' } as const;

export function SuccessionPanel() {
  const org = useStore((s) => s.scenario.org);
  const policy = useStore((s) => s.scenario.policy);
  const forecast = useStore((s) => selectForecastFor(s, s.scenario.org).forecast);
  const roles = useMemo(() => (forecast ? successionOf(org, policy, forecast, 3) : null), [org, policy, forecast]);
  if (!roles) return <p className="side-panel__empty">Waiting for today's forecast…</p>;
  if (roles.length === 0) return <p className="side-panel__empty">No one manages managers in this org yet.</p>;
  const atRisk = roles.filter((r) => r.risk !== 'ready').length;
  const uncovered = roles.filter((r) => !r.covered).length;
  return (
    <div className="succession" data-testid="succession">
      <p className="side-panel__sub">
        {roles.length} {roles.length === 1 ? 'manager' : 'managers'} of managers · {atRisk} without a successor ready now · {uncovered} not covered once each
        ready person is counted for one role only
      </p>
      <ol className="succession__list">
        {roles.map((r) => (
          <SuccessionRow key={r.unitId} role={r} />
        ))}
      </ol>
    </div>
  );
}

function SuccessionRow({ role }: { role: Succession }) {
  return (
    <li className="succession__row" data-testid="succession-row">
      <div className="succession__head">
        <button type="button" className="link-button succession__unit" onClick={() => focusUnit(role.unitId)} title="Show this unit on the chart">
          {role.role}, {role.unit}
        </button>
        <span className={`badge badge--${RISK_TONE[role.risk]}`}>{RISK_TEXT[role.risk]}</span>
      </div>
      <div className="side-panel__sub">
        {role.holder.name} · {role.holder.title}
        {role.risk === 'ready' && !role.covered && (
          <span title="Their ready successors are also the successors for other roles or open roles, which take them first"> · shared bench: not covered</span>
        )}
      </div>
      {role.bench.length === 0 ? (
        <p className="side-panel__empty">No one inside is a candidate.</p>
      ) : (
        <ol className="succession__bench">
          {role.bench.map((c) => (
            <li key={c.personId}>
              <span>{c.name}</span>
              <span className={`badge badge--${BAND_TONE[c.band]}`}>{BAND_TEXT[c.band]}</span>
              {c.near && <span className="candidate__near">nearby</span>}
              <button type="button" className="link-button" onClick={() => openPersonPath(c.personId)} aria-label={`Path of ${c.name}`}>
                Path
              </button>
            </li>
          ))}
        </ol>
      )}
      {role.total > role.bench.length && <p className="side-panel__sub succession__more">…and {role.total - role.bench.length} more, ranked lower</p>}
    </li>
  );
}

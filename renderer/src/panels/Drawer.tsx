/** The right-hand panel: the selected unit's details, the policy, org health, or succession. */
import { selectPanel } from '../store/selectors';
import { useStore, type PanelTab } from '../store/store';
import { HealthPanel } from './HealthPanel';
import { PolicyPanel } from './PolicyPanel';
import { SidePanel } from './SidePanel';
import { SuccessionPanel } from './SuccessionPanel';

const TABS: [PanelTab, string][] = [
  ['details', 'Details'],
  ['policy', 'Policy'],
  ['health', 'Org health'],
  ['succession', 'Succession'],
];

export function Drawer() {
  const panel = useStore(selectPanel);
  const openPanel = useStore((s) => s.openPanel);
  if (panel === null) return null;
  return (
    <aside className="side-panel" aria-label="Panel">
      <div className="tabs" role="tablist">
        {TABS.map(([tab, label]) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={panel === tab}
            className={panel === tab ? 'tab tab--on' : 'tab'}
            onClick={() => openPanel(tab)}
          >
            {label}
          </button>
        ))}
        <button type="button" className="icon-button tabs__close" aria-label="Close panel" onClick={() => openPanel(null)}>
          ×
        </button>
      </div>
      {panel === 'details' && <SidePanel />}
      {panel === 'policy' && <PolicyPanel />}
      {panel === 'health' && <HealthPanel />}
      {panel === 'succession' && <SuccessionPanel />}
    </aside>
  );
}

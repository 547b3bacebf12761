/** The words a forecast ghost (a node only the forecast draws) carries on the chart, in the panel and in exports. */
import type { Emergent } from './forecast';

/**
 * The open role a ghost stands for: `ghostRoleText(emergent)` → `'Director needed'` for a new group, `'EM needed'`
 * for a team split off (a split's role is always EM).
 */
export function ghostRoleText(ghost: Pick<Emergent, 'role'>): string {
  return `${ghost.role} needed`;
}

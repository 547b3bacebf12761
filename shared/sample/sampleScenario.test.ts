import { describe, expect, it } from 'vitest';
import { yearsBetween } from '../model/dates';
import { checkOrg } from '../model/invariants';
import { buildTreeIndex, childrenOf } from '../model/tree';
import { personId as p, unitId as u } from '../model/types';
import { sampleScenario } from './sampleScenario';

const { org, policy } = sampleScenario();
const signalsMet = (id: string) => {
  const s = org.people[p(id)]!.signals;
  return [s.launches >= 2, s.strongReferences, s.influence, s.coachesOutsideTeam, s.momNetwork, s.operatingAtNextLevel].filter(Boolean).length;
};
const yearsAsEm = (id: string) => yearsBetween(org.people[p(id)]!.managerSince!, org.asOf);

describe('the sample org', () => {
  it('is sound and about the promised size', () => {
    expect(checkOrg(org)).toEqual([]);
    expect(Object.keys(org.people)).toHaveLength(65);
    expect(Object.values(org.units).filter((unit) => childrenOf(buildTreeIndex(org), unit.id).length === 0)).toHaveLength(10);
  });
  it('has a team at the split size and one over it', () => {
    expect(org.units[u('u05')]!.memberIds).toHaveLength(policy.splitAbove);
    expect(org.units[u('u04')]!.memberIds.length).toBeGreaterThan(policy.splitAbove);
  });
  it('has a director at the span limit', () => expect(childrenOf(buildTreeIndex(org), u('u02'))).toHaveLength(policy.momSpanMax));
  it('has an EM ready now, one in 6-12 months, and a strong one who wants to stay an IC', () => {
    expect([yearsAsEm('p10') >= 2, org.people[p('p10')]!.aspiration, signalsMet('p10') >= 4]).toEqual([true, 'mom', true]);
    expect([yearsAsEm('p11') >= 1 && yearsAsEm('p11') < 2, signalsMet('p11')]).toEqual([true, 2]);
    expect([org.people[p('p12')]!.aspiration, signalsMet('p12')]).toEqual(['ic', 6]);
  });
  it('has a vacant team with senior ICs who want to manage', () => {
    expect(org.units[u('u06')]!.leadId).toBeNull();
    for (const id of ['p20', 'p40']) expect(org.people[p(id)]).toMatchObject({ aspiration: 'manager', signals: { mentorsOthers: true } });
  });
});

import { describe, expect, it } from 'vitest';
import { tinyOrg } from '../testing/testOrg';
import { orgHealth } from './health';
import { unitId } from './types';

const u = unitId;
/**
 * top (p1) leads g1 and t3; g1 (p2) leads t1 and t2. Spans: top 2 (g1, t3), g1 3 (t1, t2, one IC),
 * t1 3 ICs, t2 vacant, t3 1 IC.
 */
const org = tinyOrg([
  ['top', null, 'p1', []],
  ['g1', 'top', 'p2', ['p3']],
  ['t1', 'g1', 'p4', ['p5', 'p6', 'p7']],
  ['t2', 'g1', null, []],
  ['t3', 'top', 'p8', ['p9']],
]);

describe('orgHealth', () => {
  it('counts leads by span, EMs apart from leads of groups, with no gaps from 1 to the largest', () => {
    expect(orgHealth(org).spans).toEqual([
      { span: 1, em: 1, mom: 0 },
      { span: 2, em: 0, mom: 1 },
      { span: 3, em: 1, mom: 1 },
    ]);
  });

  it('counts units per layer, top first', () => {
    expect(orgHealth(org).layers).toEqual([
      { layer: 1, units: 1 },
      { layer: 2, units: 2 },
      { layer: 3, units: 2 },
    ]);
  });

  it('counts a subtree from its own top, and lists its units for measures over the same scope', () => {
    const health = orgHealth(org, u('g1'));
    expect(health.layers).toEqual([
      { layer: 1, units: 1 },
      { layer: 2, units: 2 },
    ]);
    expect(health.unitIds).toEqual([u('g1'), u('t1'), u('t2')]);
    expect(health.metrics.headcount).toBe(6);
  });

  it('is empty for an empty org', () => {
    expect(orgHealth({ asOf: '2026-01-01', people: {}, units: {} })).toMatchObject({ spans: [], layers: [], unitIds: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { unitId, type UnitId } from '../../../shared';
import { isUnitCollapsed } from './selectors';
import type { Store } from './store';

const storeWith = (collapsed: readonly UnitId[]) => ({ scenario: { view: { collapsed } } }) as unknown as Store;

describe('isUnitCollapsed', () => {
  it('reads the current collapsed list, also after it is replaced', () => {
    const first = storeWith([unitId('a'), unitId('b')]);
    expect([isUnitCollapsed(first, unitId('a')), isUnitCollapsed(first, unitId('c'))]).toEqual([true, false]);
    const next = storeWith([unitId('c')]);
    expect([isUnitCollapsed(next, unitId('a')), isUnitCollapsed(next, unitId('c'))]).toEqual([false, true]);
  });
});

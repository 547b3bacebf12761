import { describe, expect, it } from 'vitest';
import { checkEvent, emptyScenario, personId, sampleScenario, unitId, type ScenarioEvent } from '../../../shared';
import { describeEvent, EVENT_KINDS, EVENT_LABEL, eventMonth, newEvent } from './eventText';

const { org } = sampleScenario();

describe('newEvent', () => {
  it.each(EVENT_KINDS)('makes a %s event the check accepts as it is', (kind) => {
    const event = newEvent(kind, 'e1', org);
    expect(event.kind).toBe(kind);
    expect(checkEvent(sampleScenario(), 0, event)).toEqual([]);
  });

  it('in an empty org, aims at nobody, which the check refuses rather than saving', () => {
    const event = newEvent('reorg', 'e1', emptyScenario('2026-01-01').org);
    expect(checkEvent(emptyScenario('2026-01-01'), 0, event).map((p) => p.field)).toEqual(['unitId', 'newParentId']);
  });

  it('lists every kind once, with a label', () => {
    expect([...EVENT_KINDS].sort()).toEqual(Object.keys(EVENT_LABEL).sort());
  });
});

describe('describeEvent', () => {
  it.each<[ScenarioEvent, string]>([
    [{ kind: 'growth', id: 'e', fromMonth: 2, toMonth: 7, perMonth: 1, target: { kind: 'spread' } }, '1 hire/month, months 2-7, spread over teams'],
    [
      {
        kind: 'funding',
        id: 'e',
        month: 3,
        amount: 20_000_000,
        engineeringShare: 0.5,
        costPerEngineer: 200_000,
        runwayMonths: 24,
        rampMonths: 6,
        target: { kind: 'units', unitIds: [unitId('u04')] },
      },
      '25 hires over 6 months, to Payments',
    ],
    [
      { kind: 'acquisition', id: 'e', month: 6, underUnitId: unitId('u01'), mode: 'integrate', source: { kind: 'generated', size: 1 } },
      '1 person join under Engineering (integrated)',
    ],
    [{ kind: 'downsizing', id: 'e', month: 6, share: 0.1, target: { kind: 'spread' }, rule: 'lowest-rating' }, '10% cut (lowest rating), spread over teams'],
    [{ kind: 'departure', id: 'e', month: 3, personId: personId('gone') }, 'missing person gone leaves'],
    [{ kind: 'reorg', id: 'e', month: 3, unitId: unitId('u04'), newParentId: unitId('u01') }, 'Payments moves under Engineering'],
  ])('%j → %s', (event, text) => {
    expect(describeEvent(event, org)).toBe(text);
  });

  it('places growth at the month it starts', () => {
    expect(eventMonth({ kind: 'growth', id: 'e', fromMonth: 4, toMonth: 9, perMonth: 1, target: { kind: 'spread' } })).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { personId, unitId, type Scenario, type ScenarioEvent } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { tinyOrg } from '../testing/testOrg';
import { checkEvent } from './eventCheck';

const scenario: Scenario = { ...sampleScenario(), simulation: { ...sampleScenario().simulation, months: 24 } };
const growth: ScenarioEvent = { kind: 'growth', id: 'e1', fromMonth: 1, toMonth: 12, perMonth: 1, target: { kind: 'spread' } };
const funding: ScenarioEvent = {
  kind: 'funding',
  id: 'e1',
  month: 3,
  amount: 20_000_000,
  engineeringShare: 0.5,
  costPerEngineer: 200_000,
  runwayMonths: 24,
  rampMonths: 6,
  target: { kind: 'spread' },
};
const acquisition: ScenarioEvent = {
  kind: 'acquisition',
  id: 'e1',
  month: 6,
  underUnitId: unitId('u01'),
  mode: 'division',
  source: { kind: 'generated', size: 20 },
};
const departure: ScenarioEvent = { kind: 'departure', id: 'e1', month: 3, personId: personId('p02') };
const messages = (event: ScenarioEvent, index = scenario.events.length, s = scenario) => checkEvent(s, index, event).map((p) => p.message);

describe('checkEvent', () => {
  it.each([
    ['growth', growth],
    ['funding', funding],
    ['acquisition', acquisition],
    ['departure', departure],
    ['an acquisition of an org from a file', { ...acquisition, source: { kind: 'org', org: tinyOrg([['a1', null, 'x1', ['x2']]]) } } as const],
  ])('accepts a sound %s event', (_, event) => {
    expect(checkEvent(scenario, 0, event)).toEqual([]);
  });

  it.each<[string, ScenarioEvent, string[]]>([
    ['a blank month', { ...departure, month: Number.NaN }, ['Enter a number for month.']],
    [
      'a blank field inside the source',
      { ...acquisition, source: { kind: 'generated', size: Number.NaN } },
      ['Enter a number for people in the acquired org.'],
    ],
    ['a fractional month, said once for two fields', { ...growth, fromMonth: 1.5, toMonth: 2.5 }, ['Months must be a whole number.']],
    ['a fractional ramp (a file may hold one, the editor asks for whole months)', { ...funding, rampMonths: 2.5 }, ['Months must be a whole number.']],
    ['fractional hires', { ...funding, hires: 3.5 }, ['Hires must be a whole number.']],
    ['a month outside the run, in the run’s words', { ...departure, month: 40 }, ['Month 40 is outside the run (months 1 to 24).']],
    ['a person who isn’t in the org', { ...departure, personId: personId('nobody') }, ['There is no person “nobody” to leave.']],
    ['a ramp of 0 months (which the file format would refuse to open)', { ...funding, rampMonths: 0 }, ['Hiring ramp must be more than 0.']],
    ['growth that ends before it starts', { ...growth, fromMonth: 6, toMonth: 3 }, ['Growth ends before it starts.']],
  ])('refuses %s', (_, event, expected) => {
    expect(messages(event)).toEqual(expected);
  });

  it('names the field of each problem', () => {
    expect(checkEvent(scenario, 0, { ...growth, toMonth: Number.NaN, perMonth: 900 })).toEqual([
      { field: 'toMonth', message: 'Enter a number for to month.' },
      { field: 'perMonth', message: '900 hires a month is not a plausible rate (0 to 500).' },
    ]);
  });

  it('checks the event in its place: an id another event has is refused, its own is not', () => {
    const withOne = { ...scenario, events: [growth] };
    expect(messages({ ...departure, id: 'e1' }, 1, withOne)).toEqual(['Two events share the id “e1”.']);
    expect(messages({ ...growth, perMonth: 2 }, 0, withOne)).toEqual([]);
  });
});

/** Checks a scenario's events before a run: every problem with the event it belongs to and a plain sentence. */
import type { FileProblem } from '../ipc';
import type { Scenario, ScenarioEvent, Target } from '../model/types';
import { getOwn } from '../model/lookup';

/** Hires a funding round implies: the engineering share of the amount, over the runway, at the loaded cost. */
export function fundingHires(event: Extract<ScenarioEvent, { kind: 'funding' }>): number {
  if (event.hires !== undefined) return event.hires;
  const perEngineerOverRunway = event.costPerEngineer * (event.runwayMonths / 12);
  return perEngineerOverRunway > 0 ? Math.floor((event.amount * event.engineeringShare) / perEngineerOverRunway) : 0;
}

/** Every problem with the scenario's events (missing units or people, months outside the run, absurd numbers). */
export function validateEvents(scenario: Scenario, months: number = scenario.simulation.months): FileProblem[] {
  const { org } = scenario;
  const problems: FileProblem[] = [];
  const ids = new Set<string>();
  scenario.events.forEach((event, i) => {
    const at = (field: string) => `events[${i}]${field ? `.${field}` : ''}`;
    const add = (field: string, message: string) => problems.push({ path: at(field), message });
    if (ids.has(event.id)) add('id', `Two events share the id “${event.id}”.`);
    ids.add(event.id);
    const checkMonth = (field: string, m: number) => {
      if (!Number.isInteger(m) || m < 1 || m > months) add(field, `Month ${m} is outside the run (months 1 to ${months}).`);
    };
    const checkTarget = (target: Target) => {
      if (target.kind === 'units') for (const id of target.unitIds) if (!getOwn(org.units, id)) add('target', `There is no unit “${id}” to aim at.`);
    };
    switch (event.kind) {
      case 'growth':
        checkMonth('fromMonth', event.fromMonth);
        checkMonth('toMonth', event.toMonth);
        if (event.toMonth < event.fromMonth) add('toMonth', 'Growth ends before it starts.');
        if (event.perMonth < 0 || event.perMonth > 500) add('perMonth', `${event.perMonth} hires a month is not a plausible rate (0 to 500).`);
        checkTarget(event.target);
        break;
      case 'funding': {
        checkMonth('month', event.month);
        if (event.amount < 0) add('amount', 'A funding round can’t raise a negative amount.');
        if (event.engineeringShare < 0 || event.engineeringShare > 1) add('engineeringShare', 'The engineering share is a fraction from 0 to 1.');
        if (event.costPerEngineer <= 0) add('costPerEngineer', 'The loaded cost per engineer must be more than 0.');
        const hires = fundingHires(event);
        if (hires > 5000)
          add('amount', `This round implies ${hires} hires; OrgSim simulates up to 5,000 hires a round. Check the amount and the cost per engineer.`);
        checkTarget(event.target);
        break;
      }
      case 'acquisition':
        checkMonth('month', event.month);
        if (!getOwn(org.units, event.underUnitId)) add('underUnitId', `There is no unit “${event.underUnitId}” to attach the acquired org under.`);
        if (event.source.kind === 'generated' && (event.source.size < 1 || event.source.size > 5000))
          add('source.size', 'A generated org has from 1 to 5,000 people.');
        break;
      case 'downsizing':
        checkMonth('month', event.month);
        if (event.share <= 0 || event.share >= 1) add('share', 'A downsizing cuts a share between 0 and 1 (for example 0.1 for 10%).');
        checkTarget(event.target);
        break;
      case 'departure':
        checkMonth('month', event.month);
        if (!getOwn(org.people, event.personId)) add('personId', `There is no person “${event.personId}” to leave.`);
        break;
      case 'reorg':
        checkMonth('month', event.month);
        if (!getOwn(org.units, event.unitId)) add('unitId', `There is no unit “${event.unitId}” to move.`);
        if (!getOwn(org.units, event.newParentId)) add('newParentId', `There is no unit “${event.newParentId}” to move it under.`);
        break;
    }
  });
  return problems;
}

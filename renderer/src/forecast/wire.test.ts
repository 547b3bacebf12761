import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, forecastEmergence, sampleScenario, type Org } from '../../../shared';
import { generateOrg } from '../../../shared/sample/generateOrg';
import { fromWire, toWire } from './wire';

/** Paths inside `value` to anything structured clone would not carry as plain data (Map, Set, class instances, functions). */
function notPlain(value: unknown, path = '$', seen = new Set<object>()): string[] {
  if (typeof value === 'function') return [path];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return [`${path} (${proto?.constructor?.name ?? 'unknown'})`];
  return Object.entries(value).flatMap(([k, v]) => notPlain(v, `${path}.${k}`, seen));
}

const sample = sampleScenario();
// Splits above 6 give a generated org ghosts of both kinds (team splits and new groups).
const generated: Org = generateOrg({ size: 300, seed: 1, asOf: sample.org.asOf });
const cases = [
  ['the sample', sample.org, sample.policy],
  ['a generated org, splits above 6', generated, { ...DEFAULT_POLICY, splitAbove: 6 }],
  ['a generated org, default policy', generated, DEFAULT_POLICY],
] as const;

describe('a forecast across threads', () => {
  it.each(cases)('%s: the forecast is plain data', (_, org, policy) => {
    expect(notPlain(forecastEmergence(org, policy))).toEqual([]);
  });

  it.each(cases)('%s: survives structured clone unchanged', (_, org, policy) => {
    const forecast = forecastEmergence(org, policy);
    const back = fromWire(structuredClone(toWire(forecast)), org);
    expect(back).toEqual(forecast);
  });

  it('leaves out the projected org; with no steps it is the very org asked about', () => {
    const forecast = forecastEmergence(generated, DEFAULT_POLICY);
    expect(forecast.steps).toHaveLength(0);
    expect('projected' in toWire(forecast)).toBe(false);
    expect(fromWire(structuredClone(toWire(forecast)), generated).projected).toBe(generated);
  });

  it('rebuilds the projected org from the steps, sharing the units the steps leave alone', () => {
    const policy = { ...DEFAULT_POLICY, splitAbove: 6 };
    const forecast = forecastEmergence(generated, policy);
    expect(forecast.steps.length).toBeGreaterThan(1);
    expect(forecast.emergent.some((e) => e.kind === 'mom')).toBe(true);
    const projected = fromWire(structuredClone(toWire(forecast)), generated).projected;
    expect(projected).toEqual(forecast.projected);
    const untouched = Object.keys(generated.units).filter((id) => projected.units[id as never] === generated.units[id as never]);
    expect(untouched.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW, type Scenario } from '../model/types';
import { MAX_FILE_BYTES } from '../ipc';
import { generateOrg } from '../sample/generateOrg';
import { sampleScenario } from '../sample/sampleScenario';
import { COMPACT_ABOVE_PEOPLE, parseScenarioFile, serializeScenario } from './scenarioFile';

describe('saving a big org', { timeout: 60_000 }, () => {
  it('is indented for a small org and compact for a big one, and a 100,000-person save would fit what Open… reads', () => {
    expect(serializeScenario(sampleScenario()).split('\n').length).toBeGreaterThan(100);
    const big: Scenario = {
      name: 'big',
      org: generateOrg({ size: 25_000, seed: 1, asOf: '2026-11-01' }),
      policy: DEFAULT_POLICY,
      events: [],
      simulation: DEFAULT_SIMULATION,
      view: EMPTY_VIEW,
    };
    expect(Object.keys(big.org.people).length).toBeGreaterThan(COMPACT_ABOVE_PEOPLE);
    const text = serializeScenario(big);
    expect(text.split('\n').length).toBe(2);
    // Four times this org, 100,000 people, still fits what Open… reads.
    expect(4 * new TextEncoder().encode(text).length).toBeLessThan(MAX_FILE_BYTES);
    const back = parseScenarioFile(text);
    expect(back.ok && Object.keys(back.value.org.people).length).toBe(Object.keys(big.org.people).length);
  });
});

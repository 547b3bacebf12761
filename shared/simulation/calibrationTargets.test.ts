/**
 * DOMAIN.md "Calibration": the default policy meets every target on a fixed seed set. Deterministic (the same
 * seeds give the same runs), so this is not flaky; it is slow (about half a minute), because it is the real
 * report: the sample with growth and without events, and a generated 1,000-person org, 36 months, 20 seeds.
 */
import { describe, expect, it } from 'vitest';
import { calibrate } from './calibrate';

describe('calibration targets on seeds 1-20', () => {
  it('every target is met', () => {
    const report = calibrate({ seeds: 20, months: 36, firstSeed: 1 });
    const missed = report.targets.filter((t) => !t.met).map((t) => `${t.scenario} ${t.target}: ${t.shown} (expected ${t.expected})`);
    expect(missed).toEqual([]);
    expect(report.met).toBe(report.targets.length);
  }, 300_000);
});

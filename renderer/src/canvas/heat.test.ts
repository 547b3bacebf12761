import { describe, expect, it } from 'vitest';
import { countBins, HEAT_COLORS, heatColor, heatLevel, HEAT_NONE, ODDS_BINS } from './heat';

describe('heat scale', () => {
  it.each([
    [0, []],
    [1, ['1']],
    [3, ['1', '2', '3']],
    [5, ['1', '2', '3', '4', '5']],
    [6, ['1', '2', '3', '4', '5-6']],
    [300, ['1-3', '4-9', '10-30', '31-95', '96-300']],
    [2000, ['1-4', '5-20', '21-95', '96-437', '438-2000']],
  ])('counts up to %i are binned as %j', (max, labels) => expect(countBins(max).map((b) => b.label)).toEqual(labels));

  it.each([
    [undefined, 300, 0],
    [0, 300, 0],
    [1, 300, 1],
    [3, 300, 1],
    [4, 300, 2],
    [300, 300, 5],
    [2, 2, 2],
  ])('count %s (of at most %i) is level %i', (value, max, level) => expect(heatLevel(value, countBins(max))).toBe(level));

  it.each([
    [0, 0],
    [0.01, 1],
    [0.2, 1],
    [0.21, 2],
    [0.6, 3],
    [0.8, 4],
    [0.81, 5],
    [1, 5],
  ])('odds %f are level %i', (p, level) => expect(heatLevel(p, ODDS_BINS)).toBe(level));

  it('labels the odds bins and maps levels to a light-to-dark ramp', () => {
    expect(ODDS_BINS.map((b) => b.label)).toEqual(['≤20%', '20-40%', '40-60%', '60-80%', '80-100%']);
    expect(heatColor(0)).toBe(HEAT_NONE);
    // Sequential: each level darker than the last (relative luminance falls).
    const lum = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((a, c, i) => a + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ramp = HEAT_COLORS.map(lum);
    for (let i = 1; i < ramp.length; i++) expect(ramp[i]).toBeLessThan(ramp[i - 1]!);
  });
});

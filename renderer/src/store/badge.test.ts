import { describe, expect, it } from 'vitest';
import type { Band, Candidate } from '../../../shared';
import { badgeFor } from './selectors';

// Only the band matters to a badge.
const of = (...bands: Band[]) => bands.map((band) => ({ band }) as Candidate);

describe('badgeFor', () => {
  it.each<[string, Candidate[], string, string]>([
    ['ready now only', of('ready-now', 'ready-now', 'not-yet'), 'green', '2 ready now'],
    ['ready now and people to assess', of('ready-now', 'ready-now', 'to-assess', 'to-assess', 'to-assess'), 'green', '2 ready now · 3 to assess'],
    ['6-12 months and one to assess', of('ready-6-12', 'to-assess', 'not-yet'), 'amber', '1 in 6-12 months · 1 to assess'],
    ['only people to assess: never "external hire"', of('to-assess', 'to-assess', 'not-yet'), 'blue', '2 to assess'],
    ['nobody who could be ready', of('not-yet', 'not-yet'), 'red', 'none inside: external hire'],
    ['no candidates at all', [], 'red', 'none inside: external hire'],
  ])('%s → %s "%s"', (_, candidates, tone, text) => {
    expect(badgeFor(candidates)).toMatchObject({ tone, text });
  });
});

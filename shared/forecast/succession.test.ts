import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, personId } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { tinyOrg } from '../testing/testOrg';
import { successionOf } from './succession';

describe('successionOf', () => {
  it("lists every MoM of the sample with its bench; Ana Ruiz is the one ready successor for two Directors and the emerging role, so neither Director's role is covered", () => {
    const { org, policy } = sampleScenario();
    const all = successionOf(org, policy);
    expect(all.map((s) => [s.role, s.unit, s.holder.name, s.risk, s.covered])).toEqual([
      ['Director', 'Platform', 'Sofia Lindqvist', 'ready', false],
      ['Director', 'Product Engineering', 'Marcus Chen', 'ready', false],
      ['Senior Director', 'Engineering', 'Helena Okafor', 'ready', true],
    ]);
    expect(all[0]!.bench[0]).toMatchObject({ name: 'Ana Ruiz', band: 'ready-now', near: true });
    // The holder is never their own successor.
    for (const s of all) expect(s.bench.map((c) => c.personId)).not.toContain(s.holder.id);
  });

  it("puts a MoM with no one in sight first, at risk 'none'", () => {
    const org = tinyOrg([
      ['u1', null, 'vp', []],
      ['u2', 'u1', 'em1', ['a']],
      ['u3', 'u1', 'em2', ['b']],
    ]);
    const [only] = successionOf(org, DEFAULT_POLICY);
    expect(only).toMatchObject({ unitId: 'u1', holder: { id: personId('vp') }, risk: 'none', covered: false, total: 2 });
  });
});

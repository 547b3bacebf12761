import { describe, expect, it } from 'vitest';
import { layoutOrg } from '../layout/treeLayout';
import { unitId as u, type Org, type Unit, type UnitId } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { chartSvg } from './chartSvg';

describe('chartSvg', () => {
  const { org } = sampleScenario();
  const layout = layoutOrg(org, { collapsed: [] });

  it('draws every unit and every edge, with names, leads and vacancies', () => {
    const { svg, width, height } = chartSvg(org, layout, { title: 'Northwind' });
    expect(svg.match(/<g data-unit-id=/g)).toHaveLength(13);
    expect(svg.match(/<path /g)).toHaveLength(12);
    expect(svg).toContain('>Payments</text>');
    expect(svg).toContain('>Ana Ruiz</text>');
    expect(svg).toContain('VACANT');
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(300);
  });

  it('escapes names and marks ghosts', () => {
    const tricky: Org = { ...org, units: { ...org.units, [u('u04')]: { ...org.units[u('u04')]!, name: 'R&D <core>' } } };
    const { svg } = chartSvg(tricky, layout, { ghosts: new Map([[u('u06'), 'EM needed']]) });
    expect(svg).toContain('R&amp;D &lt;core&gt;');
    expect(svg).toContain('EM NEEDED');
    expect(svg).toContain('stroke-dasharray="6 4"');
  });

  it('draws a 1,000-unit chart whole', () => {
    const units: Record<UnitId, Unit> = {};
    for (let i = 0; i < 1000; i++)
      units[u(`u${i}`)] = { id: u(`u${i}`), name: `Unit ${i}`, leadId: null, memberIds: [], parentId: i === 0 ? null : u(`u${Math.floor((i - 1) / 6)}`) };
    const big: Org = { asOf: '2026-01-01', people: {}, units };
    const { svg } = chartSvg(big, layoutOrg(big, { collapsed: [] }));
    expect(svg.match(/<g data-unit-id=/g)).toHaveLength(1000);
    expect(svg.match(/<path /g)).toHaveLength(999);
  });

  it('draws what the cards show: whole badges (wrapped, never clipped), hidden counts, history, heat fills and legends', () => {
    const collapsed = layoutOrg(org, { collapsed: [u('u03')] });
    const long = '12 in 6-12 months · 130 to assess';
    const { svg } = chartSvg(org, collapsed, {
      badges: new Map([[u('u06'), { text: long, tone: 'amber' as const }]]),
      history: new Map([[u('u04'), 'Senior Director · emerged m12 · filled m14 outside']]),
      fills: new Map([[u('u01'), { fill: '#fee391', ink: '#1d2433' }]]),
      legend: true,
      heatLegend: {
        title: 'Where MoM roles emerge',
        steps: [
          { fill: '#eef0f3', label: 'none' },
          { fill: '#fee391', label: '1' },
        ],
      },
    });
    const chip = (kind: string) =>
      [...svg.matchAll(new RegExp(`<g data-${kind}>(.*?)</g>`, 'gs'))].map((m) =>
        [...m[1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]).join(' '),
      );
    expect(chip('badge="amber"')).toContain(long);
    expect(chip('history="true"')).toEqual(['Senior Director · emerged m12 · filled m14 outside']);
    expect(svg).toContain('+4 units, 22 people hidden');
    expect(svg).toContain('fill="#fee391"');
    expect(svg).toContain('data-legend="heat"');
    expect(svg).not.toContain('…</text>');
  });
});

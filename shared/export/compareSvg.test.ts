import { describe, expect, it } from 'vitest';
import { compareVariants } from '../compare/compareVariants';
import { personId, unitId as u, type Scenario } from '../model/types';
import { sampleScenario } from '../sample/sampleScenario';
import { tinyOrg } from '../testing/testOrg';
import { compareSvg, comparisonPanels, comparisonSvg } from './compareSvg';

/**
 * Throws unless `xml` is well formed: every tag closed in order, attributes quoted, no stray `<` or `&` in text.
 * Small on purpose (no XML parser is a dependency of the project); enough for what the exporters write.
 */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < xml.length && (m = token.exec(xml)) !== null) {
    at = token.lastIndex;
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) throw new Error(`stray "<" at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) throw new Error(`bare "&" in text: ${text}`);
      continue;
    }
    if (!name) continue;
    if (attrs && /&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(attrs)) throw new Error(`bare "&" in attributes of <${name}>`);
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else if (!selfClose) stack.push(name);
  }
  if (at !== xml.length) throw new Error(`unparsed from ${at}: ${xml.slice(at, at + 40)}`);
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(' > ')}`);
}

describe('compareSvg', () => {
  it('the checker catches what it should', () => {
    expect(() => assertWellFormed('<svg><g></svg>')).toThrow();
    expect(() => assertWellFormed('<svg><text>R&D</text></svg>')).toThrow();
    expect(() => assertWellFormed('<svg><rect x=1/></svg>')).toThrow();
    expect(() => assertWellFormed('<svg><g><rect x="1"/></g><text>a &amp; b</text></svg>')).not.toThrow();
  });

  it('draws each panel’s chart side by side, with captions, the legend and an outline per mark at the unit', () => {
    const a = tinyOrg([
      ['u1', null, 'p1', []],
      ['u2', 'u1', 'p2', ['p5']],
      ['u3', 'u1', 'p3', []],
    ]);
    const b = tinyOrg([
      ['u1', null, 'p1', []],
      ['u3', 'u1', 'p3', []],
      ['u2', 'u3', 'p2', ['p5']],
      ['u4', 'u1', null, []],
    ]);
    const { svg, width, height } = compareSvg(
      [
        { caption: 'Baseline · month 18', org: a, marks: new Map([[u('u2'), ['moved']]]) },
        {
          caption: 'R&D <plan>',
          subtitle: '4 units',
          org: b,
          marks: new Map([
            [u('u4'), ['added', 'emerging']],
            [u('u2'), ['moved']],
          ]),
        },
      ],
      { title: 'Baseline vs R&D' },
    );
    assertWellFormed(svg);
    expect(svg.match(/<svg /g)).toHaveLength(3);
    expect(svg.match(/<g data-unit-id=/g)).toHaveLength(7);
    expect(svg).toContain('>Baseline · month 18</text>');
    expect(svg).toContain('>R&amp;D &lt;plan&gt;</text>');
    expect(svg).toContain('data-legend="compare"');
    expect(svg.match(/data-diff="moved"/g)).toHaveLength(2);
    expect(svg.match(/<rect data-diff="added" data-unit-id="u4"[^>]*stroke="#1f9d55"/g)).toHaveLength(1);
    expect(svg.match(/<rect data-diff="emerging" data-unit-id="u4"[^>]*stroke="#7c3aed"/g)).toHaveLength(1);
    expect(svg).toContain('>added · MoM emerging</text>');
    expect(svg).not.toContain('data-diff="removed"');
    expect(width).toBeGreaterThan(2 * 240);
    expect(height).toBeGreaterThan(92 * 2);
  });

  it('puts each outline at its unit’s place in the layout (inside that chart’s own coordinates)', () => {
    const org = tinyOrg([['u1', null, 'p1', []]]);
    const layout = { nodes: [{ id: u('u1'), x: 100, y: 50, width: 240, height: 92, hiddenUnits: 0, hiddenPeople: 0 }], edges: [] };
    const { svg } = compareSvg([{ caption: 'A', org, layout, marks: new Map([[u('u1'), ['removed']]]) }]);
    expect(svg).toMatch(/<rect data-diff="removed" data-unit-id="u1" x="96" y="46" width="248" height="100"/);
    // …inside the chart's <svg> (whose viewBox is the layout's coordinates), after its units.
    const chartStart = svg.indexOf('<svg', 1);
    const overlayAt = svg.indexOf('data-diff="removed"');
    expect(overlayAt).toBeGreaterThan(svg.indexOf('<g data-unit-id="u1">', chartStart));
    expect(overlayAt).toBeLessThan(svg.indexOf('</svg>', chartStart));
  });

  it('draws a comparison of variants with the diff highlighted: a departed MoM’s open role in purple on B only', () => {
    const s0 = sampleScenario();
    const still: Scenario = { ...s0, policy: { ...s0.policy, annualAttrition: 0, internalPreference: 0 } };
    const leaves: Scenario = { ...still, events: [{ kind: 'departure', id: 'd', month: 2, personId: personId('p02') }] };
    const c = compareVariants(
      [
        { name: 'Baseline', scenario: still },
        { name: 'Marcus leaves', scenario: leaves },
      ],
      3,
    );
    if (!c.ok) throw new Error('expected ok');
    const { svg } = comparisonSvg(c.value);
    assertWellFormed(svg);
    expect(svg).toContain('<title>Baseline vs Marcus leaves, month 3</title>');
    expect(svg).toContain('>Marcus leaves · month 3</text>');
    const second = svg.indexOf('data-panel="1"');
    expect(svg.indexOf('data-diff="emerging" data-unit-id="u02"')).toBeGreaterThan(second);
    expect(svg.match(/data-diff="emerging"/g)).toHaveLength(1);

    // The same panels one at a time, without the legend (the compare view's side-by-side panes).
    const panes = comparisonPanels(c.value).map((p) => compareSvg([p], { legend: false }));
    expect(panes).toHaveLength(2);
    for (const pane of panes) assertWellFormed(pane.svg);
    expect(panes.some((p) => p.svg.includes('data-legend'))).toBe(false);
    expect(panes[1]!.svg).toContain('data-diff="emerging" data-unit-id="u02"');
    expect(panes[0]!.height).toBe(compareSvg([comparisonPanels(c.value)[0]!]).height - 44);
  });

  it('with the forecast, draws each month’s ghosts and marks a ghost MoM role only one side’s forecast has', () => {
    const base: Scenario = { ...sampleScenario(), events: [{ kind: 'growth', id: 'g', fromMonth: 1, toMonth: 18, perMonth: 1, target: { kind: 'spread' } }] };
    const funded: Scenario = {
      ...base,
      events: [
        ...base.events,
        {
          kind: 'funding',
          id: 'f',
          month: 6,
          amount: 1,
          engineeringShare: 1,
          costPerEngineer: 1,
          runwayMonths: 12,
          rampMonths: 3,
          hires: 30,
          target: { kind: 'spread' },
        },
      ],
    };
    const c = compareVariants(
      [
        { name: 'Baseline', scenario: base },
        { name: 'Series B', scenario: funded },
      ],
      18,
    );
    if (!c.ok) throw new Error('expected ok');
    // Series B's Director above Product Engineering's extra teams emerged in month 10; Baseline's forecast needs it now.
    const ghost = c.value.diffs[0]!.forecast!.onlyA;
    expect(ghost.map((r) => [r.name, r.role])).toEqual([['Product Engineering C', 'Director']]);
    const { svg } = comparisonSvg(c.value, { forecast: true });
    assertWellFormed(svg);
    const first = svg.slice(0, svg.indexOf('data-panel="1"'));
    expect(first).toContain('DIRECTOR NEEDED');
    expect(first).toContain(`data-diff="emerging" data-unit-id="${ghost[0]!.unitId}"`);
    expect(comparisonSvg(c.value).svg).not.toContain('NEEDED');
  });
});

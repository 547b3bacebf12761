import { describe, expect, it } from 'vitest';
import { testPerson, tinyOrg } from '../testing/testOrg';
import { dottedEdges, dottedPairs } from './dottedLines';
import { personId, unitId, type Org } from './types';

const p = personId;
const u = unitId;

/** u1 (lead p1) above u2 (p2; p3, p4) and u3 (p5; p6); p4 has dotted lines to p5 and p6, p3 to p2 (same unit as p3). */
function matrixOrg(): Org {
  const org = tinyOrg([
    ['u1', null, 'p1', []],
    ['u2', 'u1', 'p2', ['p3', 'p4']],
    ['u3', 'u1', 'p5', ['p6']],
  ]);
  return {
    ...org,
    people: {
      ...org.people,
      [p('p3')]: testPerson('p3', { dottedLineManagerIds: [p('p2')] }),
      [p('p4')]: testPerson('p4', { dottedLineManagerIds: [p('p5'), p('p6'), p('nobody')] }),
    },
  };
}

describe('dottedPairs', () => {
  it('lists every line as manager and person, in people order', () => {
    expect(dottedPairs(matrixOrg().people)).toEqual([
      { managerId: p('p2'), personId: p('p3') },
      { managerId: p('p5'), personId: p('p4') },
      { managerId: p('p6'), personId: p('p4') },
      { managerId: p('nobody'), personId: p('p4') },
    ]);
  });

  it('is remembered per people table', () => {
    const { people } = matrixOrg();
    expect(dottedPairs(people)).toBe(dottedPairs(people));
  });
});

describe('dottedEdges', () => {
  const all = () => true;

  it('joins the manager’s unit to the person’s; lines inside one unit and to people not in the org are left out', () => {
    // p4 (u2) → p5 leads u3, p6 sits in u3: two lines from u3 to u2. p3 → p2 is inside u2.
    expect(dottedEdges(matrixOrg(), all)).toEqual([
      { id: 'dotted:p5->p4', managerId: p('p5'), personId: p('p4'), source: u('u3'), target: u('u2') },
      { id: 'dotted:p6->p4', managerId: p('p6'), personId: p('p4'), source: u('u3'), target: u('u2') },
    ]);
  });

  it('leaves out a line whose unit is not shown', () => {
    expect(dottedEdges(matrixOrg(), (id) => id !== u('u3'))).toEqual([]);
  });

  it('is empty for an org without dotted lines', () => {
    expect(dottedEdges(tinyOrg([['u1', null, 'p1', ['p2']]]), all)).toEqual([]);
  });
});

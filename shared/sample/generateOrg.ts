/**
 * A generated org of any size, shaped like a real engineering org as an HR export would give it: a root
 * (a CTO; a Head of Engineering or a lone EM in a small org), VPs, directors and EMs with teams of 5-8 ICs, 4-6 managers per manager of
 * managers, and hire and manager-since dates spread over years. Readiness signals and aspirations are unknown,
 * as in an HR export, so a simulation draws them from the policy's priors (DOMAIN.md "Unknown at the start").
 * Used by the calibration report; deterministic for a seed.
 */
import { addMonths } from '../model/dates';
import { UNKNOWN_SIGNALS, personId, unitId, type IsoDate, type Org, type Person, type PersonId, type Unit, type UnitId } from '../model/types';
import { hireName } from '../simulation/names';
import { createRng, type Rng } from '../simulation/rng';

export interface GenerateOrgOptions {
  /** About how many people (leads and ICs); the result is within a few people of it. At least 1. */
  readonly size: number;
  readonly seed: number;
  /** The org's date; tenures are measured back from it. */
  readonly asOf: IsoDate;
  /** Told how many people are made so far, about every 1,000 and once at the end (for a progress bar). */
  readonly onProgress?: (done: number, of: number) => void;
}

/** Fewest and most ICs per generated team: under the default split size (8), so no team splits on day one. */
export const GENERATED_TEAM_SIZE = [5, 8] as const;
/** Managed units per generated manager of managers: under the default MoM span maximum (6). */
export const GENERATED_SPAN = [4, 6] as const;

const AREAS = [
  'Payments',
  'Checkout',
  'Search',
  'Mobile',
  'Growth',
  'Notifications',
  'Identity',
  'Billing',
  'Messaging',
  'Maps',
  'Pricing',
  'Catalog',
  'Orders',
  'Fulfilment',
  'Ads',
  'Analytics',
  'Storage',
  'Compute',
  'Networking',
  'Observability',
  'Security',
  'Data Platform',
  'ML Platform',
  'Developer Experience',
  'Release',
  'Web',
  'Partners',
  'Trust & Safety',
  'Support Tools',
  'Localization',
];
const DIVISIONS = [
  'Product Engineering',
  'Platform',
  'Infrastructure',
  'Data',
  'Commerce',
  'Consumer',
  'Enterprise',
  'Core Services',
  'Marketplace',
  'Foundations',
];
const IC_TITLES: Readonly<Record<number, string>> = {
  2: 'Associate Software Engineer',
  3: 'Software Engineer',
  4: 'Software Engineer II',
  5: 'Senior Software Engineer',
  6: 'Staff Engineer',
  7: 'Principal Engineer',
};

const PROGRESS_EVERY = 1000;

/** A node of the tree being built: a team (no children) or a group of nodes. */
interface Draft {
  readonly children: readonly Draft[];
  readonly ics: number;
}

/**
 * `generateOrg({ size: 1000, seed: 1, asOf: '2026-11-01' })` → about 1,000 people in ~130 teams under
 * ~27 directors, 5-6 VPs and a CTO; the same seed always gives the same org.
 */
export function generateOrg({ size, seed, asOf, onProgress }: GenerateOrgOptions): Org {
  const rng = createRng(seed);
  const target = Math.max(1, Math.floor(size));
  const root = draftTree(rng, target);
  const people: Record<PersonId, Person> = {};
  const units: Record<UnitId, Unit> = {};
  const names = { area: 0, division: 0 };
  const count = { people: 0, units: 0 };
  const add = (person: Omit<Person, 'id' | 'name' | 'aspiration' | 'signals' | 'tags'>): PersonId => {
    const id = personId(`p${++count.people}`);
    if (onProgress && count.people % PROGRESS_EVERY === 0) onProgress(count.people, target);
    people[id] = { id, name: hireName(rng), aspiration: 'unknown', signals: UNKNOWN_SIGNALS, tags: [], ...person };
    return id;
  };
  // Teams are named after their director's area, lettered in order: "Payments A", "Payments B".
  const build = (draft: Draft, parentId: UnitId | null, height: number, isRoot: boolean, area: string, nth: number): void => {
    const id = unitId(`u${++count.units}`);
    const name = isRoot
      ? 'Engineering'
      : height === 0
        ? `${area} ${letters(nth)}`
        : height === 1
          ? nextName(AREAS, names, 'area')
          : nextName(DIVISIONS, names, 'division');
    const lead = add(leadFields(rng, asOf, height, isRoot));
    const memberIds = Array.from({ length: draft.ics }, () => add(icFields(rng, asOf)));
    units[id] = { id, name, leadId: lead, memberIds, parentId, function: height === 0 ? area : name };
    draft.children.forEach((child, i) => build(child, id, height - 1, false, height === 1 ? name : area, i));
  };
  build(root, null, heightOf(root), true, 'Engineering', 0);
  onProgress?.(count.people, count.people);
  return { asOf, people, units };
}

function heightOf(draft: Draft): number {
  return draft.children.length === 0 ? 0 : 1 + heightOf(draft.children[0]!);
}

/** `letters(0)` → 'A', `letters(26)` → 'AA'. */
function letters(n: number): string {
  return (n >= 26 ? letters(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));
}

/** Areas are reused with a number once the list runs out ("Payments 2"), so names stay unique. */
function nextName(list: readonly string[], counters: { area: number; division: number }, key: 'area' | 'division'): string {
  const n = counters[key]++;
  const round = Math.floor(n / list.length);
  return round === 0 ? list[n % list.length]! : `${list[n % list.length]} ${round + 1}`;
}

/**
 * The tree's shape: teams of 5-8 ICs grouped 4-6 to a manager of managers, layer on layer until at most six
 * units are left for the root. Team sizes are then nudged one IC at a time until the head count is `size`.
 */
function draftTree(rng: Rng, size: number): Draft {
  if (size <= GENERATED_TEAM_SIZE[1] + 1) return { children: [], ics: size - 1 };
  // People per team, counting its EM and a share of the managers above (about one per four teams).
  const teamCount = Math.max(2, Math.round(size / 7.75));
  const ics = Array.from({ length: teamCount }, () => rng.int(GENERATED_TEAM_SIZE[0], GENERATED_TEAM_SIZE[1]));
  const managers = teamCount + groupCount(teamCount) + 1;
  let excess = managers + ics.reduce((a, b) => a + b, 0) - size;
  // Nudge random teams within 5-8 until the total is right (or every team is at the edge).
  for (let guard = 0; excess !== 0 && guard < teamCount * 20; guard++) {
    const i = rng.int(0, teamCount - 1);
    if (excess > 0 && ics[i]! > GENERATED_TEAM_SIZE[0]) {
      ics[i]!--;
      excess--;
    } else if (excess < 0 && ics[i]! < GENERATED_TEAM_SIZE[1]) {
      ics[i]!++;
      excess++;
    }
  }
  let layer: Draft[] = ics.map((n) => ({ children: [], ics: n }));
  while (layer.length > GENERATED_SPAN[1]) layer = group(layer);
  return { children: layer, ics: 0 };
}

/** How many groups (managers of managers, below the root) `groupLayers` makes above `teams` units. */
function groupCount(teams: number): number {
  let count = 0;
  for (let n = teams; n > GENERATED_SPAN[1]; n = Math.ceil(n / 5)) count += Math.ceil(n / 5);
  return count;
}

/** Split a layer into ceil(n / 5) groups as even as possible: sizes differ by at most one, so 4-6 from n ≥ 12. */
function group(layer: readonly Draft[]): Draft[] {
  const g = Math.ceil(layer.length / 5);
  const out: Draft[] = [];
  let start = 0;
  for (let i = 0; i < g; i++) {
    const take = Math.floor(layer.length / g) + (i < layer.length % g ? 1 : 0);
    out.push({ children: layer.slice(start, start + take), ics: 0 });
    start += take;
  }
  return out;
}

const monthsAgo = (asOf: IsoDate, months: number): IsoDate => addMonths(asOf, -months);

/**
 * A lead's title, level and dates by how many layers of managers sit below them. EMs have 0-8 years as a
 * manager (spread evenly, so some are ready for more and some are new); directors and above more.
 * About half were promoted from inside (hired years before they became a manager), half hired as managers.
 */
function leadFields(rng: Rng, asOf: IsoDate, height: number, isRoot: boolean): Omit<Person, 'id' | 'name' | 'aspiration' | 'signals' | 'tags'> {
  const asManager = height === 0 ? rng.int(0, 96) : height === 1 ? rng.int(36, 144) : rng.int(72, 180);
  const internal = rng.next() < 0.5;
  const hired = internal ? asManager + rng.int(12, 48) : rng.int(0, Math.min(asManager, height === 0 ? 96 : 120));
  const em = asManager >= 60 ? 'Senior Engineering Manager' : 'Engineering Manager';
  const title = height === 0 ? em : isRoot ? (height === 1 ? 'Head of Engineering' : 'CTO') : height === 1 ? 'Director of Engineering' : 'VP Engineering';
  const level = height >= 2 ? 9 : height === 1 ? 8 : asManager >= 60 ? 7 : 6;
  return { title, level, hireDate: monthsAgo(asOf, hired), managerSince: monthsAgo(asOf, asManager) };
}

/** An IC: tenure 0-8 years, more of them recent (a growing org); level rises loosely with tenure. */
function icFields(rng: Rng, asOf: IsoDate): Omit<Person, 'id' | 'name' | 'aspiration' | 'signals' | 'tags'> {
  const tenure = Math.floor(Math.pow(rng.next(), 1.6) * 96);
  const level = Math.min(7, Math.max(2, rng.int(2, 4) + Math.floor(tenure / 36) + (rng.next() < 0.15 ? 1 : 0)));
  return { title: IC_TITLES[level]!, level, hireDate: monthsAgo(asOf, tenure) };
}

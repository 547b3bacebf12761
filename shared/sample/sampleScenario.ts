/**
 * The bundled sample org, "Northwind Engineering": 65 people in 10 teams under two directors.
 * Chosen so every feature has something to show:
 * - Payments (u04) has 9 ICs: over the split size (8), it splits now.
 * - Checkout (u05) has 8 ICs: at the split size, one more hire splits it.
 * - Marcus Chen (p02) leads 6 teams: at the MoM span limit, one more team makes a MoM node emerge.
 * - Ana Ruiz (p10) is ready now for a MoM role; Tomás Novak (p11) in 6-12 months;
 *   Priya Raman (p12) is strong but wants to stay an IC, so she is never "ready now".
 * - Jonas Weber (p17) is partly unassessed: his aspiration and four of his signals are unknown, so he is
 *   "to assess" (ready now if they are met), the one person in the sample whose band depends on unknowns.
 * - Search (u06) has no EM: a vacancy since August. Senior ICs Ifeoma Nwosu (p20) and Lucas Moreau (p40) want to manage.
 */
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW, NO_SIGNALS, personId, unitId } from '../model/types';
import type { Aspiration, IsoDate, Org, Person, PersonId, Scenario, Signals, Unit } from '../model/types';

type LeadSpec = [
  id: string,
  name: string,
  title: string,
  level: number,
  hired: string,
  managerSince: string,
  aspiration: Aspiration,
  signals: Partial<Signals>,
];
type IcSpec = [id: string, name: string, title: string, level: number, hired: string, aspiration?: Aspiration, signals?: Partial<Signals>];

const LEADS: LeadSpec[] = [
  [
    'p01',
    'Helena Okafor',
    'VP Engineering',
    9,
    '2018-04-02',
    '2015-06-01',
    'mom',
    { launches: 6, strongReferences: true, influence: true, coachesOutsideTeam: true, momNetwork: true, operatingAtNextLevel: true },
  ],
  [
    'p02',
    'Marcus Chen',
    'Director of Engineering',
    8,
    '2019-02-11',
    '2016-09-01',
    'mom',
    { launches: 5, strongReferences: true, influence: true, coachesOutsideTeam: true, momNetwork: true },
  ],
  [
    'p03',
    'Sofia Lindqvist',
    'Director of Engineering',
    8,
    '2020-06-15',
    '2017-03-01',
    'mom',
    { launches: 4, strongReferences: true, influence: true, momNetwork: true, operatingAtNextLevel: true },
  ],
  [
    'p10',
    'Ana Ruiz',
    'Engineering Manager',
    7,
    '2019-09-03',
    '2022-03-01',
    'mom',
    { launches: 3, strongReferences: true, influence: true, coachesOutsideTeam: true, momNetwork: true },
  ],
  ['p11', 'Tomás Novak', 'Engineering Manager', 6, '2021-01-18', '2025-05-01', 'mom', { launches: 1, strongReferences: true, influence: true }],
  [
    'p12',
    'Priya Raman',
    'Senior Engineering Manager',
    7,
    '2018-11-05',
    '2021-01-04',
    'ic',
    { launches: 4, strongReferences: true, influence: true, coachesOutsideTeam: true, momNetwork: true, operatingAtNextLevel: true },
  ],
  ['p13', 'Kwame Mensah', 'Engineering Manager', 6, '2022-07-11', '2026-05-01', 'manager', { launches: 0, strongReferences: true }],
  ['p15', 'Omar Haddad', 'Engineering Manager', 7, '2017-10-09', '2021-08-02', 'mom', { launches: 2, strongReferences: true, momNetwork: true }],
  ['p16', 'Leila Ahmadi', 'Engineering Manager', 6, '2021-04-12', '2023-10-02', 'manager', { launches: 2, influence: true, coachesOutsideTeam: true }],
  [
    'p17',
    'Jonas Weber',
    'Engineering Manager',
    6,
    '2020-02-24',
    '2024-02-01',
    'unknown',
    { launches: 1, influence: null, coachesOutsideTeam: null, momNetwork: null, operatingAtNextLevel: null },
  ],
  ['p18', 'Chidi Eze', 'Engineering Manager', 6, '2022-01-10', '2024-09-02', 'mom', { launches: 1, strongReferences: true, coachesOutsideTeam: true }],
  ['p14', 'Yuki Tanaka', 'Engineering Manager', 6, '2020-08-03', '2023-04-03', 'manager', { launches: 2, strongReferences: true }],
];

const SWE = 'Software Engineer';
const SR = 'Senior Software Engineer';
const STAFF = 'Staff Engineer';
const mentor: Partial<Signals> = { mentorsOthers: true };

const ICS: IcSpec[] = [
  // Payments (9)
  ['p20', 'Ifeoma Nwosu', STAFF, 6, '2020-03-16', 'manager', mentor],
  ['p21', 'Daniel Kowalski', SR, 5, '2021-06-07'],
  ['p22', 'Mei Lin', SR, 5, '2022-02-14', 'ic', mentor],
  ['p23', 'Rahul Verma', SWE, 4, '2023-05-22'],
  ['p24', 'Sara Johansson', SWE, 4, '2023-09-04'],
  ['p25', 'Diego Alvarez', SWE, 3, '2024-06-10'],
  ['p26', 'Aisha Bello', SWE, 3, '2025-01-13'],
  ['p27', 'Noah Fischer', 'Software Engineer II', 3, '2025-08-18'],
  ['p28', 'Hana Kim', 'Associate Software Engineer', 2, '2026-03-02'],
  // Checkout (8)
  ['p30', 'Gabriel Santos', STAFF, 6, '2019-11-11', 'ic', mentor],
  ['p31', 'Olivia Brown', SR, 5, '2021-03-29', 'manager'],
  ['p32', 'Arjun Nair', SR, 5, '2022-08-15'],
  ['p33', 'Elena Petrova', SWE, 4, '2023-01-09'],
  ['p34', 'Samuel Osei', SWE, 4, '2023-11-20'],
  ['p35', 'Chloé Martin', SWE, 3, '2024-04-08'],
  ['p36', 'Lars Nilsson', SWE, 3, '2025-02-24'],
  ['p37', 'Fatima Zahra', 'Associate Software Engineer', 2, '2026-01-12'],
  // Search (5, no EM)
  ['p40', 'Lucas Moreau', SR, 5, '2021-09-13', 'manager', mentor],
  ['p41', 'Zeynep Kaya', SR, 5, '2022-05-02'],
  ['p42', 'Ethan Walker', SWE, 4, '2023-07-17'],
  ['p43', 'Ngozi Adeyemi', SWE, 3, '2024-10-07'],
  ['p44', 'Kenji Sato', SWE, 3, '2025-04-14'],
  // Mobile (6)
  ['p50', 'Isabella Rossi', STAFF, 6, '2019-05-20', 'ic', mentor],
  ['p51', 'Mohammed Al-Sayed', SR, 5, '2021-11-22'],
  ['p52', 'Anna Nowak', SWE, 4, '2022-10-03'],
  ['p53', 'Tyler Jackson', SWE, 4, '2023-06-26'],
  ['p54', 'Wei Zhang', SWE, 3, '2024-08-19'],
  ['p55', 'Amara Diallo', SWE, 3, '2025-06-02'],
  // Growth (4)
  ['p60', 'Sophie Dubois', SR, 5, '2022-03-07', 'unknown'],
  ['p61', 'Mateo García', SWE, 4, '2023-04-24'],
  ['p62', 'Priyanka Das', SWE, 3, '2024-09-09'],
  ['p63', 'Oliver Smith', SWE, 3, '2025-10-06'],
  // Notifications (3)
  ['p64', 'Ji-woo Park', SR, 5, '2021-12-06', 'manager'],
  ['p65', 'Carlos Mendes', SWE, 4, '2023-08-14'],
  ['p66', 'Emma Wilson', SWE, 3, '2024-11-18'],
  // Infrastructure (6)
  ['p70', 'Viktor Ivanov', 'Principal Engineer', 7, '2018-01-15', 'ic', mentor],
  ['p71', 'Grace Lee', SR, 5, '2020-10-26', 'mom', mentor],
  ['p72', 'Hamza Qureshi', SR, 5, '2022-01-31'],
  ['p73', 'Ingrid Berg', SWE, 4, '2023-03-13'],
  ['p74', 'Tunde Bakare', SWE, 4, '2024-01-22'],
  ['p75', 'Camila Torres', SWE, 3, '2025-05-12'],
  // Data Platform (5)
  ['p80', 'Ravi Shankar', STAFF, 6, '2020-07-06', 'ic'],
  ['p81', 'Julia Schmidt', SR, 5, '2022-04-18'],
  ['p82', 'Adebayo Ogunleye', SWE, 4, '2023-02-06'],
  ['p83', 'Lina Haddad', SWE, 3, '2024-07-01'],
  ['p84', 'Marco Bianchi', SWE, 3, '2025-09-15'],
  // Developer Experience (4)
  ['p90', 'Nadia Rahman', SR, 5, '2021-05-24', 'manager'],
  ['p91', 'Ben Carter', SWE, 4, '2022-09-26'],
  ['p92', 'Yara Costa', SWE, 4, '2023-10-16'],
  ['p93', 'Dmitri Volkov', SWE, 3, '2025-03-03'],
  // Security (3)
  ['p94', 'Aaliyah Johnson', 'Senior Security Engineer', 5, '2021-08-09'],
  ['p95', 'Sven Larsen', 'Security Engineer', 4, '2023-12-04'],
  ['p96', 'Mariam Yusuf', 'Security Engineer', 3, '2025-07-21'],
];

/** [unit id, name, parent, lead, member ids, function] in drawing order. */
const UNITS: [string, string, string | null, string | null, string[], string][] = [
  ['u01', 'Engineering', null, 'p01', [], 'Engineering'],
  ['u02', 'Product Engineering', 'u01', 'p02', [], 'Product'],
  ['u03', 'Platform', 'u01', 'p03', [], 'Platform'],
  ['u04', 'Payments', 'u02', 'p10', ['p20', 'p21', 'p22', 'p23', 'p24', 'p25', 'p26', 'p27', 'p28'], 'Payments'],
  ['u05', 'Checkout', 'u02', 'p11', ['p30', 'p31', 'p32', 'p33', 'p34', 'p35', 'p36', 'p37'], 'Payments'],
  ['u06', 'Search', 'u02', null, ['p40', 'p41', 'p42', 'p43', 'p44'], 'Discovery'],
  ['u07', 'Mobile', 'u02', 'p12', ['p50', 'p51', 'p52', 'p53', 'p54', 'p55'], 'Clients'],
  ['u08', 'Growth', 'u02', 'p13', ['p60', 'p61', 'p62', 'p63'], 'Growth'],
  ['u09', 'Notifications', 'u02', 'p14', ['p64', 'p65', 'p66'], 'Messaging'],
  ['u10', 'Infrastructure', 'u03', 'p15', ['p70', 'p71', 'p72', 'p73', 'p74', 'p75'], 'Infrastructure'],
  ['u11', 'Data Platform', 'u03', 'p16', ['p80', 'p81', 'p82', 'p83', 'p84'], 'Data'],
  ['u12', 'Developer Experience', 'u03', 'p17', ['p90', 'p91', 'p92', 'p93'], 'Tooling'],
  ['u13', 'Security', 'u03', 'p18', ['p94', 'p95', 'p96'], 'Security'],
];

/** A rating from 2 to 5 spread over the people, so "lowest rating" downsizing has something to choose by. */
const ratingFor = (index: number): number => 2 + ((index * 7) % 4);

function buildOrg(): Org {
  const people: Record<PersonId, Person> = {};
  let index = 0;
  for (const [id, name, title, level, hireDate, managerSince, aspiration, signals] of LEADS) {
    people[personId(id)] = {
      id: personId(id),
      name,
      title,
      level,
      hireDate,
      managerSince,
      aspiration,
      rating: ratingFor(index++),
      signals: { ...NO_SIGNALS, ...signals },
      tags: [],
    };
  }
  for (const [id, name, title, level, hireDate, aspiration = 'ic', signals = {}] of ICS) {
    people[personId(id)] = {
      id: personId(id),
      name,
      title,
      level,
      hireDate,
      aspiration,
      rating: ratingFor(index++),
      signals: { ...NO_SIGNALS, ...signals },
      tags: [],
    };
  }
  const units: Record<string, Unit> = {};
  for (const [id, name, parent, lead, members, fn] of UNITS) {
    units[id] = {
      id: unitId(id),
      name,
      parentId: parent === null ? null : unitId(parent),
      leadId: lead === null ? null : personId(lead),
      memberIds: members.map(personId),
      function: fn,
      ...(lead === null ? { vacantSince: '2026-08-03' } : {}),
    };
  }
  return { asOf: '2026-11-01', people, units };
}

/** A document with no one in it yet, as of `asOf`: `emptyScenario('2026-12-01').org.units` → `{}`. */
export function emptyScenario(asOf: IsoDate): Scenario {
  return { name: 'Untitled org', org: { asOf, people: {}, units: {} }, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW };
}

/** The embedded default document: `sampleScenario().org.units['u04'].name` → `'Payments'`. */
export function sampleScenario(): Scenario {
  return {
    name: 'Sample: Northwind Engineering',
    org: buildOrg(),
    policy: DEFAULT_POLICY,
    events: [],
    simulation: DEFAULT_SIMULATION,
    view: EMPTY_VIEW,
  };
}

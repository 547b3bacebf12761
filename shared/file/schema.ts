/**
 * The on-disk shape of a `.orgsim.json` file, version 1, as zod schemas: the single source of truth
 * for what a file may hold. People and units are arrays on disk (ordered, diffable, and duplicate ids
 * stay visible); in memory they are records keyed by id.
 */
import { z } from 'zod';
import { isIsoDate } from '../model/dates';
import { ASPIRATIONS, DEFAULT_POLICY, DEFAULT_SIMULATION, FLIGHT_RISKS, NO_SIGNALS } from '../model/types';

/** The `format` field every OrgSim file carries. */
export const FILE_FORMAT = 'orgsim';
/** The file version this build writes and reads natively. */
export const FILE_VERSION = 1;

const isoDate = z.string().refine(isIsoDate, { message: 'Expected a calendar date written as YYYY-MM-DD.' });
const id = z.string().min(1, { message: 'An id can’t be empty.' });
const count = z.number().int().min(0);
const share = z.number().min(0).max(1);
const month = z.number().int().min(1).max(600);

export const signalsSchema = z
  .object({
    launches: count.default(NO_SIGNALS.launches),
    strongReferences: z.boolean().default(false),
    influence: z.boolean().default(false),
    coachesOutsideTeam: z.boolean().default(false),
    momNetwork: z.boolean().default(false),
    operatingAtNextLevel: z.boolean().default(false),
    mentorsOthers: z.boolean().default(false),
  })
  .default(NO_SIGNALS);

export const personSchema = z.object({
  id,
  name: z.string().trim().min(1, { message: 'A person needs a name.' }),
  title: z.string().default(''),
  level: z.number().int().min(1).max(9),
  hireDate: isoDate,
  managerSince: isoDate.optional(),
  aspiration: z.enum(ASPIRATIONS as [string, ...string[]]).default('unknown'),
  flightRisk: z.enum(FLIGHT_RISKS as [string, ...string[]]).optional(),
  rating: z.number().min(1).max(5).optional(),
  signals: signalsSchema,
  tags: z.array(z.string()).default([]),
  dottedLineManagerIds: z.array(id).optional(),
});

export const unitSchema = z.object({
  id,
  name: z.string().trim().min(1, { message: 'A unit needs a name.' }),
  leadId: id.nullable().default(null),
  memberIds: z.array(id).default([]),
  parentId: id.nullable().default(null),
  function: z.string().optional(),
  vacantSince: isoDate.optional(),
});

export const orgSchema = z.object({
  asOf: isoDate,
  people: z.array(personSchema),
  units: z.array(unitSchema),
});

const d = DEFAULT_POLICY;
export const policySchema = z
  .object({
    splitAbove: z.number().int().min(1).max(1000).default(d.splitAbove),
    teamSizeTarget: z.tuple([count, count]).default([...d.teamSizeTarget] as [number, number]),
    minTeamSize: z.number().int().min(1).max(1000).default(d.minTeamSize),
    momSpanMax: z.number().int().min(2).max(100).default(d.momSpanMax),
    momSpanTarget: z.number().int().min(2).max(100).default(d.momSpanTarget),
    layerLimit: z.number().int().min(1).max(100).default(d.layerLimit),
    timeToFillMonths: z
      .object({ em: z.number().min(0).max(60), mom: z.number().min(0).max(60), vp: z.number().min(0).max(60) })
      .default({ ...d.timeToFillMonths }),
    internalPreference: share.default(d.internalPreference),
    clearCareerTracks: z.boolean().default(d.clearCareerTracks),
    annualAttrition: share.default(d.annualAttrition),
    acquiredAttritionMultiplier: z.number().min(0).max(20).default(d.acquiredAttritionMultiplier),
    promotionRevertChance: share.default(d.promotionRevertChance),
    monthsPerLaunch: z.number().min(0.1).max(120).default(d.monthsPerLaunch),
    readyNowYearsAsEm: z.number().min(0).max(50).default(d.readyNowYearsAsEm),
    readySoonYearsAsEm: z.number().min(0).max(50).default(d.readySoonYearsAsEm),
    seniorIcLevel: z.number().int().min(1).max(9).default(d.seniorIcLevel),
  })
  .default({ ...d, teamSizeTarget: [...d.teamSizeTarget] as [number, number], timeToFillMonths: { ...d.timeToFillMonths } });

const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('spread') }),
  z.object({ kind: z.literal('units'), unitIds: z.array(id).min(1) }),
]);

export const eventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('growth'), id, fromMonth: month, toMonth: month, perMonth: z.number().min(0).max(1000), target: targetSchema }),
  z.object({
    kind: z.literal('funding'),
    id,
    month,
    amount: z.number().min(0),
    engineeringShare: share,
    costPerEngineer: z.number().positive(),
    runwayMonths: z.number().int().min(1).max(240),
    rampMonths: z.number().int().min(1).max(120),
    hires: count.optional(),
    target: targetSchema,
  }),
  z.object({
    kind: z.literal('acquisition'),
    id,
    month,
    underUnitId: id,
    mode: z.enum(['division', 'integrate']),
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('generated'), size: z.number().int().min(1).max(100_000) }),
      z.object({ kind: z.literal('org'), org: orgSchema }),
    ]),
  }),
  z.object({ kind: z.literal('downsizing'), id, month, share, target: targetSchema, rule: z.enum(['recent-hires', 'lowest-rating', 'random']) }),
  z.object({ kind: z.literal('departure'), id, month, personId: id }),
  z.object({ kind: z.literal('reorg'), id, month, unitId: id, newParentId: id }),
]);

export const viewSchema = z
  .object({
    positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).default({}),
    collapsed: z.array(z.string()).default([]),
  })
  .default({ positions: {}, collapsed: [] });

export const scenarioFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  name: z.string().default('Untitled scenario'),
  org: orgSchema,
  policy: policySchema,
  events: z.array(eventSchema).default([]),
  simulation: z
    .object({ months: z.number().int().min(0).max(600), seed: z.number().int().min(0).max(2 ** 32 - 1) })
    .default({ ...DEFAULT_SIMULATION }),
  view: viewSchema,
});

/** A parsed file before its arrays become records. */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;
export type OrgFile = z.output<typeof orgSchema>;

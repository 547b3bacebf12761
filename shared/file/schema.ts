/**
 * The on-disk shape of a `.orgsim.json` file, version 3, as zod schemas: the single source of truth
 * for what a file may hold, what is filled in when missing, and the order keys are written in.
 * People and units are arrays on disk (ordered, diffable, and a duplicate id stays visible); in memory
 * they are records keyed by id (`scenarioFile.ts` converts). Ids come out branded (`PersonId`, `UnitId`).
 *
 * Ranges are at least as wide as what the app's own editors accept, so every file the app saves opens again.
 */
import { z } from 'zod';
import { isIsoDate } from '../model/dates';
import { ASPIRATIONS, DEFAULT_POLICY, DEFAULT_SIMULATION, FLIGHT_RISKS, UNKNOWN_SIGNALS, personId, unitId } from '../model/types';
import { ownRecord } from '../model/lookup';
import { DEFAULT_VARIANT, MAX_VARIANT_NAME } from '../model/variants';

/** The `format` field every OrgSim scenario file carries. */
export const FILE_FORMAT = 'orgsim';
/** The file version this build writes, and the newest it reads (older ones are migrated). */
export const FILE_VERSION = 3;

// A message without a final full stop names what was expected; `scenarioFile.ts` adds what was found.
const DATE = 'a calendar date written as YYYY-MM-DD';
/** A `YYYY-MM-DD` calendar date that exists (no February 30th). */
export const isoDateSchema = z.string({ error: DATE }).refine(isIsoDate, { message: `Expected ${DATE}` });

// `__proto__` can't be a key of a plain object record, so it can't be an id either.
const idText = z
  .string()
  .min(1, { message: 'An id can’t be empty.' })
  .refine((s) => s !== '__proto__', { message: 'This id is reserved; choose another.' });
/** A person's id on disk, branded on the way in. */
export const personIdSchema = idText.transform(personId);
/** A unit's id on disk, branded on the way in. */
export const unitIdSchema = idText.transform(unitId);
const nonBlank = (what: string) => z.string().refine((s) => s.trim() !== '', { message: `${what} needs a name.` });

const share = z.number().min(0).max(1);
const month = z.number().int().min(1).max(600);

// A signal is met, not met, or unknown (`null`); a missing one is unknown too, in every file version,
// because nobody wrote it down (DOMAIN.md "Known, not met, unknown"). An explicit `false` stays not met.
const flag = z.boolean().nullable().default(null);
/** Readiness signals: `true`/`false`/`null` (unknown); launches a count or `null`; each one missing is unknown. */
export const signalsSchema = z
  .object({
    launches: z.number().min(0).nullable().default(UNKNOWN_SIGNALS.launches),
    strongReferences: flag,
    influence: flag,
    coachesOutsideTeam: flag,
    momNetwork: flag,
    operatingAtNextLevel: flag,
    mentorsOthers: flag,
  })
  .default({ ...UNKNOWN_SIGNALS });

/** A person on disk: `{ "id": "p1", "name": "Ana Ruiz", "level": 6, "hireDate": "2019-03-01" }` is enough. */
export const personSchema = z.object({
  id: personIdSchema,
  name: nonBlank('A person'),
  title: z.string().default(''),
  level: z.number().int().min(1).max(9),
  hireDate: isoDateSchema,
  managerSince: isoDateSchema.optional(),
  tenureUnknown: z.literal(true).optional(),
  aspiration: z.enum(ASPIRATIONS).default('unknown'),
  flightRisk: z.enum(FLIGHT_RISKS).optional(),
  rating: z.number().min(1).max(5).optional(),
  signals: signalsSchema,
  tags: z.array(z.string()).default([]),
  dottedLineManagerIds: z.array(personIdSchema).optional(),
});

/** A unit on disk: `{ "id": "u1", "name": "Engineering" }` is a vacant root with no members. */
export const unitSchema = z.object({
  id: unitIdSchema,
  name: nonBlank('A unit'),
  leadId: personIdSchema.nullable().default(null),
  memberIds: z.array(personIdSchema).default([]),
  parentId: unitIdSchema.nullable().default(null),
  function: z.string().optional(),
  vacantSince: isoDateSchema.optional(),
});

/** An org on disk: people and units as arrays, in the order they are drawn. */
export const orgSchema = z.object({
  asOf: isoDateSchema,
  people: z.array(personSchema).default([]),
  units: z.array(unitSchema).default([]),
});

const p = DEFAULT_POLICY;
const timeToFill = z.number().min(0).max(120);
// Months of an "about once in n months" rate: more than zero (zero would be every month, infinitely often).
const rateMonths = z.number().positive().max(1200);
const multiplier = z.number().min(0).max(20);
/** The policy object itself; every field may be left out and takes DOMAIN.md's default. */
export const policyObjectSchema = z.object({
  splitAbove: z.number().min(1).max(1000).default(p.splitAbove),
  teamSizeTarget: z
    .tuple([z.number().min(1).max(1000), z.number().min(1).max(1000)])
    .refine(([low, high]) => low <= high, { message: 'The first number of the target team size is the smaller one (for example [6, 8]).' })
    .default([...p.teamSizeTarget]),
  minTeamSize: z.number().min(1).max(1000).default(p.minTeamSize),
  momSpanMax: z.number().min(2).max(100).default(p.momSpanMax),
  momSpanTarget: z.number().min(2).max(100).default(p.momSpanTarget),
  layerLimit: z.number().min(1).max(100).default(p.layerLimit),
  timeToFillMonths: z
    .object({
      ic: timeToFill.default(p.timeToFillMonths.ic),
      em: timeToFill.default(p.timeToFillMonths.em),
      mom: timeToFill.default(p.timeToFillMonths.mom),
      vp: timeToFill.default(p.timeToFillMonths.vp),
    })
    .default({ ...p.timeToFillMonths }),
  internalPreference: share.default(p.internalPreference),
  clearCareerTracks: z.boolean().default(p.clearCareerTracks),
  annualAttrition: share.default(p.annualAttrition),
  acquiredAttritionMultiplier: z.number().min(0).max(20).default(p.acquiredAttritionMultiplier),
  promotionRevertChance: share.default(p.promotionRevertChance),
  monthsPerLaunch: z.number().positive().max(600).default(p.monthsPerLaunch),
  readyNowYearsAsEm: z.number().min(0).max(50).default(p.readyNowYearsAsEm),
  readySoonYearsAsEm: z.number().min(0).max(50).default(p.readySoonYearsAsEm),
  seniorIcLevel: z.number().min(1).max(9).default(p.seniorIcLevel),
  // People grow, leave and are replaced: added in file version 2; older files open with the defaults.
  backfillLeavers: z.boolean().default(p.backfillLeavers),
  monthsPerSignal: rateMonths.default(p.monthsPerSignal),
  monthsToStartMentoring: rateMonths.default(p.monthsToStartMentoring),
  monthsPerIcLevel: rateMonths.default(p.monthsPerIcLevel),
  icLevelCap: z.number().min(1).max(9).default(p.icLevelCap),
  priorSignalMet: share.default(p.priorSignalMet),
  priorWantsMom: share.default(p.priorWantsMom),
  priorWantsManager: share.default(p.priorWantsManager),
  flightRiskMultiplier: z
    .object({
      low: multiplier.default(p.flightRiskMultiplier.low),
      medium: multiplier.default(p.flightRiskMultiplier.medium),
      high: multiplier.default(p.flightRiskMultiplier.high),
    })
    .default({ ...p.flightRiskMultiplier }),
  revertCoolOffMonths: z.number().min(0).max(600).default(p.revertCoolOffMonths),
});
/** The policy on disk; a file without one gets `DEFAULT_POLICY`. */
export const policySchema = policyObjectSchema.default({
  ...p,
  teamSizeTarget: [...p.teamSizeTarget],
  timeToFillMonths: { ...p.timeToFillMonths },
  flightRiskMultiplier: { ...p.flightRiskMultiplier },
});

/** Where hires or cuts go. */
export const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('spread') }),
  z.object({ kind: z.literal('units'), unitIds: z.array(unitIdSchema).min(1) }),
]);

const eventId = z.string().min(1, { message: 'An event id can’t be empty.' });
/** Each event kind's schema, by kind (the key order of each is the order written to disk). */
export const eventSchemas = {
  growth: z.object({ kind: z.literal('growth'), id: eventId, fromMonth: month, toMonth: month, perMonth: z.number().min(0).max(1000), target: targetSchema }),
  funding: z.object({
    kind: z.literal('funding'),
    id: eventId,
    month,
    amount: z.number().min(0),
    engineeringShare: share,
    costPerEngineer: z.number().positive(),
    runwayMonths: z.number().positive().max(600),
    rampMonths: z.number().positive().max(600),
    hires: z.number().min(0).optional(),
    target: targetSchema,
  }),
  acquisition: z.object({
    kind: z.literal('acquisition'),
    id: eventId,
    month,
    underUnitId: unitIdSchema,
    mode: z.enum(['division', 'integrate']),
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('generated'), size: z.number().min(1).max(100_000) }),
      // The acquired org is stored inline, in the same on-disk shape as the scenario's own org.
      z.object({ kind: z.literal('org'), org: orgSchema }),
    ]),
  }),
  downsizing: z.object({
    kind: z.literal('downsizing'),
    id: eventId,
    month,
    share,
    target: targetSchema,
    rule: z.enum(['recent-hires', 'lowest-rating', 'random']),
  }),
  departure: z.object({ kind: z.literal('departure'), id: eventId, month, personId: personIdSchema }),
  reorg: z.object({ kind: z.literal('reorg'), id: eventId, month, unitId: unitIdSchema, newParentId: unitIdSchema }),
} as const;

/** A scheduled event on disk, discriminated on `kind`. */
export const eventSchema = z.discriminatedUnion('kind', [
  eventSchemas.growth,
  eventSchemas.funding,
  eventSchemas.acquisition,
  eventSchemas.downsizing,
  eventSchemas.departure,
  eventSchemas.reorg,
]);

/** The run settings; each missing one takes its default. */
export const simulationSchema = z
  .object({
    months: z.number().int().min(0).max(600).default(DEFAULT_SIMULATION.months),
    // Any whole number the run-settings field accepts, even past 2^53 (zod's `.int()` stops there).
    seed: z.number().min(0).refine(Number.isInteger, { message: 'Expected a whole number' }).default(DEFAULT_SIMULATION.seed),
  })
  .default({ ...DEFAULT_SIMULATION });

/** The farthest a node may sit from the origin, in canvas pixels; positions beyond are clamped on reading. */
export const POSITION_LIMIT = 1_000_000;
const coordinate = z.number().transform((n) => Math.min(POSITION_LIMIT, Math.max(-POSITION_LIMIT, n)));
/**
 * A canvas position: finite numbers (zod refuses NaN and ±Infinity), clamped to ±POSITION_LIMIT so a file can't
 * push a node to 1e308, where the canvas and the SVG/PNG export stop drawing.
 */
export const xySchema = z.object({ x: coordinate, y: coordinate });

/**
 * What the canvas remembers. Never a reason to refuse a file: a malformed entry is dropped (and
 * `scenarioFile.ts` drops entries naming units that don't exist), since losing a node's manual position is harmless.
 */
export const viewSchema = z
  .object({
    positions: z
      .record(z.string(), z.unknown())
      .catch({})
      .transform((entries) => {
        // No prototype: a key named `__proto__` or `constructor` is an entry like any other.
        const positions = ownRecord<string, z.output<typeof xySchema>>();
        for (const [id, value] of Object.entries(entries)) {
          const xy = xySchema.safeParse(value);
          if (xy.success) positions[id] = { x: xy.data.x, y: xy.data.y };
        }
        return positions;
      }),
    collapsed: z
      .array(z.unknown())
      .catch([])
      .transform((ids) => [...new Set(ids.filter((id): id is string => typeof id === 'string'))]),
  })
  .catch({ positions: {}, collapsed: [] });

const variantName = z
  .string({ error: 'Expected the variant’s name in quotes' })
  .refine((s) => s.trim() !== '', { message: 'A variant needs a name.' })
  .refine((s) => s.trim().length <= MAX_VARIANT_NAME, { message: `A variant’s name can be at most ${MAX_VARIANT_NAME} characters long.` });

/** Another variant of the plan, kept in the file with its own org, policy, events, run settings and canvas. */
export const variantSchema = z.object({
  name: variantName,
  org: orgSchema,
  policy: policySchema,
  events: z.array(eventSchema).default([]),
  simulation: simulationSchema,
  view: viewSchema,
});

/**
 * A whole scenario file of the current version. The top-level plan (org … view) is the variant named `variant`,
 * the one open when the file was saved; `variants` holds the others and `variantAt` the open one's place among them.
 */
export const scenarioFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  name: z.string().default('Untitled scenario'),
  variant: variantName.default(DEFAULT_VARIANT),
  variantAt: z.number().int().min(0).default(0),
  org: orgSchema,
  policy: policySchema,
  events: z.array(eventSchema).default([]),
  simulation: simulationSchema,
  view: viewSchema,
  variants: z.array(variantSchema).default([]),
});

/** A parsed file: the in-memory shape except that people and units are still arrays. */
export type ScenarioFileData = z.output<typeof scenarioFileSchema>;
/** A parsed on-disk variant. */
export type VariantFileData = z.output<typeof variantSchema>;
/** A parsed on-disk org (arrays). */
export type OrgFileData = z.output<typeof orgSchema>;
/** A parsed on-disk person. */
export type PersonFileData = z.output<typeof personSchema>;
/** A parsed on-disk unit. */
export type UnitFileData = z.output<typeof unitSchema>;
/** A parsed on-disk event (an acquisition's org still in arrays). */
export type EventFileData = z.output<typeof eventSchema>;

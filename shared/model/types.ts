/**
 * The org model of ../shared/DOMAIN.md as plain, immutable data.
 * Team vs group, manager vs manager-of-managers are derived from the tree (see `tree.ts`), never stored.
 */

/** A person's id. Branded so it can't be swapped with a `UnitId`. */
export type PersonId = string & { readonly __brand: 'PersonId' };
/** A unit's id. Branded so it can't be swapped with a `PersonId`. */
export type UnitId = string & { readonly __brand: 'UnitId' };

/** `personId('p1')` → `'p1'` typed as a PersonId. */
export const personId = (id: string): PersonId => id as PersonId;
/** `unitId('u1')` → `'u1'` typed as a UnitId. */
export const unitId = (id: string): UnitId => id as UnitId;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** What role a person wants next. Without `mom` a person is never "ready now" for a MoM role. */
export type Aspiration = 'mom' | 'manager' | 'ic' | 'unknown';
export const ASPIRATIONS: readonly Aspiration[] = ['mom', 'manager', 'ic', 'unknown'];

export type FlightRisk = 'low' | 'medium' | 'high';
export const FLIGHT_RISKS: readonly FlightRisk[] = ['low', 'medium', 'high'];

/**
 * The readiness signals of DOMAIN.md ("Who could fill it"). Signal 1 (time as EM) is derived from
 * `Person.managerSince`; signal 8 (wants the role) from `Person.aspiration`.
 * Each signal is met (`true`, or 2+ launches), not met (`false`, fewer launches) or unknown (`null`), and
 * unknown is never read as "no": a real HR export carries none of them (DOMAIN.md "Known, not met, unknown").
 */
export interface Signals {
  /** 2. Notable launches shipped as a manager (2 or more counts as a track record); null when unknown. */
  readonly launches: number | null;
  /** 3. Strong references or performance rating. */
  readonly strongReferences: boolean | null;
  /** 4. Influence: people outside their team seek their advice. */
  readonly influence: boolean | null;
  /** 5. Coaches people outside their own team. */
  readonly coachesOutsideTeam: boolean | null;
  /** 6. Has talked with people who do the job (mentor or peer network at MoM level). */
  readonly momNetwork: boolean | null;
  /** 7. Already operating at the next level. */
  readonly operatingAtNextLevel: boolean | null;
  /** For EM roles, among ICs: mentors others. */
  readonly mentorsOthers: boolean | null;
}

/** The boolean signals, in DOMAIN.md's order (launches is a count and is kept apart). */
export const BOOLEAN_SIGNALS = ['strongReferences', 'influence', 'coachesOutsideTeam', 'momNetwork', 'operatingAtNextLevel', 'mentorsOthers'] as const;
export type BooleanSignal = (typeof BOOLEAN_SIGNALS)[number];

/** Every signal known and not met: someone assessed and found nothing yet (a new hire the org knows). */
export const NO_SIGNALS: Signals = {
  launches: 0,
  strongReferences: false,
  influence: false,
  coachesOutsideTeam: false,
  momNetwork: false,
  operatingAtNextLevel: false,
  mentorsOthers: false,
};

/** Every signal unknown: what an HR export (a CSV) gives, and a person nobody has assessed yet. */
export const UNKNOWN_SIGNALS: Signals = {
  launches: null,
  strongReferences: null,
  influence: null,
  coachesOutsideTeam: null,
  momNetwork: null,
  operatingAtNextLevel: null,
  mentorsOthers: null,
};

export interface Person {
  readonly id: PersonId;
  readonly name: string;
  readonly title: string;
  /** Career level, 1 (entry) .. 9 (executive). IC senior is 5 by default policy. */
  readonly level: number;
  readonly hireDate: IsoDate;
  /** The date they became a manager; absent for people who never managed. */
  readonly managerSince?: IsoDate;
  /**
   * Nobody knows when they joined or became a manager (an HR export without dates): `hireDate` and
   * `managerSince` are placeholders, and the signals that count time (a year in the company, years as an EM)
   * are unknown, not "not met". Cleared when the dates are entered.
   */
  readonly tenureUnknown?: true;
  readonly aspiration: Aspiration;
  readonly flightRisk?: FlightRisk;
  /** Performance rating 1 (low) .. 5 (high), used by downsizing "lowest rating". */
  readonly rating?: number;
  readonly signals: Signals;
  readonly tags: readonly string[];
  /** Dotted-line (matrix) managers. */
  readonly dottedLineManagerIds?: readonly PersonId[];
}

/** A node on the canvas. `leadId: null` is a vacancy. Members are ICs reporting to the lead. */
export interface Unit {
  readonly id: UnitId;
  readonly name: string;
  readonly leadId: PersonId | null;
  readonly memberIds: readonly PersonId[];
  readonly parentId: UnitId | null;
  /** Optional function label ("Payments", "Platform"), used when integrating orgs. */
  readonly function?: string;
  /** When the lead role became vacant (only meaningful while `leadId` is null). */
  readonly vacantSince?: IsoDate;
}

/**
 * An org: a forest of units (normally one root) and the people in it, as of a date.
 * Records keep insertion order, which is the order children are drawn in.
 */
export interface Org {
  /** The date this snapshot describes; tenure and time-as-EM are measured to it. */
  readonly asOf: IsoDate;
  readonly people: Readonly<Record<PersonId, Person>>;
  readonly units: Readonly<Record<UnitId, Unit>>;
}

/** Every threshold of DOMAIN.md, each a user-changeable policy setting. */
export interface Policy {
  /** A team with more ICs than this splits (Larson: grow to 8-10, then split). */
  readonly splitAbove: number;
  /** Aim for teams of this size range. */
  readonly teamSizeTarget: readonly [number, number];
  /** Smallest viable team; under this downsizing merges it into a sibling. */
  readonly minTeamSize: number;
  /** A lead with more managed child units than this is split (Larson: 4-6). */
  readonly momSpanMax: number;
  /**
   * Kept so older files keep their value; no rule reads it since DOMAIN.md's revision (rule 2 splits into
   * ceil(span / momSpanMax) parts, as even as possible), and the Policy panel no longer shows it.
   */
  readonly momSpanTarget: number;
  /** More layers than this are flagged. */
  readonly layerLimit: number;
  /** External time to fill, in months: an IC backfill, an EM, a MoM (Director), a VP. */
  readonly timeToFillMonths: { readonly ic: number; readonly em: number; readonly mom: number; readonly vp: number };
  /** Chance a vacancy with a ready-now candidate is filled internally in a month. */
  readonly internalPreference: number;
  /** Org has clear career tracks for managers: raises the chance a ready candidate is promoted. */
  readonly clearCareerTracks: boolean;
  /** Yearly attrition, as a share (0.13 = 13%). */
  readonly annualAttrition: number;
  /** Attrition multiplier for acquired staff during their first year. */
  readonly acquiredAttritionMultiplier: number;
  /** Chance a promotion doesn't work out within the 90-day plan. */
  readonly promotionRevertChance: number;
  /** An EM ships something notable every this many months on average. */
  readonly monthsPerLaunch: number;
  /** Years as EM required for "ready now" for a MoM role. */
  readonly readyNowYearsAsEm: number;
  /** Years as EM required for "ready in 6-12 months". */
  readonly readySoonYearsAsEm: number;
  /** IC level at or above which an IC counts as senior (EM candidate). */
  readonly seniorIcLevel: number;
  // ── People grow, leave and are replaced (DOMAIN.md); each an assumption the user can change. ──
  /** A leaver is replaced: an IC's backfill joins the same team after `timeToFillMonths.ic`. */
  readonly backfillLeavers: boolean;
  /** Each unmet signal of a manager with a year or more as EM becomes met about once in this many months. */
  readonly monthsPerSignal: number;
  /** A senior IC starts mentoring about once in this many months. */
  readonly monthsToStartMentoring: number;
  /** An IC moves up a level about every this many months (up to `icLevelCap`). */
  readonly monthsPerIcLevel: number;
  /** The highest level an IC reaches by development alone. */
  readonly icLevelCap: number;
  /** Chance an unknown signal is drawn as met, once per simulated run (and for new hires). */
  readonly priorSignalMet: number;
  /** Chance a manager's unknown aspiration is drawn as `mom` (and a new EM hire's aspiration). */
  readonly priorWantsMom: number;
  /** Chance an IC's unknown aspiration is drawn as wanting to manage (and a new IC hire's). */
  readonly priorWantsManager: number;
  /** Attrition multiplier by flight risk. */
  readonly flightRiskMultiplier: { readonly low: number; readonly medium: number; readonly high: number };
  /** Months a person whose promotion was reverted is not offered the same role again. */
  readonly revertCoolOffMonths: number;
}

/** The defaults of DOMAIN.md's norms table. */
export const DEFAULT_POLICY: Policy = {
  splitAbove: 8,
  teamSizeTarget: [6, 8],
  minTeamSize: 3,
  momSpanMax: 6,
  momSpanTarget: 5,
  layerLimit: 6,
  timeToFillMonths: { ic: 2, em: 3, mom: 4, vp: 5 },
  internalPreference: 0.6,
  clearCareerTracks: false,
  annualAttrition: 0.13,
  acquiredAttritionMultiplier: 2,
  promotionRevertChance: 0.1,
  monthsPerLaunch: 6,
  readyNowYearsAsEm: 2,
  readySoonYearsAsEm: 1,
  seniorIcLevel: 5,
  backfillLeavers: true,
  monthsPerSignal: 36,
  monthsToStartMentoring: 12,
  monthsPerIcLevel: 36,
  icLevelCap: 7,
  priorSignalMet: 0.4,
  priorWantsMom: 0.4,
  priorWantsManager: 0.3,
  flightRiskMultiplier: { low: 0.5, medium: 1, high: 2 },
  revertCoolOffMonths: 12,
};

/** Where hires or cuts go: spread over all teams by size, or aimed at chosen units. */
export type Target = { readonly kind: 'spread' } | { readonly kind: 'units'; readonly unitIds: readonly UnitId[] };

/** Events a scenario can schedule (DOMAIN.md "Events a scenario can schedule"). `month` is 1-based from the start. */
export type ScenarioEvent =
  | {
      readonly kind: 'growth';
      readonly id: string;
      readonly fromMonth: number;
      readonly toMonth: number;
      /** People per month. */
      readonly perMonth: number;
      readonly target: Target;
    }
  | {
      readonly kind: 'funding';
      readonly id: string;
      readonly month: number;
      readonly amount: number;
      readonly engineeringShare: number;
      readonly costPerEngineer: number;
      readonly runwayMonths: number;
      readonly rampMonths: number;
      /** When given, overrides the hires computed from the amount. */
      readonly hires?: number;
      readonly target: Target;
    }
  | {
      readonly kind: 'acquisition';
      readonly id: string;
      readonly month: number;
      readonly underUnitId: UnitId;
      readonly mode: 'division' | 'integrate';
      readonly source: { readonly kind: 'generated'; readonly size: number } | { readonly kind: 'org'; readonly org: Org };
    }
  | {
      readonly kind: 'downsizing';
      readonly id: string;
      readonly month: number;
      /** Share of headcount cut, 0..1. */
      readonly share: number;
      readonly target: Target;
      readonly rule: 'recent-hires' | 'lowest-rating' | 'random';
    }
  | { readonly kind: 'departure'; readonly id: string; readonly month: number; readonly personId: PersonId }
  | { readonly kind: 'reorg'; readonly id: string; readonly month: number; readonly unitId: UnitId; readonly newParentId: UnitId };

export type ScenarioEventKind = ScenarioEvent['kind'];

export interface SimulationSettings {
  readonly months: number;
  readonly seed: number;
}

export interface XY {
  readonly x: number;
  readonly y: number;
}

/** What the canvas remembers: manual node positions and collapsed units. Not part of the org. */
export interface ViewState {
  readonly positions: Readonly<Record<UnitId, XY>>;
  readonly collapsed: readonly UnitId[];
}

/** One version of the plan: an org, its policy, its events and run settings, and how its canvas looks. */
export interface Plan {
  readonly org: Org;
  readonly policy: Policy;
  readonly events: readonly ScenarioEvent[];
  readonly simulation: SimulationSettings;
  readonly view: ViewState;
}

/** Another version of the plan kept in the same file ("Series B", "Acquire Acme"), by its name. */
export interface Variant extends Plan {
  readonly name: string;
}

/**
 * A whole document: what a `.orgsim.json` file holds. The plan fields are the variant being edited; the file's
 * other variants wait in `variants` (shared/model/variants.ts switches, duplicates, renames and deletes them).
 * A document with one variant named "Baseline" leaves the three variant fields out.
 */
export interface Scenario extends Plan {
  readonly name: string;
  /** The name of the variant being edited; absent means "Baseline". */
  readonly variant?: string;
  /** Where the variant being edited sits among all of them, in the switcher's order; absent means first. */
  readonly variantAt?: number;
  /** The file's other variants, in the switcher's order; absent means none. */
  readonly variants?: readonly Variant[];
}

export const DEFAULT_SIMULATION: SimulationSettings = { months: 24, seed: 1 };
export const EMPTY_VIEW: ViewState = { positions: {}, collapsed: [] };

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Org, Person, Policy, Scenario, ScenarioEvent, Signals, SimulationSettings, Target, Unit, Variant } from '../model/types';
import { DEFAULT_POLICY, UNKNOWN_SIGNALS } from '../model/types';
import {
  eventSchema,
  orgSchema,
  personSchema,
  policySchema,
  scenarioFileSchema,
  signalsSchema,
  simulationSchema,
  targetSchema,
  unitSchema,
  type EventFileData,
  type OrgFileData,
  type PersonFileData,
  type ScenarioFileData,
  type UnitFileData,
  type VariantFileData,
} from './schema';

/** The on-disk org converts to the in-memory one only by turning arrays into records. */
type AsRecords<O extends OrgFileData> = Omit<O, 'people' | 'units'> & { people: Org['people']; units: Org['units'] };

describe('the schema is the single source of the file’s shape', () => {
  it('parses to exactly the fields of types.ts, with the same types (checked by the compiler)', () => {
    // Same field names: a field added to types.ts but not to the schema (or the reverse) fails to compile.
    expectTypeOf<keyof PersonFileData>().toEqualTypeOf<keyof Person>();
    expectTypeOf<keyof UnitFileData>().toEqualTypeOf<keyof Unit>();
    expectTypeOf<keyof OrgFileData>().toEqualTypeOf<keyof Org>();
    expectTypeOf<keyof z.output<typeof signalsSchema>>().toEqualTypeOf<keyof Signals>();
    expectTypeOf<keyof z.output<typeof policySchema>>().toEqualTypeOf<keyof Policy>();
    expectTypeOf<keyof z.output<typeof simulationSchema>>().toEqualTypeOf<keyof SimulationSettings>();
    expectTypeOf<keyof ScenarioFileData>().toEqualTypeOf<keyof Scenario | 'format' | 'version'>();
    expectTypeOf<EventFileData['kind']>().toEqualTypeOf<ScenarioEvent['kind']>();
    expectTypeOf<z.output<typeof targetSchema>>().toExtend<Target>();
    // Same types: what the schema gives is what the model takes (branded ids, enums, tuples).
    expectTypeOf<PersonFileData>().toExtend<Person>();
    expectTypeOf<UnitFileData>().toExtend<Unit>();
    expectTypeOf<z.output<typeof policySchema>>().toExtend<Policy>();
    expectTypeOf<Exclude<EventFileData, { kind: 'acquisition' }>>().toExtend<ScenarioEvent>();
    expectTypeOf<AsRecords<OrgFileData>>().toExtend<Org>();
    expectTypeOf<Omit<ScenarioFileData, 'org' | 'events' | 'view' | 'format' | 'version' | 'variants'>>().toExtend<
      Omit<Scenario, 'org' | 'events' | 'view' | 'variants'>
    >();
    expectTypeOf<keyof VariantFileData>().toEqualTypeOf<keyof Variant>();
  });

  it('fills the documented defaults', () => {
    expect(policySchema.parse(undefined)).toEqual(DEFAULT_POLICY);
    expect(policySchema.parse({})).toEqual(DEFAULT_POLICY);
    expect(signalsSchema.parse(undefined)).toEqual(UNKNOWN_SIGNALS);
    expect(signalsSchema.parse({ influence: false })).toEqual({ ...UNKNOWN_SIGNALS, influence: false });
    expect(personSchema.parse({ id: 'p1', name: 'Ana', level: 5, hireDate: '2020-02-29' })).toEqual({
      id: 'p1',
      name: 'Ana',
      title: '',
      level: 5,
      hireDate: '2020-02-29',
      aspiration: 'unknown',
      signals: UNKNOWN_SIGNALS,
      tags: [],
    });
    expect(unitSchema.parse({ id: 'u1', name: 'Eng' })).toEqual({ id: 'u1', name: 'Eng', leadId: null, memberIds: [], parentId: null });
    expect(orgSchema.parse({ asOf: '2026-01-01' })).toEqual({ asOf: '2026-01-01', people: [], units: [] });
  });

  // [what, schema, value, accepted?]: the ranges, at and just past each edge.
  const ranges: [string, boolean, z.ZodType, unknown][] = [
    ['split size 1', true, policySchema, { splitAbove: 1 }],
    ['split size 0.5', false, policySchema, { splitAbove: 0.5 }],
    ['split size 8.5 (the policy editor accepts it)', true, policySchema, { splitAbove: 8.5 }],
    ['attrition 0', true, policySchema, { annualAttrition: 0 }],
    ['attrition 1', true, policySchema, { annualAttrition: 1 }],
    ['attrition 1.01', false, policySchema, { annualAttrition: 1.01 }],
    ['internal preference -0.1', false, policySchema, { internalPreference: -0.1 }],
    ['MoM span 1', false, policySchema, { momSpanMax: 1 }],
    ['months per launch 0', false, policySchema, { monthsPerLaunch: 0 }],
    ['senior IC level 10', false, policySchema, { seniorIcLevel: 10 }],
    ['team size target [6, 6]', true, policySchema, { teamSizeTarget: [6, 6] }],
    ['team size target [6]', false, policySchema, { teamSizeTarget: [6] }],
    ['level 1', true, personSchema, { id: 'p', name: 'A', level: 1, hireDate: '2020-01-01' }],
    ['level 0', false, personSchema, { id: 'p', name: 'A', level: 0, hireDate: '2020-01-01' }],
    ['rating 4.5', true, personSchema, { id: 'p', name: 'A', level: 1, hireDate: '2020-01-01', rating: 4.5 }],
    ['rating 6', false, personSchema, { id: 'p', name: 'A', level: 1, hireDate: '2020-01-01', rating: 6 }],
    ['negative launches', false, personSchema, { id: 'p', name: 'A', level: 1, hireDate: '2020-01-01', signals: { launches: -1 } }],
    ['unknown launches (null)', true, personSchema, { id: 'p', name: 'A', level: 1, hireDate: '2020-01-01', signals: { launches: null, influence: null } }],
    ['a signal written as text', false, personSchema, { id: 'p', name: 'A', level: 1, hireDate: '2020-01-01', signals: { influence: 'yes' } }],
    ['IC time to fill 0', true, policySchema, { timeToFillMonths: { ic: 0 } }],
    ['IC time to fill -1', false, policySchema, { timeToFillMonths: { ic: -1 } }],
    ['months per signal 0', false, policySchema, { monthsPerSignal: 0 }],
    ['months per signal 0.5', true, policySchema, { monthsPerSignal: 0.5 }],
    ['IC level cap 10', false, policySchema, { icLevelCap: 10 }],
    ['prior 1.2', false, policySchema, { priorSignalMet: 1.2 }],
    ['flight risk x0', true, policySchema, { flightRiskMultiplier: { high: 0 } }],
    ['flight risk x-1', false, policySchema, { flightRiskMultiplier: { low: -1 } }],
    ['cool-off 0 months', true, policySchema, { revertCoolOffMonths: 0 }],
    ['backfill as text', false, policySchema, { backfillLeavers: 'yes' }],
    ['a leap day', true, personSchema, { id: 'p', name: 'A', level: 1, hireDate: '2024-02-29' }],
    ['no leap day', false, personSchema, { id: 'p', name: 'A', level: 1, hireDate: '2023-02-29' }],
    ['seed 2^53 - 1', true, simulationSchema, { seed: Number.MAX_SAFE_INTEGER }],
    ['seed 1e20 (the run settings accept it)', true, simulationSchema, { seed: 1e20 }],
    ['seed 1.5', false, simulationSchema, { seed: 1.5 }],
    ['seed -1', false, simulationSchema, { seed: -1 }],
    ['600 months', true, simulationSchema, { months: 600 }],
    ['601 months', false, simulationSchema, { months: 601 }],
    ['a downsizing of 100%', true, eventSchema, { kind: 'downsizing', id: 'e', month: 1, share: 1, target: { kind: 'spread' }, rule: 'random' }],
    ['a downsizing of 150%', false, eventSchema, { kind: 'downsizing', id: 'e', month: 1, share: 1.5, target: { kind: 'spread' }, rule: 'random' }],
    [
      'a target with no units',
      false,
      eventSchema,
      { kind: 'downsizing', id: 'e', month: 1, share: 0.1, target: { kind: 'units', unitIds: [] }, rule: 'random' },
    ],
    [
      'a funding round costing nothing per engineer',
      false,
      eventSchema,
      { kind: 'funding', id: 'e', month: 1, amount: 1, engineeringShare: 0.5, costPerEngineer: 0, runwayMonths: 1, rampMonths: 1, target: { kind: 'spread' } },
    ],
  ];
  it.each(ranges)('%s → accepted: %s', (_what, accepted, schema, value) => {
    expect(schema.safeParse(value).success).toBe(accepted);
  });

  it('reads a whole current file', () => {
    expect(scenarioFileSchema.safeParse({ format: 'orgsim', version: 3, org: { asOf: '2026-01-01' } }).success).toBe(true);
    expect(scenarioFileSchema.safeParse({ format: 'orgsim', version: 2, org: { asOf: '2026-01-01' } }).success).toBe(false);
    expect(scenarioFileSchema.safeParse({ format: 'orgsim', version: 4, org: { asOf: '2026-01-01' } }).success).toBe(false);
  });
});

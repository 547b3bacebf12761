/**
 * Variants: several versions of one plan in one document ("Baseline", "Series B", "Acquire Acme"). The variant
 * being edited lives in the scenario's own plan fields, so every edit, run and view works on it unchanged; the
 * others wait in `scenario.variants`. Each operation here is a pure function from a scenario to the next one, so
 * the store's undo covers it like any edit. Names are unique, compared without case or surrounding spaces.
 */
import { err, ok, type Result } from './result';
import type { Plan, Scenario, Variant } from './types';

/** The name of a document's only variant until someone names it. */
export const DEFAULT_VARIANT = 'Baseline';
/** The longest variant name accepted (it has to fit a toolbar button and a chart legend). */
export const MAX_VARIANT_NAME = 60;

/** The name of the variant being edited: `activeVariantName(sampleScenario())` → `'Baseline'`. */
export function activeVariantName(scenario: Scenario): string {
  return scenario.variant ?? DEFAULT_VARIANT;
}

/** The plan fields of a scenario (the variant being edited), as a variant with its name. */
function activeVariant(scenario: Scenario): Variant {
  const { org, policy, events, simulation, view } = scenario;
  return { name: activeVariantName(scenario), org, policy, events, simulation, view };
}

/** Every variant in the switcher's order, the one being edited at its place. A document without variants → `[Baseline]`. */
export function allVariants(scenario: Scenario): readonly Variant[] {
  const others = scenario.variants ?? [];
  const at = Math.min(Math.max(0, scenario.variantAt ?? 0), others.length);
  return [...others.slice(0, at), activeVariant(scenario), ...others.slice(at)];
}

/** The names of every variant, in the switcher's order. */
export function variantNames(scenario: Scenario): readonly string[] {
  return allVariants(scenario).map((v) => v.name);
}

const key = (name: string): string => name.trim().toLocaleLowerCase();

/** The variant's own name as written for `text` matched without case or surrounding spaces, or null. `findVariant(s, ' series b')` → `'Series B'`. */
export function findVariant(scenario: Scenario, text: string): string | null {
  return variantNames(scenario).find((name) => key(name) === key(text)) ?? null;
}

/**
 * Why `name` can't name a variant, or null when it can. `except` is the variant being renamed (it may keep its
 * own name or change its case). `checkVariantName(s, 'baseline')` → 'There is already a variant named “Baseline”.'
 */
export function checkVariantName(scenario: Scenario, name: string, except?: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'A variant needs a name.';
  if (trimmed.length > MAX_VARIANT_NAME) return `A variant’s name can be at most ${MAX_VARIANT_NAME} characters long.`;
  const taken = variantNames(scenario).find((n) => key(n) === key(trimmed) && (except === undefined || key(n) !== key(except)));
  return taken === undefined ? null : `There is already a variant named “${taken}”.`;
}

/**
 * The scenario with `all` as its variants and `all[at]` the one being edited. The variant fields are left out when
 * the document is back to one variant named Baseline, so such a document equals one that never had variants.
 */
function withVariants(scenario: Scenario, all: readonly Variant[], at: number): Scenario {
  const { name, org, policy, events, simulation, view } = all[at]!;
  const rest = withoutVariants(scenario);
  const plain = all.length === 1 && name === DEFAULT_VARIANT;
  const others = all.filter((_, i) => i !== at);
  return { ...rest, org, policy, events, simulation, view, ...(plain ? {} : { variant: name, variantAt: at, variants: others }) };
}

/** Edit the variant named `name` (a no-op when it is already the one being edited). */
export function switchVariant(scenario: Scenario, name: string): Result<Scenario, string> {
  const all = allVariants(scenario);
  const at = all.findIndex((v) => v.name === name);
  if (at < 0) return err(`There is no variant named “${name}”.`);
  if (name === activeVariantName(scenario)) return ok(scenario);
  return ok(withVariants(scenario, all, at));
}

/** A copy of the variant being edited, named `name`, placed right after it and edited from now on. */
export function duplicateVariant(scenario: Scenario, name: string): Result<Scenario, string> {
  const problem = checkVariantName(scenario, name);
  if (problem) return err(problem);
  const all = allVariants(scenario);
  const at = all.findIndex((v) => v.name === activeVariantName(scenario));
  const copy: Variant = { ...activeVariant(scenario), name: name.trim() };
  return ok(withVariants(scenario, [...all.slice(0, at + 1), copy, ...all.slice(at + 1)], at + 1));
}

/** Rename the variant named `from`. */
export function renameVariant(scenario: Scenario, from: string, to: string): Result<Scenario, string> {
  const all = allVariants(scenario);
  const at = all.findIndex((v) => v.name === from);
  if (at < 0) return err(`There is no variant named “${from}”.`);
  const problem = checkVariantName(scenario, to, from);
  if (problem) return err(problem);
  const renamed = all.map((v, i) => (i === at ? { ...v, name: to.trim() } : v));
  return ok(
    withVariants(
      scenario,
      renamed,
      all.findIndex((v) => v.name === activeVariantName(scenario)),
    ),
  );
}

/** Delete the variant named `name`; deleting the one being edited edits its neighbour. The last one can't go. */
export function deleteVariant(scenario: Scenario, name: string): Result<Scenario, string> {
  const all = allVariants(scenario);
  const at = all.findIndex((v) => v.name === name);
  if (at < 0) return err(`There is no variant named “${name}”.`);
  if (all.length === 1) return err('A document keeps at least one variant.');
  const active = activeVariantName(scenario);
  const left = all.filter((_, i) => i !== at);
  const next = name === active ? Math.min(at, left.length - 1) : left.findIndex((v) => v.name === active);
  return ok(withVariants(scenario, left, next));
}

/**
 * The variant named `name` as a scenario of its own (no other variants), to run or compare it; null when there
 * is none. The variant being edited comes back as the scenario without its variants.
 */
export function variantScenario(scenario: Scenario, name: string): Scenario | null {
  const found = allVariants(scenario).find((v) => v.name === name);
  if (!found) return null;
  const plan: Plan = { org: found.org, policy: found.policy, events: found.events, simulation: found.simulation, view: found.view };
  return { ...withoutVariants(scenario), ...plan };
}

/** The variant being edited as a scenario of its own: the document without its other variants (what a run needs). */
export function withoutVariants(scenario: Scenario): Scenario {
  const { variant: _variant, variantAt: _at, variants: _others, ...rest } = scenario;
  return rest;
}

/** How many people every variant's org holds together (a file's size is about this). */
export function peopleInAllVariants(scenario: Scenario): number {
  return allVariants(scenario).reduce((sum, v) => sum + Object.keys(v.org.people).length, 0);
}

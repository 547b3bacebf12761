/**
 * The jobs the compare view runs (in a worker, see compareWorker.ts; or on this thread where workers can't start):
 * the comparison at a month, and Monte Carlo of each other variant against the first. Pure: a request in, an
 * outcome out, problems as sentences.
 */
import {
  compareErrorMessage,
  compareVariants,
  compareVariantsMonteCarlo,
  err,
  ok,
  type MonteCarloComparison,
  type Result,
  type VariantComparison,
  type VariantInput,
} from '../../../shared';

export type CompareRequest =
  | { readonly kind: 'compare'; readonly variants: readonly VariantInput[]; readonly month: number }
  | { readonly kind: 'monte-carlo'; readonly variants: readonly VariantInput[]; readonly runs: number; readonly months: number };

/** Monte Carlo of variant `b` against variant `a`, run by run on the same seeds. */
export interface MonteCarloPair {
  readonly a: string;
  readonly b: string;
  readonly comparison: MonteCarloComparison;
}

export type CompareOutcome =
  | { readonly kind: 'compare'; readonly result: Result<VariantComparison, string> }
  | { readonly kind: 'monte-carlo'; readonly result: Result<readonly MonteCarloPair[], string> };

export type CompareReply =
  | { readonly type: 'progress'; readonly share: number }
  | { readonly type: 'done'; readonly outcome: CompareOutcome }
  | { readonly type: 'crash'; readonly message: string };

/** Run one job; `progress` gets the share done (0..1). */
export function runCompareJob(request: CompareRequest, progress: (share: number) => void = () => undefined): CompareOutcome {
  if (request.kind === 'compare') {
    const result = compareVariants(request.variants, request.month, { onProgress: (done, of) => progress(of === 0 ? 1 : done / of) });
    return { kind: 'compare', result: result.ok ? ok(result.value) : err(compareErrorMessage(result.error)) };
  }
  const [first, ...others] = request.variants;
  if (!first || others.length === 0) return { kind: 'monte-carlo', result: err('Choose two variants or more to compare.') };
  const pairs: MonteCarloPair[] = [];
  for (const [i, other] of others.entries()) {
    const result = compareVariantsMonteCarlo(first, other, request.runs, request.months, { onRun: (done, of) => progress((i + done / of) / others.length) });
    if (!result.ok) {
      const e = result.error;
      return {
        kind: 'monte-carlo',
        result: err(e.code === 'bad-runs' ? `${e.runs} runs can't be done: give a whole number, 2 or more.` : compareErrorMessage(e)),
      };
    }
    pairs.push({ a: first.name, b: other.name, comparison: result.value });
  }
  return { kind: 'monte-carlo', result: ok(pairs) };
}

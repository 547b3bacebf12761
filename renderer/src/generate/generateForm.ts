/** The Generate Org dialog's fields, and reading them: what to generate, or what is wrong, field by field. */
import { isIsoDate } from '../../../shared';

/** The sizes offered with one click; any other size from 1 to `MAX_GENERATED_PEOPLE` is a custom size. */
export const GENERATE_PRESETS = [1_500, 10_000, 100_000] as const;
export const MAX_GENERATED_PEOPLE = 200_000;
export const DEFAULT_GENERATE_SEED = 1;

const fmt = (n: number) => n.toLocaleString('en');

export interface GenerateForm {
  readonly preset: (typeof GENERATE_PRESETS)[number] | 'custom';
  readonly custom: string;
  readonly seed: string;
  readonly asOf: string;
}

/** What the form asks for, or what is wrong with it, field by field. */
export function readGenerateForm(
  form: GenerateForm,
): { ok: true; size: number; seed: number; asOf: string } | { ok: false; errors: Partial<Record<'custom' | 'seed' | 'asOf', string>> } {
  const errors: Partial<Record<'custom' | 'seed' | 'asOf', string>> = {};
  const size = form.preset === 'custom' ? Number(form.custom.replace(/[,_\s]/g, '')) : form.preset;
  if (form.preset === 'custom' && (form.custom.trim() === '' || !Number.isInteger(size) || size < 1 || size > MAX_GENERATED_PEOPLE))
    errors.custom = `A whole number of people from 1 to ${fmt(MAX_GENERATED_PEOPLE)}.`;
  const seed = Number(form.seed.trim());
  if (form.seed.trim() === '' || !Number.isSafeInteger(seed) || seed < 0) errors.seed = 'A whole number, 0 or more.';
  if (!isIsoDate(form.asOf)) errors.asOf = 'A date (YYYY-MM-DD).';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, size, seed, asOf: form.asOf };
}

/**
 * No import cycles in the renderer's command layer: a cycle (commands.ts ↔ panels/ImportCsvDialog.tsx, as there
 * was) works only while nothing runs at load time, and breaks in confusing ways when something starts to.
 * Type-only imports are left out: they vanish at build time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'renderer', 'src');
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

const graph = new Map(
  files(SRC).map((file) => [
    file,
    [...readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)].map((m) => resolveImport(file, m[1]!)).filter((f): f is string => f !== null),
  ]),
);

/** A cycle through `start`, as paths relative to renderer/src, or null. */
function cycleThrough(start: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, path: string[]): string[] | null => {
    for (const next of graph.get(file) ?? []) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return null;
  };
  const found = walk(start, [start]);
  return found && found.map((f) => relative(SRC, f));
}

describe('renderer import cycles', () => {
  const commandFiles = [join(SRC, 'commands.ts'), ...files(join(SRC, 'commands'))];
  it.each(commandFiles.map((f) => [relative(SRC, f), f]))('%s is on no cycle', (_, file) => {
    expect(cycleThrough(file)).toBeNull();
  });
});

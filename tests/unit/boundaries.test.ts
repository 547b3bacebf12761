/**
 * Import boundaries (../shared/STYLE.md): shared/ is platform-free, the renderer never reaches Electron or Node,
 * and Electron never reaches into the renderer. A forbidden import fails this test with the file and line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

type Rule = { folder: string; forbids: (specifier: string) => string | null };

const isNode = (s: string) => (s.startsWith('node:') || NODE_BUILTINS.has(s.split('/')[0]!) ? 'a Node built-in' : null);
const isElectron = (s: string) => (s === 'electron' || s.startsWith('electron/') ? 'electron' : null);
const isUi = (s: string) => (/^(react|react-dom|zustand|zundo|@xyflow\/)/.test(s) ? 'a UI library' : null);
const reaches = (folder: string) => (s: string) => (s.startsWith('.') && new RegExp(`(^|/)${folder}(/|$)`).test(s) ? `the ${folder}/ folder` : null);

export const RULES: Rule[] = [
  { folder: 'shared', forbids: (s) => isNode(s) ?? isElectron(s) ?? isUi(s) ?? reaches('renderer')(s) ?? reaches('electron')(s) },
  { folder: 'renderer', forbids: (s) => isNode(s) ?? isElectron(s) ?? reaches('electron')(s) },
  { folder: 'electron', forbids: (s) => reaches('renderer')(s) },
];

const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier in `source`, with its line number. */
export function importsOf(source: string): { specifier: string; line: number }[] {
  const found: { specifier: string; line: number }[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const specifier = m[1] ?? m[2] ?? m[3]!;
    found.push({ specifier, line: source.slice(0, m.index).split('\n').length });
  }
  return found;
}

/** Violations of `rule` in one file's source. */
export function violations(rule: Rule, file: string, source: string): string[] {
  return importsOf(source).flatMap(({ specifier, line }) => {
    const what = rule.forbids(specifier);
    return what ? [`${file}:${line} imports '${specifier}' (${what}), which ${rule.folder}/ may not`] : [];
  });
}

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|cts)$/.test(entry)) out.push(path);
  }
  return out;
}

describe('import boundaries', () => {
  for (const rule of RULES) {
    it(`${rule.folder}/ imports only what it may`, () => {
      const files = sourceFiles(join(ROOT, rule.folder)).filter((f) => !(rule.folder === 'shared' && /\.test\.tsx?$/.test(f)));
      expect(files.length).toBeGreaterThan(0);
      const found = files.flatMap((f) => violations(rule, relative(ROOT, f), readFileSync(f, 'utf8')));
      expect(found).toEqual([]);
    });
  }

  it.each([
    ['shared', "import { app } from 'electron';", /electron/],
    ['shared', "import type { Node } from '@xyflow/react';", /UI library/],
    ['shared', "import { readFile } from 'node:fs/promises';", /Node built-in/],
    ['shared', "const fs = require('fs');", /Node built-in/],
    ['shared', "export { x } from '../renderer/src/store';", /renderer/],
    ['renderer', "const e = await import('electron');", /electron/],
    ['renderer', "import { join } from 'path';", /Node built-in/],
    ['electron', "import { App } from '../renderer/src/App';", /renderer/],
  ])('flags a forbidden import in %s: %s', (folder, source, what) => {
    const rule = RULES.find((r) => r.folder === folder)!;
    const found = violations(rule, 'x.ts', source);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(what);
  });

  it('allows what each folder may import', () => {
    expect(violations(RULES[0]!, 'x.ts', "import { z } from 'zod';\nimport { flextree } from 'd3-flextree';")).toEqual([]);
    expect(violations(RULES[1]!, 'x.tsx', "import { ReactFlow } from '@xyflow/react';\nimport { x } from '../../shared';")).toEqual([]);
    expect(violations(RULES[2]!, 'x.ts', "import { app } from 'electron';\nimport * as fs from 'node:fs/promises';")).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ stack as layers. The same rule as /work/shared/hooks/folder-layers.py: a
 * value import (static or dynamic `import()`) from one folder to another is an edge; `import type`
 * is not, since it leaves nothing behind at run time. Files at the top of src/ form "(root)".
 */
const SRC = fileURLToPath(new URL('../../../src', import.meta.url));
const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const ANY_RELATIVE = /(?:from\s+|import\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

function folderOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? parts[0]! : '(root)';
}

function folderGraph(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const { path, text } of files) {
    for (const match of [...text.matchAll(STATIC), ...text.matchAll(DYNAMIC)]) {
      const target = resolve(dirname(path), match[1]!);
      if (relative(SRC, target).startsWith('..')) continue;
      const [from, to] = [folderOf(path), folderOf(target.endsWith('.ts') ? target : `${target}.ts`)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** Groups of folders that can each reach the others (Tarjan's strongly connected components). */
function loops(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do component.push((w = stack.pop()!));
      while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the folders of src/', () => {
  it('import each other without a loop (type-only imports aside)', () => {
    expect(loops(folderGraph())).toEqual([]);
  });

  it('finds a loop when there is one (the check itself works)', () => {
    const edges = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]);
    expect(loops(edges)).toEqual([['a', 'b', 'c']]);
  });

  it('write relative imports one way: without a .ts extension', () => {
    const withExtension = files.flatMap(({ path, text }) =>
      [...text.matchAll(ANY_RELATIVE)].filter((m) => m[1]!.endsWith('.ts')).map((m) => `${relative(SRC, path)}: ${m[1]}`),
    );
    expect(withExtension).toEqual([]);
  });

  it('give each module a file name used once, so no idea has two homes under one name', () => {
    const byName = new Map<string, string[]>();
    for (const { path } of files) byName.set(basename(path), [...(byName.get(basename(path)) ?? []), relative(SRC, path)]);
    const twins = [...byName.values()].filter((paths) => paths.length > 1 && !paths[0]!.endsWith('index.ts'));
    expect(twins).toEqual([]);
  });

  it('keep the page services (storage, routes, sound, scenery loading) free of widgets and screens', () => {
    const services = join(SRC, 'ui', 'services');
    const allowed = [services, join(SRC, 'ui', 'dom.ts')];
    const reachingUp = files
      .filter(({ path }) => path.startsWith(services + sep))
      .flatMap(({ path, text }) =>
        [...text.matchAll(STATIC), ...text.matchAll(DYNAMIC)]
          .map((m) => resolve(dirname(path), m[1]!))
          .filter((target) => target.startsWith(join(SRC, 'ui') + sep) && !allowed.some((ok) => target === ok.replace(/\.ts$/, '') || target.startsWith(ok + sep)))
          .map((target) => `${relative(SRC, path)} -> ${relative(SRC, target)}`),
      );
    expect(reachingUp).toEqual([]);
  });
});

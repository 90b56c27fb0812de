/**
 * The layout is the architecture: folders of src/ follow the data flow
 * (config/errors/domain -> server -> nlp -> graph -> ingest -> extract -> api -> cli)
 * and import only folders below them, so no two folders ever import each other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsIn, resolveSource } from '../support/source-imports.js';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Bottom first. A top-level file counts as its own "folder" (config.ts -> config). */
const LAYERS: readonly (readonly string[])[] = [
  ['config', 'errors', 'logger', 'domain'],
  ['server'],
  ['nlp'],
  ['graph'],
  ['ingest'],
  ['extract'],
  ['api'],
  ['cli', 'main'],
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

function folderOf(file: string): string {
  const [first] = path.relative(SRC, file).split(path.sep);
  return first!.replace(/\.ts$/, '');
}

/** Relative imports (static, type-only, `export … from` and dynamic) of one file, resolved to files. */
function importsOf(file: string): string[] {
  return importsIn(fs.readFileSync(file, 'utf8'))
    .filter((i) => i.specifier.startsWith('.'))
    .map((i) => resolveSource(file, i.specifier));
}

/** folder -> the other folders it imports, with one example import each */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const target of importsOf(file)) {
      if (!target.startsWith(SRC + path.sep)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, `${path.relative(SRC, file)} imports ${path.relative(SRC, target)}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Every cycle's first back edge found by depth-first search, as "a -> b -> a". */
export function folderCycles(graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, trail: string[]): void => {
    state.set(node, 'open');
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), node, next].join(' -> '));
      else if (!state.has(next)) visit(next, [...trail, node]);
    }
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node, []);
  return cycles;
}

describe('folder architecture', () => {
  const graph = folderGraph();

  it('knows every folder of src/ (a new folder needs a place in the data flow)', () => {
    const known = new Set(LAYERS.flat());
    const folders = new Set(sourceFiles(SRC).map(folderOf));
    expect([...folders].filter((f) => !known.has(f))).toEqual([]);
  });

  it('has no folder cycle', () => {
    expect(folderCycles(graph)).toEqual([]);
  });

  it('imports only folders below, never above', () => {
    const layer = (folder: string): number => LAYERS.findIndex((l) => l.includes(folder));
    const upward = [...graph].flatMap(([from, edges]) =>
      [...edges].filter(([to]) => layer(to) > layer(from)).map(([to, example]) => `${from} -> ${to} (${example})`),
    );
    expect(upward).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself can fail)', () => {
    const cyclic = new Map([
      ['graph', new Map([['server', 'x']])],
      ['server', new Map([['graph', 'y']])],
    ]);
    expect(folderCycles(cyclic)).toEqual(['graph -> server -> graph']);
    expect(folderCycles(new Map([['graph', new Map([['server', 'x']])]]))).toEqual([]);
  });
});

/**
 * `entente --help` loads only what the help needs: every command's code, and the configuration module with zod behind
 * it, are imported dynamically when their command runs (src/cli/main.ts). zod alone was 0.1 s of a 0.27 s help on the
 * bench host, against a target of 0.3 s. This follows main.ts's static imports through the project's files and
 * names the packages they reach.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsIn, resolveSource } from '../support/source-imports.js';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The specifiers of a file's static imports and re-exports, leaving out `import type` and dynamic `import()`. */
const staticImportsOf = (text: string): string[] =>
  importsIn(text)
    .filter((i) => i.kind === 'static')
    .map((i) => i.specifier);

/** The packages (and node: built-ins) reached from `entry` through static imports alone. */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImportsOf(fs.readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(resolveSource(file, specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return packages;
}

describe('CLI start-up', () => {
  it('reads static imports, not type-only or dynamic ones', () => {
    const text = [
      "import { Command } from 'commander';",
      "import type { Config } from '../config.js';",
      'import {',
      '  a,',
      '  b,',
      "} from './output.js';",
      "export { c } from './c.js';",
      "import './side-effect.js';",
      "const later = await import('./serve.js');",
    ].join('\n');
    expect(staticImportsOf(text)).toEqual(['commander', './output.js', './c.js', './side-effect.js']);
  });

  it('loads commander and nothing heavier before a command is chosen', () => {
    const reached = [...packagesReachedFrom(path.join(SRC, 'cli', 'main.ts'))].filter((p) => !p.startsWith('node:'));
    expect(reached).toEqual(['commander']);
  });
});

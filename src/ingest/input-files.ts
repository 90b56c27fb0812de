/**
 * Turning the importer's arguments (files, folders, quoted globs) into a
 * sorted list of article files. A path that does not exist (or a dangling
 * link) stays in the list, so that reading it fails for that path alone and
 * the run still reports every other file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatFromName } from './structured-file.js';

const isArticleFile = (name: string): boolean => formatFromName(name) !== undefined && !name.endsWith('.schema.json');

export function expandInputs(args: string[], cwd = process.cwd()): string[] {
  const out = new Set<string>();
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    if (/[*?]/.test(arg)) {
      for (const f of globFiles(full)) out.add(f);
    } else if (isDirectory(full)) {
      for (const f of walk(full)) if (isArticleFile(f)) out.add(f);
    } else {
      out.add(full);
    }
  }
  return [...out].sort();
}

function isDirectory(full: string): boolean {
  try {
    return fs.statSync(full).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

/** A small glob for quoted patterns (the shell expands unquoted ones): *, ** and ?. */
function globFiles(pattern: string): string[] {
  const parts = pattern.split(path.sep);
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const base = parts.slice(0, firstWild).join(path.sep) || path.sep;
  if (!fs.existsSync(base)) return [];
  const chunk = (c: string): string =>
    c
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]');
  // `**/` is zero or more folders, as in a shell's globstar: "data/articles/**/*.yaml" matches data/articles/a.yaml too
  const regex = new RegExp(
    '^' +
      pattern
        .split('**/')
        .map((part) => part.split('**').map(chunk).join('.*'))
        .join('(?:.*/)?') +
      '$',
  );
  return walk(base).filter((f) => regex.test(f) && isArticleFile(f));
}

/** Quoted globs given to `entente import`, matched as a shell with globstar would. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/ingest/input-files.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-globs-'));
for (const f of ['a.yaml', 'sub/b.yaml', 'sub/deep/c.json', 'sub/notes.txt']) {
  fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
  fs.writeFileSync(path.join(root, f), 'x: 1\n');
}
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const found = (pattern: string): string[] =>
  expandInputs([pattern], root)
    .map((f) => path.relative(root, f))
    .sort();

describe('import globs', () => {
  it('`**/` matches zero folders as well as several (the README\'s "data/articles/**/*.yaml")', () => {
    expect(found('**/*.yaml')).toEqual(['a.yaml', 'sub/b.yaml']);
    expect(found('sub/**/*.json')).toEqual(['sub/deep/c.json']);
    expect(found('sub/**/*')).toEqual(['sub/b.yaml', 'sub/deep/c.json']);
  });

  it('`*` and `?` stay within one folder', () => {
    expect(found('*.yaml')).toEqual(['a.yaml']);
    expect(found('s?b/*.yaml')).toEqual(['sub/b.yaml']);
    expect(found('*/*.yaml')).toEqual(['sub/b.yaml']);
  });
});

/**
 * Robustness of `entente import` against generated malformed files: no
 * crash, every file reported on its own, bad input refused with a reason,
 * and what is accepted is stored exactly as written. Seeded; set
 * ENTENTE_ROBUST_SEED to explore other cases (the seed is printed).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { InputError } from '../../src/ingest/input-error.js';
import { INPUT_LIMITS } from '../../src/ingest/input-limits.js';
import { readArticleFile } from '../../src/ingest/read-article.js';
import type { ArticlePlan } from '../../src/graph/plan-types.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { runCli } from '../support/cli.js';
import { damagedArticle, rng } from './generators.js';
import { neo4jEnv } from '../support/neo4j-target.js';

const SEED = Number(process.env.ENTENTE_ROBUST_SEED ?? 20261128);
const FILES = 1100;
const BAD_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const connection = testConnection();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-robust-'));
const specials: string[] = [];
const accepted = new Map<string, { plan: ArticlePlan; bytes: Buffer; format: 'yaml' | 'json' }>();
const refused = new Map<string, InputError>();
const crashed: { file: string; ops: string[]; error: unknown }[] = [];
const opsOf = new Map<string, string[]>();

beforeAll(async () => {
  await resetDatabase(connection);
  console.log(`robustness seed ${SEED} (ENTENTE_ROBUST_SEED to change)`);
  const r = rng(SEED);
  for (let n = 0; n < FILES; n++) {
    const d = damagedArticle(r, n);
    const file = path.join(dir, `case-${String(n).padStart(4, '0')}.${d.format}`);
    fs.writeFileSync(file, d.bytes);
    opsOf.set(file, d.ops);
  }
  // Not regular files, and paths that lead nowhere: each must fail alone, at once.
  const special = (name: string, make: (p: string) => void) => {
    const p = path.join(dir, name);
    make(p);
    specials.push(p);
  };
  special('zero.yaml', (p) => fs.symlinkSync('/dev/zero', p));
  special('random.json', (p) => fs.symlinkSync('/dev/urandom', p));
  special('fifo.yaml', (p) => execFileSync('mkfifo', [p]));
  special('dangling.yaml', (p) => fs.symlinkSync(path.join(dir, 'nowhere.yaml'), p));
});

afterAll(async () => {
  await connection.driver.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`${FILES} generated malformed files`, () => {
  it('are each accepted or refused with a reason, never a crash, in process', () => {
    const gazetteer = loadGazetteer();
    for (const file of [...opsOf.keys(), ...specials]) {
      try {
        const plan = readArticleFile(file, gazetteer);
        const bytes = fs.readFileSync(file);
        accepted.set(file, { plan, bytes, format: file.endsWith('.json') ? 'json' : 'yaml' });
      } catch (error) {
        if (error instanceof InputError && error.file === file && error.problems.length > 0) refused.set(file, error);
        else crashed.push({ file, ops: opsOf.get(file) ?? [], error });
      }
    }
    expect(
      crashed.map((c) => `${path.basename(c.file)} [${c.ops.join(', ')}]: ${String(c.error).slice(0, 300)}`),
    ).toEqual([]);
    for (const s of specials) expect(refused.get(s)?.message).toMatch(/not a regular file|does not exist|no such file/);
    // The generator must actually produce damage: most files are refused.
    expect(refused.size).toBeGreaterThan(FILES * 0.8);
    console.log(`${accepted.size} accepted, ${refused.size} refused, 0 crashes`);
  });

  it('accept nothing altered: no control characters, no replacement characters that were not written, no value over its cap', () => {
    for (const [file, { plan, bytes, format }] of accepted) {
      const a = plan.article;
      const source = bytes.toString('utf8');
      for (const value of [a.id, a.title, a.text, a.url ?? '']) {
        expect(value, file).not.toMatch(BAD_CHARS);
        if (value.includes('\uFFFD')) expect(source, file).toContain('\uFFFD');
      }
      expect(a.title.length).toBeLessThanOrEqual(INPUT_LIMITS.chars.title);
      expect((a.url ?? '').length).toBeLessThanOrEqual(INPUT_LIMITS.chars.url);
      // An independent reading of the same bytes gives the same values.
      const reference = (format === 'json' ? JSON.parse(source) : parseYaml(source)) as Record<string, unknown>;
      expect({ id: a.id, title: a.title, text: a.text, url: a.url }, file).toEqual({
        id: reference.id,
        title: reference.title,
        text: reference.text,
        url: reference.url ?? null,
      });
    }
  });

  it('through `entente import`: every file reported, exit 1, no crash, and the graph holds exactly what was accepted', async () => {
    const missing = path.join(dir, 'no-such-folder');
    const t = inject('neo4j');
    const started = Date.now();
    const run = await runCli(['import', dir, missing], {
      ...neo4jEnv(t),
    });
    const seconds = (Date.now() - started) / 1000;
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(run.stderr).not.toMatch(/FATAL|heap out of memory|Maximum call stack|\n\s+at .+:\d+:\d+\)?\n/);
    const summary = /Imported (\d+) article\(s\) \((\d+) new, (\d+) replaced\), (\d+) unchanged, (\d+) failed\./.exec(
      run.stdout,
    );
    expect(summary, run.stdout).not.toBeNull();
    // Every generated file, the special files and the missing path.
    expect(Number(summary![1])).toBe(accepted.size);
    expect(Number(summary![5])).toBe(refused.size + 1);
    expect(run.stderr).toContain(`${missing}: 1 problem`);
    console.log(`entente import of ${FILES + specials.length + 1} paths: ${seconds.toFixed(1)} s`);

    const { records } = await connection.driver.executeQuery(
      'MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.text AS text, a.url AS url',
      {},
      { database: connection.database },
    );
    const stored = new Map(
      records.map((r) => [
        r.get('id') as string,
        { title: r.get('title'), text: r.get('text'), url: r.get('url') ?? null },
      ]),
    );
    expect(stored.size).toBe(accepted.size);
    for (const { plan } of accepted.values())
      expect(stored.get(plan.article.id)).toEqual({
        title: plan.article.title,
        text: plan.article.text,
        url: plan.article.url,
      });
  }, 180_000);
});

/** `entente import` as an operator runs it: exit codes, summary, errors on stderr, standard input. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testConnection } from '../support/database.js';
import { runCli } from '../support/cli.js';
import { inject } from 'vitest';
import { parse, stringify } from 'yaml';
import { SEED_FILE } from '../support/seed.js';
import { neo4jEnv } from '../support/neo4j-target.js';

const connection = testConnection();
const t = inject('neo4j');
const env = neo4jEnv(t);
let dir: string;

beforeAll(async () => {
  await resetDatabase(connection);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-import-'));
  fs.copyFileSync(SEED_FILE, path.join(dir, 'seed.yaml'));
  fs.writeFileSync(path.join(dir, 'broken.yaml'), 'id: broken\ntitle: Broken\noutlet: Nobody Times\ntext: Hello.\n');
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await connection.driver.close();
});

describe('entente import', () => {
  it('imports a folder, reports the bad file precisely and exits 1', async () => {
    const run = await runCli(['import', dir], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `error [INPUT_INVALID]: ${path.join(dir, 'broken.yaml')}: 1 problem; nothing was written for this article.`,
    );
    expect(run.stderr).toMatch(/outlet \(line 3, column 9\): unknown actor "Nobody Times"/);
    expect(run.stdout).toContain('Imported 1 article(s) (1 new, 0 replaced), 0 unchanged, 1 failed.');
  });

  it('says a dry run wrote nothing, also when every file failed, and what to do next', async () => {
    const run = await runCli(['import', '--dry-run', path.join(dir, 'broken.yaml')], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'Dry run (nothing written): would import 0 article(s) (0 new, 0 replaced), 0 unchanged, 1 failed.',
    );
    expect(run.stdout).not.toContain('Imported');
    expect(run.stderr).toContain('Fix the problems listed above, then run the same command again.');
  });

  it('--strict says how many files it left unread after the one that failed', async () => {
    const run = await runCli(['import', '--dry-run', '--strict', dir], env);
    expect(run.code).toBe(1);
    // broken.yaml comes before seed.yaml
    expect(run.stdout).toContain('0 unchanged, 1 failed.');
    expect(run.stderr).toContain(
      '--strict: the run stopped at the first file that failed; 1 file(s) after it were not read.',
    );
  });

  it('reports an unchanged article on the second run and exits 0', async () => {
    const run = await runCli(['import', path.join(dir, 'seed.yaml')], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported 0 article(s) (0 new, 0 replaced), 1 unchanged, 0 failed.');
    expect(run.stdout).toContain('Nodes: +0 −0; relationships: +0 −0.');
  });

  it('reads an article from standard input', async () => {
    const article =
      'id: stdin-article\ntitle: From stdin\noutlet: tass\ntext: Putin criticized NATO.\nrelations:\n  - { type: CRITICIZED, source: Putin, target: NATO, text: Putin criticized NATO }\n';
    const run = await runCli(['import', '-'], env, article);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(1 new, 0 replaced)');
  });

  it('runs the review cycle: a machine import, a reviewed draft of the same article replaces its edges', async () => {
    const raw = path.join(dir, 'raw', 'wire.txt');
    fs.mkdirSync(path.dirname(raw));
    fs.writeFileSync(
      raw,
      'https://example.org/wire/7\nTest Wire | 2024-03-08 | unknown\nLukashenko hosts Putin\n\nBelarusian President Alexander Lukashenko met Vladimir Putin in Minsk on Thursday. Lukashenko criticized Poland.\n\n“Our alliance is stronger than ever,” Lukashenko said after the talks.\n',
    );
    const edges = async () => {
      const { records } = await connection.driver.executeQuery(
        "MATCH ()-[r]->() WHERE r.articleId = 'test-wire-lukashenko-hosts-putin' AND r.confidence IS NOT NULL RETURN type(r) AS type ORDER BY type",
        {},
        { database: connection.database },
      );
      return records.map((r) => r.get('type'));
    };
    const machine = await runCli(['import', '--extract', raw], env);
    expect(machine.stdout).toContain('(1 new, 0 replaced)');
    expect(await edges()).toEqual(['CRITICIZED', 'MET']);

    const review = path.join(dir, 'review');
    await runCli(['import', '--extract', '--review', review, raw], env);
    const file = path.join(review, 'test-wire-lukashenko-hosts-putin.yaml');
    // The analyst drops the criticism (not in the story they trust) and signs the draft off.
    const draft = parse(fs.readFileSync(file, 'utf8'));
    draft.relations = draft.relations.filter((r: { type: string }) => r.type !== 'CRITICIZED');
    draft.reviewed = true;
    fs.writeFileSync(file, stringify(draft));
    const reviewed = await runCli(['import', review], env);
    expect(reviewed.code).toBe(0);
    expect(reviewed.stdout).toContain('(0 new, 1 replaced)');
    expect(await edges()).toEqual(['MET']);
    const { records } = await connection.driver.executeQuery(
      "MATCH (a:Article {id: 'test-wire-lukashenko-hosts-putin'}) RETURN a.extracted AS extracted, a.reviewed AS reviewed",
      {},
      { database: connection.database },
    );
    expect(records[0]!.toObject()).toEqual({ extracted: true, reviewed: true });
  });

  it('has help that says what it takes', async () => {
    const run = await runCli(['import', '--help']);
    expect(run.stdout).toContain('--dry-run');
    expect(run.stdout).toContain('--strict');
    expect(run.stdout).toMatch(/whole or not at all \(up to 50 articles share a transaction/);
    expect(run.stdout).not.toContain('each article is one transaction');
    expect(run.stdout).toContain('Exit codes: 0 all imported or unchanged, 1 some files failed');
  });
});

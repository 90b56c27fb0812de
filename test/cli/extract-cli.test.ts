/** `entente extract` and `entente import --extract --review` as an analyst runs them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-extract-'));
const article = path.join(dir, 'wire.txt');
fs.writeFileSync(
  article,
  [
    'https://example.org/wire/1',
    'Test Wire | 2024-03-08 | Jane Roe',
    'Lukashenko hosts Putin',
    '',
    'Belarusian President Alexander Lukashenko met Vladimir Putin in Minsk on Thursday.',
    '',
    '“Our alliance is stronger than ever,” Lukashenko said after the talks.',
  ].join('\n'),
);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('entente extract', () => {
  it('prints the evaluation format with --gold-json', async () => {
    const run = await runCli(['extract', article, '--gold-json']);
    expect(run.code).toBe(0);
    const gold = JSON.parse(run.stdout);
    expect(gold.meetings).toEqual([{ a: 'Alexander Lukashenko', b: 'Vladimir Putin', date: '2024-03-07' }]);
    expect(gold.quotes).toEqual([
      { speaker: 'Alexander Lukashenko', text: 'Our alliance is stronger than ever', direct: true },
    ]);
  });

  it('writes reviewable drafts with import --extract --review', async () => {
    const review = path.join(dir, 'review');
    const run = await runCli(['import', '--extract', '--review', review, article]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote 1 draft(s) to ${review}`);
    const [file] = fs.readdirSync(review);
    const draft = parse(fs.readFileSync(path.join(review, file!), 'utf8'));
    expect(draft).toMatchObject({
      extracted: true,
      reviewed: false,
      url: 'https://example.org/wire/1',
      publishedAt: '2024-03-08',
    });
    expect(draft.relations).toContainEqual(
      expect.objectContaining({ type: 'MET', source: 'alexander-lukashenko', target: 'vladimir-putin' }),
    );
  });

  it('reads an HTML page from standard input', async () => {
    const page = fs.readFileSync(new URL('../fixtures/news-page.html', import.meta.url), 'utf8');
    const run = await runCli(['extract', '-'], {}, page);
    expect(run.code).toBe(0);
    const draft = parse(run.stdout);
    expect(draft).toMatchObject({
      id: 'steppe-daily-tokayev-and-mirziyoyev-agree-on-water-talks',
      publishedAt: '2024-05-17',
      outlet: 'steppe-daily',
      extracted: true,
    });
    // "the two presidents signed" stands for the two just named, a reading by reference, so below 0.6
    type Drafted = { type: string; source: string; target: string; confidence: number };
    expect(draft.relations.map((r: Drafted) => [r.type, r.source, r.target, r.confidence])).toEqual([
      ['MET', 'kassym-jomart-tokayev', 'shavkat-mirziyoyev', 0.7],
      ['SIGNED_AGREEMENT_WITH', 'kassym-jomart-tokayev', 'shavkat-mirziyoyev', 0.52],
      ['VISITED', 'kassym-jomart-tokayev', 'uzbekistan', 0.7],
    ]);
  });

  it('says what is wrong with an empty file', async () => {
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const run = await runCli(['extract', empty]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the file is empty');
  });
});

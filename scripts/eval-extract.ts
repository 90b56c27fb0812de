/**
 * `npm run eval:extract -- <corpus folder> [--half tune|check] [--keep]`:
 * extracts every article of <corpus>/articles (or one half: tune = the
 * even-numbered files, check = the odd-numbered ones, see the corpus README),
 * writes the predictions in the evaluation format to a temporary folder, and
 * scores them with the corpus's own scorer (<corpus>/../tools/score-extraction.mjs,
 * or --scorer PATH). Parses are cached in .cache/nlp (by text and date).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { extract, toGoldJson } from '../src/extract/extractor.js';
import { parsePlainText } from '../src/extract/raw-article.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { openParser } from '../src/nlp/parser.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const corpus = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const half = option('--half');
if (!corpus || (half !== undefined && half !== 'tune' && half !== 'check')) {
  process.stderr.write('usage: npm run eval:extract -- <corpus folder> [--half tune|check] [--scorer PATH] [--keep]\n');
  process.exit(2);
}
const scorer = option('--scorer') ?? path.join(corpus, '..', 'tools', 'score-extraction.mjs');
const inHalf = (file: string): boolean => half === undefined || (Number.parseInt(file, 10) % 2 === 0) === (half === 'tune');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-eval-'));
const gold = path.join(out, 'gold');
const pred = path.join(out, 'pred');
fs.mkdirSync(gold);
fs.mkdirSync(pred);
const gazetteer = loadGazetteer();
const parser = openParser(loadConfig({ ENTENTE_NLP_CACHE_DIR: path.join('.cache', 'nlp'), ...process.env }));
for (const file of fs.readdirSync(path.join(corpus, 'articles')).filter((f) => f.endsWith('.txt') && inHalf(f)).sort()) {
  const name = file.replace(/\.txt$/, '.json');
  fs.copyFileSync(path.join(corpus, 'gold', name), path.join(gold, name));
  const raw = parsePlainText(fs.readFileSync(path.join(corpus, 'articles', file), 'utf8'));
  fs.writeFileSync(path.join(pred, name), JSON.stringify(toGoldJson(await extract(raw, gazetteer, parser)), null, 2));
}
const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred], { stdio: 'inherit' });
if (args.includes('--keep')) process.stdout.write(`predictions kept in ${pred}\n`);
else fs.rmSync(out, { recursive: true, force: true });
process.exitCode = run.status ?? 1;

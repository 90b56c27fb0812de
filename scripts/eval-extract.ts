/**
 * `npm run eval:extract -- <corpus folder>`: extracts every article of
 * <corpus>/articles, writes the predictions in the evaluation format to a
 * temporary folder, and scores them with the corpus's own scorer
 * (<corpus>/../tools/score-extraction.mjs, or --scorer PATH).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract, toGoldJson } from '../src/extract/extractor.js';
import { parsePlainText } from '../src/extract/raw-article.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';

const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--'));
if (!corpus) {
  process.stderr.write('usage: npm run eval:extract -- <corpus folder> [--scorer PATH] [--keep]\n');
  process.exit(2);
}
const scorerAt = args.indexOf('--scorer');
const scorer = scorerAt >= 0 ? args[scorerAt + 1]! : path.join(corpus, '..', 'tools', 'score-extraction.mjs');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-eval-'));
const gazetteer = loadGazetteer();
for (const file of fs.readdirSync(path.join(corpus, 'articles')).filter((f) => f.endsWith('.txt')).sort()) {
  const raw = parsePlainText(fs.readFileSync(path.join(corpus, 'articles', file), 'utf8'));
  fs.writeFileSync(path.join(out, file.replace(/\.txt$/, '.json')), JSON.stringify(toGoldJson(extract(raw, gazetteer)), null, 2));
}
const run = spawnSync(process.execPath, [scorer, '--gold', path.join(corpus, 'gold'), '--pred', out], { stdio: 'inherit' });
if (args.includes('--keep')) process.stdout.write(`predictions kept in ${out}\n`);
else fs.rmSync(out, { recursive: true, force: true });
process.exitCode = run.status ?? 1;

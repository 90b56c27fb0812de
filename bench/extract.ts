/**
 * Extraction speed on real article texts: every article of a corpus folder
 * (default ../shared/corpus/articles) through the whole extractor, the
 * parser's time (CoreNLP) beside Entente's own readings of the parse, in one
 * run. Usage: npm run bench:extract [-- CORPUS_ARTICLES_DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { extractTimed } from '../src/extract/extractor.js';
import { parsePlainText } from '../src/extract/raw-article.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { openParser } from '../src/nlp/parser.js';

const dir = process.argv[2] ?? path.join('..', 'shared', 'corpus', 'articles');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const gazetteer = loadGazetteer();
const parser = openParser(loadConfig());
let nlp = 0;
let own = 0;
let words = 0;
const started = performance.now();
for (const file of files) {
  const raw = parsePlainText(fs.readFileSync(path.join(dir, file), 'utf8'));
  words += raw.text.split(/\s+/).length;
  const t = await extractTimed(raw, gazetteer, parser);
  nlp += t.nlpMillis;
  own += t.readMillis;
}
const wall = (performance.now() - started) / 1000;
console.log(`extract benchmark: ${files.length} articles, ${(words / files.length).toFixed(0)} words on average, from ${dir}`);
console.log(`whole extractor:  ${(files.length / wall).toFixed(2)} articles/s (${wall.toFixed(1)} s wall)`);
console.log(`parser (CoreNLP): ${(nlp / 1000).toFixed(1)} s; Entente's readings: ${(own / 1000).toFixed(2)} s = ${((100 * own) / (own + nlp)).toFixed(1)} % of the total`);

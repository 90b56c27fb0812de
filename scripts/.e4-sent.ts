import fs from 'node:fs';
import { loadConfig } from '../src/config.js';
import { openParser } from '../src/nlp/parser.js';
import { ParsedDocument } from '../src/extract/parse/document.js';
import { parsePlainText } from '../src/extract/raw-article.js';
import { extract } from '../src/extract/extractor.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
const [file, ...needles] = process.argv.slice(2);
const raw = parsePlainText(fs.readFileSync(file!, 'utf8'));
const parser = openParser(loadConfig({ ENTENTE_NLP_CACHE_DIR: '.cache/nlp', ...process.env }));
const x = await extract(raw, loadGazetteer(), parser);
const { doc } = await parser.parse(raw.text, raw.publishedAt);
const d = new ParsedDocument(raw.text, doc);
for (const s of d.sentences) {
  const text = raw.text.slice(s.start, s.end);
  if (!needles.some((n) => text.includes(n))) continue;
  console.log('\n' + text);
  console.log('MENTIONS', x.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => `${m.surface}=${m.actorId}`).join('; '));
  console.log(s.edges.map((e) => `${e.rel}(${e.gov===0?'ROOT':s.token(e.gov).word}-${e.gov}, ${s.token(e.dep).word}-${e.dep}${e.dep&&s.token(e.dep).pos.startsWith('VB')?'/V':''})`).join(' '));
}
process.exit(0);

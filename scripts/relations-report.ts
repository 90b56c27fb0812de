/**
 * `npm run report:relations -- <corpus folder> [--half tune|check] [--list]`:
 * the relation lexicon report. Extracts every article of the half, matches
 * each relation read to the gold the way the corpus scorer does (ends and
 * sign of polarity; either direction for a symmetric one; a meeting
 * against the gold meetings), and prints, for each lexicon entry and each
 * reading shape, how often it fired and how often it was right, and the
 * precision of the relations at confidence >= 0.6; entries that never
 * fired are listed too. --list prints every relation read and every gold
 * relation missed (read only the tune half's); --out FILE also writes the
 * table as Markdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { extract } from '../src/extract/extractor.js';
import { parsePlainText } from '../src/extract/raw-article.js';
import type { ExtractedRelation } from '../src/extract/relations/index.js';
import { entryKey } from '../src/extract/relations/lexicon.js';
import { ADJECTIVES } from '../src/extract/relations/lexicon-adjectives.js';
import { NOUNS } from '../src/extract/relations/lexicon-nouns.js';
import { VERBS } from '../src/extract/relations/lexicon-verbs.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { openParser } from '../src/nlp/parser.js';
import { goldResolver, type GoldActor } from './gold-names.js';

interface GoldRelation {
  source: string;
  target: string;
  kind: string;
  polarity: number;
}
interface Gold {
  actors: GoldActor[];
  meetings: { a: string; b: string }[];
  relations: GoldRelation[];
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const corpus = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const half = option('--half') ?? 'tune';
if (!corpus || (half !== 'tune' && half !== 'check')) {
  process.stderr.write(
    'usage: npm run report:relations -- <corpus folder> [--half tune|check] [--list] [--out FILE]\n',
  );
  process.exit(2);
}
const list = args.includes('--list');

const resolver = goldResolver;

const tally = new Map<string, { fired: number; right: number }>();
const count = (key: string, right: boolean): void => {
  const t = tally.get(key) ?? { fired: 0, right: 0 };
  t.fired += 1;
  if (right) t.right += 1;
  tally.set(key, t);
};
const sure = { fired: 0, right: 0 };

const gazetteer = loadGazetteer();
const parser = openParser(loadConfig({ ENTENTE_NLP_CACHE_DIR: path.join('.cache', 'nlp'), ...process.env }));
const files = fs
  .readdirSync(path.join(corpus, 'articles'))
  .filter((f) => f.endsWith('.txt') && (Number.parseInt(f, 10) % 2 === 0) === (half === 'tune'))
  .sort();
for (const file of files) {
  const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold', file.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
  const raw = parsePlainText(fs.readFileSync(path.join(corpus, 'articles', file), 'utf8'));
  const x = await extract(raw, gazetteer, parser);
  const toGold = resolver(gold.actors);
  const usedRelations = new Set<number>();
  const usedMeetings = new Set<number>();
  const rightOf = (r: ExtractedRelation): boolean => {
    const s = toGold(r.source.name);
    const t = toGold(r.target.name);
    if (!s || !t) return false;
    if (r.meeting || r.type === 'MET') {
      const i = gold.meetings.findIndex(
        (m, k) => !usedMeetings.has(k) && [m.a, m.b].sort().join('|') === [s, t].sort().join('|'),
      );
      if (i >= 0 && r.meeting) usedMeetings.add(i);
      // a meeting read as a relation is right if the gold has it either way
      if (i >= 0) return true;
    }
    const i = gold.relations.findIndex(
      (g, k) =>
        !usedRelations.has(k) &&
        ((g.source === s && g.target === t) || (r.symmetric && g.source === t && g.target === s)) &&
        Math.sign(g.polarity) === Math.sign(r.polarity),
    );
    if (i >= 0) usedRelations.add(i);
    return i >= 0;
  };
  if (list) process.stdout.write(`\n== ${file}\n`);
  for (const r of x.relations) {
    const right = rightOf(r);
    count(`entry  ${r.entry}`, right);
    count(`reading ${r.reading}`, right);
    if (r.type !== 'MET' && !r.meeting && r.confidence >= 0.6) {
      sure.fired += 1;
      if (right) sure.right += 1;
    }
    if (list) {
      const flags = [r.negated && 'negated', r.hedged && 'hedged', r.planned && 'planned', r.meeting && 'meeting']
        .filter(Boolean)
        .join(',');
      process.stdout.write(
        `${right ? '+' : '-'} ${r.source.name} -> ${r.target.name} ${r.type} ${r.entry} ${r.reading} ${r.confidence} ${flags}${r.claimant ? ` (claimant ${r.claimant.name})` : ''} | ${x.raw.text.slice(r.evidenceStart, r.evidenceEnd).replace(/\s+/g, ' ').slice(0, 140)}\n`,
      );
    }
  }
  if (list) {
    gold.relations.forEach(
      (g, k) =>
        usedRelations.has(k) ||
        process.stdout.write(`  missed ${g.source} -> ${g.target} | ${g.kind} | ${g.polarity}\n`),
    );
    gold.meetings.forEach((m, k) => usedMeetings.has(k) || process.stdout.write(`  missed meeting ${m.a} -- ${m.b}\n`));
  }
}
const entries = [
  ...VERBS.map((e) => entryKey(e, 'verb')),
  ...NOUNS.map((e) => entryKey(e, 'noun')),
  ...ADJECTIVES.map((e) => entryKey(e, 'adj')),
];
const rows = (prefix: string, keys: readonly string[]) =>
  [...new Set(keys)]
    .map((k) => ({ key: k, ...(tally.get(`${prefix}${k}`) ?? { fired: 0, right: 0 }) }))
    .sort((a, b) => b.fired - a.fired || a.key.localeCompare(b.key));
const byEntry = rows('entry  ', entries);
const byReading = rows(
  'reading ',
  [...tally.keys()].filter((k) => k.startsWith('reading ')).map((k) => k.slice('reading '.length)),
);
const silent = byEntry.filter((r) => r.fired === 0).length;
const summary = `relations (not meetings) at confidence >= 0.6: ${sure.right}/${sure.fired} right (${sure.fired ? ((100 * sure.right) / sure.fired).toFixed(0) : '-'}%)`;
process.stdout.write(`\nlexicon report, ${half} half (${files.length} articles): fired / right\n`);
for (const r of byEntry.filter((x) => x.fired > 0))
  process.stdout.write(`entry   ${r.key.padEnd(48)} ${String(r.fired).padStart(4)} ${String(r.right).padStart(4)}\n`);
process.stdout.write(`entry   (${silent} of ${byEntry.length} entries never fired)\n`);
for (const r of byReading)
  process.stdout.write(`reading ${r.key.padEnd(48)} ${String(r.fired).padStart(4)} ${String(r.right).padStart(4)}\n`);
process.stdout.write(`${summary}\n`);
const out = option('--out');
if (out) {
  const table = (title: string, list: typeof byEntry) =>
    [
      `| ${title} | fired | right |`,
      '|---|---:|---:|',
      ...list.map((r) => `| ${r.key} | ${r.fired} | ${r.right} |`),
    ].join('\n');
  fs.writeFileSync(
    out,
    [
      `# Relation lexicon report (${half} half, ${files.length} articles)`,
      '',
      `Generated by \`npm run report:relations -- ../shared/corpus --half ${half} --out ${out}\`: for each lexicon entry (part of speech, lemma, relation type) and each reading shape, how often it fired on the corpus half and how often the relation read matched the gold (ends and sign of polarity, as the corpus scorer matches). ${silent} of ${byEntry.length} entries never fired on this half; they are listed at the end.`,
      '',
      summary,
      '',
      table('reading shape', byReading),
      '',
      table('entry', byEntry),
      '',
    ].join('\n'),
  );
}

/**
 * `npm run train:relations -- [--corpus DIR] [--devset DIR] [--pool] [--nearest] [--residual] [--classes-only] [--l2 X] [--seed N] [--write]`:
 * the learned relation experiment (its result: docs/relations-learned.md).
 * A multinomial logistic regression over candidate actor pairs
 * (scripts/relation-pairs.ts: dependency path, joining lemma and its lexicon
 * class, modality, mention kinds, the rules' own reading) predicts, for an
 * ordered pair of actors of a sentence, no relation or one of positive,
 * negative or neutral sign: what the corpus scorer matches (ends and sign).
 *
 * Trained ONLY on the tune halves (even-numbered files) of ../shared/corpus
 * and eval/devset; the odd-numbered files are never read. Evaluated by
 * leave-one-article-out cross-validation over those tune articles: rules
 * alone against rules plus the pairs the classifier adds above a threshold,
 * scored with the corpus scorer's matching; the classifier's calibration; and
 * its probability as the confidence of the rules' own relations.
 * --pool: one example per ordered pair of an article (the gold says which
 * pairs are related, not in which sentence); --residual: learn only from pairs
 * the rules did not read; --nearest: a related pair's label only on its shortest paths;
 * --classes-only: no lemma features.
 * --write trains on all tune articles and writes the weights (feature names
 * and numbers, no text) to data/relation-pairs-model.json; the extractor does
 * not use them (the cross-validation showed no gain, see the doc).
 * Reproducible: sorted inputs, a fixed seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { articleSpelling, type Mention } from '../src/extract/actors/mention.js';
import { draftedConfidence, extract, toGoldJson, type Extraction } from '../src/extract/extractor.js';
import { ParsedDocument } from '../src/extract/parse/document.js';
import { MentionIndex } from '../src/extract/parse/mention-index.js';
import { parsePlainText } from '../src/extract/raw-article.js';
import { parserQuoteMarks } from '../src/extract/speech/index.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { openParser } from '../src/nlp/parser.js';
import { rng } from '../bench/synthetic.js';
import { goldResolver, type GoldActor } from './gold-names.js';
import { candidates, ruleIndex, type Candidate } from './relation-pairs.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const CORPORA = [option('--corpus', '../shared/corpus'), option('--devset', 'eval/devset')];
const SEED = Number(option('--seed', '20261129'));
const EPOCHS = Number(option('--epochs', '20'));
const L2 = Number(option('--l2', '1e-3'));
const RATE = 0.1;
const CLASSES = ['none', '+', '-', '0'] as const;
const SIGN_OF = { '+': 1, '-': -1, '0': 0 } as const;

/** --classes-only: drop the features that name a lemma, keeping the path, the lexicon's classes, modality, kinds and the rules */
const CLASSES_ONLY = args.includes('--classes-only');
const LEMMA_FEATURE = /^(?:lca|on|ha|hb|hbp|arlcabr):/;

interface GoldRelation {
  source: string;
  target: string;
  polarity?: number;
  symmetric?: boolean;
}
interface Article {
  name: string;
  cands: Candidate[];
  labels: number[];
  /** the gold-format name of each candidate's ends */
  names: [string, string][];
  rules: GoldRelation[];
  /** each rule relation's drafted confidence, in the order of rules */
  ruleConfidence: number[];
  gold: GoldRelation[];
  toGold: (name: string) => string | null;
}

const resolver = goldResolver;
function matchCount(preds: readonly GoldRelation[], golds: readonly GoldRelation[], toGold: Article['toGold']): number {
  const used = new Set<number>();
  let hits = 0;
  for (const p of preds) {
    const s = toGold(p.source);
    const t = toGold(p.target);
    const i = golds.findIndex((g, k) => {
      if (used.has(k)) return false;
      const ends = (s === g.source && t === g.target) || (p.symmetric === true && s === g.target && t === g.source);
      return ends && Math.sign(p.polarity ?? 0) === Math.sign(g.polarity ?? 0);
    });
    if (i >= 0) {
      used.add(i);
      hits += 1;
    }
  }
  return hits;
}

function nameOf(x: Extraction): (m: Mention) => string {
  const spelled = new Map<string, string>();
  for (const m of x.mentions)
    if (m.kind === 'Person' && m.known && !spelled.has(m.actorId))
      spelled.set(
        m.actorId,
        articleSpelling(
          m.name,
          x.mentions.filter((o) => o.actorId === m.actorId),
        ),
      );
  return (m) => spelled.get(m.actorId) ?? m.name;
}

async function load(): Promise<Article[]> {
  const gazetteer = loadGazetteer();
  const parser = openParser(loadConfig({ ENTENTE_NLP_CACHE_DIR: path.join('.cache', 'nlp'), ...process.env }));
  const out: Article[] = [];
  for (const corpus of CORPORA) {
    // the tune half only: even-numbered files; the odd-numbered ones are never opened
    const files = fs
      .readdirSync(path.join(corpus, 'articles'))
      .filter((f) => f.endsWith('.txt') && Number.parseInt(f, 10) % 2 === 0)
      .sort();
    for (const file of files) {
      const raw = parsePlainText(fs.readFileSync(path.join(corpus, 'articles', file), 'utf8'));
      const { doc: parsed } = await parser.parse(parserQuoteMarks(raw.text), raw.publishedAt);
      const x = await extract(raw, gazetteer, parser);
      const doc = new ParsedDocument(raw.text, parsed);
      const index = new MentionIndex(doc, x.mentions);
      const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold', file.replace(/\.txt$/, '.json')), 'utf8')) as {
        actors: GoldActor[];
        relations: GoldRelation[];
      };
      const toGold = resolver(gold.actors ?? []);
      const named = nameOf(x);
      const cands = candidates(doc, index, ruleIndex(doc, x.relations)).map((c) =>
        CLASSES_ONLY ? { ...c, features: c.features.filter((f) => !LEMMA_FEATURE.test(f)) } : c,
      );
      const names = cands.map((c): [string, string] => [named(c.a.m), named(c.b.m)]);
      const labels = names.map(([a, b]) => {
        const ga = toGold(a);
        const gb = toGold(b);
        const g = (gold.relations ?? []).find((r) => r.source === ga && r.target === gb);
        if (!ga || !gb || !g) return 0;
        // the class index of the gold sign: 1 positive, 2 negative, 3 neutral
        return [3, 1, 2].at(Math.sign(g.polarity ?? 0))!;
      });
      out.push({
        name: `${path.basename(corpus)}/${file}`,
        cands,
        labels,
        names,
        rules: toGoldJson(x).relations,
        // toGoldJson keeps the relations in order, less meetings
        ruleConfidence: x.relations.filter((r) => r.type !== 'MET' && !r.meeting).map((r) => draftedConfidence(x, r)),
        gold: gold.relations ?? [],
        toGold,
      });
    }
  }
  return out;
}

/** --residual: learn only from the pairs the rules did not read, the only ones the classifier may add */
const RESIDUAL = args.includes('--residual');
const ruled = (c: Candidate): boolean => c.features.some((f) => /^(?:rule:[-+0]|ruleback:|ruledoc:)/.test(f));

type Model = Map<string, Float64Array>;

function probabilities(model: Model, features: readonly string[]): number[] {
  const z = CLASSES.map(() => 0);
  for (const f of features) {
    const w = model.get(f);
    if (w) for (let k = 0; k < z.length; k += 1) z[k]! += w[k]!;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** multinomial logistic regression by stochastic gradient descent with L2, examples in a seeded order */
function train(articles: readonly Article[]): Model {
  const examples: { f: string[]; y: number }[] = [];
  for (const a of articles)
    a.cands.forEach((c, i) => {
      if (!RESIDUAL || !ruled(c)) examples.push({ f: c.features, y: a.labels[i]! });
    });
  const model: Model = new Map();
  const rand = rng(SEED);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch);
    for (const n of order) {
      const { f, y } = examples[n]!;
      const p = probabilities(model, f);
      for (const name of f) {
        let w = model.get(name);
        if (!w) model.set(name, (w = new Float64Array(CLASSES.length)));
        for (let k = 0; k < CLASSES.length; k += 1) w[k]! -= rate * (p[k]! - (k === y ? 1 : 0) + L2 * w[k]!);
      }
    }
  }
  return model;
}

interface Scored {
  source: string;
  target: string;
  polarity: number;
  p: number;
}

/** the classifier's best reading of each ordered pair of an article: its likeliest relation class and that probability */
function classify(model: Model, a: Article): Scored[] {
  const best = new Map<string, Scored>();
  a.cands.forEach((c, i) => {
    const p = probabilities(model, c.features);
    let k = 1;
    for (let j = 2; j < CLASSES.length; j += 1) if (p[j]! > p[k]!) k = j;
    const [source, target] = a.names[i]!;
    const key = `${source}\u0000${target}`;
    const prev = best.get(key);
    if (!prev || p[k]! > prev.p)
      best.set(key, { source, target, polarity: SIGN_OF[CLASSES[k] as '+' | '-' | '0'], p: p[k]! });
  });
  return [...best.values()];
}

const covered = (rules: readonly GoldRelation[], s: string, t: string): boolean =>
  rules.some((r) => (r.source === s && r.target === t) || (r.source === t && r.target === s));

interface Tally {
  tp: number;
  np: number;
  ng: number;
}
const prf = ({ tp, np, ng }: Tally): string => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} (${tp}/${np} predicted, ${ng} gold)`;
};

/** one example per ordered pair of actors of an article, its features pooled over the sentences that pair them (the gold says which pairs are related, not where) */
function pooled(a: Article): Article {
  const groups = new Map<string, number[]>();
  a.names.forEach(([s, t], i) => {
    const key = `${s}\u0000${t}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const cands: Candidate[] = [];
  const labels: number[] = [];
  const names: [string, string][] = [];
  for (const members of groups.values()) {
    const first = a.cands[members[0]!]!;
    const features = new Set<string>();
    for (const i of members) for (const f of a.cands[i]!.features) features.add(f);
    features.add(`count:${Math.min(members.length, 4)}`);
    cands.push({ ...first, features: [...features].sort() });
    labels.push(a.labels[members[0]!]!);
    names.push(a.names[members[0]!]!);
  }
  return { ...a, cands, labels, names };
}

/**
 * --nearest: a related pair keeps its label only in the sentences where its path is shortest, the likeliest
 * to state it; its other sentences become unlabelled examples (a guess at which sentence the gold means)
 */
function nearest(a: Article): Article {
  const length = (c: Candidate): number => Number(c.features.find((f) => f.startsWith('len:'))!.slice(4));
  const best = new Map<string, number>();
  a.cands.forEach((c, i) => {
    if (a.labels[i] === 0) return;
    const key = a.names[i]!.join('\u0000');
    best.set(key, Math.min(best.get(key) ?? Infinity, length(c)));
  });
  const labels = a.labels.map((l, i) => (l > 0 && length(a.cands[i]!) > best.get(a.names[i]!.join('\u0000'))! ? 0 : l));
  return { ...a, labels };
}

const loaded = await load();
const denoised = args.includes('--nearest') ? loaded.map(nearest) : loaded;
const articles = args.includes('--pool') ? denoised.map(pooled) : denoised;
const total = articles.reduce((n, a) => n + a.cands.length, 0);
const positives = articles.reduce((n, a) => n + a.labels.filter((l) => l > 0).length, 0);
const reachable = articles.reduce(
  (n, a) =>
    n +
    a.gold.filter((g) =>
      a.names.some(([s, t], i) => a.labels[i]! > 0 && a.toGold(s) === g.source && a.toGold(t) === g.target),
    ).length,
  0,
);
const goldCount = articles.reduce((n, a) => n + a.gold.length, 0);
process.stdout.write(
  `${articles.length} tune articles, ${total} candidate pairs (${positives} labelled with a gold relation); ` +
    `${reachable} of ${goldCount} gold relations have a candidate pair (the ceiling of recall)\n`,
);

// leave one article out: every article is classified by a model that never saw it
const held: Scored[][] = articles.map((a, i) => classify(train(articles.filter((_, j) => j !== i)), a));
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const rules: Tally = { tp: 0, np: 0, ng: 0 };
articles.forEach((a) => {
  rules.tp += matchCount(a.rules, a.gold, a.toGold);
  rules.np += a.rules.length;
  rules.ng += a.gold.length;
});
process.stdout.write(`\nleave-one-article-out over the tune halves, relations (the corpus scorer's matching)\n`);
process.stdout.write(`rules alone                 ${prf(rules)}\n`);
for (const th of THRESHOLDS) {
  const both: Tally = { tp: 0, np: 0, ng: 0 };
  const added: Tally = { tp: 0, np: 0, ng: 0 };
  articles.forEach((a, i) => {
    const extra = held[i]!.filter((r) => r.p >= th && !covered(a.rules, r.source, r.target));
    const preds = [...a.rules, ...extra];
    both.tp += matchCount(preds, a.gold, a.toGold);
    both.np += preds.length;
    both.ng += a.gold.length;
    added.tp += matchCount(preds, a.gold, a.toGold) - matchCount(a.rules, a.gold, a.toGold);
    added.np += extra.length;
  });
  process.stdout.write(
    `rules + classifier p>=${th.toFixed(1)}  ${prf(both)}; added ${added.np}, right ${added.tp}` +
      `${added.np ? ` (${((100 * added.tp) / added.np).toFixed(0)}%)` : ''}\n`,
  );
}
// calibration: of all the classifier's readings (rules' pairs too), how many are right, by probability band
process.stdout.write(`\ncalibration of the classifier alone (every pair it reads, held out): right / read\n`);
for (const [lo, hi] of [
  [0.3, 0.4],
  [0.4, 0.5],
  [0.5, 0.6],
  [0.6, 0.8],
  [0.8, 1.01],
  [0.6, 1.01],
] as const) {
  let tp = 0;
  let n = 0;
  articles.forEach((a, i) => {
    const band = held[i]!.filter((r) => r.p >= lo && r.p < hi);
    tp += matchCount(band, a.gold, a.toGold);
    n += band.length;
  });
  process.stdout.write(
    `  [${lo.toFixed(1)}, ${Math.min(hi, 1).toFixed(1)}${hi > 1 ? ']' : ')'}  ${tp}/${n}${n ? ` = ${((100 * tp) / n).toFixed(0)}%` : ''}\n`,
  );
}

// the classifier's probability as the confidence of what the rules read: does it tell their right readings from their wrong ones?
process.stdout.write(
  `\nthe rules' relations by the classifier's probability of the same pair and sign (held out): right / read\n`,
);
process.stdout.write(`  (rows: the rules' own drafted confidence; columns: the classifier's probability)\n`);
for (const [own, ownLo, ownHi, only] of [
  ['own < 0.6', 0, 0.6, ''],
  ['own >= 0.6', 0.6, 2, ''],
  ['own any', 0, 2, ''],
  ...CORPORA.map((c) => [path.basename(c), 0, 2, `${path.basename(c)}/`] as const),
] as const)
  for (const [lo, hi] of [
    [0, 0.6],
    [0.6, 1.01],
    [0, 1.01],
  ] as const) {
    let tp = 0;
    let n = 0;
    articles.forEach((a, i) => {
      if (!a.name.startsWith(only)) return;
      const band = a.rules.filter((r, k) => {
        const c = held[i]!.find(
          (h) => h.source === r.source && h.target === r.target && h.polarity === Math.sign(r.polarity ?? 0),
        );
        const p = c?.p ?? 0;
        const mine = a.ruleConfidence[k]!;
        return p >= lo && p < hi && mine >= ownLo && mine < ownHi;
      });
      tp += matchCount(band, a.gold, a.toGold);
      n += band.length;
    });
    process.stdout.write(
      `  ${own.padEnd(11)} p in [${lo.toFixed(1)}, ${Math.min(hi, 1).toFixed(1)}${hi > 1 ? ']' : ')'}  ${tp}/${n}${n ? ` = ${((100 * tp) / n).toFixed(0)}%` : ''}\n`,
    );
  }

if (args.includes('--write')) {
  const model = train(articles);
  const weights = Object.fromEntries(
    [...model.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([f, w]) => [f, [...w].map((v) => Math.round(v * 1e4) / 1e4)]),
  );
  const file = path.join('data', 'relation-pairs-model.json');
  fs.mkdirSync('data', { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify({ classes: CLASSES, seed: SEED, epochs: EPOCHS, l2: L2, articles: articles.length, weights }, null, 0)}\n`,
  );
  process.stdout.write(`\nweights of ${model.size} features written to ${file}\n`);
}

/**
 * `npm run train:relations -- [--corpus DIR] [--devset DIR] [--features full|classes|norules|classes-norules]
 *   [--combine p|platt|blend|shape] [--pool] [--nearest] [--residual] [--l2 X] [--seed N] [--write]`:
 * the learned pair model (docs/relations-learned.md, docs/relations-confidence.md).
 * A multinomial logistic regression over candidate actor pairs
 * (src/extract/relations/pair-features.ts: dependency path, joining lemma and its lexicon
 * class, modality, mention kinds, quote context, the rules' own reading) predicts, for an
 * ordered pair of actors of a sentence, no relation or one of positive,
 * negative or neutral sign: what the corpus scorer matches (ends and sign).
 *
 * Trained ONLY on the tune halves (even-numbered files) of ../shared/corpus
 * and eval/devset; the odd-numbered files are never read. Evaluated by
 * leave-one-article-out cross-validation over those tune articles: as an
 * extractor (rules alone against rules plus the pairs the classifier adds),
 * and as the confidence of the rules' own relations: each way of combining the
 * held-out probability with the rules' confidence (--combine) is itself
 * fitted leave-one-article-out on the held-out probabilities of the other articles.
 * Defaults: --features full, --combine shape (what --write records; the shipped model's command is in
 * docs/relations-confidence.md).
 * --pool: one example per ordered pair of an article (the gold says which
 * pairs are related, not in which sentence); --residual: learn only from pairs
 * the rules did not read; --nearest: a related pair's label only on its shortest paths;
 * --features classes: no lemma features; norules: no feature of what the rules read.
 * --write trains on all tune articles, fits the --combine calibration on all
 * held-out probabilities, and writes both (feature names and numbers, no text)
 * to data/relation-pairs-model.json, which the extractor reads.
 * Reproducible: sorted inputs, a fixed seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { articleSpelling, type Mention } from '../src/extract/actors/mention.js';
import { draftedConfidence, extract, toGoldJson, type Extraction } from '../src/extract/extractor.js';
import { ParsedDocument } from '../src/extract/parse/document.js';
import { MentionIndex } from '../src/extract/parse/mention-index.js';
import { candidates, type Candidate } from '../src/extract/relations/pair-candidates.js';
import {
  FEATURE_TEMPLATES,
  LEMMA_TEMPLATES,
  RULE_TEMPLATES,
  ruleIndex,
  templateOf,
} from '../src/extract/relations/pair-features.js';
import {
  COMBINATIONS,
  PAIR_CLASSES,
  classProbabilities,
  type Calibration,
  type Combination,
} from '../src/extract/relations/pair-model.js';
import { combined, logit, quoteLookup, signProbability } from '../src/extract/relations/learned-confidence.js';
import type { ExtractedRelation } from '../src/extract/relations/index.js';
import { parsePlainText } from '../src/extract/raw-article.js';
import { parserQuoteMarks } from '../src/extract/speech/index.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { openParser } from '../src/nlp/parser.js';
import { rng } from '../bench/synthetic.js';
import { goldResolver, type GoldActor } from './gold-names.js';

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
const SIGN_OF = { '+': 1, '-': -1, '0': 0 } as const;

/**
 * --features: which templates the model learns from. classes: none that names a lemma (the path, the
 * lexicon's classes, modality, kinds, quote context and the rules); norules: none that says what the rules read.
 */
const FEATURES = args.includes('--classes-only') ? 'classes' : option('--features', 'full');
const DROPPED: ReadonlySet<string> = new Set([
  ...(FEATURES.startsWith('classes') ? LEMMA_TEMPLATES : []),
  ...(FEATURES.endsWith('norules') ? RULE_TEMPLATES : []),
]);
if (!['full', 'classes', 'norules', 'classes-norules'].includes(FEATURES))
  throw new Error(`--features ${FEATURES}: must be full, classes, norules or classes-norules`);
const TEMPLATES = FEATURE_TEMPLATES.filter((t) => !DROPPED.has(t));
const COMBINE = option('--combine', 'shape') as Combination;
if (!COMBINATIONS.includes(COMBINE)) throw new Error(`--combine ${COMBINE}: must be one of ${COMBINATIONS.join(', ')}`);

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
  /** the rules' relations themselves (less meetings), in the order of rules */
  ruleRelations: ExtractedRelation[];
  /** the factor a claim's confidence takes from its attribution (1 for the outlet's own reporting) */
  attribution: number[];
  gold: GoldRelation[];
  toGold: (name: string) => string | null;
}

const resolver = goldResolver;
/** How many of the predictions the corpus scorer would count right (its greedy one-to-one matching). */
function matchCount(preds: readonly GoldRelation[], golds: readonly GoldRelation[], toGold: Article['toGold']): number {
  return rightFlags(preds, golds, toGold).filter(Boolean).length;
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
      // the rules' own confidence: the learned one is what this script makes
      const x = await extract(raw, gazetteer, parser, { confidence: 'rules' });
      const doc = new ParsedDocument(raw.text, parsed);
      const index = new MentionIndex(doc, x.mentions);
      const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold', file.replace(/\.txt$/, '.json')), 'utf8')) as {
        actors: GoldActor[];
        relations: GoldRelation[];
      };
      const toGold = resolver(gold.actors ?? []);
      const named = nameOf(x);
      const cands = candidates(doc, index, ruleIndex(doc, x.relations), quoteLookup(x.quotes)).map((c) =>
        DROPPED.size > 0 ? { ...c, features: c.features.filter((f) => !DROPPED.has(templateOf(f))) } : c,
      );
      // toGoldJson keeps the relations in order, less meetings
      const ruleRelations = x.relations.filter((r) => r.type !== 'MET' && !r.meeting);
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
        ruleConfidence: ruleRelations.map((r) => draftedConfidence(x, r)),
        ruleRelations,
        attribution: ruleRelations.map((r) => (r.confidence > 0 ? draftedConfidence(x, r) / r.confidence : 1)),
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
      const p = classProbabilities(model, f);
      for (const name of f) {
        let w = model.get(name);
        if (!w) model.set(name, (w = new Float64Array(PAIR_CLASSES.length)));
        for (let k = 0; k < PAIR_CLASSES.length; k += 1) w[k]! -= rate * (p[k]! - (k === y ? 1 : 0) + L2 * w[k]!);
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
    const p = classProbabilities(model, c.features);
    let k = 1;
    for (let j = 2; j < PAIR_CLASSES.length; j += 1) if (p[j]! > p[k]!) k = j;
    const [source, target] = a.names[i]!;
    const key = `${source}\u0000${target}`;
    const prev = best.get(key);
    if (!prev || p[k]! > prev.p)
      best.set(key, { source, target, polarity: SIGN_OF[PAIR_CLASSES[k] as '+' | '-' | '0'], p: p[k]! });
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
const heldModels: Model[] = articles.map((_, i) => train(articles.filter((_, j) => j !== i)));
const held: Scored[][] = articles.map((a, i) => classify(heldModels[i]!, a));
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

// ---- the probability as the confidence of the rules' own relations, every combination fitted and scored leave-one-article-out
/** which of the rules' relations the scorer's matching finds right, in order */
function rightFlags(
  preds: readonly GoldRelation[],
  golds: readonly GoldRelation[],
  toGold: Article['toGold'],
): boolean[] {
  const used = new Set<number>();
  return preds.map((p) => {
    const s = toGold(p.source);
    const t = toGold(p.target);
    const i = golds.findIndex((g, k) => {
      if (used.has(k)) return false;
      const ends = (s === g.source && t === g.target) || (p.symmetric === true && s === g.target && t === g.source);
      return ends && Math.sign(p.polarity ?? 0) === Math.sign(g.polarity ?? 0);
    });
    if (i >= 0) used.add(i);
    return i >= 0;
  });
}

/** one of the rules' relations, as the confidence sees it: held-out probability, the rules' confidence, right or not */
interface Judged {
  article: number;
  p: number;
  rules: number;
  reading: ExtractedRelation['reading'];
  attribution: number;
  drafted: number;
  right: boolean;
}
const judged: Judged[] = articles.flatMap((a, i) => {
  const right = rightFlags(a.rules, a.gold, a.toGold);
  return a.ruleRelations.map((r, k) => ({
    article: i,
    p: signProbability(heldModels[i]!, a.cands, r),
    rules: r.confidence,
    reading: r.reading,
    attribution: a.attribution[k]!,
    drafted: a.ruleConfidence[k]!,
    right: right[k]!,
  }));
});

/** logistic regression of right on [logit p, rules] by full-batch gradient descent: deterministic */
function fitCalibration(rows: readonly Judged[], withRules: boolean): Calibration {
  let a = 1;
  let b = 0;
  let c = 0;
  const xs = rows.map((r) => [logit(r.p), r.rules, r.right ? 1 : 0] as const);
  for (let step = 0; step < 3000; step += 1) {
    let ga = 0;
    let gb = 0;
    let gc = 0;
    for (const [lp, rc, y] of xs) {
      const q = 1 / (1 + Math.exp(-(a * lp + b * rc + c)));
      ga += (q - y) * lp;
      gb += (q - y) * rc;
      gc += q - y;
    }
    const n = xs.length;
    a -= 0.5 * (ga / n + 1e-3 * a);
    if (withRules) b -= 0.5 * (gb / n + 1e-3 * b);
    c -= 0.5 * (gc / n);
  }
  return { a, b, c };
}
const calibrationOf = (combine: Combination, rows: readonly Judged[]): Calibration =>
  combine === 'platt' || combine === 'blend' ? fitCalibration(rows, combine === 'blend') : { a: 1, b: 0, c: 0 };
const confidenceWith = (combine: Combination | 'rules', cal: Calibration, j: Judged): number =>
  combine === 'rules'
    ? j.drafted
    : Math.round(
        combined({ combine, calibration: cal }, j.p, { reading: j.reading, confidence: j.rules }) * j.attribution * 100,
      ) / 100;

const unreached = judged.filter((j) => j.p === 0);
process.stdout.write(
  `\nrules' relations whose pair no candidate reaches (p = 0): ${unreached.length}, right ${unreached.filter((j) => j.right).length}\n`,
);
const pct = (tp: number, n: number): string => (n ? `${tp}/${n} = ${((100 * tp) / n).toFixed(0)}%` : '-');
process.stdout.write(
  `\nconfidence of the rules' ${judged.length} relations (${judged.filter((j) => j.right).length} right), ` +
    `each combination fitted on the other articles' held-out probabilities: right / drafted\n`,
);
process.stdout.write(
  `${'combine'.padEnd(8)}${'>= 0.6'.padEnd(16)}${'< 0.6'.padEnd(16)}${'>= 0.8'.padEnd(16)}${'up/down 0.6'.padEnd(14)}${'AUC'.padEnd(7)}${'Brier'.padEnd(8)}log-loss  (corpus >= 0.6 | devset >= 0.6)\n`,
);
for (const combine of ['rules', ...COMBINATIONS] as const) {
  const conf = judged.map((j) =>
    confidenceWith(
      combine,
      combine === 'rules'
        ? { a: 0, b: 0, c: 0 }
        : calibrationOf(
            combine,
            judged.filter((o) => o.article !== j.article),
          ),
      j,
    ),
  );
  const band = (keep: (c: number, j: Judged) => boolean): string => {
    const sel = judged.filter((j, k) => keep(conf[k]!, j));
    return pct(sel.filter((j) => j.right).length, sel.length);
  };
  const up = judged.filter((j, k) => j.drafted < 0.6 && conf[k]! >= 0.6).length;
  const down = judged.filter((j, k) => j.drafted >= 0.6 && conf[k]! < 0.6).length;
  const brier = judged.reduce((s, j, k) => s + (conf[k]! - (j.right ? 1 : 0)) ** 2, 0) / judged.length;
  const loss =
    judged.reduce((s, j, k) => s - Math.log(Math.min(1 - 1e-3, Math.max(1e-3, j.right ? conf[k]! : 1 - conf[k]!))), 0) /
    judged.length;
  // how well the confidence ranks right above wrong, whatever its scale: the share of (right, wrong) pairs in order
  let ordered = 0;
  let pairs = 0;
  judged.forEach((x, i) => {
    if (!x.right) return;
    judged.forEach((y, k) => {
      if (y.right) return;
      pairs += 1;
      // a tie counts half
      ordered += (Math.sign(conf[i]! - conf[k]!) + 1) / 2;
    });
  });
  const auc = pairs ? ordered / pairs : 0;
  const inCorpus = (j: Judged, name: string): boolean => articles[j.article]!.name.startsWith(`${name}/`);
  const [corpusName, devName] = CORPORA.map((c) => path.basename(c));
  process.stdout.write(
    `${combine.padEnd(8)}${band((c) => c >= 0.6).padEnd(16)}${band((c) => c < 0.6).padEnd(16)}` +
      `${band((c) => c >= 0.8).padEnd(16)}${`${up}/${down}`.padEnd(14)}${auc.toFixed(3).padEnd(7)}${brier.toFixed(3).padEnd(8)}${loss.toFixed(3).padEnd(10)}` +
      `(${band((c, j) => c >= 0.6 && inCorpus(j, corpusName!))} | ${band((c, j) => c >= 0.6 && inCorpus(j, devName!))})\n`,
  );
}

if (args.includes('--write')) {
  const model = train(articles);
  const calibration = calibrationOf(COMBINE, judged);
  const weights = Object.fromEntries(
    [...model.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([f, w]) => [f, [...w].map((v) => Math.round(v * 1e4) / 1e4)]),
  );
  const file = path.join('data', 'relation-pairs-model.json');
  fs.mkdirSync('data', { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        classes: PAIR_CLASSES,
        seed: SEED,
        epochs: EPOCHS,
        l2: L2,
        articles: articles.length,
        features: FEATURES,
        templates: TEMPLATES,
        combine: COMBINE,
        calibration: Object.fromEntries(Object.entries(calibration).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4])),
        weights,
      },
      null,
      0,
    )}\n`,
  );
  process.stdout.write(
    `\nweights of ${model.size} features and the ${COMBINE} calibration ${JSON.stringify(calibration)} written to ${file}\n`,
  );
  // what the model leans on: the features that most raise or lower a sign against no relation
  const lean = [...model.entries()]
    .map(
      ([f, w]) =>
        [
          f,
          Math.max(w[1]! - w[0]!, w[2]! - w[0]!, w[3]! - w[0]!),
          Math.min(w[1]! - w[0]!, w[2]! - w[0]!, w[3]! - w[0]!),
        ] as const,
    )
    .filter(([f]) => f !== 'bias');
  const top = (by: 1 | 2, dir: number) =>
    [...lean]
      .sort((x, y) => dir * (y[by] - x[by]))
      .slice(0, 15)
      .map(([f, hi, lo]) => `${f} ${(by === 1 ? hi : lo).toFixed(2)}`)
      .join(', ');
  process.stdout.write(`raise a sign most: ${top(1, 1)}\nlower a sign most: ${top(2, -1)}\n`);
}

/**
 * The features of an ordered pair of actor ends of one sentence, for the
 * learned pair model (pair-model.ts) behind the relations' confidence
 * (learned-confidence.ts). Linguistic classes only: the dependency path
 * between the ends, the lemma joining them and what the lexicon and the
 * valence classes say of it, its modality, the kinds of the ends and how
 * they were found, the sentence's length, whether the pair sits in a quote,
 * and what the rules read of the pair. Lemmas are the only words kept; no
 * text of an article is.
 */
import type { Mention } from '../actors/mention.js';
import type { ParsedDocument, Sentence } from '../parse/document.js';
import { RELATION_TYPES, type RelationType } from '../../domain/vocabulary.js';
import { adjectiveEntry, nounEntry, verbEntries } from './lexicon.js';
import { modalityOf } from './modality.js';
import { ADJECTIVE_CLASSES, NOUN_CLASSES, VERB_CLASSES } from './quad-classes.js';
import { BAD_MODIFIERS, GOOD_MODIFIERS } from './sign-words.js';
import type { ExtractedRelation } from './types.js';

/** the longest path, in arcs of the basic tree, between the two ends of a pair */
const MAX_PATH = 6;

/** an end of a pair: a mention's head token, or a pronoun or nominal that coreference resolves to an actor */
export interface End {
  tok: number;
  m: Mention;
  via: 'name' | 'coref';
}

/**
 * Every feature's template: its name up to the first ':' (the whole name
 * when it has none). The model records the templates it was trained on, and
 * loading it fails if one is not here: a template renamed here without
 * retraining would otherwise silently score nothing.
 */
export const FEATURE_TEMPLATES = [
  'bias',
  'path',
  'up',
  'down',
  'len',
  'dist',
  'slen',
  'lca',
  'lcapos',
  'ar',
  'br',
  'arbr',
  'arlcabr',
  'ka',
  'kb',
  'kab',
  'va',
  'vb',
  'pa',
  'pb',
  'pab',
  'ha',
  'hb',
  'hbp',
  'dom',
  'quote',
  'lex',
  'fam',
  'quad',
  'qtype',
  'sign',
  'mod',
  'anylex',
  'anyfam',
  'anyquad',
  'anyqtype',
  'anysign',
  'anymod',
  'on',
  'onlex',
  'onfam',
  'onquad',
  'onqtype',
  'onsign',
  'onmod',
  'anyonsign',
  'neg',
  'hedged',
  'planned',
  'failed',
  'refused',
  'rule',
  'ruletype',
  'rulereading',
  'rulevia',
  'ruleclaim',
  'ruleback',
  'ruledoc',
] as const;

export const templateOf = (feature: string): string => {
  const at = feature.indexOf(':');
  return at < 0 ? feature : feature.slice(0, at);
};

/** the templates that name a lemma: left out of a model that learns from classes only */
export const LEMMA_TEMPLATES: ReadonlySet<string> = new Set(['lca', 'on', 'ha', 'hb', 'hbp', 'arlcabr']);
/** the templates that say what the rules read */
export const RULE_TEMPLATES: ReadonlySet<string> = new Set(FEATURE_TEMPLATES.filter((t) => t.startsWith('rule')));

const SIGNS: Record<string, string> = { '1': '+', '-1': '-', '0': '0' };
export const signOf = (n: number): '+' | '-' | '0' => SIGNS[String(Math.sign(n) || 0)] as '+' | '-' | '0';

/** a reading of the rules, as the pair features see it */
interface RuleReading {
  type: string;
  sign: string;
  shape: string;
  via: string;
  claimed: boolean;
}

/** the rules' readings, by sentence and ordered pair of actors, and by ordered pair over the article */
export interface RuleIndex {
  bySentence: Map<string, RuleReading>;
  byArticle: Map<string, RuleReading>;
}

export function ruleIndex(doc: ParsedDocument, relations: readonly ExtractedRelation[]): RuleIndex {
  const bySentence = new Map<string, RuleReading>();
  const byArticle = new Map<string, RuleReading>();
  for (const r of relations) {
    const s = doc.sentenceAt(r.evidenceStart)?.index ?? -1;
    const [shape, via] = r.reading.split('/');
    const v: RuleReading = {
      type: r.type,
      sign: signOf(r.polarity),
      shape: shape!,
      via: via ?? 'name',
      claimed: r.claimant !== null,
    };
    bySentence.set(`${s}|${r.source.actorId}|${r.target.actorId}`, v);
    byArticle.set(`${r.source.actorId}|${r.target.actorId}`, v);
    if (r.symmetric) {
      bySentence.set(`${s}|${r.target.actorId}|${r.source.actorId}`, v);
      byArticle.set(`${r.target.actorId}|${r.source.actorId}`, v);
    }
  }
  return { bySentence, byArticle };
}

/** the quote or reported clause a token sits in, if any */
export type QuoteAt = (offset: number) => 'direct' | 'reported' | undefined;

function ancestors(s: Sentence, i: number): number[] {
  const out: number[] = [];
  for (let n: number | undefined = i, guard = 0; n !== undefined && n !== 0 && guard < 100; guard += 1) {
    out.push(n);
    n = s.head(n)?.gov;
  }
  return out;
}

/** what the lexicon and the valence classes say of a lemma, as features */
function lexical(prefix: string, s: Sentence, i: number): string[] {
  const t = s.token(i);
  const lemma = t.lemma.toLowerCase();
  const out: string[] = [];
  if (t.pos.startsWith('VB')) {
    for (const e of verbEntries(lemma, [])) out.push(`${prefix}lex:${e.type}`, `${prefix}fam:${e.family}`);
    const c = VERB_CLASSES.get(lemma);
    if (c) out.push(`${prefix}quad:${c.quad}`, `${prefix}qtype:${c.type}`);
  } else if (t.pos.startsWith('NN')) {
    const e = nounEntry(lemma);
    if (e) out.push(`${prefix}lex:${e.type}`, `${prefix}fam:${e.family}`);
    const c = NOUN_CLASSES.get(lemma);
    if (c) out.push(`${prefix}quad:${c.quad}`, `${prefix}qtype:${c.type}`);
  } else if (t.pos.startsWith('JJ')) {
    const e = adjectiveEntry(lemma);
    if (e) out.push(`${prefix}lex:${e.type}`, `${prefix}fam:${e.family}`);
    const c = ADJECTIVE_CLASSES.get(lemma);
    if (c) out.push(`${prefix}quad:${c.quad}`, `${prefix}qtype:${c.type}`);
  }
  for (const x of [...out]) {
    const type = /lex:(.+)$|qtype:(.+)$/.exec(x);
    const name = (type?.[1] ?? type?.[2]) as RelationType | undefined;
    if (name && RELATION_TYPES[name]) out.push(`${prefix}sign:${signOf(RELATION_TYPES[name].polarity)}`);
  }
  // the sign of the words said of it ("harsh", "warm")
  for (const e of s.children(i, /^(?:advmod|amod)$/)) {
    const w = s.token(e.dep).lemma.toLowerCase();
    if (BAD_MODIFIERS.has(w)) out.push(`${prefix}mod:-`);
    if (GOOD_MODIFIERS.has(w)) out.push(`${prefix}mod:+`);
  }
  return [...new Set(out)];
}

const bucket = (n: number, edges: readonly number[]): string => {
  const at = edges.findIndex((e) => n <= e);
  return at < 0 ? `>${edges.at(-1)}` : `<=${edges[at]}`;
};

/** the features of the ordered pair (a, b) of sentence s; undefined when the ends are too far apart to pair */
export function pairFeatures(s: Sentence, a: End, b: End, rules: RuleIndex, quoteAt: QuoteAt): string[] | undefined {
  const up = ancestors(s, a.tok);
  const down = ancestors(s, b.tok);
  const lca = up.find((n) => down.includes(n));
  if (lca === undefined) return undefined;
  const ua = up.slice(0, up.indexOf(lca));
  const db = down.slice(0, down.indexOf(lca));
  const length = ua.length + db.length;
  if (length > MAX_PATH) return undefined;
  const rel = (n: number): string => (s.head(n)?.rel ?? 'root').split(':')[0]!;
  const upRels = ua.map(rel);
  const downRels = db.map(rel).reverse();
  const lt = s.token(lca);
  const lemma = lt.lemma.toLowerCase();
  const pos = lt.pos.slice(0, 2);
  const ar = upRels[0] ?? 'self';
  const br = downRels.at(-1) ?? 'self';
  const f: string[] = [
    'bias',
    `path:${upRels.join('^')}>${downRels.join('v')}`,
    `up:${upRels.join('^')}`,
    `down:${downRels.join('v')}`,
    `len:${length}`,
    `dist:${bucket(Math.abs(a.tok - b.tok), [2, 4, 8, 16])}`,
    `slen:${bucket(s.tokens.length, [15, 25, 40])}`,
    `lca:${lemma}`,
    `lcapos:${pos}`,
    `ar:${ar}`,
    `br:${br}`,
    `arbr:${ar}|${br}`,
    `arlcabr:${ar}|${lemma}|${br}`,
    `ka:${a.m.kind}`,
    `kb:${b.m.kind}`,
    `kab:${a.m.kind}|${b.m.kind}`,
    `va:${a.via}`,
    `vb:${b.via}`,
    `quote:${quoteAt(s.token(lca).start) ?? 'none'}`,
  ];
  // the preposition that marks each end ("with X", "against X") and the word each end hangs from
  const caseOf = (n: number): string =>
    s
      .treeChildren(n, 'case')
      .map((e) => s.token(e.dep).lemma.toLowerCase())
      .join('_') || '-';
  const ga = s.head(a.tok)?.gov ?? 0;
  const gb = s.head(b.tok)?.gov ?? 0;
  f.push(`pa:${caseOf(a.tok)}`, `pb:${caseOf(b.tok)}`, `pab:${caseOf(a.tok)}|${caseOf(b.tok)}`);
  if (ga > 0) f.push(`ha:${s.token(ga).lemma.toLowerCase()}`);
  if (gb > 0)
    f.push(`hb:${s.token(gb).lemma.toLowerCase()}`, `hbp:${s.token(gb).lemma.toLowerCase()}|${caseOf(b.tok)}`);
  if (lca === a.tok) f.push('dom:a');
  if (lca === b.tok) f.push('dom:b');
  for (const x of lexical('', s, lca)) f.push(x, `${x}|${ar}|${br}`, `any${x}`);
  // the words between the ends and the joining word: a noun event or a verb under a verb of saying
  for (const n of [...ua.slice(1), ...db.slice(1)]) {
    const l = s.token(n).lemma.toLowerCase();
    const lex = lexical('on', s, n);
    f.push(`on:${l}`, ...lex, ...lex.filter((x) => x.startsWith('onsign:')).map((x) => `any${x}`));
  }
  const mod = modalityOf(s, lca);
  if (mod.negated) f.push('neg');
  if (mod.hedged) f.push('hedged');
  if (mod.planned) f.push('planned');
  if (mod.failed) f.push('failed');
  if (mod.refused) f.push('refused');
  const here = rules.bySentence.get(`${s.index}|${a.m.actorId}|${b.m.actorId}`);
  const back = rules.bySentence.get(`${s.index}|${b.m.actorId}|${a.m.actorId}`);
  const anywhere = rules.byArticle.get(`${a.m.actorId}|${b.m.actorId}`);
  if (here)
    f.push(
      `rule:${here.sign}`,
      `ruletype:${here.type}`,
      `rulereading:${here.shape}`,
      `rulevia:${here.via}`,
      `ruleclaim:${here.claimed ? 'yes' : 'no'}`,
    );
  else f.push('rule:none');
  if (back) f.push(`ruleback:${back.sign}`);
  if (anywhere && !here) f.push(`ruledoc:${anywhere.sign}`);
  return f;
}

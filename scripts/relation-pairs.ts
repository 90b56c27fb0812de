/**
 * Candidate actor pairs of a parsed article and their features, for the
 * learned relation experiment (scripts/train-relations.ts). A candidate is an
 * ordered pair of actor ends of one sentence (a mention's head token, or a
 * pronoun or nominal that coreference resolves to an actor) within a bounded
 * path in the basic dependency tree. Its features are linguistic classes
 * only: the path's relations and lemmas, the lemma joining the two ends and
 * what the lexicon and the valence classes say of it, its modality, the kinds
 * of the ends, and whether the rules already read the pair. No word of any
 * article's text is stored: the features are computed, the model keeps weights.
 */
import type { Mention } from '../src/extract/actors/mention.js';
import type { ExtractedRelation } from '../src/extract/relations/index.js';
import type { ParsedDocument, Sentence } from '../src/extract/parse/document.js';
import type { MentionIndex } from '../src/extract/parse/mention-index.js';
import { adjectiveEntry, nounEntry, verbEntries } from '../src/extract/relations/lexicon.js';
import { modalityOf } from '../src/extract/relations/modality.js';
import {
  ADJECTIVE_CLASSES,
  BAD_MODIFIERS,
  GOOD_MODIFIERS,
  NOUN_CLASSES,
  VERB_CLASSES,
} from '../src/extract/relations/quad-classes.js';
import { RELATION_TYPES, type RelationType } from '../src/domain/vocabulary.js';

export const MAX_PATH = 6;

export interface End {
  tok: number;
  m: Mention;
  via: 'name' | 'coref';
}

export interface Candidate {
  sentence: number;
  a: End;
  b: End;
  features: string[];
}

/** the head token of a mention's span: the one whose governor lies outside it */
function headOf(s: Sentence, m: Mention): number | undefined {
  const inside = s.tokens.filter((t) => t.start >= m.start && t.end <= m.end).map((t) => t.i);
  return inside.find((i) => {
    const g = s.head(i)?.gov ?? 0;
    return g === 0 || !inside.includes(g);
  });
}

function endsOf(s: Sentence, index: MentionIndex): End[] {
  const ends: End[] = [];
  for (const m of index.within(s, 1, s.tokens.length)) {
    const tok = headOf(s, m);
    if (tok !== undefined) ends.push({ tok, m, via: 'name' });
  }
  for (const t of s.tokens) {
    if (!/^(?:PRP\$?|NNS?)$/.test(t.pos) || index.at(s, t.i)) continue;
    const m = index.resolve(s, t.i);
    if (m) ends.push({ tok: t.i, m, via: 'coref' });
  }
  return ends;
}

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
    if (name && RELATION_TYPES[name]) out.push(`${prefix}sign:${sign(RELATION_TYPES[name].polarity)}`);
  }
  // the sign of the words said of it ("harsh", "warm")
  for (const e of s.children(i, /^(?:advmod|amod)$/)) {
    const w = s.token(e.dep).lemma.toLowerCase();
    if (BAD_MODIFIERS.has(w)) out.push(`${prefix}mod:-`);
    if (GOOD_MODIFIERS.has(w)) out.push(`${prefix}mod:+`);
  }
  return [...new Set(out)];
}

const SIGNS: Record<string, string> = { '1': '+', '-1': '-', '0': '0' };
const sign = (n: number): string => SIGNS[String(Math.sign(n) || 0)]!;

/** the rules' readings, by sentence and ordered pair of actors */
export function ruleIndex(doc: ParsedDocument, relations: readonly ExtractedRelation[]) {
  const bySentence = new Map<string, string>();
  const byArticle = new Map<string, string>();
  for (const r of relations) {
    const s = doc.sentenceAt(r.evidenceStart)?.index ?? -1;
    const v = `${r.type}|${sign(r.polarity)}|${r.reading.split('/')[0]}`;
    bySentence.set(`${s}|${r.source.actorId}|${r.target.actorId}`, v);
    byArticle.set(`${r.source.actorId}|${r.target.actorId}`, v);
    if (r.symmetric) {
      bySentence.set(`${s}|${r.target.actorId}|${r.source.actorId}`, v);
      byArticle.set(`${r.target.actorId}|${r.source.actorId}`, v);
    }
  }
  return { bySentence, byArticle };
}

export function candidates(doc: ParsedDocument, index: MentionIndex, rules: ReturnType<typeof ruleIndex>): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const ends = endsOf(s, index);
    for (const a of ends)
      for (const b of ends) {
        if (a.m.actorId === b.m.actorId || a.tok === b.tok) continue;
        const features = featuresOf(s, a, b, rules);
        if (features) out.push({ sentence: s.index, a, b, features });
      }
  }
  return out;
}

function featuresOf(s: Sentence, a: End, b: End, rules: ReturnType<typeof ruleIndex>): string[] | undefined {
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
  for (const x of lexical('', s, lca)) f.push(x, `${x}|${ar}|${br}`, `anyon${x}`);
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
  if (here) {
    const [type, sg, reading] = here.split('|');
    f.push(`rule:${sg}`, `ruletype:${type}`, `rulereading:${reading}`);
  } else f.push('rule:none');
  if (back) f.push(`ruleback:${back.split('|')[1]}`);
  if (anywhere && !here) f.push(`ruledoc:${anywhere.split('|')[1]}`);
  return f;
}

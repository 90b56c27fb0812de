/** Which tokens are reporting verbs, and which of their dependents hold what was said. */
import type { Sentence } from '../parse/document.js';
import { INSTITUTION_NOUNS, reportingClasses, ROLE_NOUNS, STATEMENT_NOUNS, type ReportingClass } from './lexicon.js';

/** The reporting classes of token v as a verb, or none: "read" reports only for a statement, "point" only with "out". */
export function reportingVerb(s: Sentence, v: number): ReadonlySet<ReportingClass> {
  const t = s.token(v);
  if (!t.pos.startsWith('VB')) return NONE;
  const lemma = t.lemma.toLowerCase();
  // "as X put it": the words it sets off are X's
  if (lemma === 'put')
    return s.treeChildren(v, 'obj').some((e) => s.token(e.dep).lemma.toLowerCase() === 'it') &&
      s.treeChildren(v, 'mark').some((e) => s.token(e.dep).lemma.toLowerCase() === 'as')
      ? PUT_IT
      : NONE;
  const classes = reportingClasses(lemma);
  if (classes.size === 0) return NONE;
  // "Asked whether …, X said", "urged by no one named": a bare participle of an appeal names its addressee, not a speaker
  if (
    // (opening the sentence, the tagger may take the participle for a past tense)
    (t.pos === 'VBN' || (t.pos === 'VBD' && v === 1)) &&
    classes.has('direct') &&
    !classes.has('say') &&
    !classes.has('assert') &&
    s.children(v, /^(?:obl:(?:by|agent)|nsubj)$/).length === 0 &&
    !s.treeChildren(v, /^aux/).some((e) => /^(?:have|be)$/.test(s.token(e.dep).lemma))
  )
    return NONE;
  // "the statement indicates that …", "the data suggest …": evidence, not speech; only someone who can speak indicates as a report
  if (EVIDENTIAL.has(lemma) && s.children(v, /^nsubj$/).some((e) => !canSpeak(s, e.dep))) return NONE;
  if (lemma === 'point' && !s.treeChildren(v, 'compound:prt').some((e) => s.token(e.dep).lemma === 'out')) return NONE;
  if (lemma === 'continue' && s.treeChildren(v, /^(?:xcomp|obj)$/).length > 0) return NONE;
  if (lemma === 'read') {
    // "the statement reads:" (the parser may hang "reads" on the statement's participle: "the statement made by X reads")
    const statement = (i: number): boolean =>
      s.children(i, /^nsubj/).some((e) => STATEMENT_NOUNS.has(s.token(e.dep).lemma.toLowerCase()));
    const head = s.head(v)?.gov ?? 0;
    if (!statement(v) && !(head > 0 && s.children(v, /^nsubj/).length === 0 && statement(head))) return NONE;
  }
  return classes;
}
const NONE: ReadonlySet<ReportingClass> = new Set();
/** verbs that report only with a speaker as subject; with a thing as subject they tell what it shows */
const EVIDENTIAL: ReadonlySet<string> = new Set([
  'indicate',
  'suggest',
  'signal',
  'reveal',
  'confirm',
  'hint',
  'predict',
]);

/** a subject that can speak: a name, a pronoun, a person or body by role ("the minister", "the ministry") */
function canSpeak(s: Sentence, n: number): boolean {
  const t = s.token(n);
  return (
    t.ner !== 'O' || t.pos.startsWith('PRP') || t.pos.startsWith('NNP') || SPEAKING_NOUNS.has(t.lemma.toLowerCase())
  );
}
const PUT_IT: ReadonlySet<ReportingClass> = new Set(['say']);

/** lemma + "on"/"upon" ("called on Y to …"), as opposed to naming ("called X Y") */
export function appealsTo(s: Sentence, v: number): boolean {
  return s
    .treeChildren(v, /^(?:obl|compound:prt)/)
    .some(
      (e) =>
        /^(?:on|upon)$/i.test(s.token(e.dep).word) ||
        s.treeChildren(e.dep, 'case').some((c) => /^(?:on|upon)$/i.test(s.token(c.dep).word)),
    );
}

/**
 * "noted that trade grew and expressed hope that …", with "expressed" hung on
 * "grew": a reporting verb with no subject of its own, coordinated inside a
 * reported clause, is the reporter's next verb, not part of what was said.
 * Returns the first token of its conjunct.
 */
export function strayReport(s: Sentence, c: number): number | undefined {
  const subject = s.treeChildren(c, /^nsubj/)[0];
  // a clause about something that cannot speak ("trade", "the price"): a report coordinated under it is not its
  const mute =
    subject !== undefined &&
    s.token(subject.dep).ner === 'O' &&
    /^NNS?$/.test(s.token(subject.dep).pos) &&
    !SPEAKING_NOUNS.has(s.token(subject.dep).lemma.toLowerCase());
  const afterComma = (x: number): boolean => s.token(s.subtree(x)[0]! - 1).word === ',';
  const e = s.treeChildren(c, /^(?:conj|dep|advcl|parataxis)$/).find(
    (x) =>
      x.dep > c &&
      // (or "…, claiming that …": a participle after a comma goes with the reporter too, however it hangs)
      ((x.rel === 'conj' && (/^VB[DZP]$/.test(s.token(x.dep).pos) || (mute && s.token(x.dep).pos === 'VBN'))) ||
        (s.token(x.dep).pos === 'VBG' && afterComma(x.dep))) &&
      reportingVerb(s, x.dep).size > 0 &&
      s.treeChildren(x.dep, /^nsubj/).length === 0,
  );
  if (e) return s.subtree(e.dep)[0]!;
  // "insisted that no such plans existed, and the embassy accused …": a speech act coordinated after a comma with a
  // speaker of its own is a second report, not part of the first one's words (a past the tagger took for a participle too)
  const own = s
    .treeChildren(c, 'conj')
    .find(
      (x) =>
        x.dep > c &&
        afterComma(x.dep) &&
        (/^VB[DZP]$/.test(s.token(x.dep).pos) ||
          (s.token(x.dep).pos === 'VBN' && s.treeChildren(x.dep, /^aux/).length === 0)) &&
        reportingVerb(s, x.dep).size > 0 &&
        s.treeChildren(x.dep, /^nsubj$/).some((n) => canSpeak(s, n.dep)),
    );
  return own && s.subtree(own.dep)[0]!;
}
const SPEAKING_NOUNS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ...INSTITUTION_NOUNS,
  'side',
  'country',
  'people',
  'critic',
  'observer',
  'source',
  'witness',
]);

/** a verb of belief only ("expect", "hope", "see"): said by someone, it voices no words of its own subject */
export function believesOnly(classes: ReadonlySet<ReportingClass>): boolean {
  return classes.size > 0 && [...classes].every((c) => c === 'believe');
}

/**
 * A verb that carries tense: a finite form, or a participle or infinitive
 * with a tense or modal auxiliary ("has insisted", "had said", "would tell",
 * "did not deny"). Reports are written in every tense; a passive "be" is no
 * tense auxiliary ("was told" names the hearer).
 */
export function finite(s: Sentence, v: number): boolean {
  const pos = s.token(v).pos;
  if (/^VB[DZP]$/.test(pos)) return true;
  return /^VB[NG]?$/.test(pos) && s.treeChildren(v, 'aux').some((e) => /^(?:MD|VB[DZP])$/.test(s.token(e.dep).pos));
}

/** nouns for someone's own wording or judgment: "in his words", "in the view of X", "in her opinion" */
const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'word',
  'view',
  'opinion',
  'estimate',
  'estimation',
  'assessment',
  'judgment',
  'judgement',
]);

/**
 * A phrase naming the source of the clause it hangs on: "according to X"
 * (at the word "according") and "in X's words", "in the view of X" (at the
 * noun). Returns the phrase's head, whose subtree is not what was said, and
 * the token naming the source.
 */
export function sourcePhrase(s: Sentence, i: number): { phrase: number; owner: number } | undefined {
  const t = s.token(i);
  if (t.word.toLowerCase() === 'according' && s.head(i)?.rel === 'case') {
    const x = s.head(i)!.gov;
    return { phrase: x, owner: x };
  }
  if (!t.pos.startsWith('NN') || !SOURCE_NOUNS.has(t.lemma.toLowerCase())) return undefined;
  if (!/^(?:obl|nmod)/.test(s.head(i)?.rel ?? '')) return undefined;
  if (!s.treeChildren(i, 'case').some((e) => s.token(e.dep).lemma.toLowerCase() === 'in')) return undefined;
  const owner = s.children(i, /^nmod:(?:poss|of)$/)[0];
  return owner && { phrase: i, owner: owner.dep };
}

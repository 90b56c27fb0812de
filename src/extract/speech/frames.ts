/** Which tokens are reporting verbs, and which of their dependents hold what was said. */
import type { Sentence } from '../parse/document.js';
import { reportingClasses, STATEMENT_NOUNS, type ReportingClass } from './lexicon.js';

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

/** tokens of the tree phrase under i, first to last */
export function extent(s: Sentence, i: number, exclude?: ReadonlySet<string>): [number, number] {
  const toks = s.subtree(i, exclude);
  return [toks[0]!, toks.at(-1)!];
}

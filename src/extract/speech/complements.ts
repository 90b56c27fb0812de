/**
 * What a reporting verb, a noun or a predicate takes as its complement: a
 * clause with a tense or a copula of its own, a "that"-clause with its own
 * subject, an infinitive, an object that says something ("expressed
 * readiness to …", not "expressed gratitude"). Tests on the tree, read by
 * every construction of reported speech.
 */
import type { Sentence } from '../parse/document.js';
import { reportingVerb } from './frames.js';
import { CONTENT_NOUNS } from './lexicon.js';

export function startsWithTo(s: Sentence, x: number): boolean {
  const first = s.subtree(x)[0]!;
  return s.token(first).lemma === 'to';
}

/** an object that says something: holds a quote, a clause or an infinitive, not "expressed gratitude" */
export function contentful(s: Sentence, o: number, inQuote: (i: number) => boolean): boolean {
  // "the need for talks", "readiness to help" (not "gratitude", "condolences"), or a phrase with a clause or a quote in it
  if (CONTENT_NOUNS.has(s.token(o).lemma.toLowerCase()) && s.treeChildren(o, /^(?:nmod|acl)/).length > 0) return true;
  return s
    .subtree(o)
    .some(
      (k) =>
        inQuote(k) ||
        (k !== o && /^(?:acl|ccomp|xcomp|advcl)/.test(s.head(k)?.rel ?? '') && s.token(k).pos.startsWith('VB')),
    );
}

/** a clause that carries tense: a finite verb, or a tense or modal auxiliary or copula ("will be signed", "is secure") */
export function clauseTense(s: Sentence, c: number): boolean {
  return (
    /^(?:VB[DZP]|MD)$/.test(s.token(c).pos) ||
    s.treeChildren(c, /^(?:aux|cop)/).some((e) => /^(?:VB[DZP]|MD)$/.test(s.token(e.dep).pos))
  );
}

/** a predicate whose copula carries tense: "the laws “are much stricter”", "the opposite is true" */
export function tensedCopula(s: Sentence, k: number): boolean {
  return s.treeChildren(k, 'cop').some((c) => /^(?:VB[DZP]|MD)$/.test(s.token(c.dep).pos));
}

/** a clause's head: a verb, or a word with a copula or a subject of its own */
export function predicate(s: Sentence, k: number): boolean {
  return s.token(k).pos.startsWith('VB') || s.treeChildren(k, /^(?:cop|nsubj)/).length > 0;
}

/** what the reporting verb reads of its own: a clause, an infinitive, or a stance noun ("announced the implementation of …" has none) */
export function hasComplement(s: Sentence, v: number, inQuote: (i: number) => boolean): boolean {
  if (s.treeChildren(v, /^(?:ccomp|xcomp)$/).length > 0) return true;
  const classes = reportingVerb(s, v);
  return (
    (classes.has('express') || classes.has('name')) &&
    s.treeChildren(v, 'obj').some((e) => contentful(s, e.dep, inQuote))
  );
}

/** a clause opened by "that" as a complementizer (the parser may call it mark or dep), with a subject of its own */
export function thatClause(s: Sentence, c: number): boolean {
  const first = s.subtree(c)[0]!;
  if (
    s.token(first).lemma.toLowerCase() !== 'that' ||
    (!s.token(c).pos.startsWith('VB') && !s.treeChildren(c, 'cop').length)
  )
    return false;
  return s.treeChildren(c, /^nsubj/).some((e) => e.dep !== first);
}

/**
 * Attributions that stand apart from the reported clause's tree, which the
 * parser hangs in many ways and so are read off word order and word
 * classes: set off by commas mid-sentence ("A, he said on Monday, B"), at the
 * sentence's tail ("CLAUSE, the presidency confirmed."), "As X said," before
 * it, "X was quoted as saying"; and the holder of a stance predicate ("is
 * convinced that", "made it clear that").
 */
import type { Sentence } from '../parse/document.js';
import { reportingVerb } from './frames.js';
import { TAIL_LEMMAS } from './lexicon.js';
import type { Attribution } from './quote.js';
import type { Speakers } from './speakers.js';

/**
 * A reporting verb inside commas mid-sentence, its subject between the first
 * comma and the verb and only adjuncts after it ("A, he said on Monday, B"),
 * which the parser reads in many ways: the subject's head, or undefined.
 */
export function parenthetical(s: Sentence, v: number): number | undefined {
  const verbal = (k: number): boolean => /^(?:VB|MD)/.test(s.token(k).pos);
  let c1 = v - 1;
  while (c1 >= 1 && s.token(c1).word !== ',' && !verbal(c1) && v - c1 <= 7) c1 -= 1;
  let c2 = v + 1;
  while (c2 <= s.tokens.length && s.token(c2).word !== ',' && !verbal(c2) && c2 - v <= 7) c2 += 1;
  if (c1 < 2 || c1 >= v - 1 || s.token(c1).word !== ',') return undefined;
  if (c2 > s.tokens.length - 2 || s.token(c2).word !== ',') return undefined;
  const words = (from: number, to: number): number =>
    s.tokens.slice(from - 1, to).filter((x) => /[\p{L}\p{N}]/u.test(x.word)).length;
  if (words(1, c1 - 1) < 1 || words(c2 + 1, s.tokens.length) < 2) return undefined;
  // what comes before is the clause's subject (no verb, no quote of its own), what comes after its predicate
  const before = s.tokens.slice(0, c1 - 1);
  if (before.some((x) => verbal(x.i) || /^(?:[“”«»"]|``|'')$/.test(x.word))) return undefined;
  if (!s.tokens.slice(c2).some((x) => verbal(x.i))) return undefined;
  // the subject: the window's token whose head lies outside it (the last noun, when the parser made a mess)
  const window = s.tokens.slice(c1, v - 1).map((x) => x.i);
  const head =
    window.find((k) => {
      const h = s.head(k)?.gov ?? 0;
      return (h <= c1 || h >= v) && /^(?:NN|PRP)/.test(s.token(k).pos);
    }) ?? window.filter((k) => /^(?:NN|PRP)/.test(s.token(k).pos)).at(-1);
  return head;
}

/** "X was quoted/cited as saying", "Y quoted X as saying": the verb stands for X's saying */
export function quotedAsSaying(s: Sentence, v: number): boolean {
  return (
    /^(?:quote|cite)$/.test(s.token(v).lemma) &&
    s
      .treeChildren(v)
      .some(
        (e) =>
          s.token(e.dep).pos === 'VBG' &&
          s.token(e.dep).lemma === 'say' &&
          s.treeChildren(e.dep, /^(?:mark|case)$/).some((m) => s.token(m.dep).lemma.toLowerCase() === 'as'),
      )
  );
}

/**
 * "As X said," or "As reported by X," opening the sentence or set off by
 * commas inside it: a reporting verb before the next comma, its speaker the
 * agent after "by" or the name before the verb; the clause starts after the
 * comma. `at` is the "as".
 */
export function asReported(s: Sentence, speakers: Speakers): { at: number; from: number; by: Attribution } | undefined {
  if (s.tokens.length < 6) return undefined;
  const opening = s.tokens.find((x) => x.word.toLowerCase() === 'as' && (x.i === 1 || s.token(x.i - 1).word === ','));
  if (!opening) return undefined;
  const at = opening.i;
  const comma = s.tokens.slice(at, at + 11).find((x) => x.word === ',')?.i;
  if (comma === undefined || comma >= s.tokens.length - 2) return undefined;
  const verb = s.tokens.slice(at, comma - 1).find((x) => reportingVerb(s, x.i).size > 0 && x.pos.startsWith('VB'));
  if (!verb) return undefined;
  const by = s.tokens.slice(verb.i, comma - 1).find((x) => x.word.toLowerCase() === 'by');
  const who = by
    ? s.tokens.slice(by.i, comma - 1).find((x) => /^(?:NNP|NN)/.test(x.pos))
    : s.tokens
        .slice(at, verb.i - 1)
        .filter((x) => /^(?:NNP|NN|PRP)/.test(x.pos))
        .at(-1);
  const speaker = who && speakers.at(s, who.i);
  return speaker && { at, from: comma + 1, by: speaker };
}

/**
 * "CLAUSE, the Kyrgyz government reported on its website.", "CLAUSE, the
 * presidency confirmed.": a sentence that ends with a comma, a noun phrase, a
 * reporting verb and only its adjuncts, after a clause with a tense of its own.
 * The parser hangs such a tail in many ways (a relative clause of a noun in
 * CLAUSE, a participle, a dependent, an apposition), so it is read off the
 * sentence's word classes, not its tree. Returns the comma and the phrase's head.
 */
export function tailAttribution(s: Sentence): { comma: number; speaker: number } | undefined {
  const pos = (k: number): string => s.token(k).pos;
  let end = s.tokens.length;
  while (end >= 1 && /^\p{P}+$/u.test(s.token(end).word)) end -= 1;
  // back over the verb's adjuncts ("on Thursday", "in a statement on its website", "reporters") to the verb
  let v = end;
  while (v >= 1 && !(/^VB[DNZ]$/.test(pos(v)) && TAIL_LEMMAS.has(s.token(v).lemma.toLowerCase()))) {
    if (!/^(?:IN|TO|DT|JJ|NNS?|NNPS?|PRP\$?|POS|CD|RB)$/.test(pos(v))) return undefined;
    v -= 1;
  }
  // back over its subject, a plain noun phrase, to the comma
  let c = v - 1;
  while (c >= 1 && /^(?:DT|JJ|NNS?|NNPS?|POS|CD|HYPH|PRP\$)$/.test(pos(c))) c -= 1;
  if (c < 3 || c === v - 1 || s.token(c).word !== ',' || /^(?:has|have|had)$/i.test(s.token(v - 1).word))
    return undefined;
  if (!s.tokens.slice(0, c - 1).some((x) => /^(?:VBD|VBZ|VBP|MD)$/.test(x.pos))) return undefined;
  // the phrase's head: a noun whose head lies outside the phrase (the last one, when the parser made a mess)
  const inPhrase = (k: number): boolean => k > c && k < v;
  const nouns = s.tokens.slice(c, v - 1).filter((x) => /^(?:NN|PRP)/.test(x.pos));
  const head = nouns.find((x) => !inPhrase(s.head(x.i)?.gov ?? 0)) ?? nouns.at(-1);
  return head && { comma: c, speaker: head.i };
}

/** adjectives of a held conviction: "is convinced that", "was confident that" */
const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'convinced',
  'confident',
  'certain',
  'sure',
  'hopeful',
  'optimistic',
  'adamant',
  'persuaded',
]);

/** the speaker of a stance predicate at v: the subject of "convinced"/"confident", the maker of "made it clear/plain" */
export function stanceHolder(s: Sentence, v: number, speakers: Speakers): Attribution | undefined {
  const t = s.token(v);
  const word = t.word.toLowerCase();
  if (STANCE_ADJECTIVES.has(word) && /^(?:JJ|VBN)$/.test(t.pos)) {
    const subject = s.children(v, /^nsubj(?::pass)?$/)[0];
    return subject && speakers.at(s, subject.dep);
  }
  const up = s.head(v);
  if (/^(?:clear|plain)$/.test(word) && up?.rel === 'xcomp' && s.token(up.gov).lemma === 'make')
    return speakers.of(s, up.gov);
  return undefined;
}

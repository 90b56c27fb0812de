/**
 * Analysts type words, not Lucene syntax: every term is escaped and must
 * match, whole (ranked by relevance) or as a prefix ("van brug" finds Van
 * Bruggen; prefix matches alone score flat, so whole words rank first).
 * Terms are lower-cased, which the index's analyzer does anyway, so that
 * AND, OR and NOT are words here and never Lucene's operators.
 */
import { badInput } from '../errors.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

const SEARCH_LIMITS = { chars: 1_000, wordChars: 100, words: 20 } as const;

export function fullTextQuery(text: string, argument: string): string {
  if (text.length > SEARCH_LIMITS.chars)
    throw badInput(
      `\`${argument}\` is ${text.length} characters long; search with at most ${SEARCH_LIMITS.chars}.`,
      argument,
    );
  const words = text
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  const long = words.find((w) => w.length > SEARCH_LIMITS.wordChars);
  if (long)
    throw badInput(
      `\`${argument}\` has a word of ${long.length} characters; words are at most ${SEARCH_LIMITS.wordChars}.`,
      argument,
    );
  const terms = words.map((t) => t.toLowerCase().replace(LUCENE_SPECIAL, '\\$&'));
  if (terms.length === 0) throw badInput(`\`${argument}\` is empty: give at least one word to search for.`, argument);
  if (terms.length > SEARCH_LIMITS.words)
    throw badInput(`\`${argument}\` has ${terms.length} words; search with at most ${SEARCH_LIMITS.words}.`, argument);
  return terms.map((t) => `(${t}^2 OR ${t}*)`).join(' AND ');
}

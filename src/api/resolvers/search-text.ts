/**
 * Analysts type words, not Lucene syntax: every term is escaped and must
 * match, whole (ranked by relevance) or as a prefix ("van brug" finds Van
 * Bruggen; prefix matches alone score flat, so whole words rank first).
 */
import { badInput } from '../errors.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function fullTextQuery(text: string, argument: string): string {
  const terms = text.trim().split(/\s+/).map((t) => t.replace(LUCENE_SPECIAL, '\\$&')).filter((t) => t.length > 0);
  if (terms.length === 0) throw badInput(`\`${argument}\` is empty: give at least one word to search for.`, argument);
  if (terms.length > 20) throw badInput(`\`${argument}\` has ${terms.length} words; search with at most 20.`, argument);
  return terms.map((t) => `(${t}^2 OR ${t}*)`).join(' AND ');
}

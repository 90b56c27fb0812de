/**
 * The relation lexicon's lookup: the entries of a lemma, by part of speech,
 * over the tables of lexicon-verbs.ts, lexicon-nouns.ts and
 * lexicon-adjectives.ts (the entries' shape is in lexicon-entries.ts).
 */
import { groupBy } from '../../domain/collections.js';
import { ADJECTIVES } from './lexicon-adjectives.js';
import type { AdjectiveEntry, NounEntry, VerbEntry } from './lexicon-entries.js';
import { NOUNS } from './lexicon-nouns.js';
import { VERBS } from './lexicon-verbs.js';

type Entry = VerbEntry | NounEntry | AdjectiveEntry;

const verbIndex = groupBy(VERBS, (v) => v.lemma);
const nounIndex = new Map<string, NounEntry>();
for (const n of NOUNS) nounIndex.set(n.lemma, n);

/** the entries of a verb lemma; a phrasal entry ("pull away", "turn back") wins when one of the words around the verb completes it */
export function verbEntries(lemma: string, particles: readonly string[]): readonly VerbEntry[] {
  for (const p of particles) {
    const phrasal = verbIndex.get(`${lemma} ${p}`);
    if (phrasal) return phrasal;
  }
  return verbIndex.get(lemma) ?? [];
}

export function nounEntry(lemma: string): NounEntry | undefined {
  return nounIndex.get(lemma);
}

const adjectiveIndex = new Map<string, AdjectiveEntry>();
for (const a of ADJECTIVES) adjectiveIndex.set(a.lemma, a);

export function adjectiveEntry(lemma: string): AdjectiveEntry | undefined {
  return adjectiveIndex.get(lemma);
}

export const ENTRY_COUNT = (): number => VERBS.length + NOUNS.length + ADJECTIVES.length;

/** a stable name for an entry, for the lexicon report */
export const entryKey = (e: Entry, pos: 'verb' | 'noun' | 'adj'): string => `${pos}:${e.lemma}:${e.type}`;

const uncertainKeys = new Set([
  ...VERBS.filter((v) => v.uncertain).map((v) => entryKey(v, 'verb')),
  ...NOUNS.filter((n) => n.uncertain).map((n) => entryKey(n, 'noun')),
]);

/** whether the entry (by its entryKey) is of a class whose sign depends on what it is about */
export const uncertainEntry = (key: string): boolean => uncertainKeys.has(key);

const lemmas = new Set([
  ...VERBS.map((v) => v.lemma.split(' ')[0]!),
  ...NOUNS.map((n) => n.lemma),
  ...ADJECTIVES.map((a) => a.lemma),
]);

/** is the lemma the head word of any entry (a cheap first test for every token) */
export const inLexicon = (lemma: string): boolean => lemmas.has(lemma);

/**
 * The verb lemmas an "-ing" word may be, for a gerund the tagger took for
 * an adjective or a noun and so did not lemmatize ("destabilizing",
 * "shelling", "stopping"): the stem, the stem with its "e", the stem with a
 * doubled consonant undone.
 */
export function ingLemmas(word: string): string[] {
  const w = word.toLowerCase();
  if (!w.endsWith('ing') || w.length < 6) return [];
  const stem = w.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  return out.filter((l) => verbIndex.has(l));
}

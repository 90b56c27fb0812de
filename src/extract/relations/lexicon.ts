/**
 * The relation lexicon's shape and lookup. Entries are lemmas with an
 * argument frame, grouped by event class (the PLOVER/CAMEO families), never
 * sentences: a verb says in which dependents its target stands ("obj",
 * "obl:with", or through a non-actor noun: "obl:with>nmod:against" for
 * "complied with sanctions against X"); a noun says which prepositions carry
 * its target, its source coming from a possessor, a demonym, or the subject
 * of the verb that governs it ("held talks with").
 */
import { groupBy } from '../../domain/collections.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { ADJECTIVES } from './lexicon-adjectives.js';
import { NOUNS } from './lexicon-nouns.js';
import { VERBS } from './lexicon-verbs.js';

/** The event class an entry belongs to (PLOVER names where one fits). */
export type Family =
  | 'consult'
  | 'visit'
  | 'host'
  | 'negotiate'
  | 'phone'
  | 'assure'
  | 'agree'
  | 'cooperate'
  | 'trade'
  | 'align'
  | 'aid'
  | 'support'
  | 'relations'
  | 'member'
  | 'comply'
  | 'sanction'
  | 'criticize'
  | 'demand'
  | 'reject'
  | 'reduce'
  | 'influence'
  | 'threaten'
  | 'coerce'
  | 'assault';

export interface VerbEntry {
  /** the lemma, with its particle when it has one ("pull away", "turn back") */
  readonly lemma: string;
  readonly type: RelationType;
  readonly family: Family;
  /** dependents holding the target; "a>b" goes through a non-actor noun in a to its dependent b */
  readonly targets: readonly string[];
  /** a non-actor object stands for its possessor ("rejected Moscow's proposal") */
  readonly possessor?: boolean;
  /** the type when the target is a country or a body, not a person or their office ("welcomed Kazakhstan" approves, "welcomed Tokayev" receives) */
  readonly unlessPerson?: RelationType;
  /** a class whose sign depends on what it is about ("urged X to …"): drafted below an analyst's 0.6 */
  readonly uncertain?: boolean;
  /** the subject is a body and its objects are its members ("the bloc unites A and B"): the relation runs from them to it */
  readonly members?: boolean;
}

export interface NounEntry {
  readonly lemma: string;
  readonly type: RelationType;
  readonly family: Family;
  /** prepositional dependents holding the target ("nmod:to" for "a visit to X") */
  readonly targets: readonly string[];
  /** "relations", "ties": positive or negative only by what is said of them */
  readonly valence?: boolean;
  /** "a forum", "a reception": an encounter only with the one who hosts it ("attended a forum hosted by X") */
  readonly hostedOnly?: boolean;
  /** a class whose sign depends on what it is about ("voiced concern over …"): drafted below an analyst's 0.6 */
  readonly uncertain?: boolean;
  /** the noun names the doer ("investor", "donor"): "X is Y's largest investor" runs from X to Y */
  readonly agentive?: boolean;
}

export interface AdjectiveEntry {
  readonly lemma: string;
  readonly type: RelationType;
  readonly family: Family;
  /** prepositional dependents holding the target ("obl:of" for "critical of X") */
  readonly targets: readonly string[];
}

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

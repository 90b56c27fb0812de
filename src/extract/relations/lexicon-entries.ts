/**
 * The shape of the relation lexicon's entries. Entries are lemmas with an
 * argument frame, grouped by event class (the PLOVER/CAMEO families), never
 * sentences: a verb says in which dependents its target stands ("obj",
 * "obl:with", or through a non-actor noun: "obl:with>nmod:against" for
 * "complied with sanctions against X"); a noun says which prepositions carry
 * its target, its source coming from a possessor, a demonym, or the subject
 * of the verb that governs it ("held talks with").
 * Apart from the lookup (lexicon.ts), which imports the tables, so that the
 * tables (lexicon-verbs.ts, lexicon-nouns.ts, lexicon-adjectives.ts) do not
 * import it back.
 */
import type { RelationType } from '../../domain/vocabulary.js';

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

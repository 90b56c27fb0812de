/**
 * A relation read off the parse: who did what to whom, in which sentence
 * shape, with what modality, and who says so.
 */
import type { RelationType } from '../../domain/vocabulary.js';
import type { Mention } from '../actors/mention.js';

/** The clause shape a relation was read from; its confidence is calibrated per shape (confidence.ts). */
export type Shape =
  'active' | 'passive' | 'coordinated' | 'copular' | 'nominal' | 'light' | 'frame' | 'between' | 'linked';

/**
 * How an end of the relation was found: named in place, through a title
 * ("the leaders of X"), a possessor ("X's proposal"), the subject of the
 * clause a participle hangs from, or a coreference chain.
 */
export type Via = 'name' | 'title' | 'possessor' | 'clause' | 'coref';

export type Reading = `${Shape}` | `${Shape}/${Exclude<Via, 'name'>}`;

export interface ExtractedRelation {
  type: RelationType;
  source: Mention;
  target: Mention;
  claimant: Mention | null;
  evidenceStart: number;
  evidenceEnd: number;
  polarity: number;
  hedged: boolean;
  /** "did not support", "refused to meet": kept, with no polarity, and imported as a denial */
  negated: boolean;
  /** "will visit", "plans to meet", "an upcoming summit": an intention, not an event */
  planned: boolean;
  /** a face-to-face encounter that happened (not planned, not denied, not a call) */
  meeting: boolean;
  /** holds in both directions (MET, NEGOTIATED_WITH, SIGNED_AGREEMENT_WITH …) */
  symmetric: boolean;
  /** the sentence shape it was read from, and how its least direct end was found */
  reading: Reading;
  /** the lexicon entry that fired (lexicon.ts entryKey) */
  entry: string;
  /** how sure the reading is (0–1), from its shape (confidence.ts) */
  confidence: number;
  /** what was done, in the predicate's own word, where the type is only its class (the linked-pairs reading) */
  kind?: string;
}

/** What the speech readings produce: a span of the article, direct or reported, with its speaker. */
import type { Mention } from '../actors/mention.js';

export interface Quote {
  start: number;
  end: number;
  text: string;
  direct: boolean;
  speaker: Mention | null;
  /** how sure the attribution is (0–1), from the shape it was read from */
  confidence: number;
}

/**
 * Attribution confidence by shape: a speaker named as the subject of the
 * reporting verb is surest; the issuer of a statement and "according to X"
 * next; a pronoun or nominal resolved through coreference after that; a
 * speaker carried over from earlier quotes least.
 */
export const ATTRIBUTION = {
  named: 0.9,
  transcript: 0.85,
  issuer: 0.8,
  according: 0.8,
  coref: 0.7,
  continued: 0.6,
  clause: 0.65,
  recent: 0.55,
  none: 0,
} as const;

export type AttributionShape = keyof typeof ATTRIBUTION;

/** A speaker as read, with the shape it was read from (which sets the confidence). */
export interface Attribution {
  speaker: Mention;
  shape: AttributionShape;
}

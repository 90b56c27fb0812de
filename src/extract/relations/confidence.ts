/**
 * Confidence by reading shape: the share of each shape's readings that
 * were right on the tune half of the shared corpus (npm run
 * report:relations -- ../shared/corpus --half tune), rounded down, so
 * that an analyst's filter at 0.6 keeps the shapes right at least ~80% of
 * the time. An end found indirectly lowers it by its own factor. Checked
 * too on news sentences written for the purpose (wire reports, readouts,
 * newspaper prose; test/extract/relations.test.ts keeps the telling ones):
 * "held talks with X", "signed an agreement with X" (light) were right on
 * both, so they reach 0.6; intentions were right about half the time.
 */
import type { Shape, Via } from './types.js';

export const SHAPE: Record<Shape, number> = {
  active: 0.7,
  passive: 0.65,
  coordinated: 0.65,
  between: 0.6,
  nominal: 0.6,
  light: 0.6,
  copular: 0.5,
  frame: 0.5,
  linked: 0.35,
};

const VIA: Record<Via, number> = { name: 1, title: 0.95, possessor: 0.8, clause: 0.8, coref: 0.8 };

/**
 * An intention ("will visit", "is expected to meet", "invited X to visit")
 * is read right far less often than an event: whose intention it is and
 * whether it is one are open (a planned meeting called off, an invitation
 * read as the invitee's wish), so it stays below an analyst's 0.6.
 */
const PLANNED = 0.8;

/** a lexicon class whose sign depends on what it is about ("urged X to …", "concern over X") */
const UNCERTAIN = 0.8;

export function confidenceOf(shape: Shape, via: Via, hedged: boolean, planned = false, uncertain = false): number {
  const c = SHAPE[shape] * VIA[via] * (hedged ? 0.9 : 1) * (planned ? PLANNED : 1) * (uncertain ? UNCERTAIN : 1);
  return Math.round(c * 100) / 100;
}

/**
 * What the rules' confidence owes to how sure the reading is rather than to
 * its shape: the factors of its ends, hedge, plan and uncertain class (1 for a
 * plain reading of named ends). The learned confidence keeps it.
 */
export function certaintyOf(r: { reading: string; confidence: number }): number {
  const shape = r.reading.split('/')[0] as Shape;
  return Math.min(1, r.confidence / SHAPE[shape]);
}

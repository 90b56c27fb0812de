/**
 * The drafted confidence of the rules' relations, learned: the rules decide
 * what is drafted (ends, type, sign); the pair model (pair-model.ts) says how
 * likely the rules' sign is for that ordered pair of actors, and the
 * calibration chosen by leave-one-article-out cross-validation on the tune
 * articles maps that probability, with the rules' own confidence
 * (confidence.ts), to the number an analyst filters on
 * (docs/relations-confidence.md). Meetings keep the rules' confidence.
 */
import type { ParsedDocument } from '../parse/document.js';
import type { MentionIndex } from '../parse/mention-index.js';
import type { Quote } from '../speech/index.js';
import { candidates, pairKey, type Candidate } from './pair-candidates.js';
import { ruleIndex, signOf, type QuoteAt } from './pair-features.js';
import { SHAPE, certaintyOf } from './confidence.js';
import { PAIR_CLASSES, classProbabilities, pairModel, type PairModel } from './pair-model.js';
import type { ExtractedRelation } from './types.js';

/** a meeting's confidence stays the rules': the learned one was not better for them */
const keepsRulesConfidence = (r: ExtractedRelation): boolean => r.meeting || r.type === 'MET';

/** the quote or reported clause an offset sits in (the innermost, a direct quote before a reported clause) */
export function quoteLookup(quotes: readonly Pick<Quote, 'start' | 'end' | 'direct'>[]): QuoteAt {
  return (offset) => {
    let found: 'direct' | 'reported' | undefined;
    for (const q of quotes)
      if (offset >= q.start && offset < q.end) {
        if (q.direct) return 'direct';
        found = 'reported';
      }
    return found;
  };
}

/**
 * The model's probability of the relation's sign for its ordered pair of
 * actors (either order for a symmetric relation): the highest over the
 * sentences that pair them, 0 when no sentence does within reach.
 */
export function signProbability(
  weights: PairModel['weights'],
  cands: readonly Candidate[],
  r: Pick<ExtractedRelation, 'source' | 'target' | 'polarity' | 'symmetric'>,
): number {
  const k = PAIR_CLASSES.indexOf(signOf(r.polarity));
  let best = 0;
  for (const c of cands) {
    const same = c.a.m.actorId === r.source.actorId && c.b.m.actorId === r.target.actorId;
    const back = r.symmetric && c.a.m.actorId === r.target.actorId && c.b.m.actorId === r.source.actorId;
    if (same || back) best = Math.max(best, classProbabilities(weights, c.features)[k]!);
  }
  return best;
}

const EPS = 1e-4;
export const logit = (p: number): number => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};

const SHAPE_LOW = Math.min(...Object.values(SHAPE));
const SHAPE_HIGH = Math.max(...Object.values(SHAPE));

/** the confidence of a relation the rules read, given the model's probability p of its sign for its pair */
export function combined(
  model: Pick<PairModel, 'combine' | 'calibration'>,
  p: number,
  r: Pick<ExtractedRelation, 'reading' | 'confidence'>,
): number {
  const { a, b, c } = model.calibration;
  const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
  let v: number;
  switch (model.combine) {
    case 'p':
      v = p;
      break;
    case 'platt':
      v = sigmoid(a * logit(p) + c);
      break;
    case 'blend':
      v = sigmoid(a * logit(p) + b * r.confidence + c);
      break;
    case 'shape':
      v = certaintyOf(r) * Math.min(SHAPE_HIGH, Math.max(SHAPE_LOW, p));
      break;
    default: {
      const never: never = model.combine;
      throw new Error(`unknown combination ${String(never)}`);
    }
  }
  return Math.round(v * 100) / 100;
}

/** the rules' relations with the learned confidence (meetings unchanged); ends, types and signs untouched */
export function withLearnedConfidence(
  doc: ParsedDocument,
  index: MentionIndex,
  relations: readonly ExtractedRelation[],
  quotes: readonly Quote[],
  model: PairModel = pairModel(),
): ExtractedRelation[] {
  const scored = relations.filter((r) => !keepsRulesConfidence(r));
  if (scored.length === 0) return [...relations];
  const wanted = new Set<string>();
  for (const r of scored) {
    wanted.add(pairKey(r.source.actorId, r.target.actorId));
    if (r.symmetric) wanted.add(pairKey(r.target.actorId, r.source.actorId));
  }
  const cands = candidates(doc, index, ruleIndex(doc, relations), quoteLookup(quotes), wanted);
  return relations.map((r) =>
    keepsRulesConfidence(r) ? r : { ...r, confidence: combined(model, signProbability(model.weights, cands, r), r) },
  );
}

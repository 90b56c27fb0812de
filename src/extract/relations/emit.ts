/** From frames to relations: the pairs of ends that fit, their modality and confidence, one per article. */
import { RELATION_TYPES, type RelationTypeInfo } from '../../domain/vocabulary.js';
import type { Sentence } from '../parse/document.js';
import type { Quote } from '../speech/index.js';
import type { End } from './arguments.js';
import { confidenceOf } from './confidence.js';
import { uncertainEntry } from './lexicon.js';
import type { ExtractedRelation, Reading, Shape, Via } from './types.js';
import type { Frame, HomeOf } from './frame.js';
import { isEncounter } from './meetings.js';

/** verbs of arriving somewhere */
const ARRIVE = new Set(['arrive', 'land', 'stop']);

/** verbs of departure: leaving a body is drifting from it, leaving a city or a country is only travel ("Putin left Astana") */
const DEPART = new Set(['leave', 'quit', 'exit', 'depart']);

/** nouns of a standing both sides hold ("X is Y's partner" says Y is X's too): matched either way round */
const MUTUAL = new Set(['partner', 'ally', 'friend', 'neighbour', 'neighbor', 'brother']);

/**
 * Whether an end fits the relation's type: one is a member only of a body
 * ("joined Putin at the parade" is company), leaves only a body as a break
 * ("left Astana" is travel), and does not visit or meet the country one
 * serves ("returned to Kazakhstan" is going home).
 */
function fits(s: Sentence, f: Frame, src: End, tgt: End, homeOf: HomeOf): boolean {
  if (f.type === 'MEMBER_OF') return tgt.m.kind === 'Organization';
  if (f.type === 'DRIFTING_FROM' && DEPART.has(s.token(f.pred).lemma.toLowerCase()))
    return tgt.m.kind === 'Organization';
  // a visit is to a state, a body or a region: a city that is not a seat of power names no one visited ("visited Xi'an"),
  // and one arrives in a place, not at a person ("arrived at the invitation of X")
  if (f.type === 'VISITED' && tgt.m.kind === 'Region' && (s.token(tgt.tok).ner === 'CITY' || !tgt.m.known))
    return false;
  if (f.type === 'VISITED' && tgt.m.kind === 'Person' && ARRIVE.has(s.token(f.pred).lemma.toLowerCase())) return false;
  if (f.type === 'VISITED' && src.m.kind === 'Person') return homeOf(src.m.actorId) !== tgt.m.actorId;
  // one does not meet the state one serves ("Putin held talks in Moscow")
  if (f.type === 'MET' && src.m.kind === 'Person' && tgt.m.kind === 'Country')
    return homeOf(src.m.actorId) !== tgt.m.actorId;
  return true;
}

export function emit(s: Sentence, f: Frame, speech: readonly Quote[], homeOf: HomeOf): ExtractedRelation[] {
  const at = s.token(f.pred).start;
  const carrier = speech.find((q) => q.speaker && at >= q.start && at <= q.end);
  const pairs: [End, End][] = [];
  if (f.pairs)
    for (let a = 0; a < f.pairs.length; a++)
      for (let b = a + 1; b < f.pairs.length; b++) pairs.push([f.pairs[a]!, f.pairs[b]!]);
  else for (const src of f.sources) for (const tgt of f.targets) pairs.push([src, tgt]);
  // "X hosted A and B": the guests received together sit with one another as well as with their host
  const guests: [End, End][] = [];
  if (f.together)
    for (let a = 0; a < f.targets.length; a++)
      for (let b = a + 1; b < f.targets.length; b++) guests.push([f.targets[a]!, f.targets[b]!]);
  const out: ExtractedRelation[] = [];
  for (const [src, tgt, together] of [
    ...pairs.map(([a, b]) => [a, b, false] as const),
    ...guests.map(([a, b]) => [a, b, true] as const),
  ]) {
    if (src.m.actorId === tgt.m.actorId || !fits(s, f, src, tgt, homeOf)) continue;
    // guests to be hosted together ("will host the two leaders") have no intention of their own towards one another
    if (together && (f.modality.planned || f.modality.negated || f.modality.hedged)) continue;
    let type = together ? 'MET' : f.type;
    let { negated } = f.modality;
    const { hedged, planned, failed, refused } = f.modality;
    // "failed to help X": the help did not come
    if (failed && RELATION_TYPES[type].polarity > 0) {
      type = 'FAILED_TO_SUPPORT';
      negated = false;
    }
    // "refused to meet X", "declined to send troops to X": a cooperation turned down rejects the other side
    if (refused && negated && RELATION_TYPES[type].polarity > 0) {
      type = 'REJECTED';
      negated = false;
    }
    // An intention to meet or visit is an intent to cooperate (CAMEO 036), not an event.
    if (
      planned &&
      !negated &&
      (type === 'MET' || type === 'VISITED' || type === 'HOSTED' || type === 'NEGOTIATED_WITH')
    )
      type = 'SEEKS_COOPERATION_WITH';
    const info = RELATION_TYPES[type] as RelationTypeInfo;
    const via = worst(src.via, tgt.via);
    const tokens = [f.pred, src.tok, tgt.tok].map((i) => s.token(i));
    const evidenceStart = Math.min(
      ...tokens.map((t) => t.start),
      src.m.start >= s.start ? src.m.start : Infinity,
      tgt.m.start >= s.start ? tgt.m.start : Infinity,
    );
    const evidenceEnd = Math.max(
      ...tokens.map((t) => t.end),
      src.m.end <= s.end ? src.m.end : 0,
      tgt.m.end <= s.end ? tgt.m.end : 0,
    );
    const meeting = isEncounter(type, { negated, hedged, planned, remote: f.remote === true }, src.m, tgt.m, {
      s,
      pred: f.pred,
      sides: together ? f.targets.length + 1 : (f.pairs?.length ?? 2),
    });
    out.push({
      type,
      source: src.m,
      target: tgt.m,
      claimant: carrier?.speaker ?? null,
      evidenceStart,
      evidenceEnd,
      polarity: negated ? 0 : info.polarity,
      hedged: hedged || (planned && type !== 'SEEKS_COOPERATION_WITH'),
      negated,
      planned,
      meeting,
      symmetric:
        info.symmetric === true ||
        f.mutual === true ||
        together ||
        (f.entry.startsWith('noun:') && MUTUAL.has(s.token(f.pred).lemma.toLowerCase())),
      reading: readingOf(together ? 'frame' : f.shape, together && via === 'name' ? 'clause' : via),
      entry: f.entry,
      confidence: together
        ? confidenceOf('frame', via, hedged, planned)
        : confidenceOf(f.shape, via, hedged, planned, uncertainEntry(f.entry)),
    });
  }
  return out;
}

const readingOf = (shape: Shape, via: Via): Reading => (via === 'name' ? shape : `${shape}/${via}`);

const RANK: Record<Via, number> = { name: 0, title: 1, possessor: 2, clause: 3, coref: 4 };

const worst = (a: Via, b: Via): Via => (RANK[a] >= RANK[b] ? a : b);

/**
 * One relation per article for each type, ends (either way round for a
 * symmetric one), claimant and denial: an article that says it twice
 * asserts it once. The surest reading stands.
 */
export function dedupe(relations: ExtractedRelation[]): ExtractedRelation[] {
  const best = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    const ends = r.symmetric
      ? [r.source.actorId, r.target.actorId].sort().join(' ')
      : `${r.source.actorId} ${r.target.actorId}`;
    const key = `${r.type} ${ends} ${r.claimant?.actorId ?? ''} ${r.negated}`;
    const seen = best.get(key);
    if (!seen || r.confidence > seen.confidence) best.set(key, r);
  }
  return [...best.values()].sort((a, b) => a.evidenceStart - b.evidenceStart);
}

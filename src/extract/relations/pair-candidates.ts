/**
 * The candidate pairs of an article for the learned pair model: every
 * ordered pair of actor ends of one sentence within MAX_PATH arcs of the
 * basic tree, with its features (pair-features.ts). Ends are a mention's
 * head token, or a pronoun or nominal that coreference resolves to an actor.
 */
import type { Mention } from '../actors/mention.js';
import type { ParsedDocument, Sentence } from '../parse/document.js';
import type { MentionIndex } from '../parse/mention-index.js';
import { pairFeatures, type End, type QuoteAt, type RuleIndex } from './pair-features.js';

/** an ordered pair of actors, as `wanted` holds it */
export const pairKey = (source: string, target: string): string => `${source}|${target}`;

export interface Candidate {
  sentence: number;
  a: End;
  b: End;
  features: string[];
}

/** the head token of a mention's span: the one whose governor lies outside it */
function headOf(s: Sentence, m: Mention): number | undefined {
  const inside = s.tokens.filter((t) => t.start >= m.start && t.end <= m.end).map((t) => t.i);
  return inside.find((i) => {
    const g = s.head(i)?.gov ?? 0;
    return g === 0 || !inside.includes(g);
  });
}

function endsOf(s: Sentence, index: MentionIndex): End[] {
  const ends: End[] = [];
  for (const m of index.within(s, 1, s.tokens.length)) {
    const tok = headOf(s, m);
    if (tok !== undefined) ends.push({ tok, m, via: 'name' });
  }
  for (const t of s.tokens) {
    if (!/^(?:PRP\$?|NNS?)$/.test(t.pos) || index.at(s, t.i)) continue;
    const m = index.resolve(s, t.i);
    if (m) ends.push({ tok: t.i, m, via: 'coref' });
  }
  return ends;
}

/**
 * The candidates of an article; with `wanted`, only the ordered pairs of
 * actors it holds ("source|target"), which is all the confidence needs.
 */
export function candidates(
  doc: ParsedDocument,
  index: MentionIndex,
  rules: RuleIndex,
  quoteAt: QuoteAt,
  wanted?: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const ends = endsOf(s, index);
    if (wanted && !ends.some((a) => ends.some((b) => wanted.has(pairKey(a.m.actorId, b.m.actorId))))) continue;
    for (const a of ends)
      for (const b of ends) {
        if (a.m.actorId === b.m.actorId || a.tok === b.tok) continue;
        if (wanted && !wanted.has(pairKey(a.m.actorId, b.m.actorId))) continue;
        const features = pairFeatures(s, a, b, rules, quoteAt);
        if (features) out.push({ sentence: s.index, a, b, features });
      }
  }
  return out;
}

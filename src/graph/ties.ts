/**
 * The actor-to-actor projection, kept in step with the evidence edges inside
 * the import transaction. An article is always written or removed whole, so
 * adding its edges grouped per (source, target, type) is exact: `sources`
 * (articles asserting the tie) moves by one per article and group, and the
 * removal side (cypher/import/remove-ties) mirrors the same grouping.
 */
import { MODALITY_WEIGHT, tieTypeOf } from '../domain/vocabulary.js';
import type { ArticlePlan } from './plan-types.js';

/** What a batch of articles adds to one tie. */
interface TieDelta {
  sourceId: string;
  targetId: string;
  type: string;
  tieType: string;
  count: number;
  sources: number;
  polaritySum: number;
  score: number;
  /** earliest and latest effective date (event date, else publication date), ISO */
  firstDate: string | null;
  lastDate: string | null;
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a <= b ? a : b;
}
function later(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a >= b ? a : b;
}

/** The tie deltas of a batch of articles, one per tie however many articles touch it. */
export function tieDeltas(plans: readonly ArticlePlan[]): TieDelta[] {
  const ties = new Map<string, TieDelta>();
  for (const plan of plans) {
    const seen = new Set<string>();
    for (const e of plan.edges) {
      const key = `${e.sourceId}\u0000${e.targetId}\u0000${e.type}`;
      const date = e.date ?? plan.article.publishedAt;
      let tie = ties.get(key);
      if (!tie) {
        tie = {
          sourceId: e.sourceId,
          targetId: e.targetId,
          type: e.type,
          tieType: tieTypeOf(e.type),
          count: 0,
          sources: 0,
          polaritySum: 0,
          score: 0,
          firstDate: null,
          lastDate: null,
        };
        ties.set(key, tie);
      }
      tie.count += 1;
      if (!seen.has(key)) {
        seen.add(key);
        tie.sources += 1;
      }
      tie.polaritySum += e.polarity;
      tie.score += e.polarity * MODALITY_WEIGHT[e.modality];
      tie.firstDate = earlier(tie.firstDate, date);
      tie.lastDate = later(tie.lastDate, date);
    }
  }
  return [...ties.values()];
}

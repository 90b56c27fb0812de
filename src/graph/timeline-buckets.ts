/**
 * A dyad's timeline in months: one TimelineBucket per (dyad, relation type,
 * month of effectiveDate) holding how many edges fall in it and the sum of
 * their modality-weighted polarity, and one more per (dyad, month) over every
 * type (type ALL_TYPES), kept in the import transaction beside the ties
 * (cypher/import/add-buckets, remove-buckets). The trend finds the month of a
 * dyad's middle entry from these counts and reads that month's edges only,
 * instead of every edge of the dyad (queries/relation-timeline-recent). The
 * all-types buckets are what a timeline of every type (the default) reads: at
 * most one per month, where the per-type ones are up to one per type and month
 * (2,248 for the bench's hub dyad at 1M edges, for 5,024 edges).
 */
import { MODALITY_WEIGHT } from '../domain/vocabulary.js';
import type { ArticlePlan } from './plan-types.js';

/** What a batch of articles adds to one bucket. The ends are in either order: Cypher orders them into the dyad key. */
interface BucketDelta {
  aId: string;
  bId: string;
  type: string;
  /** first day of the month of the edge's effective date (its date, else the article's), ISO; null when it has neither */
  month: string | null;
  count: number;
  weight: number;
}

/** The type of the buckets that count every type (schema/010); no relation type is spelled so. */
const ALL_TYPES = '*';

/** The bucket deltas of a batch of articles, one per bucket however many edges and articles fall in it. */
export function bucketDeltas(plans: readonly ArticlePlan[]): BucketDelta[] {
  const buckets = new Map<string, BucketDelta>();
  for (const plan of plans)
    for (const e of plan.edges) {
      const [aId, bId] = e.sourceId <= e.targetId ? [e.sourceId, e.targetId] : [e.targetId, e.sourceId];
      const date = e.date ?? plan.article.publishedAt;
      // Dates are checked YYYY-MM-DD before they get here (domain/dates.ts).
      const month = date === null ? null : `${date.slice(0, 7)}-01`;
      for (const type of [e.type, ALL_TYPES]) {
        const key = `${aId}\u0000${bId}\u0000${type}\u0000${month ?? ''}`;
        let bucket = buckets.get(key);
        if (!bucket) {
          bucket = { aId, bId, type, month, count: 0, weight: 0 };
          buckets.set(key, bucket);
        }
        bucket.count += 1;
        bucket.weight += e.polarity * MODALITY_WEIGHT[e.modality];
      }
    }
  return [...buckets.values()];
}

/**
 * What each edge of an article attests: its proposition key, the date it is
 * placed at, and the outlet it counts as a source for.
 */
import { propositionKey } from '../domain/propositions.js';
import type { AttestationRow, ClaimRow, EdgeRow, EventRow } from '../graph/plan-types.js';

export function attestationRows(
  articleId: string,
  outletId: string,
  publishedAt: string | null,
  events: EventRow[],
  claims: ClaimRow[],
  edges: EdgeRow[],
): AttestationRow[] {
  // An article without a publication date is placed at the latest event it reports.
  const eventDates = events
    .map((e) => e.date)
    .filter((d): d is string => d !== null)
    .sort();
  const articleDate = publishedAt ?? eventDates.at(-1) ?? null;
  const relayOf = new Map(claims.map((c) => [c.id, c.viaIds.at(-1)]));
  return edges.map((e) => ({
    id: e.id,
    key: propositionKey(e.type, e.sourceId, e.targetId, e.modality).key,
    articleId,
    claimId: e.claimId,
    type: e.type,
    sourceId: e.sourceId,
    targetId: e.targetId,
    date: e.date ?? articleDate,
    reportedAt: publishedAt,
    assertedBy: e.assertedBy,
    outletId: (e.claimId === null ? undefined : relayOf.get(e.claimId)) ?? outletId,
    modality: e.modality,
    polarity: e.polarity,
    evidence: e.evidence,
    confidence: e.confidence,
    sentenceIndex: e.sentenceIndex,
    start: e.start,
    end: e.end,
  }));
}

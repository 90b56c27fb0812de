/**
 * The rows one article becomes: plain data, already resolved and checked, in
 * the shape the import Cypher UNWINDs. Dates are ISO strings here; Cypher
 * turns them into Neo4j DATE values.
 */
import type { ActorKind, Modality, RelationType } from '../domain/vocabulary.js';

export interface ActorRow {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  nameKey: string;
  /** folded aliases, demonyms and seats, for look-ups by name */
  aliasKeys: string[];
  /** name and aliases in one string, for the full-text index */
  searchText: string;
  wikidataId: string | null;
  /** how sure the extractor was that this new actor exists and is of this kind; null for curated actors */
  confidence: number | null;
}

export interface RoleRow {
  personId: string;
  ofId: string;
  title: string;
  since: string | null;
  until: string | null;
}

interface ArticleRow {
  id: string;
  url: string | null;
  title: string;
  outletId: string;
  authorId: string | null;
  publishedAt: string | null;
  language: string;
  text: string;
  textHash: string;
  sentences: string[];
  /** a machine draft, and whether an analyst has reviewed it */
  extracted: boolean;
  reviewed: boolean | null;
}

export interface Anchor {
  sentenceIndex: number;
  start: number;
  end: number;
}

interface Extracted {
  /** the extractor's confidence (0–1); null for hand annotations */
  confidence: number | null;
}

export interface EventRow {
  id: string;
  kind: string;
  name: string;
  date: string | null;
  placeId: string | null;
  participantIds: string[];
}

export interface StatementRow extends Anchor, Extracted {
  id: string;
  speakerId: string;
  direct: boolean;
  text: string;
  date: string | null;
  occasionId: string | null;
  mediumId: string | null;
  aboutIds: string[];
}

export interface ClaimRow extends Anchor, Extracted {
  id: string;
  claimantId: string;
  subjectId: string;
  predicate: RelationType;
  objectId: string;
  modality: Modality;
  text: string;
  statementId: string | null;
  viaIds: string[];
  date: string | null;
}

export interface EdgeRow extends Anchor, Extracted {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  assertedBy: string;
  modality: Modality;
  polarity: number;
  date: string | null;
  claimId: string | null;
  statementId: string | null;
  eventId: string | null;
  evidence: string;
}

/** One report of a proposition: an edge, with the date and source it is counted under. */
export interface AttestationRow extends Anchor, Extracted {
  /** the edge's id */
  id: string;
  /** the proposition key (src/domain/propositions.ts) */
  key: string;
  articleId: string;
  claimId: string | null;
  type: RelationType;
  sourceId: string;
  targetId: string;
  /** when it happened: the edge's date, else the article's publication date, else the latest event the article reports */
  date: string | null;
  reportedAt: string | null;
  assertedBy: string;
  /** the outlet that originally reported it: the claim's last relay (nearest the claimant), else the article's outlet */
  outletId: string;
  modality: Modality;
  polarity: number;
  evidence: string;
}

export interface CitationRow {
  id: string;
  outletId: string;
  authorId: string | null;
  title: string | null;
  url: string | null;
}

export interface ArticlePlan {
  article: ArticleRow;
  /** every actor the article touches, gazetteer or its own */
  actors: ActorRow[];
  /** ids of actors the article defines itself (new to the gazetteer) */
  newActorIds: string[];
  /** roles the article gives its own actors (matched against known actors' roles) */
  ownRoles: RoleRow[];
  mentionIds: string[];
  events: EventRow[];
  statements: StatementRow[];
  claims: ClaimRow[];
  edges: EdgeRow[];
  citations: CitationRow[];
  /** one per edge: what the edge attests, for grouping reports into propositions */
  attestations: AttestationRow[];
  /** hash of everything above: equal hashes mean a re-import would change nothing */
  planHash: string;
}

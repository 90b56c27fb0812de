/**
 * What the data layer hands to resolvers: plain objects with ids where the
 * schema has references, resolved lazily (and in batches) by the loaders.
 * Each is decoded from its query's rows in rows/entities.ts.
 */
import type { Modality, RelationType } from '../domain/vocabulary.js';

export interface ActorDTO {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  wikidataId: string | null;
}
export interface RelationDTO {
  id: string;
  type: RelationType;
  polarity: number;
  sourceId: string;
  targetId: string;
  date: string | null;
  reportedAt: string | null;
  modality: Modality;
  assertedById: string;
  claimId: string | null;
  statementId: string | null;
  articleId: string;
  sentenceIndex: number;
  evidence: string;
  confidence: number | null;
  /** the actor whose relations were asked for, to resolve `counterpart` */
  perspectiveId?: string;
}
export interface StatementDTO {
  id: string;
  text: string;
  direct: boolean;
  date: string | null;
  speakerId: string;
  occasionId: string | null;
  mediumId: string | null;
  aboutIds: string[];
  articleId: string;
  sentenceIndex: number;
  confidence: number | null;
}
export interface ClaimDTO {
  id: string;
  text: string;
  predicate: string;
  modality: Modality;
  date: string | null;
  claimantId: string;
  subjectId: string;
  objectId: string;
  statementId: string | null;
  outletId: string | null;
  viaIds: string[];
  articleId: string;
  sentenceIndex: number;
  confidence: number | null;
}
export interface ArticleDTO {
  id: string;
  url: string | null;
  /** null for a stub (an article only cited, never imported) whose citation gave no title */
  title: string | null;
  publishedAt: string | null;
  /** null for a stub */
  language: string | null;
  /** null for a stub */
  text: string | null;
  stub: boolean;
  extracted: boolean;
  reviewed: boolean | null;
  outletId: string | null;
  authorId: string | null;
}
export interface EventDTO {
  id: string;
  kind: string;
  name: string;
  date: string | null;
  placeId: string | null;
  participantIds: string[];
}
export interface RoleDTO {
  title: string;
  ofId: string;
  since: string | null;
  until: string | null;
}
export interface NeighborDTO {
  id: string;
  distance: number;
  via: string[];
  /** read with the neighbourhood, so the page needs no second look-up of its actors */
  actor: ActorDTO;
}
export interface ArticlePartsDTO {
  actorIds: string[];
  statementIds: string[];
  claimIds: string[];
  citedIds: string[];
}
export interface PropositionDTO {
  id: string;
  stance: 'asserted' | 'denied';
  family: string;
  subjectId: string;
  objectId: string;
  symmetric: boolean;
  types: string[];
  polarity: number;
  firstDate: string | null;
  lastDate: string | null;
  attestationCount: number;
  independentSources: number;
  sources: string[];
  outlets: string[];
  contested: boolean;
}
export interface AttestationDTO {
  id: string;
  claimId: string | null;
  articleId: string;
  assertedById: string;
  outletId: string;
  type: string;
  modality: Modality;
  date: string | null;
  evidence: string;
  sentenceIndex: number;
  confidence: number | null;
}
export interface ContradictionDTO {
  propositionId: string;
  reason: string;
  strength: number;
}
/** A search hit as SearchHit's resolvers get it: the entity, tagged with its schema type. */
export type SearchHitParent = (StatementDTO & { __typename: 'Statement' }) | (ClaimDTO & { __typename: 'Claim' });

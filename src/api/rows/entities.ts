/** Decoders of the maps the queries return for each entity, one per DTO. */
import { MODALITIES, RELATION_TYPE_NAMES, type RelationType } from '../../domain/vocabulary.js';
import type {
  ActorDTO,
  ArticleDTO,
  ArticlePartsDTO,
  AttestationDTO,
  ClaimDTO,
  ContradictionDTO,
  EventDTO,
  NeighborDTO,
  PropositionDTO,
  RelationDTO,
  RoleDTO,
  StatementDTO,
} from '../dto.js';
import {
  boolean,
  list,
  map,
  nullable,
  number,
  object,
  oneOf,
  string,
  withDefault,
  type Decoder,
} from '../../graph/row-decode.js';

const strings = list(string);
const date = nullable(string);
const modality = oneOf(...MODALITIES);

const relationType: Decoder<RelationType> = oneOf(...RELATION_TYPE_NAMES);

export const actor: Decoder<ActorDTO> = object<ActorDTO>({
  id: string,
  name: string,
  kind: string,
  aliases: strings,
  wikidataId: nullable(string),
});

// perspectiveId is the resolver's, not the graph's: the actor whose relations were asked for.
export const relation: Decoder<RelationDTO> = object<Omit<RelationDTO, 'perspectiveId'>>({
  id: string,
  type: relationType,
  polarity: number,
  sourceId: string,
  targetId: string,
  date,
  reportedAt: date,
  modality,
  assertedById: string,
  claimId: nullable(string),
  statementId: nullable(string),
  articleId: string,
  sentenceIndex: number,
  evidence: string,
  confidence: nullable(number),
});

export const statement: Decoder<StatementDTO> = object<StatementDTO>({
  id: string,
  text: string,
  direct: boolean,
  date,
  speakerId: string,
  occasionId: nullable(string),
  mediumId: nullable(string),
  aboutIds: strings,
  articleId: string,
  sentenceIndex: number,
  confidence: nullable(number),
});

export const claim: Decoder<ClaimDTO> = object<ClaimDTO>({
  id: string,
  text: string,
  predicate: string,
  modality,
  date,
  claimantId: string,
  subjectId: string,
  objectId: string,
  statementId: nullable(string),
  outletId: nullable(string),
  viaIds: strings,
  articleId: string,
  sentenceIndex: number,
  confidence: nullable(number),
});

export const article: Decoder<ArticleDTO> = object<ArticleDTO>({
  id: string,
  url: nullable(string),
  title: nullable(string),
  publishedAt: date,
  language: nullable(string),
  text: nullable(string),
  stub: boolean,
  extracted: boolean,
  reviewed: nullable(boolean),
  outletId: nullable(string),
  authorId: nullable(string),
});

export const event: Decoder<EventDTO> = object<EventDTO>({
  id: string,
  kind: string,
  name: string,
  date,
  placeId: nullable(string),
  participantIds: strings,
});

export const role: Decoder<RoleDTO> = object<RoleDTO>({ title: string, ofId: string, since: date, until: date });

export const neighbor: Decoder<NeighborDTO> = object<NeighborDTO>({
  id: string,
  distance: number,
  via: strings,
  actor,
});

export const articleParts: Decoder<ArticlePartsDTO> = object<ArticlePartsDTO>({
  actorIds: strings,
  statementIds: strings,
  claimIds: strings,
  citedIds: strings,
});

export const proposition: Decoder<PropositionDTO> = object<PropositionDTO>({
  id: string,
  stance: oneOf('asserted', 'denied'),
  family: string,
  subjectId: string,
  objectId: string,
  symmetric: withDefault(boolean, false),
  types: strings,
  polarity: number,
  firstDate: date,
  lastDate: date,
  attestationCount: number,
  independentSources: number,
  sources: strings,
  outlets: strings,
  contested: withDefault(boolean, false),
});

// The query names the asserting actor `assertedBy`, as the Attestation node stores it.
export const attestation: Decoder<AttestationDTO> = map(
  object<Omit<AttestationDTO, 'assertedById'> & { assertedBy: string }>({
    id: string,
    claimId: nullable(string),
    articleId: string,
    assertedBy: string,
    outletId: string,
    type: string,
    modality,
    date,
    evidence: string,
    sentenceIndex: number,
    confidence: nullable(number),
  }),
  ({ assertedBy, ...rest }) => ({ ...rest, assertedById: assertedBy }),
);

export const contradiction: Decoder<ContradictionDTO> = object<ContradictionDTO>({
  propositionId: string,
  reason: string,
  strength: number,
});

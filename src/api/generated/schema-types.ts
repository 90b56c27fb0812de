// Generated from schema.graphql by `npm run schema:types`. Do not edit.

export type ActorKind = 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'MEDIA' | 'REGION';
export type ArticleFormat = 'YAML' | 'JSON';
export type ContradictionReason = 'SELF_DENIAL' | 'DENIAL' | 'OPPOSITE_POLARITY';
/** scalar Date */
export type DateScalar = string;
export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';
export type Modality = 'ASSERTED' | 'HEDGED' | 'DENIED';
export type PathVia = 'ROLES' | 'STATEMENTS' | 'EVENTS';
export type PolarityFamily = 'ENGAGEMENT' | 'COOPERATION' | 'ESTRANGEMENT' | 'COERCION' | 'MEMBERSHIP';
export type RelationType = 'MET' | 'VISITED' | 'HOSTED' | 'NEGOTIATED_WITH' | 'REASSURED' | 'SIGNED_AGREEMENT_WITH' | 'SEEKS_COOPERATION_WITH' | 'TRADES_WITH' | 'ALIGNING_WITH' | 'SUPPORTED' | 'RELATIONS_IMPROVING' | 'MEMBER_OF' | 'COMPLIES_WITH_SANCTIONS_AGAINST' | 'SANCTIONED' | 'CRITICIZED' | 'REJECTED' | 'FAILED_TO_SUPPORT' | 'DRIFTING_FROM' | 'RELATIONS_WORSENING' | 'LOSING_INFLUENCE_OVER' | 'THREATENED' | 'INVADED';
export type Stance = 'ASSERTED' | 'DENIED';
export type TimelineWeighting = 'MODALITY' | 'CORROBORATION';
export type Trend = 'IMPROVING' | 'WORSENING' | 'STABLE';

export interface ActorRelationsArgs {
  types?: ReadonlyArray<RelationType> | null;
  direction: Direction | null;
  counterpart?: string | null;
  since?: string | null;
  until?: string | null;
  first: number | null;
}
export interface ActorStatementsArgs {
  first: number | null;
}
export interface ActorClaimsMadeArgs {
  first: number | null;
}
export interface ActorClaimsAboutArgs {
  first: number | null;
}
export interface ActorRolesArgs {
  at?: string | null;
}
export interface ActorMentionedInArgs {
  first: number | null;
}
export interface ActorNeighborsArgs {
  depth: number | null;
  types?: ReadonlyArray<RelationType> | null;
  first: number | null;
}
export interface MutationImportArticleArgs {
  article: string;
  format: ArticleFormat | null;
}
export interface QueryActorArgs {
  id?: string | null;
  name?: string | null;
}
export interface QueryActorsArgs {
  search?: string | null;
  kind?: ActorKind | null;
  first: number | null;
  after?: string | null;
}
export interface QueryRelationTimelineArgs {
  a: string;
  b: string;
  types?: ReadonlyArray<RelationType> | null;
  weighting: TimelineWeighting | null;
  first: number | null;
  after?: string | null;
}
export interface QueryPropositionsArgs {
  about?: string | null;
  between?: ReadonlyArray<string> | null;
  contested?: boolean | null;
  minIndependentSources: number | null;
  first: number | null;
  after?: string | null;
}
export interface QueryPathArgs {
  from: string;
  to: string;
  maxHops: number | null;
  types?: ReadonlyArray<RelationType> | null;
  via: ReadonlyArray<PathVia> | null;
  at?: string | null;
  first: number | null;
}
export interface QueryStatementsArgs {
  speaker?: string | null;
  about?: string | null;
  since?: string | null;
  until?: string | null;
  text?: string | null;
  first: number | null;
  after?: string | null;
}
export interface QueryClaimsArgs {
  about?: string | null;
  claimant?: string | null;
  predicate?: RelationType | null;
  modality?: Modality | null;
  first: number | null;
  after?: string | null;
}
export interface QueryArticlesArgs {
  outlet?: string | null;
  since?: string | null;
  until?: string | null;
  first: number | null;
  after?: string | null;
}
export interface QueryArticleArgs {
  id: string;
}
export interface QuerySearchArgs {
  text: string;
  first: number | null;
  after?: string | null;
}

/** Every object type and its field names: resolver maps may only name these. */
export interface SchemaFields {
  Actor: 'id' | 'name' | 'kind' | 'aliases' | 'wikidataId' | 'sameAs' | 'relations' | 'statements' | 'claimsMade' | 'claimsAbout' | 'roles' | 'mentionedIn' | 'neighbors';
  ActorConnection: 'totalCount' | 'pageInfo' | 'nodes';
  Article: 'id' | 'url' | 'title' | 'outlet' | 'author' | 'publishedAt' | 'language' | 'text' | 'actors' | 'statements' | 'claims' | 'relations' | 'cites' | 'extracted' | 'reviewed';
  ArticleConnection: 'totalCount' | 'pageInfo' | 'nodes';
  Attestation: 'id' | 'relation' | 'claim' | 'article' | 'assertedBy' | 'outlet' | 'type' | 'modality' | 'date' | 'evidence' | 'sentence' | 'confidence';
  Claim: 'id' | 'text' | 'subject' | 'predicate' | 'object' | 'modality' | 'claimant' | 'statement' | 'attribution' | 'date' | 'article' | 'sentence' | 'confidence' | 'proposition';
  ClaimConnection: 'totalCount' | 'pageInfo' | 'nodes';
  Contradiction: 'proposition' | 'reason' | 'strength';
  Event: 'id' | 'kind' | 'name' | 'date' | 'place' | 'participants';
  ImportResult: 'articleId' | 'outcome' | 'newActors' | 'nodesCreated' | 'relationshipsCreated';
  Mutation: 'importArticle';
  Neighbor: 'actor' | 'distance' | 'via';
  PageInfo: 'hasNextPage' | 'endCursor';
  Path: 'length' | 'hops';
  PathHop: 'from' | 'to' | 'kind' | 'relation' | 'statement' | 'event' | 'role';
  Proposition: 'id' | 'stance' | 'family' | 'subject' | 'object' | 'symmetric' | 'types' | 'polarity' | 'firstDate' | 'lastDate' | 'attestationCount' | 'independentSources' | 'sources' | 'outlets' | 'contested' | 'attestations' | 'contradictions';
  PropositionConnection: 'totalCount' | 'pageInfo' | 'nodes';
  Query: 'actor' | 'actors' | 'relationTimeline' | 'propositions' | 'path' | 'statements' | 'claims' | 'articles' | 'article' | 'search';
  Relation: 'id' | 'type' | 'polarity' | 'source' | 'target' | 'counterpart' | 'date' | 'reportedAt' | 'modality' | 'assertedBy' | 'claim' | 'statement' | 'article' | 'sentence' | 'evidence' | 'confidence' | 'proposition';
  RelationTimeline: 'a' | 'b' | 'entries' | 'totalCount' | 'pageInfo' | 'score' | 'trend';
  Role: 'title' | 'of' | 'since' | 'until';
  SearchConnection: 'totalCount' | 'pageInfo' | 'nodes';
  SearchResult: 'hit' | 'score';
  Statement: 'id' | 'text' | 'direct' | 'date' | 'speaker' | 'occasion' | 'medium' | 'about' | 'article' | 'sentence' | 'confidence';
  StatementConnection: 'totalCount' | 'pageInfo' | 'nodes';
  TimelineEntry: 'relation' | 'weight' | 'runningScore';
}

export type SchemaUnion = 'SearchHit';

// Generated from schema.graphql by `npm run schema:types`. Do not edit.

export type ActorKind = 'Person' | 'Country' | 'Organization' | 'Media' | 'Region';
export type ArticleFormat = 'yaml' | 'json';
export type ContradictionReason = 'self_denial' | 'denial' | 'opposite_polarity';
/** scalar Date */
export type DateScalar = string;
export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';
export type Modality = 'asserted' | 'hedged' | 'denied';
export type PathVia = 'ROLES' | 'STATEMENTS' | 'EVENTS';
export type PolarityFamily = 'engagement' | 'cooperation' | 'estrangement' | 'coercion' | 'membership';
export type RelationType = 'MET' | 'VISITED' | 'HOSTED' | 'NEGOTIATED_WITH' | 'REASSURED' | 'SIGNED_AGREEMENT_WITH' | 'SEEKS_COOPERATION_WITH' | 'TRADES_WITH' | 'ALIGNING_WITH' | 'SUPPORTED' | 'RELATIONS_IMPROVING' | 'MEMBER_OF' | 'COMPLIES_WITH_SANCTIONS_AGAINST' | 'SANCTIONED' | 'CRITICIZED' | 'REJECTED' | 'FAILED_TO_SUPPORT' | 'DRIFTING_FROM' | 'RELATIONS_WORSENING' | 'LOSING_INFLUENCE_OVER' | 'THREATENED' | 'INVADED';
export type Stance = 'asserted' | 'denied';
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

/** A field that takes no arguments. */
export type NoArgs = Record<string, never>;

/** Every object type, its fields and their arguments: resolver maps may only name these, and get these. */
export interface SchemaArgs {
  Actor: {
    id: NoArgs;
    name: NoArgs;
    kind: NoArgs;
    aliases: NoArgs;
    wikidataId: NoArgs;
    sameAs: NoArgs;
    relations: ActorRelationsArgs;
    statements: ActorStatementsArgs;
    claimsMade: ActorClaimsMadeArgs;
    claimsAbout: ActorClaimsAboutArgs;
    roles: ActorRolesArgs;
    mentionedIn: ActorMentionedInArgs;
    neighbors: ActorNeighborsArgs;
  };
  ActorConnection: {
    totalCount: NoArgs;
    pageInfo: NoArgs;
    nodes: NoArgs;
  };
  Article: {
    id: NoArgs;
    url: NoArgs;
    title: NoArgs;
    outlet: NoArgs;
    author: NoArgs;
    publishedAt: NoArgs;
    language: NoArgs;
    text: NoArgs;
    stub: NoArgs;
    actors: NoArgs;
    statements: NoArgs;
    claims: NoArgs;
    relations: NoArgs;
    cites: NoArgs;
    extracted: NoArgs;
    reviewed: NoArgs;
  };
  ArticleConnection: {
    totalCount: NoArgs;
    pageInfo: NoArgs;
    nodes: NoArgs;
  };
  Attestation: {
    id: NoArgs;
    relation: NoArgs;
    claim: NoArgs;
    article: NoArgs;
    assertedBy: NoArgs;
    outlet: NoArgs;
    type: NoArgs;
    modality: NoArgs;
    date: NoArgs;
    evidence: NoArgs;
    sentence: NoArgs;
    confidence: NoArgs;
  };
  Claim: {
    id: NoArgs;
    text: NoArgs;
    subject: NoArgs;
    predicate: NoArgs;
    object: NoArgs;
    modality: NoArgs;
    claimant: NoArgs;
    statement: NoArgs;
    attribution: NoArgs;
    date: NoArgs;
    article: NoArgs;
    sentence: NoArgs;
    confidence: NoArgs;
    proposition: NoArgs;
  };
  ClaimConnection: {
    totalCount: NoArgs;
    pageInfo: NoArgs;
    nodes: NoArgs;
  };
  Contradiction: {
    proposition: NoArgs;
    reason: NoArgs;
    strength: NoArgs;
  };
  Event: {
    id: NoArgs;
    kind: NoArgs;
    name: NoArgs;
    date: NoArgs;
    place: NoArgs;
    participants: NoArgs;
  };
  ImportResult: {
    articleId: NoArgs;
    outcome: NoArgs;
    newActors: NoArgs;
    nodesCreated: NoArgs;
    relationshipsCreated: NoArgs;
  };
  Mutation: {
    importArticle: MutationImportArticleArgs;
  };
  Neighbor: {
    actor: NoArgs;
    distance: NoArgs;
    via: NoArgs;
  };
  PageInfo: {
    hasNextPage: NoArgs;
    endCursor: NoArgs;
  };
  Path: {
    length: NoArgs;
    hops: NoArgs;
  };
  PathHop: {
    from: NoArgs;
    to: NoArgs;
    kind: NoArgs;
    relation: NoArgs;
    statement: NoArgs;
    event: NoArgs;
    role: NoArgs;
  };
  Proposition: {
    id: NoArgs;
    stance: NoArgs;
    family: NoArgs;
    subject: NoArgs;
    object: NoArgs;
    symmetric: NoArgs;
    types: NoArgs;
    polarity: NoArgs;
    firstDate: NoArgs;
    lastDate: NoArgs;
    attestationCount: NoArgs;
    independentSources: NoArgs;
    sources: NoArgs;
    outlets: NoArgs;
    contested: NoArgs;
    attestations: NoArgs;
    contradictions: NoArgs;
  };
  PropositionConnection: {
    totalCount: NoArgs;
    totalIsLowerBound: NoArgs;
    pageInfo: NoArgs;
    nodes: NoArgs;
  };
  Query: {
    actor: QueryActorArgs;
    actors: QueryActorsArgs;
    relationTimeline: QueryRelationTimelineArgs;
    propositions: QueryPropositionsArgs;
    path: QueryPathArgs;
    statements: QueryStatementsArgs;
    claims: QueryClaimsArgs;
    articles: QueryArticlesArgs;
    article: QueryArticleArgs;
    search: QuerySearchArgs;
  };
  Relation: {
    id: NoArgs;
    type: NoArgs;
    polarity: NoArgs;
    source: NoArgs;
    target: NoArgs;
    counterpart: NoArgs;
    date: NoArgs;
    reportedAt: NoArgs;
    modality: NoArgs;
    assertedBy: NoArgs;
    claim: NoArgs;
    statement: NoArgs;
    article: NoArgs;
    sentence: NoArgs;
    evidence: NoArgs;
    confidence: NoArgs;
    proposition: NoArgs;
  };
  RelationTimeline: {
    a: NoArgs;
    b: NoArgs;
    entries: NoArgs;
    totalCount: NoArgs;
    pageInfo: NoArgs;
    score: NoArgs;
    trend: NoArgs;
  };
  Role: {
    title: NoArgs;
    of: NoArgs;
    since: NoArgs;
    until: NoArgs;
  };
  SearchConnection: {
    totalCount: NoArgs;
    totalIsLowerBound: NoArgs;
    pageInfo: NoArgs;
    nodes: NoArgs;
  };
  SearchResult: {
    hit: NoArgs;
    score: NoArgs;
  };
  Statement: {
    id: NoArgs;
    text: NoArgs;
    direct: NoArgs;
    date: NoArgs;
    speaker: NoArgs;
    occasion: NoArgs;
    medium: NoArgs;
    about: NoArgs;
    article: NoArgs;
    sentence: NoArgs;
    confidence: NoArgs;
  };
  StatementConnection: {
    totalCount: NoArgs;
    pageInfo: NoArgs;
    nodes: NoArgs;
  };
  TimelineEntry: {
    relation: NoArgs;
    weight: NoArgs;
    runningScore: NoArgs;
  };
}

export type SchemaFields = { [T in keyof SchemaArgs]: keyof SchemaArgs[T] };

export type SchemaUnion = 'SearchHit';

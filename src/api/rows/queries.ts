/**
 * Every query the API reads with, next to the type of the rows it returns.
 * The QueryRunner runs a NamedQuery and decodes each row with its decoder, so
 * a resolver only ever sees typed rows.
 */
import type {
  ActorDTO,
  ArticleDTO,
  ClaimDTO,
  EventDTO,
  NeighborDTO,
  PropositionDTO,
  RelationDTO,
  StatementDTO,
} from '../dto.js';
import {
  boolean,
  column,
  list,
  nullable,
  number,
  object,
  oneOf,
  string,
  type Decoder,
} from '../../graph/row-decode.js';
import * as entity from './entities.js';

export interface NamedQuery<Row> {
  /** the Cypher file, cypher/<name>.cypher */
  readonly name: string;
  readonly row: Decoder<Row>;
}

const query = <Row>(name: string, row: Decoder<Row>): NamedQuery<Row> => ({ name, row });

/** A row about one of the ids a batched query was given (`key`), for the loaders. */
export interface Keyed<T> {
  key: string;
  value: T;
}

const keyed =
  <T>(name: string, value: Decoder<T>): Decoder<Keyed<T>> =>
  (v, at) => ({ key: string(column(v, 'key', at), `${at}.key`), value: value(column(v, name, at), `${at}.${name}`) });

/** An entity by id: `key` and the entity's map in `item`. */
export type EntityQuery<T> = NamedQuery<Keyed<T>>;
const byIds = <T>(name: string, item: Decoder<T>): EntityQuery<T> => query(name, keyed('item', item));

export const actorsByIds = byIds<ActorDTO>('queries/actors-by-ids', entity.actor);
export const statementsByIds = byIds<StatementDTO>('queries/statements-by-ids', entity.statement);
export const claimsByIds = byIds<ClaimDTO>('queries/claims-by-ids', entity.claim);
export const articlesByIds = byIds<ArticleDTO>('queries/articles-by-ids', entity.article);
export const eventsByIds = byIds<EventDTO>('queries/events-by-ids', entity.event);
export const relationsByIds = byIds<RelationDTO>('queries/relations-by-ids', entity.relation);
export const propositionsByIds = byIds<PropositionDTO>('queries/propositions-by-ids', entity.proposition);
/** key: a relation edge's or a claim's id (they share it with their attestation); value: its proposition's id */
export const propositionsOfAttestations = query('queries/propositions-of-attestations', keyed('id', string));
/** key: an article id; value: the ids of its parts, in reading order */
export const articleParts = query('queries/article-parts', (v, at) => ({
  key: string(column(v, 'key', at), `${at}.key`),
  value: entity.articleParts(v, at),
}));
/** key: `${articleId}#${sentenceIndex}` */
export const sentencesByRefs = query('queries/sentences-by-refs', keyed('sentence', nullable(string)));

/** A list per parent id, batched over all the parents of a response: `key` and the list in `items` or `ids`. */
export type PerParentQuery<T> = NamedQuery<Keyed<T[]>>;
const items = <T>(name: string, item: Decoder<T>): PerParentQuery<T> => query(name, keyed('items', list(item)));
const ids = (name: string): PerParentQuery<string> => query(name, keyed('ids', list(string)));

/**
 * An actor's relations page with the actor and the actors the page names (ends and reporters, each once): the
 * actor, its relations' counterparts and reporters come in one round trip.
 */
export interface RelationPage {
  actor: ActorDTO;
  items: RelationDTO[];
  actors: ActorDTO[];
}
export const relationsOfActors: NamedQuery<Keyed<RelationPage>> = query('queries/relations-of-actors', (v, at) => ({
  key: string(column(v, 'key', at), `${at}.key`),
  value: {
    actor: entity.actor(column(v, 'actor', at), `${at}.actor`),
    items: list(entity.relation)(column(v, 'items', at), `${at}.items`),
    actors: list(entity.actor)(column(v, 'actors', at), `${at}.actors`),
  },
}));
export const articleRelations = items('queries/article-relations', entity.relation);
export const rolesOfActors = items('queries/roles-of-actors', entity.role);
/** An actor with a page of its neighbourhood: the actor comes with it, so asking for both is one round trip. */
export interface Neighborhood {
  actor: ActorDTO;
  items: NeighborDTO[];
}
export const neighborsOfActors: NamedQuery<Keyed<Neighborhood>> = query('queries/neighbors-of-actors', (v, at) => ({
  key: string(column(v, 'key', at), `${at}.key`),
  value: {
    actor: entity.actor(column(v, 'actor', at), `${at}.actor`),
    items: list(entity.neighbor)(column(v, 'items', at), `${at}.items`),
  },
}));
export const attestationsOfPropositions = items('queries/attestations-of-propositions', entity.attestation);
export const contradictionsOfPropositions = items('queries/contradictions-of-propositions', entity.contradiction);
export const statementsBySpeakers = ids('queries/statements-by-speakers');
export const claimsByClaimants = ids('queries/claims-by-claimants');
export const claimsAboutActors = ids('queries/claims-about-actors');
export const articlesMentioningActors = ids('queries/articles-mentioning-actors');

/** One page of ids and the size of the whole list. */
export interface IdPage {
  total: number;
  ids: string[];
}
const idPage = (name: string): NamedQuery<IdPage> => query(name, object<IdPage>({ total: number, ids: list(string) }));

export const actorsList = idPage('queries/actors-list');
export const actorsSearch = idPage('queries/actors-search');
export const statementsList = idPage('queries/statements-list');
export const statementsByText = idPage('queries/statements-by-text');
export const claimsList = idPage('queries/claims-list');
export const articlesList = idPage('queries/articles-list');
/** A page of ids whose total is counted up to a limit, with a look-ahead id that says whether a next page exists. */
interface CappedIdPage extends IdPage {
  totalIsLowerBound: boolean;
  hasMore: boolean;
}
const cappedIdPage = (name: string): NamedQuery<CappedIdPage> =>
  query(name, object<CappedIdPage>({ total: number, totalIsLowerBound: boolean, hasMore: boolean, ids: list(string) }));
/** propositions about an actor, between two, or all of them: read in index order, counted up to a limit */
export const propositionsList = cappedIdPage('queries/propositions-list');
/** propositions(contested:) with no actor named: read in index order (same order as propositionsList), counted up to a limit */
export const propositionsRanked = cappedIdPage('queries/propositions-ranked');

export const actorByName = query('queries/actor-by-name', object<{ id: string }>({ id: string }));

export interface SearchHitRow {
  id: string;
  kind: 'Statement' | 'Claim';
  score: number;
}
export const searchUtterances = query(
  'queries/search-utterances',
  object<{ total: number; totalIsLowerBound: boolean; hasMore: boolean; hits: SearchHitRow[] }>({
    total: number,
    totalIsLowerBound: boolean,
    hasMore: boolean,
    hits: list(object<SearchHitRow>({ id: string, kind: oneOf('Statement', 'Claim'), score: number })),
  }),
);

/** The page of a timeline, with sums over the whole of it (see the Cypher file). */
export interface TimelineRow {
  total: number;
  score: number;
  before: number;
  items: RelationDTO[];
}
export const relationTimeline = query(
  'queries/relation-timeline',
  object<TimelineRow>({ total: number, score: number, before: number, items: list(entity.relation) }),
);
/** The weighted score of a timeline's latest half (the trend; it reads the whole timeline, see the Cypher file). */
export const relationTimelineRecent = query(
  'queries/relation-timeline-recent',
  object<{ recent: number }>({ recent: number }),
);

export interface PathNodeRow {
  id: string;
  label: 'Actor' | 'Statement' | 'Event';
  /** an actor's own map (null for a statement or an event), read with the path */
  actor: ActorDTO | null;
}
/**
 * A relationship on a path: a relation edge; a role (HOLDS_ROLE, with its
 * dates); or one of the two links through a statement or an event, which
 * carry nothing the hop needs.
 */
export type PathLinkRow =
  | { kind: 'relation'; relation: RelationDTO }
  | { kind: 'role'; title: string; ofId: string; since: string | null; until: string | null }
  | { kind: 'link' };
const LINK_TYPES = new Set(['SAID', 'ABOUT', 'PARTICIPATED_IN']);
const pathLink: Decoder<PathLinkRow> = (v, at) => {
  const { type } = object<{ type: string }>({ type: string })(v, at);
  if (type === 'HOLDS_ROLE') {
    const role = object<{ title: string | null; targetId: string; since: string | null; until: string | null }>({
      title: nullable(string),
      targetId: string,
      since: nullable(string),
      until: nullable(string),
    })(v, at);
    return { kind: 'role', title: role.title ?? '', ofId: role.targetId, since: role.since, until: role.until };
  }
  if (LINK_TYPES.has(type)) return { kind: 'link' };
  return { kind: 'relation', relation: entity.relation(v, at) };
};
export interface PathRow {
  nodes: PathNodeRow[];
  rels: PathLinkRow[];
}
export const shortestPaths = query(
  'queries/shortest-paths',
  object<PathRow>({
    nodes: list(
      object<PathNodeRow>({
        id: string,
        label: oneOf('Actor', 'Statement', 'Event'),
        actor: nullable(entity.actor),
      }),
    ),
    rels: list(pathLink),
  }),
);

/**
 * Resolves a validated article file against the gazetteer and its own text:
 * every actor reference, every anchor, every cross-reference (through
 * PlanReferences). Problems are collected, not thrown one by one, so an
 * analyst sees them all at once.
 */
import { createHash } from 'node:crypto';
import { nameKey } from '../domain/names.js';
import { RELATION_TYPES } from '../domain/vocabulary.js';
import type { ActorDef, ArticleFile } from './article-format.js';
import type { ActorIndex } from './gazetteer.js';
import { attestationRows } from './plan-attestations.js';
import { InputError } from './input-error.js';
import { PlanReferences, type Path } from './plan-references.js';
import type {
  ActorRow,
  ArticlePlan,
  CitationRow,
  ClaimRow,
  EdgeRow,
  EventRow,
  RoleRow,
  StatementRow,
} from '../graph/plan-types.js';
import { splitSentences } from './sentences.js';
import type { StructuredFile } from './structured-file.js';

/**
 * The plan of one article, step by step: its own references (outlet, author,
 * mentions), events, statements, claims, the edges that claims and relations
 * become, citations and its own actors' roles. Every step reports into one
 * list; the plan is built only when nothing was reported.
 */
export function planArticle(file: StructuredFile, article: ArticleFile, gazetteer: ActorIndex): ArticlePlan {
  const sentences = splitSentences(article.text);
  const refs = new PlanReferences(file, article, gazetteer, sentences);
  const outletId = refs.actor(['outlet'], article.outlet);
  const authorId = refs.optionalActor(['author'], article.author);
  article.mentions.forEach((m, i) => refs.actor(['mentions', i], m));
  // Each list's ids are checked before its items, so problems read in file order.
  const eventRef = localRef(refs, article.events, 'event', (id) => id);
  const events = planEvents(refs, article);
  const statementRef = localRef(refs, article.statements, 'statement', (id) => refs.qualify(id));
  const statements = planStatements(refs, article, eventRef);
  const claims = planClaims(refs, article, statementRef);
  const edges = [...claims.map(claimEdge), ...planRelations(refs, article, { outletId, eventRef, statementRef })];
  reportSelfLoops(refs, edges, claims.length);
  const citations = planCitations(refs, article);
  const ownRoles = planOwnRoles(refs, article);
  if (refs.problems.length > 0) throw new InputError(file.name, refs.problems);

  const plan: Omit<ArticlePlan, 'planHash'> = {
    article: {
      id: article.id,
      url: article.url,
      title: article.title,
      outletId,
      authorId,
      publishedAt: article.publishedAt,
      language: article.language,
      text: article.text,
      textHash: sha256(article.text),
      sentences: sentences.map((s) => s.text),
      extracted: article.extracted,
      reviewed: article.reviewed ?? null,
    },
    actors: [...refs.used.values()].sort((a, b) => a.id.localeCompare(b.id)).map(actorRow),
    newActorIds: article.actors.map((a) => a.id),
    ownRoles,
    mentionIds: [...new Set([...refs.used.keys()])].sort(),
    events,
    statements,
    claims,
    edges,
    citations,
    attestations: attestationRows(article.id, outletId, article.publishedAt, events, claims, edges),
  };
  return { ...plan, planHash: sha256(JSON.stringify(plan)) };
}

type LocalRef = (path: Path, id: string | undefined) => string | null;

/** A reference to an item of this file (an event or a statement), checked against the file's ids. */
function localRef(
  refs: PlanReferences,
  items: readonly { id: string }[],
  what: 'event' | 'statement',
  graphId: (local: string) => string,
): LocalRef {
  const field = `${what}s`;
  const ids = refs.uniqueIds(
    items.map((x) => x.id),
    field,
  );
  return (path, id) => {
    if (id === undefined) return null;
    if (!ids.has(id)) refs.report(path, `no ${what} with id "${id}" in this file's ${field}`);
    return graphId(id);
  };
}

function planEvents(refs: PlanReferences, article: ArticleFile): EventRow[] {
  return article.events.map((e, i) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    date: e.date ?? null,
    placeId: refs.optionalActor(['events', i, 'place'], e.place),
    participantIds: e.participants.map((p, j) => refs.actor(['events', i, 'participants', j], p)),
  }));
}

function planStatements(refs: PlanReferences, article: ArticleFile, eventRef: LocalRef): StatementRow[] {
  return article.statements.map((s, i) => ({
    id: refs.qualify(s.id),
    speakerId: refs.actor(['statements', i, 'speaker'], s.speaker),
    direct: s.direct,
    text: s.text,
    date: s.date ?? null,
    occasionId: eventRef(['statements', i, 'occasion'], s.occasion),
    mediumId: refs.optionalActor(['statements', i, 'medium'], s.medium),
    // once each: an actor named twice (by id and by alias) would count its statement twice in its ABOUT degree
    aboutIds: [...new Set(s.about.map((a, j) => refs.actor(['statements', i, 'about', j], a)))],
    confidence: s.confidence ?? null,
    ...refs.anchor(['statements', i], s),
  }));
}

function planClaims(refs: PlanReferences, article: ArticleFile, statementRef: LocalRef): ClaimRow[] {
  refs.uniqueIds(
    article.claims.map((c) => c.id),
    'claims',
  );
  return article.claims.map((c, i) => ({
    id: refs.qualify(c.id),
    claimantId: refs.actor(['claims', i, 'claimant'], c.claimant),
    subjectId: refs.actor(['claims', i, 'subject'], c.subject),
    predicate: c.predicate,
    objectId: refs.actor(['claims', i, 'object'], c.object),
    modality: c.modality,
    text: c.text,
    statementId: statementRef(['claims', i, 'statement'], c.statement),
    viaIds: c.via.map((v, j) => refs.actor(['claims', i, 'via', j], v)),
    date: c.date ?? null,
    confidence: c.confidence ?? null,
    ...refs.anchor(['claims', i], c),
  }));
}

/** A claim is also an edge between its subject and object, asserted by its claimant. */
function claimEdge(c: ClaimRow): EdgeRow {
  return {
    id: c.id,
    type: c.predicate,
    sourceId: c.subjectId,
    targetId: c.objectId,
    assertedBy: c.claimantId,
    modality: c.modality,
    polarity: RELATION_TYPES[c.predicate].polarity,
    date: c.date,
    claimId: c.id,
    statementId: c.statementId,
    eventId: null,
    evidence: c.text,
    confidence: c.confidence,
    sentenceIndex: c.sentenceIndex,
    start: c.start,
    end: c.end,
  };
}

/** The article's relations as edges; one without `assertedBy` is asserted by the outlet. */
function planRelations(
  refs: PlanReferences,
  article: ArticleFile,
  context: { outletId: string; eventRef: LocalRef; statementRef: LocalRef },
): EdgeRow[] {
  return article.relations.map((r, i) => ({
    id: refs.qualify(`relation-${i + 1}`),
    type: r.type,
    sourceId: refs.actor(['relations', i, 'source'], r.source),
    targetId: refs.actor(['relations', i, 'target'], r.target),
    assertedBy:
      r.assertedBy === undefined ? context.outletId : refs.actor(['relations', i, 'assertedBy'], r.assertedBy),
    modality: r.modality,
    polarity: RELATION_TYPES[r.type].polarity,
    date: r.date ?? null,
    claimId: null,
    statementId: context.statementRef(['relations', i, 'statement'], r.statement),
    eventId: context.eventRef(['relations', i, 'event'], r.event),
    evidence: r.text,
    confidence: r.confidence ?? null,
    ...refs.anchor(['relations', i], r),
  }));
}

/** Edges list the claims' first, then the relations'. */
function reportSelfLoops(refs: PlanReferences, edges: readonly EdgeRow[], claimCount: number): void {
  edges.forEach((e, i) => {
    if (e.sourceId === e.targetId)
      refs.report(
        i < claimCount ? ['claims', i] : ['relations', i - claimCount],
        `a relation needs two different actors, but both ends are "${e.sourceId}"`,
      );
  });
}

function planCitations(refs: PlanReferences, article: ArticleFile): CitationRow[] {
  return article.cites.map((c, i) => {
    const citedOutlet = refs.actor(['cites', i, 'outlet'], c.outlet);
    const citedAuthor = refs.optionalActor(['cites', i, 'author'], c.author);
    return {
      id: refs.qualify(`cited-${citedOutlet}${citedAuthor ? `-${citedAuthor}` : ''}`),
      outletId: citedOutlet,
      authorId: citedAuthor,
      title: c.title ?? null,
      url: c.url ?? null,
    };
  });
}

function planOwnRoles(refs: PlanReferences, article: ArticleFile): RoleRow[] {
  return article.actors.flatMap((a, i) =>
    a.roles.map((r, j) => ({
      personId: a.id,
      ofId: refs.actor(['actors', i, 'roles', j, 'of'], r.of),
      title: r.title,
      since: r.since ?? null,
      until: r.until ?? null,
    })),
  );
}

export function actorRow(a: ActorDef): ActorRow {
  const names = [a.name, ...a.aliases, ...a.demonyms, ...a.seats];
  const aliases = [...a.aliases, ...a.demonyms, ...a.seats];
  return {
    id: a.id,
    kind: a.kind,
    name: a.name,
    aliases,
    nameKey: nameKey(a.name),
    aliasKeys: aliases.map(nameKey),
    searchText: names.join(' | '),
    wikidataId: a.wikidata ?? null,
    confidence: a.confidence ?? null,
  };
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

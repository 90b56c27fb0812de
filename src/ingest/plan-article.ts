/**
 * Resolves a validated article file against the gazetteer and its own text:
 * every actor reference, every anchor, every cross-reference. Problems are
 * collected, not thrown one by one, so an analyst sees them all at once.
 */
import { createHash } from 'node:crypto';
import { nameKey } from '../domain/names.js';
import { RELATION_TYPES } from '../domain/vocabulary.js';
import type { ActorDef, ArticleFile, Evidence } from './article-format.js';
import type { ActorIndex } from './gazetteer.js';
import { attestationRows } from './plan-attestations.js';
import { formatPath, InputError, type InputProblem } from './input-error.js';
import type { ActorRow, Anchor, ArticlePlan, ClaimRow, EdgeRow, StatementRow } from '../graph/plan-types.js';
import { sentenceAt, splitSentences } from './sentences.js';
import type { StructuredFile } from './structured-file.js';

type Path = (string | number)[];

export function planArticle(file: StructuredFile, article: ArticleFile, gazetteer: ActorIndex): ArticlePlan {
  const problems: InputProblem[] = [];
  const report = (path: Path, message: string): void => {
    problems.push({ path: formatPath(path), message, ...file.locate(path) });
  };

  article.actors.forEach((a, i) => {
    if (gazetteer.has(a.id))
      report(['actors', i, 'id'], `actor "${a.id}" is already in the gazetteer; refer to it instead of defining it`);
  });
  const actors = gazetteer.extend(article.actors);
  const used = new Map<string, ActorDef>();
  const actor = (path: Path, ref: string): string => {
    const r = actors.resolve(ref);
    if (!r.ok) {
      const near = actors.nearMatch(ref);
      report(path, near ? `${r.reason}; did you mean "${near.name}" (id ${near.id})?` : r.reason);
      return ref;
    }
    used.set(r.actor.id, r.actor);
    return r.actor.id;
  };
  const optionalActor = (path: Path, ref: string | null | undefined): string | null =>
    ref == null ? null : actor(path, ref);

  const sentences = splitSentences(article.text);
  const anchor = (path: Path, item: { text: string; occurrence: number; evidence?: Evidence }): Anchor => {
    const { text, occurrence, evidence } = item;
    if (evidence) return evidenceAnchor(path, text, evidence);
    const start = nthIndexOf(article.text, text, occurrence);
    if (start < 0) {
      report([...path, 'text'], anchorMissReason(article.text, text, occurrence));
      return { sentenceIndex: -1, start: -1, end: -1 };
    }
    return { sentenceIndex: sentenceAt(sentences, start)?.index ?? -1, start, end: start + text.length };
  };
  // An extractor's span is taken as is when it still holds the text; an analyst who edits text deletes it.
  const evidenceAnchor = (path: Path, text: string, evidence: Evidence): Anchor => {
    const found = article.text.slice(evidence.start, evidence.end);
    if (found !== text) {
      const shown = found.length > 60 ? `${found.slice(0, 57)}…` : found;
      report(
        [...path, 'evidence'],
        `characters ${evidence.start}–${evidence.end} of the article hold "${shown}", not this item's text; fix the span or delete evidence (the importer then finds text itself)`,
      );
      return { sentenceIndex: -1, start: -1, end: -1 };
    }
    const sentenceIndex = sentenceAt(sentences, evidence.start)?.index ?? -1;
    if (sentenceIndex !== evidence.sentence)
      report(
        [...path, 'evidence', 'sentence'],
        `the text is in sentence ${sentenceIndex}, not ${evidence.sentence}; fix it or delete evidence`,
      );
    return { sentenceIndex, start: evidence.start, end: evidence.end };
  };
  const qualify = (local: string): string => `${article.id}/${local}`;

  const outletId = actor(['outlet'], article.outlet);
  const authorId = optionalActor(['author'], article.author);
  article.mentions.forEach((m, i) => actor(['mentions', i], m));

  const eventIds = uniqueIds(
    article.events.map((e) => e.id),
    'events',
    report,
  );
  const events = article.events.map((e, i) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    date: e.date ?? null,
    placeId: optionalActor(['events', i, 'place'], e.place),
    participantIds: e.participants.map((p, j) => actor(['events', i, 'participants', j], p)),
  }));
  const eventRef = (path: Path, id: string | undefined): string | null => {
    if (id === undefined) return null;
    if (!eventIds.has(id)) report(path, `no event with id "${id}" in this file's events`);
    return id;
  };

  const statementIds = uniqueIds(
    article.statements.map((s) => s.id),
    'statements',
    report,
  );
  const statementRef = (path: Path, id: string | undefined): string | null => {
    if (id === undefined) return null;
    if (!statementIds.has(id)) report(path, `no statement with id "${id}" in this file's statements`);
    return qualify(id);
  };
  const statements: StatementRow[] = article.statements.map((s, i) => ({
    id: qualify(s.id),
    speakerId: actor(['statements', i, 'speaker'], s.speaker),
    direct: s.direct,
    text: s.text,
    date: s.date ?? null,
    occasionId: eventRef(['statements', i, 'occasion'], s.occasion),
    mediumId: optionalActor(['statements', i, 'medium'], s.medium),
    aboutIds: s.about.map((a, j) => actor(['statements', i, 'about', j], a)),
    confidence: s.confidence ?? null,
    ...anchor(['statements', i], s),
  }));

  uniqueIds(
    article.claims.map((c) => c.id),
    'claims',
    report,
  );
  const claims: ClaimRow[] = article.claims.map((c, i) => ({
    id: qualify(c.id),
    claimantId: actor(['claims', i, 'claimant'], c.claimant),
    subjectId: actor(['claims', i, 'subject'], c.subject),
    predicate: c.predicate,
    objectId: actor(['claims', i, 'object'], c.object),
    modality: c.modality,
    text: c.text,
    statementId: statementRef(['claims', i, 'statement'], c.statement),
    viaIds: c.via.map((v, j) => actor(['claims', i, 'via', j], v)),
    date: c.date ?? null,
    confidence: c.confidence ?? null,
    ...anchor(['claims', i], c),
  }));

  const edges: EdgeRow[] = [
    ...claims.map((c): EdgeRow => ({
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
    })),
    ...article.relations.map((r, i): EdgeRow => ({
      id: qualify(`relation-${i + 1}`),
      type: r.type,
      sourceId: actor(['relations', i, 'source'], r.source),
      targetId: actor(['relations', i, 'target'], r.target),
      assertedBy: r.assertedBy === undefined ? outletId : actor(['relations', i, 'assertedBy'], r.assertedBy),
      modality: r.modality,
      polarity: RELATION_TYPES[r.type].polarity,
      date: r.date ?? null,
      claimId: null,
      statementId: statementRef(['relations', i, 'statement'], r.statement),
      eventId: eventRef(['relations', i, 'event'], r.event),
      evidence: r.text,
      confidence: r.confidence ?? null,
      ...anchor(['relations', i], r),
    })),
  ];
  edges.forEach((e, i) => {
    if (e.sourceId === e.targetId)
      report(
        i < claims.length ? ['claims', i] : ['relations', i - claims.length],
        `a relation needs two different actors, but both ends are "${e.sourceId}"`,
      );
  });

  const citations = article.cites.map((c, i) => {
    const citedOutlet = actor(['cites', i, 'outlet'], c.outlet);
    const citedAuthor = optionalActor(['cites', i, 'author'], c.author);
    return {
      id: qualify(`cited-${citedOutlet}${citedAuthor ? `-${citedAuthor}` : ''}`),
      outletId: citedOutlet,
      authorId: citedAuthor,
      title: c.title ?? null,
      url: c.url ?? null,
    };
  });

  const ownRoles = article.actors.flatMap((a, i) =>
    a.roles.map((r, j) => ({
      personId: a.id,
      ofId: actor(['actors', i, 'roles', j, 'of'], r.of),
      title: r.title,
      since: r.since ?? null,
      until: r.until ?? null,
    })),
  );

  if (problems.length > 0) throw new InputError(file.name, problems);

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
    actors: [...used.values()].sort((a, b) => a.id.localeCompare(b.id)).map(actorRow),
    newActorIds: article.actors.map((a) => a.id),
    ownRoles,
    mentionIds: [...new Set([...used.keys()])].sort(),
    events,
    statements,
    claims,
    edges,
    citations,
    attestations: attestationRows(article.id, outletId, article.publishedAt, events, claims, edges),
  };
  return { ...plan, planHash: sha256(JSON.stringify(plan)) };
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
    wikidataId: a.wikidataId ?? null,
    confidence: a.confidence ?? null,
  };
}

function uniqueIds(ids: string[], field: string, report: (path: Path, message: string) => void): Set<string> {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) report([field, i, 'id'], `id "${id}" is used twice in ${field}`);
    seen.add(id);
  });
  return seen;
}

function nthIndexOf(haystack: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function anchorMissReason(text: string, needle: string, occurrence: number): string {
  const shown = needle.length > 60 ? `${needle.slice(0, 57)}…` : needle;
  if (occurrence > 1 && text.includes(needle))
    return `"${shown}" occurs fewer than ${occurrence} times in the article text`;
  const fold = (s: string): string => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
  if (fold(text).includes(fold(needle)))
    return `"${shown}" is not in the article text as written; it differs in case, spacing or quote marks (copy it exactly)`;
  return `"${shown}" is not in the article text (anchors must be copied verbatim from text)`;
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

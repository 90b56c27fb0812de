/**
 * The article file format (YAML or JSON), defined once with zod. The JSON
 * Schema for editors (data/article.schema.json) is generated from it.
 * Actors are referred to by gazetteer id or alias; ids local to the file
 * (statements, claims, events) are short names the importer qualifies.
 */
import { z } from 'zod';
import { ACTOR_KINDS, EVENT_KINDS, MODALITIES, RELATION_TYPE_NAMES } from '../domain/vocabulary.js';

const isoDate = z.iso.date({ message: 'a date as YYYY-MM-DD' });
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');
const localId = z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _');
const actorRef = z.string().min(1).describe('an actor id or alias from the gazetteer, or an id defined in this file\'s actors');
const confidence = z.number().min(0).max(1).optional().describe('how sure the extractor was (0 to 1); absent for hand annotations');
const verbatim = z.string().min(1).describe('words exactly as they appear in the article text');

export const roleSchema = z.strictObject({
  title: z.string().min(1),
  of: actorRef,
  since: isoDate.optional(),
  until: isoDate.optional(),
});

export const actorSchema = z.strictObject({
  id: slug,
  kind: z.enum(ACTOR_KINDS),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  demonyms: z.array(z.string().min(1)).default([]),
  seats: z.array(z.string().min(1)).default([]).describe('seats of power that stand for the actor ("the Kremlin")'),
  wikidataId: z.string().regex(/^Q\d+$/, 'a Wikidata id such as Q232').optional(),
  roles: z.array(roleSchema).default([]),
  confidence,
});

export const evidenceSchema = z.strictObject({
  sentence: z.number().int().min(0).describe('index of the sentence that holds text (sentences as the importer splits them, from 0)'),
  start: z.number().int().min(0).describe('character offset of text in the article text'),
  end: z.number().int().min(0).describe('character offset just after text'),
});

const anchorFields = {
  text: verbatim.describe('the statement, claim or evidence exactly as in the article'),
  occurrence: z.number().int().min(1).default(1).describe('which occurrence of text, when it appears more than once'),
  evidence: evidenceSchema.optional().describe('where text is, as the extractor found it; checked against text on import (delete it after editing text)'),
  confidence,
};

export const eventSchema = z.strictObject({
  id: slug,
  kind: z.enum(EVENT_KINDS),
  name: z.string().min(1),
  date: isoDate.optional(),
  place: actorRef.optional(),
  participants: z.array(actorRef).default([]),
});

export const statementSchema = z.strictObject({
  id: localId,
  speaker: actorRef,
  direct: z.boolean().describe('true for words in quotation marks, false for reported speech'),
  ...anchorFields,
  date: isoDate.optional(),
  occasion: slug.optional().describe('id of an event in this file'),
  medium: actorRef.optional().describe('where it was said or written, e.g. X'),
  about: z.array(actorRef).default([]),
});

export const claimSchema = z.strictObject({
  id: localId,
  claimant: actorRef,
  subject: actorRef,
  predicate: z.enum(RELATION_TYPE_NAMES),
  object: actorRef,
  modality: z.enum(MODALITIES).default('asserted'),
  ...anchorFields,
  statement: localId.optional().describe('id of the statement in this file that carries the claim'),
  via: z.array(actorRef).default([]).describe('attribution chain between the article\'s outlet and the claimant, e.g. [newsweek]'),
  date: isoDate.optional().describe('when the claimed relation happened, if known'),
});

export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPE_NAMES),
  source: actorRef,
  target: actorRef,
  ...anchorFields,
  assertedBy: actorRef.optional().describe('who asserts it; defaults to the article\'s outlet (its own reporting)'),
  modality: z.enum(MODALITIES).default('asserted'),
  date: isoDate.optional().describe('when it happened, if known'),
  event: slug.optional(),
  statement: localId.optional(),
});

export const citationSchema = z.strictObject({
  outlet: actorRef,
  author: actorRef.optional(),
  title: z.string().optional(),
  url: z.url().optional(),
});

export const articleSchema = z.strictObject({
  id: slug,
  url: z.url().nullable().default(null),
  title: z.string().min(1),
  outlet: actorRef,
  author: actorRef.nullable().default(null),
  publishedAt: isoDate.nullable().default(null),
  language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as en').default('en'),
  text: z.string().min(1),
  cites: z.array(citationSchema).default([]),
  actors: z.array(actorSchema).default([]).describe('actors this article introduces (not in the gazetteer)'),
  mentions: z.array(actorRef).default([]).describe('other actors the article names; every actor referred to elsewhere in the file counts as mentioned too'),
  events: z.array(eventSchema).default([]),
  statements: z.array(statementSchema).default([]),
  claims: z.array(claimSchema).default([]),
  relations: z.array(relationSchema).default([]),
  extracted: z.boolean().default(false).describe('true for a machine draft (entente extract)'),
  reviewed: z.boolean().optional().describe('false until an analyst has checked a machine draft'),
});

export type ArticleFile = z.output<typeof articleSchema>;
export type ActorDef = z.output<typeof actorSchema>;
export type StatementDef = z.output<typeof statementSchema>;
export type ClaimDef = z.output<typeof claimSchema>;
export type RelationDef = z.output<typeof relationSchema>;
export type EventDef = z.output<typeof eventSchema>;
export type Evidence = z.output<typeof evidenceSchema>;

export const gazetteerSchema = z.array(actorSchema);

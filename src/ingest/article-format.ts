/**
 * The article file format (YAML or JSON), defined once with zod. The JSON
 * Schema for editors (data/article.schema.json) is generated from it.
 * Actors are referred to by gazetteer id or alias; ids local to the file
 * (statements, claims, events) are short names the importer qualifies.
 */
import { z } from 'zod';
import { dateProblem } from '../domain/dates.js';
import { ACTOR_KINDS, EVENT_KINDS, MODALITIES, RELATION_TYPE_NAMES } from '../domain/vocabulary.js';
import { INPUT_LIMITS } from './input-limits.js';

const CHARS = INPUT_LIMITS.chars;
const atMost = (n: number) => ({ message: `at most ${n} characters` });
/** Non-empty text with a cap, so that a value is stored whole or refused. */
const capped = (n: number) => z.string().min(1).max(n, atMost(n));
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(INPUT_LIMITS.listItems, { message: `at most ${INPUT_LIMITS.listItems} items` });
const count = z.number().int().min(0).max(INPUT_LIMITS.offset);

// z.iso.date keeps the JSON Schema's `format: date`; the message says which mistake it is.
const isoDate = z.iso.date({
  error: (issue) =>
    typeof issue.input === 'string'
      ? (dateProblem(issue.input) ?? undefined)
      : 'write a date as YYYY-MM-DD (e.g. 2024-02-29)',
});
const slug = z
  .string()
  .max(CHARS.id, atMost(CHARS.id))
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'not an id: use only lower-case letters, digits and dashes, starting with a letter or digit (e.g. reuters-talks-2024-05-24)',
  );
const localId = z
  .string()
  .max(CHARS.id, atMost(CHARS.id))
  .regex(/^[A-Za-z0-9_-]+$/, 'not an id: use only letters, digits, - and _ (e.g. putin-speech-1)');
const actorRef = capped(CHARS.name).describe(
  "an actor id or alias from the gazetteer, or an id defined in this file's actors",
);
const confidence = z
  .number()
  .min(0)
  .max(1)
  .optional()
  .describe('how sure the extractor was (0 to 1); absent for hand annotations');
const verbatim = capped(CHARS.quote).describe('words exactly as they appear in the article text');

const roleSchema = z.strictObject({
  title: capped(CHARS.name),
  of: actorRef,
  since: isoDate.optional(),
  until: isoDate.optional(),
});

const wikidataItem = z
  .string()
  .max(32, atMost(32))
  .regex(/^Q\d+$/, 'write a Wikidata id such as Q232');

const actorSchema = z
  .strictObject({
    id: slug,
    kind: z.enum(ACTOR_KINDS),
    name: capped(CHARS.name),
    aliases: list(capped(CHARS.name)).default([]),
    demonyms: list(capped(CHARS.name)).default([]),
    seats: list(capped(CHARS.name)).default([]).describe('seats of power that stand for the actor ("the Kremlin")'),
    wikidata: wikidataItem.optional().describe('the Wikidata item (Q…), exposed as Actor.sameAs'),
    wikidataId: wikidataItem.optional().describe('the older spelling of wikidata, still read'),
    roles: list(roleSchema).default([]),
    ownedBy: actorRef
      .optional()
      .describe(
        'for an outlet: its owner or state sponsor (a gazetteer id); outlets with the same owner count as one independent source',
      ),
    confidence,
  })
  .superRefine((a, ctx) => {
    if (a.wikidata !== undefined && a.wikidataId !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['wikidataId'],
        message: `give the Wikidata id once, as wikidata: ${a.wikidata}; wikidataId is its older spelling`,
      });
  })
  .transform(oneWikidataSpelling);

/** From here on the Wikidata id has one spelling, `wikidata`. */
function oneWikidataSpelling<T extends { wikidata?: string; wikidataId?: string }>({
  wikidataId,
  ...actor
}: T): Omit<T, 'wikidataId'> {
  return wikidataId === undefined || actor.wikidata !== undefined ? actor : { ...actor, wikidata: wikidataId };
}

const evidenceSchema = z.strictObject({
  sentence: count.describe('index of the sentence that holds text (sentences as the importer splits them, from 0)'),
  start: count.describe('character offset of text in the article text'),
  end: count.describe('character offset just after text'),
});

const anchorFields = {
  text: verbatim.describe('the statement, claim or evidence exactly as in the article'),
  occurrence: z
    .number()
    .int()
    .min(1)
    .max(INPUT_LIMITS.offset)
    .default(1)
    .describe('which occurrence of text, when it appears more than once'),
  evidence: evidenceSchema
    .optional()
    .describe(
      'where text is, as the extractor found it; checked against text on import (delete it after editing text)',
    ),
  confidence,
};

const eventSchema = z.strictObject({
  id: slug,
  kind: z.enum(EVENT_KINDS),
  name: capped(CHARS.title),
  date: isoDate.optional(),
  place: actorRef.optional(),
  participants: list(actorRef).default([]),
});

const statementSchema = z.strictObject({
  id: localId,
  speaker: actorRef,
  direct: z.boolean().describe('true for words in quotation marks, false for reported speech'),
  ...anchorFields,
  date: isoDate.optional(),
  occasion: slug.optional().describe('id of an event in this file'),
  medium: actorRef.optional().describe('where it was said or written, e.g. X'),
  about: list(actorRef).default([]),
});

const claimSchema = z.strictObject({
  id: localId,
  claimant: actorRef,
  subject: actorRef,
  predicate: z.enum(RELATION_TYPE_NAMES),
  object: actorRef,
  modality: z.enum(MODALITIES).default('asserted'),
  ...anchorFields,
  statement: localId.optional().describe('id of the statement in this file that carries the claim'),
  via: list(actorRef)
    .default([])
    .describe("attribution chain between the article's outlet and the claimant, e.g. [newsweek]"),
  date: isoDate.optional().describe('when the claimed relation happened, if known'),
});

const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPE_NAMES),
  source: actorRef,
  target: actorRef,
  ...anchorFields,
  assertedBy: actorRef.optional().describe("who asserts it; defaults to the article's outlet (its own reporting)"),
  modality: z.enum(MODALITIES).default('asserted'),
  date: isoDate.optional().describe('when it happened, if known'),
  event: slug.optional(),
  statement: localId.optional(),
});

const citationSchema = z.strictObject({
  outlet: actorRef,
  author: actorRef.optional(),
  title: capped(CHARS.title).optional(),
  url: z.url().max(CHARS.url, atMost(CHARS.url)).optional(),
});

export const articleSchema = z.strictObject({
  id: slug,
  url: z.url().max(CHARS.url, atMost(CHARS.url)).nullable().default(null),
  title: capped(CHARS.title),
  outlet: actorRef,
  author: actorRef.nullable().default(null),
  publishedAt: isoDate.nullable().default(null),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'write an ISO 639-1 code such as en')
    .default('en'),
  text: capped(CHARS.text),
  cites: list(citationSchema).default([]),
  actors: list(actorSchema).default([]).describe('actors this article introduces (not in the gazetteer)'),
  mentions: list(actorRef)
    .default([])
    .describe('other actors the article names; every actor referred to elsewhere in the file counts as mentioned too'),
  events: list(eventSchema).default([]),
  statements: list(statementSchema).default([]),
  claims: list(claimSchema).default([]),
  relations: list(relationSchema).default([]),
  extracted: z.boolean().default(false).describe('true for a machine draft (entente extract)'),
  reviewed: z.boolean().optional().describe('false until an analyst has checked a machine draft'),
});

export type ArticleFile = z.output<typeof articleSchema>;
export type ActorDef = z.output<typeof actorSchema>;
export type Evidence = z.output<typeof evidenceSchema>;

export const gazetteerSchema = z.array(actorSchema);

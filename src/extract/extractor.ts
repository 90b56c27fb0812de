/**
 * Raw article → draft annotation: mentions, quotes, reported speech,
 * relations and meetings, each with its evidence span and a confidence.
 * The draft is in the importer's own format (marked extracted, not
 * reviewed); the evaluation format of the shared corpus comes from it too.
 */
import type { ActorKind, Modality } from '../domain/vocabulary.js';
import type { ArticleFile } from '../ingest/article-format.js';
import type { ActorIndex } from '../ingest/gazetteer.js';
import { sentenceAt, splitSentences } from '../ingest/sentences.js';
import type { Parser } from '../nlp/client.js';
import { dateInParse } from './dates.js';
import { findEvents, type EventMention } from './actors/events.js';
import { findActors } from './actors/find-actors.js';
import { titleActors } from './actors/title-actors.js';
import { articleSpelling, slug, type Mention } from './actors/mention.js';
import { countryServedBy, speakerOwnMentions } from './actors/roles.js';
import { ParsedDocument } from './parse/document.js';
import { MentionIndex } from './parse/mention-index.js';
import type { RawArticle } from './raw-article.js';
import { findRelations, type ExtractedRelation } from './relations/index.js';
import { withLearnedConfidence } from './relations/learned-confidence.js';
import { findSpeech, parserQuoteMarks, type Quote } from './speech/index.js';

/** When it happened or was said, from a date phrase near it ("on Thursday", "September 28"), if any. */
interface Dated {
  date: string | null;
}

export interface Extraction {
  raw: RawArticle;
  mentions: Mention[];
  /** gazetteer actors the headline names, offsets into the title; no quote or relation is read from them */
  titleMentions: Mention[];
  /** named events (summits, wars, elections): actors of the corpus's format, Event nodes of the graph, never sides */
  events: EventMention[];
  quotes: (Quote & Dated)[];
  relations: (ExtractedRelation & Dated)[];
  meetings: { a: Mention; b: Mention; date: string | null }[];
}

interface TimedExtraction {
  extraction: Extraction;
  /** time spent in the parser, and in Entente's own readings of the parse */
  nlpMillis: number;
  readMillis: number;
}

/**
 * Whose confidence the relations carry: the rules' own (confidence.ts), the
 * default, or the learned one (relations/learned-confidence.ts), which is not
 * the default: neither cross-validation on the tune articles nor the held-out
 * sets showed it better (docs/relations-confidence.md). It stays as an option so
 * that the experiment can be rerun as annotated articles grow.
 */
export interface ExtractOptions {
  confidence?: 'learned' | 'rules';
}

/** Parses the article (CoreNLP), then reads actors, speech and relations off the parse. */
export async function extract(
  raw: RawArticle,
  gazetteer: ActorIndex,
  parser: Parser,
  options: ExtractOptions = {},
): Promise<Extraction> {
  return (await extractTimed(raw, gazetteer, parser, options)).extraction;
}

export async function extractTimed(
  raw: RawArticle,
  gazetteer: ActorIndex,
  parser: Parser,
  options: ExtractOptions = {},
): Promise<TimedExtraction> {
  const { doc, nlpMillis } = await parser.parse(parserQuoteMarks(raw.text), raw.publishedAt);
  const started = performance.now();
  const extraction = readArticle(raw, new ParsedDocument(raw.text, doc), gazetteer, options);
  return { extraction, nlpMillis, readMillis: performance.now() - started };
}

/** The readings of one parsed article; no I/O but the learned model's one read on first use. */
function readArticle(raw: RawArticle, doc: ParsedDocument, gazetteer: ActorIndex, options: ExtractOptions): Extraction {
  const found = findEvents(doc, findActors(doc, gazetteer, raw.publishedAt, raw.outlet));
  let mentions = found.mentions;
  const quotes = findSpeech(doc, new MentionIndex(doc, mentions));
  // "our president" is known only once the quote's speaker is.
  const own = speakerOwnMentions(doc, quotes, gazetteer, raw.publishedAt, mentions).filter(
    (o) => !mentions.some((m) => m.start < o.end && o.start < m.end),
  );
  if (own.length > 0) mentions = [...mentions, ...own].sort((a, b) => a.start - b.start);
  // A date phrase counts from the start of the item's sentence to shortly after the item, within that sentence.
  const dateNear = (start: number, end: number): string | null => {
    const s = doc.sentenceAt(start);
    return s ? dateInParse(s, s.start, Math.min(s.end, end + 60), raw.publishedAt) : null;
  };
  const homeOf = (id: string): string | undefined => countryServedBy(gazetteer, id, raw.publishedAt)?.id;
  const index = new MentionIndex(doc, mentions);
  const read = findRelations(doc, index, quotes, homeOf);
  const confident = options.confidence === 'learned' ? withLearnedConfidence(doc, index, read, quotes) : read;
  const relations = confident.map((r) => ({
    ...r,
    date: dateNear(r.evidenceStart, r.evidenceEnd),
  }));
  // A quote's date is in its attribution, which follows it ("…," Tokayev said on Thursday).
  const dated = quotes.map((q) => ({ ...q, date: q.direct ? dateNear(q.end, q.end + 60) : dateNear(q.start, q.end) }));
  return {
    raw,
    mentions,
    titleMentions: titleActors(raw.title, gazetteer, mentions),
    events: found.events,
    quotes: dated,
    relations,
    meetings: meetingsOf(relations),
  };
}

/** The meetings among relations read: encounters that happened, face to face. */
export function meetingsOf(relations: readonly (ExtractedRelation & Dated)[]): Extraction['meetings'] {
  return relations.filter((r) => r.meeting).map((r) => ({ a: r.source, b: r.target, date: r.date }));
}

interface GoldActor {
  name: string;
  type: ActorKind | 'Place' | 'Event';
  mentions: string[];
}

/** The evaluation format of ../shared/corpus (see its README). */
export function toGoldJson(x: Extraction) {
  const spelled = new Map<string, string>();
  for (const m of x.mentions)
    // a body too ("Shanghai Cooperation Organization" where the gazetteer spells it "Organisation")
    if ((m.kind === 'Person' || m.kind === 'Organization') && m.known && !spelled.has(m.actorId))
      spelled.set(
        m.actorId,
        articleSpelling(
          m.name,
          x.mentions.filter((o) => o.actorId === m.actorId),
        ),
      );
  const nameOf = (m: Mention): string => spelled.get(m.actorId) ?? m.name;
  const actors = new Map<string, GoldActor>();
  const add = (key: string, fresh: () => GoldActor, surfaces: readonly string[]): void => {
    const a = actors.get(key) ?? fresh();
    for (const surface of surfaces) if (!a.mentions.includes(surface)) a.mentions.push(surface);
    actors.set(key, a);
  };
  // The headline's actors after the body's: a name only the headline gives is an actor of the article too.
  for (const m of [...x.mentions, ...x.titleMentions])
    add(m.actorId, () => ({ name: nameOf(m), type: m.kind === 'Region' ? 'Place' : m.kind, mentions: [] }), [
      m.surface,
      m.withOwner ?? m.surface,
      m.restricted ?? m.surface,
    ]);
  for (const e of x.events)
    add(`event:${e.eventId}`, () => ({ name: e.name, type: 'Event', mentions: [] }), [
      e.surface,
      e.withPlace ?? e.surface,
    ]);
  const pair = new Set<string>();
  return {
    actors: [...actors.values()],
    quotes: x.quotes
      .filter((q) => q.speaker)
      .map((q) => ({ speaker: nameOf(q.speaker!), text: q.text, direct: q.direct })),
    meetings: x.meetings
      .filter((m) => {
        const key = [m.a.actorId, m.b.actorId].sort().join('|');
        if (pair.has(key)) return false;
        pair.add(key);
        return true;
      })
      .map((m) => ({ a: nameOf(m.a), b: nameOf(m.b), date: m.date })),
    // Meetings (met, or hosted face to face) are their own list in this format.
    relations: x.relations
      .filter((r) => r.type !== 'MET' && !r.meeting)
      .map((r) => ({
        source: nameOf(r.source),
        target: nameOf(r.target),
        kind:
          (r.kind ?? r.type.toLowerCase().replace(/_/g, ' ')) +
          (r.claimant ? ` (according to ${nameOf(r.claimant)})` : ''),
        polarity: Math.sign(r.polarity),
        ...(r.symmetric ? { symmetric: true } : {}),
      })),
  };
}

/** A draft in the importer's format, for an analyst to review; unknown actors are defined in it. */
export function toDraftArticle(x: Extraction, id: string, gazetteer: ActorIndex): ArticleFile {
  const text = x.raw.text;
  const knownOutlet = x.raw.outlet ? gazetteer.resolve(x.raw.outlet) : undefined;
  const outletId = knownOutlet?.ok ? knownOutlet.actor.id : slug(x.raw.outlet ?? '') || 'unknown-outlet';
  const outletDef = knownOutlet?.ok
    ? []
    : [
        {
          id: outletId,
          kind: 'Media' as const,
          name: x.raw.outlet ?? 'Unknown outlet',
          aliases: [],
          demonyms: [],
          seats: [],
          roles: [],
          confidence: x.raw.outlet ? 0.9 : 0,
        },
      ];
  const newActors = new Map<string, Mention>();
  for (const m of x.mentions) if (!m.known) newActors.set(m.actorId, m);
  const speakers = x.quotes.filter((q) => q.speaker);
  // Sentences as the importer splits them, so that evidence.sentence is what it checks.
  const sentences = splitSentences(text);
  const anchored = (start: number, end: number, confidence: number) => {
    const words = text.slice(start, end);
    return {
      text: words,
      occurrence: occurrenceOf(text, words, start),
      evidence: { sentence: sentenceAt(sentences, start)?.index ?? 0, start, end },
      confidence: round(confidence),
    };
  };
  const modality = (r: ExtractedRelation): Modality => {
    if (r.negated) return 'denied';
    return r.hedged ? 'hedged' : 'asserted';
  };
  return {
    id,
    url: x.raw.url,
    title: x.raw.title ?? text.split('\n')[0]!.slice(0, 120),
    outlet: outletId,
    author: null,
    publishedAt: x.raw.publishedAt,
    language: 'en',
    text,
    cites: [],
    actors: [
      ...[...newActors.values()].map((m) => ({
        id: m.actorId,
        kind: m.kind,
        name: m.name,
        aliases: [],
        demonyms: [],
        seats: [],
        roles: [],
        confidence: round(m.confidence ?? 0.3),
      })),
      ...(newActors.has(outletId) ? [] : outletDef),
    ],
    mentions: [...new Set(x.mentions.map((m) => m.actorId))],
    events: draftEvents(x, id),
    statements: speakers.map((q, i) => ({
      id: `s${i + 1}`,
      speaker: q.speaker!.actorId,
      direct: q.direct,
      ...anchored(q.start, q.start + q.text.length, q.confidence),
      ...when(q.date),
      about: [],
    })),
    // What a quoted or reported speaker asserts is a claim (with its statement); the rest is the outlet's own reporting.
    claims: x.relations
      .filter((r) => r.claimant)
      .map((r, i) => {
        const carrier = carrierOf(speakers, r);
        const confidence = draftedConfidence(x, r);
        return {
          id: `c${i + 1}`,
          claimant: r.claimant!.actorId,
          subject: r.source.actorId,
          predicate: r.type,
          object: r.target.actorId,
          modality: modality(r),
          ...anchored(r.evidenceStart, r.evidenceEnd, confidence),
          ...when(r.date),
          ...(carrier >= 0 ? { statement: `s${carrier + 1}` } : {}),
          via: [],
        };
      }),
    relations: x.relations
      .filter((r) => !r.claimant)
      .map((r) => ({
        type: r.type,
        source: r.source.actorId,
        target: r.target.actorId,
        ...anchored(r.evidenceStart, r.evidenceEnd, draftedConfidence(x, r)),
        modality: modality(r),
        ...when(r.date),
      })),
    extracted: true,
    reviewed: false,
  };
}

/**
 * The article's named events, one each. Event nodes are shared by id across
 * articles, so a machine draft's id is its article's: an analyst who knows
 * it is the same summit as another article's gives it that id on review.
 */
function draftEvents(x: Extraction, articleId: string): ArticleFile['events'] {
  const seen = new Set<string>();
  return x.events.flatMap((e) => {
    if (seen.has(e.eventId)) return [];
    seen.add(e.eventId);
    return [{ id: `${articleId}-${e.eventId}`.slice(0, 128), kind: e.kind, name: e.name, participants: [] }];
  });
}

/** The quote or reported clause a claim was read inside, by its index among the attributed quotes. */
function carrierOf(speakers: readonly Quote[], r: ExtractedRelation): number {
  return speakers.findIndex((q) => r.evidenceStart >= q.start && r.evidenceStart <= q.end);
}

/**
 * How sure a drafted relation or claim is: its reading, and for a claim its
 * attribution too. The calibration report (`eval:extract --report`) measures
 * this number, the one an analyst filters on.
 */
export function draftedConfidence(x: Extraction, r: ExtractedRelation): number {
  const speakers = x.quotes.filter((q) => q.speaker);
  const carrier = r.claimant ? carrierOf(speakers, r) : -1;
  return r.confidence * (carrier >= 0 ? speakers[carrier]!.confidence : 1);
}

const round = (n: number): number => Math.round(n * 100) / 100;
const when = (date: string | null): { date?: string } => (date ? { date } : {});

function occurrenceOf(text: string, needle: string, at: number): number {
  let n = 0;
  let i = -1;
  while ((i = text.indexOf(needle, i + 1)) >= 0 && i <= at) n += 1;
  return Math.max(1, n);
}

/**
 * Named events: summits, forums, wars, elections, formats and the like,
 * which the corpus counts among an article's actors (type Event) and the
 * graph keeps as Event nodes, never as sides of a relation. Read by the
 * shape of the noun phrase, not by a list of names: an event noun as its
 * head, and a name in it that makes it one event rather than a kind of one
 * ("the SCO summit", "the Astana International Forum", "Georgia's
 * parliamentary elections", "the summit of the leaders of X and Y"); later
 * "the summit" names the last event of that head the article named.
 */
import type { EVENT_KINDS } from '../../domain/vocabulary.js';
import type { ParsedDocument, Sentence, Token } from '../parse/document.js';
import { slug, type Mention } from './mention.js';

type EventKind = (typeof EVENT_KINDS)[number];

export interface EventMention {
  start: number;
  end: number;
  surface: string;
  /** one per event of the article: its mentions share it */
  eventId: string;
  /** the event's name: the surface of its fullest mention */
  name: string;
  kind: EventKind;
  confidence: number;
  /** the name with the place it is held in, as reports also name it ("the SCO summit in Tianjin") */
  withPlace?: string;
}

/** Head nouns of events, by the kind of event the graph records. */
const EVENT_HEADS: Readonly<Record<string, EventKind>> = {
  summit: 'summit',
  forum: 'other',
  conference: 'other',
  congress: 'other',
  games: 'other',
  olympics: 'other',
  olympiad: 'other',
  election: 'other',
  referendum: 'other',
  parade: 'other',
  festival: 'other',
  ceremony: 'other',
  expo: 'other',
  exhibition: 'other',
  championship: 'other',
  format: 'talks',
  process: 'talks',
  dialogue: 'talks',
  talks: 'talks',
  war: 'conflict',
  offensive: 'conflict',
  invasion: 'conflict',
  attack: 'conflict',
  bombing: 'conflict',
  massacre: 'conflict',
  tragedy: 'conflict',
  uprising: 'conflict',
  revolution: 'conflict',
};

/** Heads that are also bodies' names ("the Caspian Policy Forum"): capitalised, an event only where one takes place. */
const BODY_OR_EVENT = new Set(['forum', 'conference', 'congress', 'dialogue']);
/** Heads whose lowercase phrase with a place before it is still talk about talks ("Armenia-Russia talks"), no named event. */
const CAPITALISED_ONLY = new Set(['talks']);
/**
 * Heads a country's possessive makes one event ("Georgia's elections", "Azerbaijan's offensive"); "Russia's war"
 * or "the Kremlin's invasion" describes an ongoing one rather than naming it.
 */
const OWNED_EVENTS = new Set(['election', 'referendum', 'offensive', 'revolution', 'uprising']);
/** Heads an "of"-phrase naming who gathers makes one event ("the summit of the leaders of X and Y"). */
const GATHERINGS = new Set(['summit', 'forum', 'conference', 'congress']);
/** Words that make "the summit" another one than the one named before. */
const OTHER_ONE = new Set([
  'next',
  'previous',
  'last',
  'upcoming',
  'future',
  'past',
  'former',
  'new',
  'another',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'other',
  'same',
  'such',
  'similar',
  'annual',
  'regular',
  'extraordinary',
]);
/** What one does at, to or with an event taking place: the frame that makes "Forum" an event, not a body. */
const TAKING_PLACE = new Set([
  'attend',
  'host',
  'hold',
  'open',
  'close',
  'address',
  'convene',
  'organize',
  'organise',
  'skip',
  'boycott',
  'participate',
  'join',
  'chair',
]);
const TAKING_PLACE_CASES = new Set(['during', 'ahead', 'after', 'before', 'at', 'on']);

/** The events named in the article and the actors left once names inside them are no places of their own. */
export function findEvents(
  doc: ParsedDocument,
  mentions: readonly Mention[],
): { events: EventMention[]; mentions: Mention[] } {
  const events: EventMention[] = [];
  const taken = (start: number, end: number): boolean => events.some((e) => e.start < end && start < e.end);
  for (const s of doc.sentences) {
    for (const head of s.tokens) {
      const lemma = headLemma(head);
      const kind = lemma === undefined ? undefined : EVENT_HEADS[lemma];
      if (!kind || lemma === undefined) continue;
      const named = namedEvent(s, head, lemma, mentions);
      if (named && !taken(named.start, named.end)) {
        const surface = doc.text.slice(named.start, named.end);
        const key = `${lemma}|${named.key}`;
        const same = events.find((e) => e.eventId === slug(key));
        const place = heldIn(s, head, mentions);
        events.push({
          ...named,
          surface,
          ...(place ? { withPlace: doc.text.slice(named.start, place.end) } : {}),
          eventId: same?.eventId ?? slug(key),
          name: same && same.name.length >= surface.length ? same.name : surface,
          kind,
        });
        if (same) for (const e of events) if (e.eventId === same.eventId) e.name = events.at(-1)!.name;
        continue;
      }
      const short = shortForm(s, head, lemma);
      if (!short || taken(short.start, short.end)) continue;
      const before = [...events].reverse().find((e) => e.end <= short.start && headOf(e, doc) === lemma);
      if (!before) continue;
      events.push({
        start: short.start,
        end: short.end,
        surface: doc.text.slice(short.start, short.end),
        eventId: before.eventId,
        name: before.name,
        kind,
        confidence: 0.6,
      });
    }
  }
  events.push(...unrest(doc, events));
  // "the Astana International Forum" is the event, no body; "the Crocus City Hall attack": a place new to the
  // gazetteer named inside an event's name is part of the name.
  const inEvent = (m: Mention): boolean =>
    !m.known &&
    !m.seatOf &&
    events.some((e) => m.start >= e.start && m.end <= e.end && (m.end === e.end || m.kind === 'Region'));
  return { events: events.sort((a, b) => a.start - b.start), mentions: mentions.filter((m) => !inEvent(m)) };
}

function headLemma(t: Token): string | undefined {
  const lemma = t.lemma.toLowerCase();
  if (!/^NN/.test(t.pos)) return undefined;
  // "elections" and "Games" keep their plural in a name; the tagger may lemmatise a capitalised one as itself.
  if (lemma === 'elections') return 'election';
  return lemma in EVENT_HEADS ? lemma : undefined;
}

function headOf(e: EventMention, doc: ParsedDocument): string | undefined {
  const s = doc.sentenceAt(e.start);
  const last = s?.tokens.filter((t) => t.start >= e.start && t.end <= e.end).at(-1);
  return last ? headLemma(last) : undefined;
}

interface Named {
  start: number;
  end: number;
  key: string;
  confidence: number;
}

/** The left part of the phrase the head heads, without its determiner: "Shanghai Cooperation Organization (SCO) summit". */
function leftPhrase(s: Sentence, head: Token): Token[] {
  // "the Shanghai Cooperation Organization (SCO) summit": the parser may hang the head on the name before it
  const up = s.head(head.i);
  const root = up && up.rel === 'dep' && up.gov > 0 && up.gov < head.i ? up.gov : head.i;
  // the phrase's own preposition ("due to", "of") is not part of it; a possessor's "'s" is
  const marker = new Set(
    [root, head.i].flatMap((i) => s.treeChildren(i, /^(?:case|mark)$/).flatMap((e) => s.subtree(e.dep))),
  );
  const left = s
    .subtree(root, new Set(['det', 'acl', 'relcl', 'conj', 'cc']))
    .filter((i) => i <= head.i && !marker.has(i));
  const tokens = left.map((i) => s.token(i));
  // contiguous up to the head
  const out: Token[] = [];
  for (let k = tokens.length - 1; k >= 0; k -= 1) {
    const t = tokens[k]!;
    if (out.length > 0 && out[0]!.i - t.i !== 1) break;
    out.unshift(t);
  }
  while (out.length > 1 && /^(?:POS|,|-LRB-|-RRB-|``|''|DT)$/.test(out[0]!.pos)) out.shift();
  return out;
}

/** A word of a name: a month or a weekday is capitalised without naming anything. */
const isProper = (t: Token): boolean =>
  t.ner !== 'DATE' && (/^NNPS?$/.test(t.pos) || (/^\p{Lu}/u.test(t.word) && t.i > 1 && /^(?:JJ|CD|NN)/.test(t.pos)));

function namedEvent(s: Sentence, head: Token, lemma: string, mentions: readonly Mention[]): Named | undefined {
  const phrase = leftPhrase(s, head);
  const modifiers = phrase.filter((t) => t.i !== head.i);
  const start = phrase[0]!.start;
  const inside = (a: number, b: number): Mention[] => mentions.filter((m) => m.start >= a && m.end <= b);
  const ids = (ms: Mention[]): string => [...new Set(ms.map((m) => m.seatOf?.actorId ?? m.actorId))].sort().join('+');
  // a possessor says whose event it is, not which: "Putin's invasion" is no name ("Georgia's elections" is read below)
  const owned = new Set(s.treeChildren(head.i, 'nmod:poss').flatMap((e) => s.subtree(e.dep)));
  const properWords = modifiers.filter(
    (t) => isProper(t) && t.ner !== 'ORDINAL' && t.ner !== 'NUMBER' && !owned.has(t.i),
  );
  const nameKey = (): string => ids(inside(start, head.end)) || properWords.map((t) => t.word.toLowerCase()).join(' ');
  const capitalised = /^\p{Lu}/u.test(head.word) && head.i > 1;
  // "the 2024 Astana Forum", "the 10th Forum": a year or an ordinal makes it one occurrence
  const occurrence = modifiers.some((t) => t.ner === 'DATE' || t.ner === 'ORDINAL');
  if (capitalised && properWords.length > 0) {
    if (BODY_OR_EVENT.has(lemma) && !occurrence && !takesPlace(s, head)) return undefined;
    return { start, end: head.end, key: nameKey(), confidence: 0.8 };
  }
  if (properWords.length > 0 && !CAPITALISED_ONLY.has(lemma)) {
    // a person's name alone is no event's ("the Putin summit" is; "Putin war" is rare): a place, body or country is
    return { start, end: head.end, key: nameKey(), confidence: 0.7 };
  }
  const poss = s.treeChildren(head.i, 'nmod:poss').map((e) => s.token(e.dep));
  const owner = poss.flatMap((t) => inside(t.start, t.end)).find((m) => m.kind === 'Country');
  if (owner && OWNED_EVENTS.has(lemma)) return { start, end: head.end, key: ids([owner]), confidence: 0.6 };
  if (GATHERINGS.has(lemma) && s.treeChildren(head.i, 'det').some((e) => /^the$/i.test(s.token(e.dep).word))) {
    const of = s
      .treeChildren(head.i, /^nmod/)
      .find((e) => s.treeChildren(e.dep, 'case').some((c) => s.token(c.dep).lemma === 'of'));
    if (of) {
      const span = s.subtree(of.dep).map((i) => s.token(i));
      const end = span.at(-1)!.end;
      const who = inside(span[0]!.start, end).filter((m) => m.kind !== 'Person');
      if (who.length > 0 && span.every((t, k) => k === 0 || t.i - span[k - 1]!.i === 1))
        return { start, end, key: ids(who), confidence: 0.6 };
    }
  }
  return undefined;
}

/** "held the Forum", "at the Forum", "on the sidelines of the Forum": a body's name does not take these. */
function takesPlace(s: Sentence, head: Token): boolean {
  const up = s.head(head.i);
  if (!up || up.gov === 0) return false;
  const gov = s.token(up.gov);
  if (/^(?:obj|nsubj:pass)$/.test(up.rel) && TAKING_PLACE.has(gov.lemma.toLowerCase())) return true;
  const cases = s.treeChildren(head.i, 'case').map((e) => s.token(e.dep).lemma.toLowerCase());
  if (cases.includes('of') && /^(?:sideline|margin|eve|opening|start|end|session)s?$/.test(gov.lemma.toLowerCase()))
    return true;
  if (gov.pos.startsWith('VB') && cases.some((c) => TAKING_PLACE_CASES.has(c))) return true;
  return cases.includes('in') && TAKING_PLACE.has(gov.lemma.toLowerCase());
}

/** "… in Tianjin", "… in Nagorno-Karabakh": a place named right after the head, by "in". */
function heldIn(s: Sentence, head: Token, mentions: readonly Mention[]): Mention | undefined {
  const next = s.tokens[head.i];
  if (!next || next.word !== 'in') return undefined;
  const place = mentions.find((m) => m.start > next.start && m.start - next.end <= 1);
  return place && (place.kind === 'Region' || place.kind === 'Country') ? place : undefined;
}

/** "the summit", "the October elections": a definite event noun with no name of its own. */
function shortForm(s: Sentence, head: Token, lemma: string): { start: number; end: number } | undefined {
  const det = s.treeChildren(head.i, 'det').map((e) => s.token(e.dep));
  if (!det.some((d) => /^(?:the|this|that)$/i.test(d.word))) return undefined;
  const phrase = leftPhrase(s, head);
  if (phrase.some((t) => t.i !== head.i && isProper(t))) return undefined;
  if (phrase.some((t) => OTHER_ONE.has(t.word.toLowerCase()))) return undefined;
  if (s.treeChildren(head.i, 'nmod:poss').length > 0) return undefined;
  // "this year's elections" is another occurrence; a bare plural or an event of another kind is not the same one
  if (lemma !== 'election' && lemma !== 'talks' && head.word.toLowerCase() !== head.lemma.toLowerCase())
    return undefined;
  return { start: phrase[0]!.start, end: head.end };
}

/** Countable words for a crowd's action, an event only in the plural ("protests", not "a note of protest"). */
const CROWD_EVENTS = new Set(['protest', 'rally', 'demonstration', 'riot']);
/** Mass nouns for the same, an event in the singular ("the unrest", "the upheaval"). */
const UNREST = new Set(['unrest', 'upheaval', 'turmoil']);

/**
 * Protests and unrest, which have no name: "protests erupted", "widespread
 * popular protests", "the upheaval in the neighbouring nation". Every such
 * phrase of an article is the one wave of unrest it reports, unless a date
 * of its own makes it another ("fresh unrest in May of the following year").
 * Not a compound's modifier ("a protest vote") nor a verb ("began protesting").
 */
function unrest(doc: ParsedDocument, named: readonly EventMention[]): EventMention[] {
  const out: (EventMention & { dated: boolean })[] = [];
  for (const s of doc.sentences) {
    for (const head of s.tokens) {
      const lemma = head.lemma.toLowerCase();
      const crowd = CROWD_EVENTS.has(lemma) && head.pos === 'NNS';
      if (!crowd && !(UNREST.has(lemma) && /^NN/.test(head.pos))) continue;
      if (s.head(head.i)?.rel === 'compound') continue;
      const phrase = leftPhrase(s, head);
      const start = phrase[0]!.start;
      if (named.some((e) => e.start < head.end && start < e.end)) continue;
      // "in January", "of 2019": a date of its own after the head makes it another wave, and names it
      const dated = dateAfter(s, head);
      const end = dated?.end ?? head.end;
      // the wave the article reports is its first undated one; a dated one is another, earlier or later
      const before = out.find((e) => !e.dated);
      const surface = doc.text.slice(start, end);
      const eventId = before && !dated ? before.eventId : slug(`unrest|${surface}`);
      out.push({
        start,
        end,
        surface,
        eventId,
        name: before && !dated ? before.name : surface,
        kind: 'other',
        confidence: 0.5,
        dated: dated !== undefined,
      });
    }
  }
  return out.map(({ dated: _, ...e }) => e);
}

/** "in January of that year", "of 2019" right after the head (read by position: the parser often hangs it elsewhere). */
function dateAfter(s: Sentence, head: Token): Token | undefined {
  const prep = s.tokens[head.i];
  if (!prep || !/^(?:in|of|during)$/i.test(prep.word)) return undefined;
  let last: Token | undefined;
  for (let i = head.i + 2; i <= s.tokens.length; i += 1) {
    const t = s.token(i);
    if (t.ner === 'DATE' || t.ner === 'DURATION') last = t;
    else if (!/^(?:of|that|the|this|last)$/i.test(t.word)) break;
  }
  return last;
}

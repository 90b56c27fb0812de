/**
 * Relations from the cue lexicon (relation-cues.ts), read off a sentence's
 * actors. The actors are first grouped into units: a person with the country
 * that qualifies them ("Kazakh President Tokayev", "Putin of Russia",
 * "Belarus's Lukashenka") is one unit headed by the person. A cue's subject
 * is the unit before it and its objects the units after it (a coordinated
 * list counts whole); a passive ("was welcomed by X") swaps them; a fronted
 * phrase ("During talks with X, Y said …") finds its subject after the
 * phrase; a symmetric cue with no object pairs coordinated subjects ("A and
 * B have good relations"). Inside a quote or a reported clause the claimant
 * is the speaker, and the objects stay inside it.
 */
import { RELATION_TYPES, type RelationType, type RelationTypeInfo } from '../domain/vocabulary.js';
import { withoutDates } from './dates.js';
import type { Mention } from './mentions.js';
import { CUES, type Cue } from './relation-cues.js';
import { lastPerson, type Quote, type Sentence } from './speech.js';

export interface ExtractedRelation {
  type: RelationType;
  source: Mention;
  target: Mention;
  claimant: Mention | null;
  evidenceStart: number;
  evidenceEnd: number;
  polarity: number;
  hedged: boolean;
  /** "did not support": kept, with no polarity, and imported as a denial */
  negated: boolean;
  /** the sentence shape it was read from */
  reading: Reading;
  /** how sure the reading is (0–1), from its shape */
  confidence: number;
}

interface Unit {
  head: Mention;
  start: number;
  end: number;
}

/**
 * How sure each reading is, from its shape: a prior, not a calibration (on
 * the shared corpus every shape was right in 1/2 to 21/22 of ~40 readings, too
 * few to calibrate on); what it orders is which edges an analyst checks first.
 */
const CONFIDENCE = { inside: 0.75, direct: 0.7, passive: 0.6, list: 0.6, pronoun: 0.5, fronted: 0.5, coordinated: 0.5, relative: 0.45 } as const;
export type Reading = keyof typeof CONFIDENCE;

const HEDGE = /\b(?:may|might|could|possibly|perhaps|reportedly|allegedly|appears? to|seems? to)\b/i;
const NEGATION = /\b(?:not|no|never|didn't|hasn't|haven't|refused to|denied)\b/i;
/** Words between a country and the person it qualifies: titles, "of", "'s". */
const TITLE_GAP = /^(?:[’']s)?\s+(?:(?:\p{Lu}[\p{L}.-]*|of|the|president|prime|foreign|defen[cs]e|minister|chancellor|leader|counterpart|spokes(?:man|woman|person)|secretary|ambassador|envoy)\s+)*$/u;
const OF_GAP = /^\s+of\s+(?:the\s+)?$/;
const COORD_GAP = /^\s*(?:,|,?\s*and|,?\s*as well as)\s+(?:the\s+(?:leaders?|presidents?|heads? of (?:state|government)|heads?|prime ministers?|foreign ministers?)\s+of\s+(?:the\s+)?)?$/i;
const FRONTED = /^\W*(?:During|At|After|Despite|Following|Amid|Amidst|In|On|Before|Upon|Unlike|Like|Ahead of)\b/;
/**
 * A place named as where something happened ("in Germany", "in the Belarusian
 * capital of Minsk") is no actor in it. Unlike mentions.ts's test for capitals
 * used as places, "to" and "from" do not count: "a visit to X", "exports from X".
 */
const WHERE = /\b(?:in|at|near|outside|inside|via|through)\s+(?:the\s+)?(?:\p{L}+\s+(?:capital|city)(?:\s+of)?,?\s+)?$/u;
/** "due to meet", "will meet": a planned meeting is not a meeting. */
const PLANNED = /\b(?:will|would|shall|to)\s+(?:\w+\s+)?$/i;
const FRONTED_GAP = /^\s*,\s*(?:(?:the|no|all|both|some|many|most|several|\p{Lu}[\p{L}.]*)\s+)*$/u;
const CAUSE = /\b(?:due to|because of|owing to|thanks to)\b/i;
/** "a partner in Central Asia": a place of the relation, not its object (but influence is lost *in* a region, and one arrives in a country). */
const SCOPE = /\bin\s+(?:the\s+)?[[(“"]?$/i;
/** What may stand between a close cue and its object: articles, titles and "the leaders of", not figures, commas or other prepositions. */
const CLOSE_GAP = /^(?![^]*(?:[,;\d$€£%]|\b(?:from|in|on|about|for|into|over|under|after|before|during)\b))[^]{0,50}$/i;
const SCOPED_TYPES = new Set<RelationType>(['VISITED', 'LOSING_INFLUENCE_OVER']);

export function findRelations(text: string, mentions: Mention[], sentences: Sentence[], speech: Quote[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const s of sentences) {
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.kind !== 'Media');
    // One name is enough when a pronoun is the other end ("He was welcomed by X").
    if (inSentence.length === 0) continue;
    const units = unitsOf(text, inSentence);
    const sentence = text.slice(s.start, s.end);
    // "Scholz praised Kazakhstan and warned Russia": a coordinated verb keeps the clause's subject.
    let clauseSubject: { head: Mention; start: number; cueEnd: number } | null = null;
    for (const { cue, at, end } of cueHits(sentence, s.start)) {
      const carrier = speech.find((q) => at >= q.start && at <= q.end);
      const bound = carrier ? Math.min(s.end, carrier.end) : s.end;
      const emit = (source: Mention, target: Mention, from: number, to: number, reading: Reading, negated: boolean): void => {
        if (source.actorId === target.actorId) return;
        const evidenceStart = Math.min(from, at);
        const evidenceEnd = Math.max(to, end);
        out.push({
          type: cue.type,
          source,
          target,
          claimant: carrier?.speaker ?? null,
          evidenceStart,
          evidenceEnd,
          polarity: negated ? 0 : RELATION_TYPES[cue.type].polarity,
          hedged: HEDGE.test(text.slice(evidenceStart, evidenceEnd)),
          negated,
          reading,
          confidence: CONFIDENCE[reading],
        });
      };
      // Negation anywhere in the clause but the cue itself ("refused to attend" is the cue, not its denial).
      const negatedIn = (from: number, to: number): boolean => NEGATION.test(`${text.slice(Math.min(from, at), at)} ${text.slice(end, Math.max(to, end))}`);

      const inside = units.filter((u) => u.start >= at && u.end <= end);
      if (!cue.objectInside && inside.length >= 2) {
        emit(inside[0]!.head, inside[1]!.head, at, end, 'inside', negatedIn(at, end));
        continue;
      }
      if (cue.type === 'MET' && PLANNED.test(text.slice(Math.max(s.start, at - 20), at))) continue;
      const before = units.filter((u) => u.end <= at);
      const named = before.filter((u) => !WHERE.test(text.slice(Math.max(s.start, u.start - 40), u.start))).at(-1);
      // "…, where he visited": a pronoun closer to the cue than any name is its subject.
      const pronoun = /\b(?:he|she)\b(?![\s\S]*\b(?:he|she)\b)/i.test(text.slice(named?.end ?? s.start, at));
      const pronounSubject = pronoun ? lastPerson(mentions, at) : null;
      const subjects: Unit[] = pronounSubject ? [{ head: pronounSubject, start: at, end: at }] : named ? coordinated(text, units, named) : [];

      if (/ed$/i.test(text.slice(at, end)) && /^\s+by\b/i.test(text.slice(end))) {
        // Passive: "… hosted by X", "He was welcomed by X".
        for (const agent of objectsAfter(text, units, end, bound, null, cue)) {
          for (const patient of subjects) emit(agent.head, patient.head, patient.start, agent.end, 'passive', negatedIn(patient.start, agent.end));
        }
        continue;
      }

      const sharesSubject: boolean = clauseSubject !== null && named !== undefined && named.start >= clauseSubject.cueEnd && /^\s*,?\s*and\s+$/.test(text.slice(named.end, at));
      const subjectHead: Mention | null = sharesSubject ? clauseSubject!.head : (pronounSubject ?? named?.head ?? null);
      const objects = cue.objectInside ? inside.slice(0, 1) : objectsAfter(text, units, end, bound, subjectHead, cue);
      if (!subjectHead) {
        if (!FRONTED.test(text.slice(s.start, at)) || objects.length === 0) continue;
        // "During a meeting with X, Y condemned …": a list ends with "and"; a last item after a bare comma is the clause's subject.
        const lastGap = objects.length > 1 ? text.slice(objects.at(-2)!.end, objects.at(-1)!.start) : '';
        const next = units.find((u) => u.start >= objects.at(-1)!.end);
        // The subject follows the phrase's comma, with nothing but determiners and names between.
        const subject = /^\s*,\s*$/.test(lastGap) ? objects.pop()! : next && FRONTED_GAP.test(text.slice(objects.at(-1)!.end, next.start)) ? next : undefined;
        if (!subject) continue;
        for (const o of objects) emit(subject.head, o.head, at, o.end, 'fronted', negatedIn(at, o.end));
        continue;
      }
      const subject: Mention = subjectHead;
      const subjectStart: number = sharesSubject ? clauseSubject!.start : pronounSubject ? at : named!.start;
      clauseSubject = { head: subject, start: subjectStart, cueEnd: end };
      // "in Germany, where he visited": the place the relative clause hangs on.
      const last = before.at(-1);
      if (objects.length === 0 && last && last.head.actorId !== subject.actorId && /^,?\s+(?:where|which)\b/.test(text.slice(last.end, at))) {
        emit(subject, asCountry(last.head), last.start, last.end, 'relative', negatedIn(last.start, at));
        continue;
      }
      // "A and B have very good relations": a symmetric cue pairs the coordinated subjects.
      if (objects.length === 0 && !pronounSubject && (RELATION_TYPES[cue.type] as RelationTypeInfo).symmetric && subjects.length > 1) {
        for (const other of subjects.slice(1)) emit(subjects[0]!.head, other.head, subjects[0]!.start, other.end, 'coordinated', negatedIn(subjects[0]!.start, at));
        continue;
      }
      // "no Central Asian government has supported …": a negation just before the subject counts too.
      const lead = /\b(?:no|not|neither|nor)\s+$/i.test(text.slice(Math.max(s.start, subjectStart - 12), subjectStart));
      const denies = cue.type !== 'COMPLIES_WITH_SANCTIONS_AGAINST';
      objects.forEach((o, i) => {
        const reading = pronounSubject ? 'pronoun' : i > 0 ? 'list' : 'direct';
        emit(subject, o.head, subjectStart, o.end, reading, denies && (lead || negatedIn(subjectStart, o.end)));
      });
    }
  }
  return dedupe(out);
}

/** Every cue in a sentence, but those inside a longer cue ("war against" in "prepare for war against"). */
function cueHits(sentence: string, offset: number): { cue: Cue; at: number; end: number }[] {
  const hits = CUES.flatMap((cue) => [...sentence.matchAll(cue.pattern)].map((h) => ({ cue, at: offset + h.index, end: offset + h.index + h[0].length })));
  return hits.filter((h) => !hits.some((o) => o !== h && o.at <= h.at && h.end <= o.end && o.end - o.at > h.end - h.at)).sort((a, b) => a.at - b.at);
}

/** Sentence actors grouped into units headed by a person where a country or organisation qualifies them. */
function unitsOf(text: string, mentions: Mention[]): Unit[] {
  const units: Unit[] = [];
  for (const m of mentions) {
    const last = units.at(-1);
    if (last) {
      const gap = text.slice(last.end, m.start);
      if (m.kind === 'Person' && last.head.kind !== 'Person' && last.start === last.head.start && last.end === last.head.end && TITLE_GAP.test(gap)) {
        units[units.length - 1] = { head: m, start: last.start, end: m.end };
        continue;
      }
      if (last.head.kind === 'Person' && m.kind !== 'Person' && last.end === last.head.end && OF_GAP.test(gap)) {
        last.end = m.end;
        continue;
      }
    }
    units.push({ head: m, start: m.start, end: m.end });
  }
  return units;
}

/** The unit with the units coordinated before it ("Putin and the leaders of Kazakhstan, Kyrgyzstan and Tajikistan"). */
function coordinated(text: string, units: Unit[], last: Unit): Unit[] {
  const list = [last];
  for (let i = units.indexOf(last) - 1; i >= 0 && COORD_GAP.test(text.slice(units[i]!.end, list[0]!.start)); i--) list.unshift(units[i]!);
  return list;
}

/**
 * The objects of a cue: the first unit after it and every unit coordinated
 * with it ("the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan"), up to
 * a cause ("due to Putin's invasion") and within the quote that carries it.
 */
function objectsAfter(text: string, units: Unit[], from: number, bound: number, subject: Mention | null, cue: Cue): Unit[] {
  const type = cue.type;
  const cause = CAUSE.exec(text.slice(from, bound));
  const limit = cause ? from + cause.index : bound;
  const after = units.filter((u) => u.start >= from && u.end <= limit && u.head.actorId !== subject?.actorId);
  const first = after[0];
  if (!first || (!SCOPED_TYPES.has(type) && SCOPE.test(text.slice(from, first.start)))) return [];
  if (cue.objects && !cue.objects.includes(first.head.kind)) return [];
  // A time phrase may stand between too ("met on Friday with Xi").
  if (cue.close && !CLOSE_GAP.test(withoutDates(text.slice(from, first.start)))) return [];
  // A visit to a capital is a visit to its country.
  const asActor = (u: Unit): Unit => (type === 'VISITED' ? { ...u, head: asCountry(u.head) } : u);
  const objects = [first];
  for (const u of after.slice(1)) {
    if (!COORD_GAP.test(text.slice(objects.at(-1)!.end, u.start))) break;
    objects.push(u);
  }
  return objects.map(asActor);
}

/** A capital named as a place stands for its country where a visit or a stay is meant ("visited Tashkent"). */
function asCountry(m: Mention): Mention {
  return m.seatOf ? { ...m, ...m.seatOf, seatOf: undefined } : m;
}

function dedupe(relations: ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.type} ${r.source.actorId} ${r.target.actorId} ${r.evidenceStart}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

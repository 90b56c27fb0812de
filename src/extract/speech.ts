/**
 * Who said what: direct quotes in every quotation style, attributed within
 * the sentence ("…," Tokayev said; X wrote: "…"), to the previous speaker
 * when a quote paragraph continues, or by "he"/"she" to the last person
 * named; and reported speech ("X said that …", "according to X, …", "the
 * statement by X that …", "X urged Y to …"). Each attribution carries a
 * confidence from how its speaker was found.
 */
import nlp from 'compromise';
import type { Mention } from './mentions.js';

export interface Quote {
  start: number;
  end: number;
  text: string;
  direct: boolean;
  speaker: Mention | null;
  /** how sure the attribution is (0–1), from how the speaker was found */
  confidence: number;
}

/** Attribution confidence by how the speaker was found: a name in the attribution clause is surest, carrying a speaker over is least sure. */
export const ATTRIBUTION = { named: 0.9, according: 0.8, that: 0.8, nominal: 0.6, pronoun: 0.65, thatless: 0.65, tail: 0.7, continued: 0.6, none: 0 } as const;

const QUOTE_PAIRS: [string, string][] = [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['‘', '’']]; // and straight '…', in findQuotes
const SPEECH_VERBS = 'said|says|say|told|tells|tell|wrote|writes|added|adds|noted|stressed|stresses|emphasized|emphasised|stated|declared|declares|explained|explains|argued|argues|claimed|claims|insisted|insists|announced|announces|warned|warns|believes|believe|believed|thinks|think|thought|suggested|suggests|remarked|recalled|asserted|asserts|underlined|pointed out|commented|replied|answered|continued|concluded|urged|urges|admitted|acknowledged|confirmed|denied|denies|reported|reports|posted|tweeted';
/** Finite forms only: without "that", base forms are too often nouns or adjectives ("think tank"). */
const THATLESS_VERBS = 'said|says|told|wrote|writes|added|stressed|stated|declared|explained|argued|insisted|announced|warned|believes|believed|thinks|thought|suspect|suspects|suspected';
const VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);
const PRONOUN = /^(?:he|she|He|She)$/;

export interface Sentence {
  start: number;
  end: number;
}

export function findQuotes(text: string, mentions: Mention[], sentences: Sentence[], reported: Quote[] = []): Quote[] {
  const spans: { start: number; end: number; open: number; close: number }[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let i = 0;
    for (;;) {
      const s = text.indexOf(open, i);
      if (s < 0) break;
      // an apostrophe is not an opening single quote
      if (open === '‘' && /\p{L}/u.test(text[s - 1] ?? '')) { i = s + 1; continue; }
      const e = text.indexOf(close, s + 1);
      if (e < 0 || e - s > 2000 || text.slice(s, e).includes('\n\n')) { i = s + 1; continue; }
      if (!spans.some((x) => s >= x.open && s <= x.close)) spans.push({ start: s + 1, end: e, open: s, close: e });
      i = e + 1;
    }
  }
  // Straight single quotes double as apostrophes: one opens only after a space or bracket and before a letter,
  // and closes only before a space or punctuation ("Russia's" and "don't" are neither).
  for (const m of text.matchAll(/(?<=^|[\s([—–])'(?=[\p{L}\p{N}])([^\n]{1,1000}?[^\s])'(?![\p{L}\p{N}])/gu)) {
    const open = m.index;
    const close = open + m[0].length - 1;
    if (!spans.some((x) => open >= x.open && open <= x.close)) spans.push({ start: open + 1, end: close, open, close });
  }
  spans.sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  let previous: Quote | undefined;
  /** "he said" after quotes usually means the article's current speaker, not the last person named. */
  const pronounTarget = (before: number): Mention | null => {
    const speakers = [...reported, ...quotes].filter((q) => q.speaker && q.end <= before && before - q.end < 600).sort((a, b) => a.end - b.end);
    return speakers.pop()?.speaker ?? lastPerson(mentions, before);
  };
  for (const span of spans) {
    let body = text.slice(span.start, span.end).trim();
    body = body.replace(/[,.;:]+$/, '');
    if (body.split(/\s+/).length < 1 || body.length < 2) continue;
    const sentence = sentences.find((s) => span.open >= s.start && span.open < s.end) ?? { start: span.open, end: span.close };
    const sentenceEnd = Math.max(sentence.end, sentences.find((s) => span.close >= s.start && span.close < s.end)?.end ?? span.close);
    // The attribution of a quote ends where the next quote begins.
    const nextOpen = spans.find((x) => x.open > span.close)?.open ?? Infinity;
    const after = { start: span.close + 1, end: Math.min(sentenceEnd, span.close + 160, nextOpen) };
    const before = { start: Math.max(sentence.start, span.open - 160), end: span.open };
    let speaker = speakerIn(text, mentions, after, 'after', span.open, pronounTarget) ?? speakerIn(text, mentions, before, 'before', span.open, pronounTarget);
    // A speaker named inside the attribution windows was read there; one from outside came through a pronoun.
    let confidence: number = !speaker ? ATTRIBUTION.none : speaker.start >= before.start && speaker.end <= after.end ? ATTRIBUTION.named : ATTRIBUTION.pronoun;
    if (!speaker && (speaker = accordingTo(text, mentions, sentence.start, span.open))) confidence = ATTRIBUTION.according;
    if (!speaker && pronounSays(text, after) && (speaker = pronounTarget(span.open))) confidence = ATTRIBUTION.pronoun;
    // A quote paragraph that continues the previous speaker's words.
    if (!speaker && previous?.speaker && span.open - previous.end < 400) {
      speaker = previous.speaker;
      confidence = ATTRIBUTION.continued;
    }
    const quote: Quote = { start: span.start, end: span.end, text: body, direct: true, speaker, confidence };
    quotes.push(quote);
    previous = quote;
  }
  return quotes;
}

function mentionsIn(mentions: Mention[], start: number, end: number): Mention[] {
  return mentions.filter((m) => m.start >= start && m.end <= end);
}

/**
 * The speaker in an attribution clause next to a quote: the actor right
 * before or right after the speech verb (`,” Tokayev said`, `said Kosnazarov`,
 * `he said`), persons first. Actors further on ("in an interview with
 * Russia's TV Channel One") are not speakers.
 */
function speakerIn(text: string, mentions: Mention[], window: { start: number; end: number }, side: 'after' | 'before', quoteOpen: number, pronoun: (before: number) => Mention | null): Mention | null {
  const clause = text.slice(window.start, window.end);
  const verbs = [...clause.matchAll(new RegExp(VERB.source, 'g'))];
  const verb = side === 'after' ? verbs[0] : verbs[verbs.length - 1];
  if (!verb) return null;
  const verbStart = window.start + verb.index!;
  const verbEnd = verbStart + verb[0].length;
  const lead = text.slice(window.start, verbStart);
  // "he said" after a quote, "He added:" before one: the last person named before the quote (not one named inside it)
  if (side === 'after' && /^\W*(?:he|she)\s*$/i.test(lead)) return pronoun(quoteOpen);
  if (side === 'before' && /\b(?:he|she)\s*$/i.test(lead) && !/\p{L}/u.test(text.slice(verbEnd, window.end).replace(/^\s*(?:that)?/, '').slice(0, 1))) return pronoun(quoteOpen);
  // after the verb, up to the end of the clause: `said Kazakh scholar Daniyar Kosnazarov, who…`
  // "told Reuters", "tell VOA": whoever comes right after these verbs is the addressee, not the speaker.
  const tail = /^(?:told|tell|tells)$/i.test(verb[0]) ? '' : /^[^,.;:!?]{0,60}/.exec(text.slice(verbEnd))![0];
  const near = mentions.filter((m) => (m.end <= verbStart && m.end >= verbStart - 60 && m.start >= window.start) || (m.start >= verbEnd && m.end <= verbEnd + tail.length));
  const persons = near.filter((m) => m.kind === 'Person');
  const pool = persons.length > 0 ? persons : near;
  if (pool.length === 0) return null;
  // the one closest to the verb
  return pool.reduce((best, m) => (distance(m, verbStart, verbEnd) < distance(best, verbStart, verbEnd) ? m : best));
}

function distance(m: Mention, verbStart: number, verbEnd: number): number {
  return m.end <= verbStart ? verbStart - m.end : m.start - verbEnd;
}

function pronounSays(text: string, window: { start: number; end: number }): boolean {
  return new RegExp(`^\\W*(?:he|she)\\s+(?:${SPEECH_VERBS})\\b`, 'i').test(text.slice(window.start, window.end));
}

function accordingTo(text: string, mentions: Mention[], from: number, to: number): Mention | null {
  const m = /according to\s/i.exec(text.slice(from, to));
  if (!m) return null;
  return mentionsIn(mentions, from + m.index, to).find((x) => x.kind === 'Person') ?? mentionsIn(mentions, from + m.index, to)[0] ?? null;
}

export function lastPerson(mentions: Mention[], before: number): Mention | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end <= before && m.kind === 'Person') return m;
  }
  return null;
}

const APPEAL = /\b(?:(?:urged|urges|called on|calls on|appealed to|appeals to)\s+(?=[^,.;]{2,80}?\bto\s+\p{Ll})|expressed (?:a |the |his |her |their )?hope(?:\s+that)?\s+(?=to\s+\p{Ll}|\p{L}))/gu;

/** A statement named as a noun: "the statement by Kazakh President Tokayev that …". */
const NOMINAL = /\b(?:statement|remarks?|words|comments?|announcement|assurances?|promise|pledge|claim|warning)\s+(?:by|of|from)\s+[^,.;“”"]{2,100}?\s+that\s+/i;

/** The clause of a nominal statement: up to the second verb group (the first is the clause's own), or a closing quote mark's clause. */
function nominalClause(rest: string): string {
  const sentence = rest.replace(/[\s.!?]+$/, '');
  const verbs = nlp(sentence).verbs().out('offset') as { offset: { start: number } }[];
  const cut = verbs.length >= 2 ? verbs[1]!.offset.start : sentence.length;
  return sentence.slice(0, cut).replace(/[\s,;:”"]+$/, '');
}

/** "X said [quietly] [in an interview] that …", "X told reporters that …" (the addressee is not the clause). */
const REPORTED = new RegExp(`\\b(?:${SPEECH_VERBS})(?:\\s+\\w+ly)?(?:\\s+(?:to|in|at|on|during|after)\\s+[^,.]{1,60}?|(?<=\\b(?:told|tell|tells|assured|informed|reminded))\\s+[^,.;“”"]{1,60}?)?\\s+that\\s+`, 'g');
/**
 * A clause without its closing punctuation; a closing quote mark stays when
 * the clause opened the quote (the talks were “useless”), and goes when it
 * closes a quote the clause sits in.
 */
function trimClause(clause: string): string {
  const bare = clause.replace(/[\s.,;:!?]+$/, '');
  const count = (marks: RegExp): number => (bare.match(marks) ?? []).length;
  const balanced = count(/[“«]/g) === count(/[”»]/g) && count(/"/g) % 2 === 0;
  return balanced ? bare : bare.replace(/[\s.,;:!?”"»]+$/, '');
}
/** A reported clause ends where a new clause is coordinated onto it. */
const clauseEnd = (clause: string): string => clause.split(/,\s+(?:and|but|while|whereas)\s+(?:in|on|at|the|a|an|later|then)\b|;\s+/)[0]!;

/** "He said that …": when the word before the verb is he/she, the last person named before the sentence. */
function pronounSpeaker(text: string, mentions: Mention[], sentenceStart: number, verbAt: number): Mention | null {
  return PRONOUN.test(text.slice(sentenceStart, verbAt).trim().split(/\s+/).pop() ?? '') ? lastPerson(mentions, sentenceStart) : null;
}

/** Reported speech: "X said that CLAUSE", "According to X, CLAUSE", with X an actor or he/she. */
export function findReported(text: string, mentions: Mention[], sentences: Sentence[]): Quote[] {
  const out: Quote[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const reportedVerbs = new Set<number>();
    for (const m of sentence.matchAll(REPORTED)) {
      const verbAt = s.start + m.index!;
      reportedVerbs.add(verbAt);
      const clauseStart = verbAt + m[0].length;
      const actors = mentionsIn(mentions, s.start, verbAt);
      const named = actors.filter((a) => a.kind === 'Person').pop() ?? actors.pop();
      const speaker = named ?? pronounSpeaker(text, mentions, s.start, verbAt);
      if (!speaker) continue;
      const clause = trimClause(clauseEnd(text.slice(clauseStart, s.end)));
      out.push({ start: clauseStart, end: clauseStart + clause.length, text: clause, direct: false, speaker, confidence: named ? ATTRIBUTION.that : ATTRIBUTION.pronoun });
    }
    // "According to X, an expert at Y, CLAUSE": skip the appositive.
    // "Lukashenka said Armenia's absence was discussed": a speaker right before the verb, a clause right after it.
    for (const m of sentence.matchAll(new RegExp(`\\b(?:${THATLESS_VERBS})\\s+(?!that\\b|on\\b|in\\b|at\\b|during\\b|to\\b|after\\b|before\\b|when\\b|it\\b)(?=[\\p{L}“"])`, 'gu'))) {
      const verbAt = s.start + m.index!;
      if (reportedVerbs.has(verbAt)) continue;
      const speaker = mentions.find((x) => x.end <= verbAt && verbAt - x.end <= 1 && x.start >= s.start);
      if (!speaker || /[“”"«»]/.test(text.slice(verbAt, verbAt + m[0].length + 1))) continue;
      const clauseStart = verbAt + m[0].length;
      const clause = text.slice(clauseStart, s.end).replace(/[\s.,;:!?]+$/, '');
      // a clause with quotation marks in it is a quote's attribution ("told reporters: «…»"), not reported speech
      if (clause.split(/\s+/).length >= 4 && !/[“”"«»:]/.test(clause)) out.push({ start: clauseStart, end: clauseStart + clause.length, text: clause, direct: false, speaker, confidence: ATTRIBUTION.thatless });
    }
    // "He urged the government to focus on …", "expressed a hope to see …": what the speaker wants done.
    for (const m of sentence.matchAll(APPEAL)) {
      const verbAt = s.start + m.index;
      const named = mentionsIn(mentions, s.start, verbAt).filter((a) => a.kind === 'Person').pop();
      const speaker = named ?? pronounSpeaker(text, mentions, s.start, verbAt);
      if (!speaker) continue;
      const clauseStart = verbAt + m[0].length;
      const clause = trimClause(clauseEnd(text.slice(clauseStart, s.end)));
      out.push({ start: clauseStart, end: clauseStart + clause.length, text: clause, direct: false, speaker, confidence: named ? ATTRIBUTION.that : ATTRIBUTION.pronoun });
    }
    // "The statement by X that CLAUSE attracted …": the clause ends where the sentence's own verb begins.
    const nominal = NOMINAL.exec(sentence);
    if (nominal) {
      const at = s.start + nominal.index;
      const clauseStart = at + nominal[0].length;
      const speaker = mentionsIn(mentions, at, clauseStart).find((a) => a.kind === 'Person');
      const clause = speaker ? nominalClause(text.slice(clauseStart, s.end)) : '';
      if (speaker && clause.split(/\s+/).length >= 3) out.push({ start: clauseStart, end: clauseStart + clause.length, text: clause, direct: false, speaker, confidence: ATTRIBUTION.nominal });
    }
    const acc = /^According to ([^,]+),\s+(?:(?:an?|the)\s[^,“”"«»]{1,60},\s+)?/i.exec(sentence);
    if (acc) {
      const actors = mentionsIn(mentions, s.start, s.start + acc[0].length);
      const speaker = actors.find((a) => a.kind === 'Person') ?? actors[0];
      if (speaker) {
        const clauseStart = s.start + acc[0].length;
        const clause = text.slice(clauseStart, s.end).replace(/[\s.,;:!?]+$/, '');
        out.push({ start: clauseStart, end: clauseStart + clause.length, text: clause, direct: false, speaker, confidence: ATTRIBUTION.according });
      }
    }
    // "CLAUSE, X said [on Wednesday / according to …]." — the clause may hold quoted words, but must not be a quote itself.
    const tail = new RegExp(`,\\s+([^,]{2,60}?)\\s+(?:${SPEECH_VERBS})(?:\\s+(?:on|in|at|during|after|according|as)\\b[^.]*)?\\s*\\.?$`).exec(sentence);
    if (tail && !/^\s*[“"«„‘]/.test(sentence)) {
      const actors = mentionsIn(mentions, s.start + tail.index + 1, s.start + tail.index + 1 + tail[1]!.length + 2);
      const speaker = actors.find((a) => a.kind === 'Person') ?? actors[0];
      if (speaker) out.push({ start: s.start, end: s.start + tail.index, text: sentence.slice(0, tail.index), direct: false, speaker, confidence: ATTRIBUTION.tail });
    }
  }
  return out;
}

/**
 * Speech read off a CoreNLP parse: direct quotes (CoreNLP's spans, repaired,
 * names left out, unclosed quotes per paragraph, transcript lines) and
 * reported speech, each with its speaker from the dependency tree and a
 * confidence from the shape of the attribution. Sentences are read in
 * order, so that an unresolved "he" or a quote paragraph without attribution
 * can fall back on the speaker heard last.
 */
import type { Mention } from '../actors/mention.js';
import type { ParsedDocument } from '../parse/document.js';
import type { MentionIndex } from '../parse/mention-index.js';
import { carriesOver } from './carry.js';
import { attributionAfter, directSpeaker, introducedBy } from './direct.js';
import {
  colonFrame,
  namedAfter,
  PreviousPerson,
  sentenceReporter,
  speechLike,
  termLike,
  verdictBefore,
} from './fallback.js';
import { ATTRIBUTION, type Attribution, type Quote } from './quote.js';
import { reportedIn } from './reported.js';
import { Speakers } from './speakers.js';
import { quoteSpans, type QuoteSpan } from './spans.js';
import { transcriptLines } from './transcript.js';

export { ATTRIBUTION, type Quote } from './quote.js';
export { parserQuoteMarks } from './marks.js';

/** nouns that give a name, not words, when a colon follows them: "under the slogan: “…”", "a banner reading: “…”" */
const NAMING_BEFORE_COLON =
  /\b(?:slogans?|mottos?|titled?|names?|named|banners?|headlines?|labels?|hashtags?|posters?|signs?|chants?|reading)\b[^:.;]*:\s*[“«„"‘']?$/i;

export function findSpeech(doc: ParsedDocument, index: MentionIndex): Quote[] {
  const text = doc.text;
  const speakers = new Speakers(doc, index);
  const spans = quoteSpans(doc);
  const lines = transcriptLines(doc, index);
  const quoted = (start: number, end: number): number =>
    spans.reduce((n, q) => n + Math.max(0, Math.min(end, q.close) - Math.max(start, q.open)), 0);
  const paragraphOf = (offset: number): number => doc.sentenceAt(offset)?.paragraph ?? -1;
  const previousPerson = new PreviousPerson(doc, index, quoted);
  const out: Quote[] = [];
  const bySpan = new Map<QuoteSpan, Quote>();
  const push = (start: number, end: number, direct: boolean, by: Attribution | undefined): Quote => {
    const q: Quote = {
      start,
      end,
      text: text.slice(start, end),
      direct,
      speaker: by?.speaker ?? null,
      confidence: ATTRIBUTION[by?.shape ?? 'none'],
    };
    out.push(q);
    if (by) speakers.heard(start, by.speaker);
    return q;
  };
  /** a speaker heard at `from` still speaking at `to`: no direct quote left unattributed between, no new section, no other voice */
  const carried = (from: number, to: number, speaker: Mention): boolean =>
    !out.some((q) => q.direct && !q.speaker && q.start > from && q.end <= to) &&
    carriesOver(doc, index, from, to, speaker);
  /** the speaker of the last attributed quote before an offset, in the same or the previous paragraph */
  const previous = (offset: number): Attribution | undefined => {
    const last = out
      .filter((q) => q.speaker && q.end <= offset)
      .sort((a, b) => a.end - b.end)
      .at(-1);
    return last?.speaker &&
      paragraphOf(offset) - paragraphOf(last.start) <= 1 &&
      carried(last.start, offset, last.speaker)
      ? { speaker: last.speaker, shape: 'continued' }
      : undefined;
  };
  /** a later paragraph of an unclosed quote is its first paragraph's; else the quote's own sentences, a transcript line, the previous speaker */
  const attribute = (q: QuoteSpan): Attribution | undefined => {
    const first = q.continues && bySpan.get(q.continues);
    if (first) return first.speaker ? { speaker: first.speaker, shape: 'continued' } : undefined;
    const read = directSpeaker(doc, q, speakers);
    const line = lines.find((l) => l.start <= q.open && q.close <= l.end + 2);
    // null: attributed there, to someone unknown ("we call it “…”" inside a transcript line: the line's speaker); nothing to carry over
    if (read !== undefined) return read ?? (line && { speaker: line.speaker, shape: 'continued' });
    const introduced = introducedBy(doc, q, speakers);
    if (introduced) return introduced;
    if (line) return { speaker: line.speaker, shape: line.named ? 'transcript' : 'continued' };
    // a name or a title in quotation marks is no one's words, whatever frames it
    if (termLike(doc, q)) return undefined;
    // "“…,” X shrugged": the construction attributes, even words too short to read as speech alone
    const after = attributionAfter(doc, q, speakers);
    if (after) return after;
    const whole = q.whole ?? q;
    // A quote nothing attributes is someone's words only if it reads as speech: a term in quotation marks is no one's,
    // unless a clause with its own speaker hands it over with a colon and it ends the sentence ("X summed it up: “…”")
    // (not a name given with a colon: "their slogan: “…”")
    if (!speechLike(doc, q))
      return sentenceEnd(whole.close) &&
        !NAMING_BEFORE_COLON.test(doc.text.slice(Math.max(0, whole.open - 60), whole.open))
        ? colonBefore(whole)
        : undefined;
    const framed = frameAround(whole);
    if (framed) return framed;
    // a run of quotes by one speaker, the person the sentence before is about, the speaker heard last: a reader's guesses
    const last = speakers.lastHeard(q.open, 2500);
    return (
      previous(q.open) ??
      previousPerson.of(whole.open, speakers) ??
      (last && carried(last.offset, q.open, last.speaker) ? { speaker: last.speaker, shape: 'recent' } : undefined)
    );
  };
  /** a colon closing the clause before the quote, in its sentence or the one right before it */
  const colonBefore = (whole: { open: number; close: number }): Attribution | undefined => {
    const here = doc.sentenceAt(whole.open);
    const before = here && here.start < whole.open ? here : doc.sentences[(here?.index ?? doc.sentences.length) - 1];
    const adjacent = before && /^[\s“«„"‘']*$/.test(doc.text.slice(Math.min(before.end, whole.open), whole.open));
    return before && (before === here || adjacent) ? colonFrame(doc, before, whole.open, speakers) : undefined;
  };
  /** nothing but punctuation between the quote's close and the end of its sentence */
  const sentenceEnd = (close: number): boolean => {
    const s = doc.sentences.find((x) => x.end >= close);
    return s !== undefined && /^[\s.!?”"»’']*$/.test(doc.text.slice(close, s.end));
  };
  /** frames without a reporting verb around a quote: a colon closing the clause before it, a naming sentence after it, a speaker in its sentence */
  const frameAround = (whole: { open: number; close: number }): Attribution | undefined => {
    return (
      colonBefore(whole) ??
      namedAfter(doc, whole, speakers) ??
      verdictBefore(doc, whole.open, speakers) ??
      sentenceReporter(doc, whole, speakers)
    );
  };
  let next = 0;
  for (const s of doc.sentences) {
    const reported = reportedIn(doc, s, speakers, quoted);
    const items: { at: number; read: () => void }[] = reported.map((r) => ({
      at: r.start,
      read: () => void push(r.start, r.end, false, r.by),
    }));
    for (; next < spans.length && spans[next]!.start < s.end; next += 1) {
      const q = spans[next]!;
      items.push({
        at: q.start,
        read: () => {
          bySpan.set(q, push(q.start, q.end, true, attribute(q)));
        },
      });
    }
    items.sort((a, b) => a.at - b.at).forEach((x) => x.read());
  }
  // Transcript lines are direct speech where no quotation marks already said so.
  for (const l of lines) {
    if (quoted(l.start, l.end) >= 0.5 * (l.end - l.start)) continue;
    push(l.start, l.end, true, { speaker: l.speaker, shape: l.named ? 'transcript' : 'continued' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Where the direct quotes are: CoreNLP's quotes as the base, repaired where
 * a stray closing mark opened one, without names in quotation marks (a law,
 * a newspaper, a slogan), plus a quote that opens and never closes, which
 * runs to the end of its paragraph and on through the paragraphs after it
 * that have no quotation marks of their own.
 */
import type { ParsedDocument } from '../parse/document.js';

export interface QuoteSpan {
  /** offsets of the opening mark and of the end of the quote (after its closing mark, if any) */
  open: number;
  close: number;
  /** the quoted words, without marks and trailing punctuation */
  start: number;
  end: number;
  /** set on the later paragraphs of a quote that never closes: they belong to the quote that opened it */
  continues?: QuoteSpan;
  /** for one paragraph of a quote running over several: the whole quote, whose sentences hold its attribution */
  whole?: { open: number; close: number };
}

const OPENING = new Set(['“', '«', '„', '"', '‘', "'"]);
const CLOSING = new Set(['”', '»', '"', '’', '“', "'", '″']);
const ANY_MARK = /[“”«»„"]/;
const MAX_CARRIED = 4;
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'a', 'an', 'to', '&', '-', '–']);

export function quoteSpans(doc: ParsedDocument): QuoteSpan[] {
  const text = doc.text;
  const spans: QuoteSpan[] = [];
  for (const q of doc.quotes) {
    let open = q.beginIndex;
    const close = q.endIndex;
    // A closing mark cannot open a quote: the quote starts at the next opening mark, if any.
    if (CLOSING.has(text[open] ?? '') && !OPENING.has(text[open] ?? '')) {
      const next = [...text.slice(open + 1, close)].findIndex((c) => OPENING.has(c));
      if (next < 0) continue;
      open = open + 1 + next;
    }
    // A quote nested in the same marks ("… of “New Uzbekistan” will …") can end CoreNLP's quote early: close at the balancing mark.
    const end = balancedClose(text, open) ?? close;
    const span = inner(text, open, end);
    if (!span || isName(doc, span)) continue;
    // A quote over several paragraphs is quoted per paragraph, each attributed by the whole quote's sentences.
    const breaks = [...text.slice(open, end).matchAll(/\n\s*\n?/g)].map((m) => open + m.index);
    if (breaks.length === 0) {
      spans.push(span);
      continue;
    }
    // A quote goes on into the next paragraph only if that paragraph opens with a quotation mark; otherwise its mark
    // was never closed and it ends with its paragraph (the parser pairs it with a mark paragraphs later).
    const runsOn = breaks.findIndex((at) => !OPENING.has(text.slice(at).trimStart()[0] ?? ''));
    const kept = runsOn < 0 ? breaks : breaks.slice(0, runsOn);
    const last = runsOn < 0 ? end : breaks[runsOn]!;
    if (kept.length === 0) {
      const part = inner(text, open, last);
      if (part) spans.push(part);
      continue;
    }
    let from = open;
    for (const at of [...kept, last]) {
      const part = inner(text, from, at);
      if (part) spans.push({ ...part, whole: { open, close: last } });
      from = at;
    }
  }
  spans.push(...singleQuoted(doc, spans));
  spans.push(...paired(doc, spans));
  spans.push(...unclosed(doc, spans));
  return spans.sort((a, b) => a.open - b.open);
}

function inner(text: string, open: number, close: number): QuoteSpan | undefined {
  let start = open;
  while (start < close && (OPENING.has(text[start]!) || /\s/.test(text[start]!))) start += 1;
  let end = close;
  while (end > start && (CLOSING.has(text[end - 1]!) || /[\s.,;:]/.test(text[end - 1]!))) end -= 1;
  return end - start >= 2 ? { open, close, start, end } : undefined;
}

/** A short run of capitalised words in quotation marks is a name ("Foreign Agents Law", "China Daily"), not speech. */
function isName(doc: ParsedDocument, span: QuoteSpan): boolean {
  const words = doc.text
    .slice(span.start, span.end)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  // one capitalised word right after a common noun names what the noun is: 'the newspaper “Vremya”', 'operation “Z”'
  if (words.length === 1) {
    const s = doc.sentenceAt(span.open);
    const before = s?.tokens.filter((t) => t.end <= span.open).at(-1);
    const word = s?.tokens.find((t) => t.start >= span.start);
    // (in the noun's own phrase: "called the proposal “Nonsense”" names it as the speaker sees it, a quote)
    const samePhrase =
      s !== undefined &&
      before !== undefined &&
      word !== undefined &&
      (s.head(word.i)?.gov === before.i || (s.head(before.i)?.gov === word.i && s.head(before.i)?.rel === 'compound'));
    return (
      /^\p{Lu}/u.test(words[0]!) &&
      samePhrase &&
      /^NNS?$/.test(before.pos) &&
      /^\p{Ll}+$/u.test(before.word) &&
      /^\s*$/.test(doc.text.slice(before.end, span.open))
    );
  }
  if (words.length > 6) return false;
  return (
    words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)) &&
    !/[.!?,]/.test(doc.text.slice(span.start, span.end))
  );
}

/** Quotes CoreNLP left out because they never close: one per paragraph, to the paragraph's end, carried through mark-free paragraphs. */
function unclosed(doc: ParsedDocument, known: readonly QuoteSpan[]): QuoteSpan[] {
  const text = doc.text;
  const paragraphs = paragraphSpans(doc);
  const out: QuoteSpan[] = [];
  const covered = (at: number): boolean =>
    known.some((k) => at >= k.open && at < k.close) || out.some((k) => at >= k.open && at < k.close);
  paragraphs.forEach((p, pi) => {
    const body = text.slice(p.start, p.end);
    for (let k = 0; k < body.length; k += 1) {
      const at = p.start + k;
      const c = body[k]!;
      if ((c !== '“' && c !== '«' && c !== '„') || covered(at)) continue;
      const closing = c === '«' ? '»' : '”';
      if (body.indexOf(closing, k + 1) >= 0 || body.indexOf(c, k + 1) >= 0) continue;
      const first = inner(text, at, p.end);
      if (!first) continue;
      out.push(first);
      // (a few paragraphs at most: a stray mark must not turn the rest of a long article into a quote)
      for (let n = pi + 1; n < Math.min(paragraphs.length, pi + 1 + MAX_CARRIED); n += 1) {
        const next = paragraphs[n]!;
        if (ANY_MARK.test(text.slice(next.start, next.end))) break;
        const more = inner(text, next.start, next.end);
        if (more) out.push({ ...more, continues: first });
      }
      return;
    }
  });
  return out;
}

/**
 * The article's paragraphs, from its line breaks: the sentence splitter may
 * run a sentence on over a paragraph break (a salutation ending in a comma,
 * "Mr President, friends," before the next paragraph), which a paragraph of
 * its own would lose.
 */
export function paragraphSpans(doc: ParsedDocument): { start: number; end: number; index: number }[] {
  const out: { start: number; end: number; index: number }[] = [];
  const text = doc.text;
  let from = 0;
  for (const m of [...text.matchAll(/\n\s*/g), { index: text.length, 0: '' }]) {
    let start = from;
    let end = m.index;
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end > start) out.push({ start, end, index: out.length });
    from = m.index + m[0].length;
  }
  return out;
}

/** The end (after the mark) of the curly or angled quote opened at `open`, counting nested pairs, within its paragraph. */
function balancedClose(text: string, open: number): number | undefined {
  const first = text[open];
  if (first !== '“' && first !== '«') return undefined;
  const [o, c] = first === '“' ? ['“', '”'] : ['«', '»'];
  let depth = 0;
  for (let k = open; k < text.length; k += 1) {
    const ch = text[k]!;
    if (ch === '\n' && text[k + 1] === '\n') return undefined;
    if (ch === o) depth += 1;
    else if (ch === c && (depth -= 1) === 0) return k + 1;
  }
  return undefined;
}

/**
 * Quotes in double or angled marks that open and close within a paragraph
 * but that the parser did not report (it paired one of their marks with
 * another quote's): every such pair is a quote, unless it is a name.
 */
function paired(doc: ParsedDocument, known: readonly QuoteSpan[]): QuoteSpan[] {
  const text = doc.text;
  const out: QuoteSpan[] = [];
  const free = (a: number, b: number): boolean => ![...known, ...out].some((k) => a < k.close && k.open < b);
  for (const p of paragraphSpans(doc)) {
    let straight = -1;
    for (let at = p.start; at < p.end; at += 1) {
      const c = text[at]!;
      let close: number | undefined;
      if (c === '“' || c === '«') close = balancedClose(text, at);
      else if (c === '"') {
        // straight marks pair in turn within the paragraph
        if (straight < 0) straight = at;
        else {
          close = at + 1;
          at = straight;
          straight = -1;
        }
      }
      if (close === undefined || close > p.end || !free(at, close)) {
        if (close !== undefined) at = close - 1;
        continue;
      }
      const span = inner(text, at, close);
      if (span && !isName(doc, span)) out.push(span);
      at = close - 1;
    }
  }
  return out;
}

/**
 * Quotes in single marks, which CoreNLP leaves out: ‘…’, and straight '…'
 * that opens after a space or bracket before a letter and closes before a
 * space or punctuation, so that apostrophes ("Russia's", "don't") are neither.
 */
function singleQuoted(doc: ParsedDocument, known: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const free = (a: number, b: number): boolean => ![...known, ...out].some((k) => a < k.close && k.open < b);
  for (const m of doc.text.matchAll(
    /(?<=^|[\s([—–])(['‘])(?=[\p{L}\p{N}])([^\n]{1,1000}?[^\s])['’](?![\p{L}\p{N}])/gu,
  )) {
    const open = m.index;
    const close = open + m[0].length;
    // four words at least: a single-quoted word or two is a term, not speech
    if (m[2]!.split(/\s+/).length < 4 || !free(open, close)) continue;
    const span = inner(doc.text, open, close);
    if (span) out.push(span);
  }
  return out;
}

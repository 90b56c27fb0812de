/** Token ranges of a sentence as spans of the article's text, copied word for word. */
import type { Sentence } from '../parse/document.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** a place in capitals, perhaps a date and an agency in brackets, then a dash; or the date and agency alone (the splitter cut the place off: "BISHKEK. May 22 (Interfax) -") */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}'’. -]*\p{Lu}{2}(?:,\s*\p{Lu}\p{L}+\.?\s+\d{1,2})?(?:\s*\([^()\n]{1,40}\))?|\p{Lu}\p{L}+\.?\s+\d{1,2}\s*\([^()\n]{1,40}\))(?:\s+|(?<=\)))[-—–]+\s+/u;
const OPEN = /[“«„"]/g;
const CLOSE = /[”»"]/g;

/**
 * The text of tokens from..to without the punctuation and "that" at its
 * edges; a closing quote mark stays when the span opened the quote.
 */
export function clauseSpan(text: string, s: Sentence, from: number, to: number): Span | undefined {
  let a = from;
  let b = to;
  const edge = (i: number): boolean => {
    const t = s.token(i);
    return /^[\p{P}\p{S}]+$/u.test(t.word) && !/^[“«„"‘`]+$/u.test(t.word) ? true : false;
  };
  while (
    a <= b &&
    (edge(a) ||
      (a === from && s.token(a).lemma.toLowerCase() === 'that' && /^(?:mark|dep)$/.test(s.head(a)?.rel ?? '')))
  )
    a += 1;
  // "ASTANA, May 14 (Reuters) - …": a wire dateline opens the sentence, not what was said
  if (a === 1 || a === from) {
    const dateline = DATELINE.exec(text.slice(s.token(a).start, s.end));
    if (dateline && s.token(a).start === s.start) {
      const cut = s.start + dateline[0].length;
      while (a <= b && s.token(a).start < cut) a += 1;
    }
  }
  // a heading the splitter ran into the sentence ("Re-export scrutiny\n\nExports rose …") is no part of the clause:
  // what was said starts on the line it ends on
  const line = text.lastIndexOf('\n', s.token(b).start);
  while (a < b && s.token(a).start < line) a += 1;
  while (b >= a && edge(b) && !closesOpened(text, s, a, b)) b -= 1;
  if (a > b) return undefined;
  const start = s.token(a).start;
  let end = s.token(b).end;
  let body = text.slice(start, end);
  // An opening mark whose quote closes beyond the span: keep to the span, drop a dangling closing mark.
  if ((body.match(CLOSE) ?? []).length > (body.match(OPEN) ?? []).length && /[”»"]$/.test(body)) {
    body = body.replace(/[\s”»".,;:]+$/, '');
    end = start + body.length;
  }
  // The closing mark of a quote the span opened may hang elsewhere in the tree: it belongs to the span.
  const opened =
    (body.match(/[“«]/g) ?? []).length > (body.match(/[”»]/g) ?? []).length ||
    (body.match(/"/g) ?? []).length % 2 === 1;
  const next = /^[.,;:!?]?([”»"])/.exec(text.slice(end, end + 2));
  if (opened && next) {
    end = text.indexOf(next[1]!, end) + 1;
    body = text.slice(start, end);
  }
  return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 2 ? { start, end, text: body } : undefined;
}

/** where a wire dateline opening the sentence ends ("TBILISI - ", "ASTANA, May 14 (Reuters) - "), or the sentence's start */
export function datelineEnd(text: string, s: Sentence): number {
  const dateline = DATELINE.exec(text.slice(s.start, s.end));
  return dateline ? s.start + dateline[0].length : s.start;
}

function closesOpened(text: string, s: Sentence, a: number, b: number): boolean {
  const word = s.token(b).word;
  if (!/^[”»"'']+$/.test(word)) return false;
  const body = text.slice(s.token(a).start, s.token(b).start);
  return (
    (body.match(OPEN) ?? []).length > (body.match(CLOSE) ?? []).length ||
    (word === '"' && (body.match(/"/g) ?? []).length % 2 === 1)
  );
}

/**
 * What the parser will not be asked to read: an article with no text, text
 * that is not English (CoreNLP's English models would make confident nonsense
 * of it), and text over the parser's size cap. Each is refused before any
 * parsing or writing, naming the file and the reason.
 */
import { InputError } from '../ingest/input-error.js';
import type { RawArticle } from './raw-article.js';

/** The commonest English function words: a third or more of the words of any English news text. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is that for on with as was by it he she at from his her be are said says has have not an this which will were they but or its their who been had would after we i you our also more than about over into its its there been'.split(
    ' ',
  ),
);
/** Below this share of function words a text of some length is not English (German, French or Russian score under 0.06). */
const MIN_ENGLISH_SHARE = 0.12;
/** Shorter texts are let through: a headline-like line says too little about its language. */
const MIN_WORDS_TO_JUDGE = 12;

/** Words of the longest paragraph below which an HTML page's text is navigation, not an article. */
const MIN_PROSE_WORDS = 8;

interface TextCheckOptions {
  maxChars: number;
  /** the page was HTML, so an empty text means Readability found no article body */
  html: boolean;
}

export function checkArticleText(raw: RawArticle, file: string, options: TextCheckOptions): void {
  const text = raw.text;
  // Readability returns a menu or a cookie notice when a page has no article: no paragraph of prose.
  const prose = text.split(/\n\s*\n/).some((p) => (p.match(/\p{L}+/gu) ?? []).length >= MIN_PROSE_WORDS);
  if (text.trim() === '' || (options.html && !prose)) {
    throw new InputError(file, [
      {
        path: '',
        message: options.html
          ? 'no article body found in the HTML page (Readability found no main text: a menu, a script-only or an empty page?); save the article page itself, or its text as .txt'
          : 'no article text after the header lines (URL, "outlet | date | author", title, blank line)',
      },
    ]);
  }
  if (text.length > options.maxChars) {
    throw new InputError(file, [
      {
        path: '',
        message: `the article text is ${text.length.toLocaleString('en')} characters; the parser reads at most ${options.maxChars.toLocaleString('en')} per article (ENTENTE_NLP_MAX_CHARS). Split it into its articles, or raise ENTENTE_NLP_MAX_CHARS (and ENTENTE_NLP_TIMEOUT_MS: parsing takes about 1 s per 100 words)`,
      },
    ]);
  }
  const share = englishShare(text);
  if (share !== undefined && share < MIN_ENGLISH_SHARE) {
    throw new InputError(file, [
      {
        path: '',
        message: `the text does not look like English (${Math.round(share * 100)}% of its words are common English words, against a third or more in English news); the parser's models read English only. Translate the article first`,
      },
    ]);
  }
}

/** Share of the words that are English function words; undefined for a text too short to judge. */
export function englishShare(text: string): number | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return undefined;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length;
}

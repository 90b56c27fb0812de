/**
 * Raw input to text: plain text with optional header lines (URL, then
 * "outlet | date | author", then the title, then a blank line), or an HTML
 * page whose article body is found by Mozilla's Readability.
 */
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';

export interface RawArticle {
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
  author: string | null;
  title: string | null;
  text: string;
}

const known = (s: string | undefined): string | null => {
  const t = s?.trim() ?? '';
  return t === '' || t.toLowerCase() === 'unknown' ? null : t;
};

export function parsePlainText(source: string): RawArticle {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const looksLikeHeader =
    lines.length > 4 &&
    /^(https?:\/\/\S+|unknown)$/i.test(lines[0]!.trim()) &&
    lines[1]!.includes('|') &&
    lines[3]!.trim() === '';
  if (!looksLikeHeader) {
    // Copied pages often end with a credit line: "Source: Azattyq".
    const credit = /\n\s*(?:Source|Via|Originally published (?:by|in|at)):?\s+([^\n]{2,60}?)\s*\.?\s*$/i.exec(
      source.trimEnd(),
    );
    return {
      url: null,
      outlet: credit?.[1] ?? null,
      publishedAt: null,
      author: null,
      title: null,
      text: source.trim(),
    };
  }
  const [outlet, date, author] = lines[1]!.split('|').map((s) => s.trim());
  return {
    url: known(lines[0]),
    outlet: known(outlet),
    publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date! : null,
    author: known(author),
    title: known(lines[2]),
    text: lines.slice(4).join('\n').trim(),
  };
}

/**
 * The little of the DOM this module reads. linkedom's DOMParser gives its own
 * typed HTMLDocument (parseHTML's result is typed as the DOM lib's Window, which
 * this Node project does not load), but its query methods return any: the page
 * is read through these narrower types instead.
 */
interface PageElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
interface PageDocument {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}

export function parseHtmlPage(html: string, url: string | null = null): RawArticle {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const document: PageDocument = page;
  const meta = (name: string): string | null =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null;
  // Read before Readability runs: it strips scripts (JSON-LD) from the document.
  // Publishers state the date in one of three places; the first that parses wins.
  const published =
    [
      meta('article:published_time'),
      linkedDataDate(document),
      document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'),
    ]
      .map((d) => d?.slice(0, 10) ?? null)
      .find((d) => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d)) ?? null;
  const pageUrl = url ?? meta('og:url');
  const siteName = meta('og:site_name');
  const parsed = new Readability(page).parse();
  const text = (parsed?.textContent ?? '')
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
  return {
    url: pageUrl,
    outlet: parsed?.siteName ?? siteName,
    publishedAt: published,
    author: parsed?.byline ?? null,
    title: parsed?.title ?? null,
    text,
  };
}

/** datePublished from the page's schema.org JSON-LD (an object, an array, or an @graph of them). */
function linkedDataDate(document: {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}): string | null {
  const find = (node: unknown): string | null => {
    if (Array.isArray(node)) return node.map(find).find((d) => d !== null) ?? null;
    if (node === null || typeof node !== 'object') return null;
    const o = node as Record<string, unknown>;
    return typeof o.datePublished === 'string' ? o.datePublished : find(o['@graph'] ?? null);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const date = find(JSON.parse(script.textContent ?? ''));
      if (date) return date;
    } catch {
      // Broken JSON-LD is common on the web; the other date sources remain.
    }
  }
  return null;
}

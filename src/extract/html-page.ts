/**
 * An HTML page to a raw article: its body found by Mozilla's Readability over
 * linkedom's DOM, its date and outlet from the page's metadata. Kept out of
 * raw-article.ts because the DOM is the slowest module `entente extract`
 * loads (a quarter of a second), and only an HTML input needs it.
 */
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { RawArticle } from './raw-article.js';

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

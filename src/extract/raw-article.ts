/**
 * Raw input to text: plain text with optional header lines (URL, then
 * "outlet | date | author", then the title, then a blank line). An HTML page
 * is read by html-page.ts, apart, so that a plain-text run never loads a DOM.
 */

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
  // "unknown (headline not present in the stored copy)": a placeholder with a note is still unknown
  return t === '' || /^unknown(?:\s*\(.*\))?$/i.test(t) ? null : t;
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

/**
 * Dates of what an article reports: from the parse's DATE phrases, whose
 * SUTime value (against the publication date) names a day ("the 18th of
 * May"), else from the phrase's own words ("Thursday", "this week", "last
 * Thursday"), resolved against the publication date.
 */
import type { Sentence } from './parse/document.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');
/** "will", "shall" or "'ll" as a modal: what the sentence dates has not happened yet. */
const speaksOfFuture = (s: Sentence): boolean =>
  s.tokens.some((t) => t.pos === 'MD' && (t.lemma === 'will' || t.lemma === 'shall'));

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/**
 * A day from a date phrase's words and the publication date. A weekday is the
 * latest one on or before publication (reporters write "on Thursday" of the
 * week just past), or the first one after it when `ahead` (the sentence
 * speaks of the future) or the phrase says "next".
 */
export function resolveDate(phrase: string, publishedAt: string | null, ahead = false): string | null {
  const p = phrase.toLowerCase();
  const abs =
    new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b`).exec(p) ??
    new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?\\b`).exec(p);
  if (abs) {
    const [monthName, day] = /^\d/.test(abs[1]!) ? [abs[2]!, Number(abs[1])] : [abs[1]!, Number(abs[2])];
    if (!abs[3] && !publishedAt) return null;
    const year = Number(abs[3] ?? publishedAt!.slice(0, 4));
    const d = new Date(Date.UTC(year, MONTHS.indexOf(monthName), day));
    // "September 28" in an article of January is last year's.
    if (!abs[3] && publishedAt && iso(d) > publishedAt) d.setUTCFullYear(year - 1);
    return iso(d);
  }
  if (!publishedAt) return null;
  const published = new Date(`${publishedAt}T00:00:00Z`);
  const weekday = new RegExp(`\\b(?:(on|last|next)\\s+)?(${WEEKDAYS.join('|')})\\b`).exec(p);
  if (weekday) {
    const day = WEEKDAYS.indexOf(weekday[2]!);
    if (weekday[1] === 'next' || (ahead && weekday[1] !== 'last')) {
      const forward = (day - published.getUTCDay() + 7) % 7 || 7;
      return iso(new Date(published.getTime() + forward * 86_400_000));
    }
    const back = (published.getUTCDay() - day + 7) % 7;
    return iso(new Date(published.getTime() - back * 86_400_000));
  }
  if (/\byesterday\b/.test(p)) return iso(new Date(published.getTime() - 86_400_000));
  if (/\btoday\b/.test(p)) return publishedAt;
  // A week or a month has no single day: it resolves to its first day (Monday; the 1st), which keeps timelines in order.
  const span = /\b(this|last|next)\s+(week|month)\b/.exec(p);
  if (span) {
    const shift = SHIFT[span[1]!] ?? 0;
    if (span[2] === 'month')
      return iso(new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + shift, 1)));
    const monday = published.getTime() - ((published.getUTCDay() + 6) % 7) * 86_400_000;
    return iso(new Date(monday + shift * 7 * 86_400_000));
  }
  return null;
}

/**
 * The first date phrase of the parse within [start, end) of a sentence, as a
 * day. SUTime's value is taken when the phrase names the day ("May 3", "the
 * 3rd of May"). A weekday alone is resolved by resolveDate: SUTime read one
 * article's "Thursday" as days a week apart depending on what the parser had
 * read before it, and reads "last Thursday" as the week before, where a
 * reporter means the latest Thursday.
 */
export function dateInParse(s: Sentence, start: number, end: number, publishedAt: string | null): string | null {
  const tokens = s.tokens.filter((t) => t.ner === 'DATE' && t.start >= start && t.end <= end);
  for (let k = 0; k < tokens.length;) {
    let j = k + 1;
    while (
      j < tokens.length &&
      tokens[j]!.i === tokens[j - 1]!.i + 1 &&
      tokens[j]!.normalized === tokens[k]!.normalized
    )
      j += 1;
    const phrase = s.tokens
      .slice(tokens[k]!.i - 1, tokens[j - 1]!.i)
      .map((t) => t.word)
      .join(' ');
    const value = tokens[k]!.normalized ?? '';
    const namesDay = /^\d{4}-\d{2}-\d{2}$/.test(value) && !WEEKDAY_WORD.test(phrase);
    const day = namesDay ? value : resolveDate(phrase, publishedAt, speaksOfFuture(s));
    if (day) return day;
    k = j;
  }
  return null;
}

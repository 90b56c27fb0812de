/** Dates in the text, absolute ("September 28", "October 7, 2023") or relative ("on Thursday"), against the publication date. */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const iso = (d: Date): string => d.toISOString().slice(0, 10);

export function resolveDate(phrase: string, publishedAt: string | null): string | null {
  const p = phrase.toLowerCase();
  const abs = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b`).exec(p) ?? new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?\\b`).exec(p);
  if (abs) {
    const [monthName, day] = /^\d/.test(abs[1]!) ? [abs[2]!, Number(abs[1])] : [abs[1]!, Number(abs[2])];
    const year = abs[3] ? Number(abs[3]) : publishedAt ? Number(publishedAt.slice(0, 4)) : null;
    if (year === null) return null;
    const d = new Date(Date.UTC(year, MONTHS.indexOf(monthName), day));
    // "September 28" in an article of January is last year's.
    if (!abs[3] && publishedAt && iso(d) > publishedAt) d.setUTCFullYear(year - 1);
    return iso(d);
  }
  if (!publishedAt) return null;
  const published = new Date(`${publishedAt}T00:00:00Z`);
  const weekday = new RegExp(`\\b(?:on|last)\\s+(${WEEKDAYS.join('|')})\\b`).exec(p);
  if (weekday) {
    const back = (published.getUTCDay() - WEEKDAYS.indexOf(weekday[1]!) + 7) % 7;
    return iso(new Date(published.getTime() - back * 86_400_000));
  }
  if (/\byesterday\b/.test(p)) return iso(new Date(published.getTime() - 86_400_000));
  if (/\btoday\b/.test(p)) return publishedAt;
  // A week or a month has no single day: it resolves to its first day (Monday; the 1st), which keeps timelines in order.
  const span = /\b(this|last|next)\s+(week|month)\b/.exec(p);
  if (span) {
    const shift = span[1] === 'last' ? -1 : span[1] === 'next' ? 1 : 0;
    if (span[2] === 'month') return iso(new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + shift, 1)));
    const monday = published.getTime() - ((published.getUTCDay() + 6) % 7) * 86_400_000;
    return iso(new Date(monday + shift * 7 * 86_400_000));
  }
  return null;
}

const DATE_PHRASE = new RegExp(`\\b(?:on|last)\\s+(?:${WEEKDAYS.join('|')})\\b|\\b(?:${MONTHS.join('|')})\\s+\\d{1,2}(?:,\\s*\\d{4})?\\b|\\b\\d{1,2}\\s+(?:${MONTHS.join('|')})(?:\\s+\\d{4})?\\b|\\b(?:yesterday|today)\\b|\\b(?:this|last|next)\\s+(?:week|month)\\b`, 'gi');

/** The first date phrase in a span of text, resolved. */
export function dateIn(text: string, publishedAt: string | null): string | null {
  for (const m of text.matchAll(DATE_PHRASE)) {
    const d = resolveDate(m[0], publishedAt);
    if (d) return d;
  }
  return null;
}

/** The text with its date phrases blanked out ("met on Friday with" → "met   with"). */
export function withoutDates(text: string): string {
  return text.replace(DATE_PHRASE, (m) => ' '.repeat(m.length));
}

/**
 * An acronym an article defines ("the Office of Foreign Assets Control
 * (OFAC)") names the same actor wherever it recurs, so that "OFAC" is not a
 * second, unknown organisation.
 */
import type { Mention } from './mention.js';

const DEFINED = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{Ll}.&-]{1,11})\s*\)/u;

/** Where a name's initials can spell it: its capitalised words, in order. */
export function couldAbbreviate(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  let k = 0;
  for (const c of initials) if (c === letters[k]) k += 1;
  return letters.length >= 2 && k === letters.length;
}

export function withAcronyms(text: string, mentions: Mention[]): Mention[] {
  const defined = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind === 'Person') continue;
    const def = DEFINED.exec(text.slice(m.end, m.end + 20));
    // A body's acronym may abbreviate its name in its own language ("Federal Security Service (FSB)"): capitals in brackets right after the name are enough.
    const bodyAcronym = def !== null && m.kind === 'Organization' && /^\p{Lu}{2,6}$/u.test(def[1]!);
    if (def && (couldAbbreviate(def[1]!, m.surface) || bodyAcronym) && !defined.has(def[1]!)) defined.set(def[1]!, m);
  }
  if (defined.size === 0) return mentions;
  const same = (owner: Mention, start: number, surface: string): Mention => ({
    ...owner,
    start,
    end: start + surface.length,
    surface,
  });
  // Recurring uses NER or the gazetteer read as something else (or not at all) are the defined actor.
  const out = mentions.map((m) =>
    defined.has(m.surface) && defined.get(m.surface) !== m ? same(defined.get(m.surface)!, m.start, m.surface) : m,
  );
  for (const [acronym, owner] of defined) {
    for (const hit of text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'),
    )) {
      const span = { start: hit.index, end: hit.index + acronym.length };
      if (!out.some((m) => m.start < span.end && span.start < m.end)) out.push(same(owner, span.start, acronym));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

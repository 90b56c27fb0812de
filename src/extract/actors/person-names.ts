/**
 * A person named again by part of a name: the last name, or a family name
 * written first, of someone named in full ("Beridze" after "Nino Beridze",
 * "Li" after "Li Huilai"); a lone given name whose surname the article
 * writes ("his father Gurbanguly"); and a gazetteer surname after a given
 * name that is not that person's, which is someone else ("Akylbek Japarov").
 */
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument } from '../parse/document.js';
import { gazetteerId, hyphenWord } from './gazetteer-names.js';
import { knownMention, newMention, type Mention } from './mention.js';

/**
 * "his father Gurbanguly": a lone given name is the one gazetteer person
 * with it whose surname the article also writes.
 */
export function givenNames(found: Mention[], gazetteer: ActorIndex, text: string): Mention[] {
  return found.map((m) => {
    if (m.kind !== 'Person' || m.known || m.surface.includes(' ')) return m;
    const bearers = gazetteer.all().filter((a) => {
      if (a.kind !== 'Person') return false;
      const words = a.name.split(/\s+/);
      return words.length > 1 && words[0] === m.surface && text.includes(words.at(-1)!);
    });
    return bearers.length === 1 ? knownMention(bearers[0]!, m.start, m.surface, 'entity') : m;
  });
}

/**
 * A name whose last word is the last name of a person named elsewhere in the
 * article ("Beridze" after "Nino Beridze", a full name with middle names) is
 * that person, whatever class NER gave the word.
 */
export function linkSurnames(found: Mention[], taken: readonly Mention[]): Mention[] {
  const people = new Map<string, Mention>();
  const lastWord = (m: Mention): string => m.surface.split(/\s+/).pop()!;
  for (const m of taken)
    if (m.kind === 'Person' && m.source !== 'title') people.set(lastWord(m), people.get(lastWord(m)) ?? m);
  for (const m of found)
    if (m.kind === 'Person' && m.surface.includes(' ') && !people.has(lastWord(m))) people.set(lastWord(m), m);
  // "Li" after "Li Huilai": a family name written first is how its bearer is named again.
  const firstWords = new Map<string, Mention | null>();
  for (const m of [...taken, ...found])
    if (m.kind === 'Person' && m.source !== 'title' && m.surface.includes(' ')) {
      const first = m.surface.split(/\s+/)[0]!;
      const other = firstWords.get(first);
      firstWords.set(first, other === undefined || other?.actorId === m.actorId ? m : null);
    }
  return found.map((m) => {
    const firstOf = !m.surface.includes(' ') && !people.has(m.surface) ? firstWords.get(m.surface) : undefined;
    const named = firstOf && firstOf.start < m.start ? firstOf : undefined;
    if (m.kind === 'Person' && named)
      return { ...named, start: m.start, end: m.end, surface: m.surface, source: 'entity' as const };
    const candidate = people.get(lastWord(m));
    const firstWord = (x: { name: string }): string => x.name.split(/\s+/)[0]!;
    // A full name is the same person only with the same first name ("Bidzina Grigoris Dze Ivanishvili").
    const person =
      !m.surface.includes(' ') || (m.kind === 'Person' && candidate && firstWord(candidate) === firstWord(m))
        ? candidate
        : undefined;
    return person && person !== m ? { ...person, start: m.start, end: m.end, surface: m.surface, source: 'entity' } : m;
  });
}

/**
 * "Chairman of the Cabinet Akylbek Japarov" is not Sadyr Japarov: a
 * gazetteer surname after a given name that is none of that person's is a
 * person new to the gazetteer.
 */
export function otherBearersOfSurnames(doc: ParsedDocument, gazetteer: ActorIndex, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.kind !== 'Person' || !m.known || m.source !== 'gazetteer' || m.surface.includes(' ')) return m;
    const s = doc.sentenceAt(m.start);
    const t = s?.tokenAt(m.start);
    if (!s || !t || t.i < 2) return m;
    const before = s.token(t.i - 1);
    if (
      !/^\p{Lu}\p{Ll}+$/u.test(before.word) ||
      !before.pos.startsWith('NNP') ||
      ['TITLE', 'NATIONALITY', 'COUNTRY', 'ORGANIZATION', 'CITY', 'LOCATION'].includes(before.ner) ||
      mentions.some((o) => o.start <= before.start && before.end <= o.end)
    )
      return m;
    // A hyphenated given name is whole ("Qasym-Zhomart"); a transliteration of the person's own given name is theirs.
    const start = hyphenWord(doc.text, before.start, before.end).start;
    const full = doc.text.slice(start, m.end);
    const actor = gazetteer.get(m.actorId)!;
    const stem = (w: string): string => w.slice(0, 3).toLowerCase();
    const given = doc.text.slice(start, before.end).split('-').map(stem);
    const theirs = [actor.name, ...actor.aliases].flatMap((n) =>
      n.split(/\s+/).slice(0, -1).join('-').split('-').map(stem),
    );
    if (given.some((g) => theirs.includes(g)) || gazetteerId(gazetteer, full)) return m;
    return newMention(start, full, 'Person', 0.6, 'entity');
  });
}

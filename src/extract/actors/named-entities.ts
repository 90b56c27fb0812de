/**
 * Named entities of the parse (CoreNLP NER) as actors: a gazetteer actor
 * when the name is one of its names, else a new actor typed by the entity's
 * class. What NER tags but is no actor stays out: laws, plans and platforms
 * ("Foreign Agents Law"), bare office words ("Foreign Ministry", with no
 * country to say whose), and names on a Title Case line (a headline or a
 * subheading capitalises every word).
 */
import type { ActorKind } from '../../domain/vocabulary.js';
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument } from '../parse/document.js';
import { kindOf, MEDIA_CUE } from './described-kinds.js';
import type { EntitySpan } from './entity-span.js';
import { entitySpans } from './entity-spans.js';
import { gazetteerId, hyphenWord } from './gazetteer-names.js';
import { inside, knownMention, newMention, overlaps, type Mention, type Span } from './mention.js';
import { givenNames, linkSurnames } from './person-names.js';
import { outsideTheStory } from './story-lines.js';
import { afterTitle, OFFICE_WORDS, ownerBefore, ownerOf, titleFollows } from './titles-and-offices.js';

/** Heads of names that name documents, plans, events or formats, not actors. */
const NON_ACTOR_HEADS = new Set([
  'law',
  'act',
  'bill',
  'code',
  'agreement',
  'declaration',
  'initiative',
  'program',
  'programme',
  'strategy',
  'platform',
  'doctrine',
  'convention',
  'resolution',
  'plan',
  'sanctions',
  'format',
  'project',
  'summit',
  'games',
  'cup',
  'war',
  'treaty',
  'accords',
  'accord',
  'protocol',
  'charter',
  'statute',
  'memorandum',
  'constitution',
  'election',
  'elections',
  'award',
  'prize',
  'day',
]);

/**
 * The named entities not already found; a name that holds a gazetteer
 * demonym or place ("Georgian Dream", "U.S. Department of the Treasury")
 * replaces those inner mentions, which are returned as `replaced`.
 */
export function entityMentions(
  doc: ParsedDocument,
  gazetteer: ActorIndex,
  taken: readonly Mention[],
  compounds: readonly Span[],
): { found: Mention[]; replaced: Set<Mention> } {
  const text = doc.text;
  const found: Mention[] = [];
  const replaced = new Set<Mention>();
  for (const sp of entitySpans(doc, gazetteer)) {
    if (sp.kind === 'Person') withoutLeadingPlaces(sp, taken);
    if (sp.tokens.length === 0) continue;
    const start = sp.tokens[0]!.start;
    const end = sp.tokens.at(-1)!.end;
    const surface = text.slice(start, end);
    const span = { start, end };
    if (taken.some((t) => inside(span, t)) || overlaps(span, found)) continue;
    const within = taken.filter((t) => inside(t, span));
    if (
      overlaps(
        span,
        taken.filter((t) => !inside(t, span)),
      )
    )
      continue;
    const id = gazetteerId(gazetteer, surface);
    if (id) {
      // The whole is a gazetteer name ("Kassym-Jomart Tokayev" as tokenised), so it replaces its parts.
      within.forEach((w) => replaced.add(w));
      found.push(knownMention(gazetteer.get(id)!, start, surface, 'entity'));
      continue;
    }
    // "the Republic of Turkey", "the Kingdom of Saudi Arabia": a state's formal name is the state
    const formal =
      /^(?:\p{Lu}[\p{L}'’]*\s+)*(?:Republic|Kingdom|Federation|Sultanate|Emirate|Principality|Commonwealth)\s+of\s+(?:the\s+)?(.+)$/u.exec(
        surface,
      );
    const state = formal ? gazetteerId(gazetteer, formal[1]!) : undefined;
    if (state && gazetteer.get(state)!.kind === 'Country') {
      within.forEach((w) => replaced.add(w));
      found.push(knownMention(gazetteer.get(state)!, start, surface, 'entity'));
      continue;
    }
    // …also where NER tagged the word "Republic" apart from the country after it; alone ("the Islamic Republic") it names none
    if (/^(?:Republic|Kingdom|Federation|Sultanate|Emirate|Principality)$/.test(surface)) {
      const country = ownerOf(text, end, taken);
      if (country && !overlaps(country, found)) {
        replaced.add(country);
        found.push({ ...country, start, surface: text.slice(start, country.end), source: 'entity' });
      }
      continue;
    }
    // One letter is a name only where the gazetteer says whose ("X" the platform, in its frame).
    if (outsideTheStory(text, start) || surface.length < 2) continue;
    // Part of a hyphenated compound ("China-Central Asia summit"): the gazetteer's reading of pairs stands.
    const word = hyphenWord(text, start, end);
    if (word.start !== start || word.end !== end || overlaps(span, compounds)) continue;
    const words = surface.split(/\s+/);
    const head = words.at(-1)!.toLowerCase();
    // "the Rome Statute of the International Criminal Court": a name with "of" has its head before it
    const ofAt = words.findIndex((w) => w === 'of');
    if (NON_ACTOR_HEADS.has(head) || (ofAt > 0 && NON_ACTOR_HEADS.has(words[ofAt - 1]!.toLowerCase()))) continue;
    // An organisation's organ ("UN Security Council", "CSTO Secretariat"): the organisation's name, then office words only.
    const parent = within.length === 1 && within[0]!.start === start ? within[0]! : undefined;
    if (
      parent &&
      sp.kind === 'Organization' &&
      (parent.kind === 'Organization' || parent.kind === 'Country') &&
      !isDemonym(gazetteer, parent) &&
      text
        .slice(parent.end, end)
        .trim()
        .split(/\s+/)
        .every((w) => OFFICE_WORDS.has(w.toLowerCase()))
    ) {
      replaced.add(parent);
      found.push(newMention(start, surface, 'Organization', 0.6, 'entity'));
      continue;
    }
    // Inside a longer name only places and peoples: "Georgian Dream" is a party, "European Parliament" an institution, "Putin Foundation" is not Putin.
    if (
      within.some(
        (w) => w.kind === 'Person' || ((w.kind === 'Organization' || w.kind === 'Media') && !isDemonym(gazetteer, w)),
      )
    )
      continue;
    // "Kazakh Energy Minister X", "Kyrgyzstan's Cabinet Chairman X": the office is the person's title, no actor.
    const office = (ws: string[]): boolean =>
      ws.every((w) => OFFICE_WORDS.has(w.toLowerCase())) ||
      within.some((w) => w.start === start && isDemonym(gazetteer, w));
    if (sp.kind === 'Organization' && titleFollows(sp) && office(words)) continue;
    const kind = afterTitle(sp) && words.length > 1 ? 'Person' : kindOf(sp, text);
    if (kind === 'Organization' && words.every((w) => OFFICE_WORDS.has(w.toLowerCase()))) {
      // "Kazakhstan's Ministry of Foreign Affairs": the country before it says whose office it is.
      const owner = ownerBefore(text, start, taken);
      // "the Ministry of Foreign Affairs of the Kyrgyz Republic": or the country after it, joined by "of"
      const ownerAfter = owner ? undefined : ownerOf(text, end, taken);
      if (owner) {
        replaced.add(owner);
        found.push(newMention(owner.start, text.slice(owner.start, end), 'Organization', 0.6, 'entity'));
      } else if (ownerAfter && !overlaps(ownerAfter, found)) {
        replaced.add(ownerAfter);
        found.push(newMention(start, text.slice(start, ownerAfter.end), 'Organization', 0.6, 'entity'));
      }
      continue;
    }
    within.forEach((w) => replaced.add(w));
    found.push(newMention(start, surface, kind, confidenceOf(sp, kind, text), 'entity'));
  }
  return { found: givenNames(linkSurnames(found, taken), gazetteer, text), replaced };
}

/**
 * "Foreign Minister of Tajikistan Sirojiddin Muhriddin": NER runs the country
 * of a title into the name after it; the person starts after the country
 * (or region, or organisation) the gazetteer knows.
 */
function withoutLeadingPlaces(sp: EntitySpan, taken: readonly Mention[]): void {
  for (;;) {
    const first = sp.tokens[0];
    const place = first && taken.find((m) => m.known && m.kind !== 'Person' && m.start === first.start);
    if (!place || sp.tokens.every((t) => t.end <= place.end)) return;
    sp.tokens = sp.tokens.filter((t) => t.start >= place.end);
  }
}

/** Surer with a title or a telling word before the name, and for a full name than for one word. */
function confidenceOf(sp: EntitySpan, kind: ActorKind, text: string): number {
  const before = sp.sentence.tokens.filter((t) => t.end <= sp.tokens[0]!.start).at(-1);
  if (
    before?.ner === 'TITLE' ||
    (kind === 'Media' && MEDIA_CUE.test(text.slice(Math.max(0, sp.tokens[0]!.start - 30), sp.tokens[0]!.start)))
  )
    return 0.8;
  return sp.tokens.length > 1 ? 0.6 : 0.4;
}

function isDemonym(gazetteer: ActorIndex, m: Mention): boolean {
  return gazetteer.get(m.actorId)?.demonyms.some((d) => d.toLowerCase() === m.surface.toLowerCase()) ?? false;
}

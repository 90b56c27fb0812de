/**
 * Who is named where, from the parse and the gazetteer: gazetteer names
 * (also where NER misses them), collectives ("the Kazakh government"),
 * titles read as their holders on the article's date, NER's named entities
 * (a gazetteer actor, or a new one typed by its entity class), capitals used
 * as places, acronyms the article defines, and the anaphors a reader
 * resolves at once ("his country").
 */
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument } from '../parse/document.js';
import { withAcronyms } from './acronyms.js';
import { collectiveMentions } from './collectives.js';
import { withoutDescriptorDemonyms, withoutDocumentNames } from './descriptors.js';
import { gazetteerMentions } from './gazetteer-names.js';
import { groupMentions } from './groups.js';
import type { Mention } from './mention.js';
import { entityMentions } from './named-entities.js';
import { outletInitials } from './outlet.js';
import { otherBearersOfSurnames } from './person-names.js';
import { asPlace, usedAsPlace } from './places.js';
import { countryAnaphora, localHolders, ownCountryMentions, titleMentions } from './roles.js';
import { onCreditLine } from './story-lines.js';

export function findActors(
  doc: ParsedDocument,
  gazetteer: ActorIndex,
  publishedAt: string | null,
  outlet: string | null = null,
): Mention[] {
  const text = doc.text;
  const names = gazetteerMentions(text, gazetteer);
  let mentions = names.mentions;
  const collectives = collectiveMentions(doc, gazetteer, mentions);
  mentions = [...mentions.filter((m) => !collectives.replaced.has(m)), ...collectives.found];
  const titles = titleMentions(text, gazetteer, publishedAt, mentions);
  // "the German leader" names Scholz; the demonym inside it is not a mention of its own.
  mentions = [...mentions.filter((m) => !titles.some((t) => m.start >= t.start && m.end <= t.end)), ...titles];
  const entities = entityMentions(doc, gazetteer, mentions, names.compounds);
  mentions = otherBearersOfSurnames(doc, gazetteer, [
    ...mentions.filter((m) => !entities.replaced.has(m)),
    ...entities.found,
  ]);
  // Roles the article gives the people it names ("Tajik Foreign Minister X") let "his Tajik counterpart" name them.
  const local = localHolders(doc, gazetteer, publishedAt, mentions);
  if (local.length > 0) {
    const rest = mentions.filter((m) => !titles.includes(m));
    const again = titleMentions(text, gazetteer, publishedAt, rest, local);
    mentions = [...rest.filter((m) => !again.some((t) => m.start >= t.start && m.end <= t.end)), ...again];
  }
  mentions = replacing(mentions, groupMentions(doc, mentions));
  mentions = mentions.map((m) => (m.known && usedAsPlace(m, doc, gazetteer) ? asPlace(m, gazetteer) : m));
  mentions = withAcronyms(
    text,
    replacing(mentions, outletInitials(text, outlet, mentions)).sort((a, b) => a.start - b.start),
  );
  const anaphors = [...ownCountryMentions(text, gazetteer, publishedAt, mentions), ...countryAnaphora(text, mentions)];
  // "the Central Asian country" is the country; the region's adjective inside it is no mention of its own.
  const outside = mentions.filter((m) => !anaphors.some((a) => m.start >= a.start && m.end <= a.end));
  const kept = withoutRegionAdjectives([...outside, ...anaphors], gazetteer);
  return withOwners(
    text,
    withoutDocumentNames(doc, gazetteer, withoutDescriptorDemonyms(doc, gazetteer, kept))
      .filter((m) => !onCreditLine(text, m.start))
      .sort((a, b) => a.start - b.start),
  );
}

/** The mentions after a reading that found new ones and took the place of some it covers. */
function replacing(mentions: Mention[], reading: { found: Mention[]; replaced: ReadonlySet<Mention> }): Mention[] {
  return [...mentions.filter((m) => !reading.replaced.has(m)), ...reading.found];
}

/**
 * "Russia's TV Channel One", "the EU's monitoring mission": a body named
 * after its owner's possessive is also named with it, as reports write it;
 * the owner stays an actor of its own.
 */
function withOwners(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m, k) => {
    if (m.kind !== 'Organization' && m.kind !== 'Media') return m;
    const owner = mentions[k - 1];
    if (!owner || owner.kind === 'Person' || !/^['’]s\s+$/.test(text.slice(owner.end, m.start))) return m;
    return { ...m, withOwner: text.slice(owner.start, m.end) };
  });
}

/**
 * "Central Asian", "Western" describe ("a Western diplomat"); the region is an
 * actor of the article only when it is also named ("Central Asia", "the West").
 */
function withoutRegionAdjectives(mentions: Mention[], gazetteer: ActorIndex): Mention[] {
  const isAdjective = (m: Mention): boolean =>
    m.kind === 'Region' && m.known && (gazetteer.get(m.actorId)?.demonyms.includes(m.surface) ?? false);
  const named = new Set(
    mentions.filter((m) => m.kind === 'Region' && m.known && !isAdjective(m)).map((m) => m.actorId),
  );
  return mentions.filter((m) => !isAdjective(m) || named.has(m.actorId));
}

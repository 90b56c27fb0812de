/**
 * A demonym describing a named body ("the American magazine Newsweek", "the
 * British think tank Chatham House", "the Russian news agency Interfax")
 * says where the body is from; the country takes no part in the story there,
 * so it is no mention of the country.
 */
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Mention } from './mention.js';

/** How a descriptor noun holds the name it describes, as the parser reads it. */
const NAMED_BY = /^(?:appos|dep|compound|flat)$/;

export function withoutDescriptorDemonyms(
  doc: ParsedDocument,
  gazetteer: ActorIndex,
  mentions: readonly Mention[],
): Mention[] {
  const bodies = mentions.filter((m) => m.kind === 'Organization' || m.kind === 'Media');
  const describes = (m: Mention): boolean => {
    if (!m.known || !gazetteer.get(m.actorId)?.demonyms.some((d) => d.toLowerCase() === m.surface.toLowerCase()))
      return false;
    const s = doc.sentenceAt(m.start);
    const t = s?.tokenAt(m.start);
    if (!s || !t) return false;
    const head = s.head(t.i);
    if (!head || head.gov === 0 || !/^(?:amod|compound)$/.test(head.rel)) return false;
    const noun = s.token(head.gov);
    if (!/^NNS?$/.test(noun.pos)) return false;
    // The common noun names a body that follows it: "magazine Newsweek", "think tank Chatham House".
    return s
      .treeChildren(noun.i, NAMED_BY)
      .some(
        (e) => e.dep > noun.i && bodies.some((b) => b.start <= s.token(e.dep).start && s.token(e.dep).end <= b.end),
      );
  };
  return mentions.filter((m) => !describes(m));
}

/** Documents and formats named after a city: "the Minsk agreements", "the Astana format", "the Tashkent Declaration". */
const DOCUMENTS = new Set([
  'agreement',
  'accord',
  'accords',
  'format',
  'process',
  'declaration',
  'protocol',
  'treaty',
  'memorandum',
  'communique',
  'formula',
  'consensus',
]);

/** A seat of power that names a document or a format ("the Minsk agreements") is no mention of its government. */
export function withoutDocumentNames(
  doc: ParsedDocument,
  gazetteer: ActorIndex,
  mentions: readonly Mention[],
): Mention[] {
  const namesDocument = (m: Mention): boolean => {
    if (!m.known || !gazetteer.get(m.actorId)?.seats.some((x) => x.toLowerCase() === m.surface.toLowerCase()))
      return false;
    const s = doc.sentenceAt(m.start);
    const t = s?.tokenAt(m.start);
    if (!s || !t) return false;
    const head = s.head(t.i);
    return (
      head !== undefined &&
      head.gov > t.i &&
      /^(?:compound|amod)$/.test(head.rel) &&
      DOCUMENTS.has(s.token(head.gov).lemma.toLowerCase())
    );
  };
  return mentions.filter((m) => !namesDocument(m));
}

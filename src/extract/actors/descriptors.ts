/**
 * A demonym describing a named body ("the American magazine Newsweek", "the
 * British think tank Chatham House", "the Russian news agency Interfax")
 * says where the body is from; the country takes no part in the story there,
 * so it is no mention of the country.
 */
import type { ActorDef } from '../../ingest/article-format.js';
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument, Sentence, Token } from '../parse/document.js';
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
    const at = writtenAs(doc, gazetteer, m, (a) => a.demonyms);
    if (!at) return false;
    const { s, head } = at;
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
    const at = writtenAs(doc, gazetteer, m, (a) => a.seats);
    if (!at) return false;
    const { s, t, head } = at;
    return (
      head !== undefined &&
      head.gov > t.i &&
      /^(?:compound|amod)$/.test(head.rel) &&
      DOCUMENTS.has(s.token(head.gov).lemma.toLowerCase())
    );
  };
  return mentions.filter((m) => !namesDocument(m));
}

/** Where a known mention written as one of its actor's `forms` (demonyms, seats) sits in its sentence, and what it hangs on. */
function writtenAs(
  doc: ParsedDocument,
  gazetteer: ActorIndex,
  m: Mention,
  forms: (actor: ActorDef) => readonly string[],
): { s: Sentence; t: Token; head: ReturnType<Sentence['head']> } | undefined {
  const actor = m.known ? gazetteer.get(m.actorId) : undefined;
  if (!actor || !forms(actor).some((f) => f.toLowerCase() === m.surface.toLowerCase())) return undefined;
  const s = doc.sentenceAt(m.start);
  const t = s?.tokenAt(m.start);
  return s && t ? { s, t, head: s.head(t.i) } : undefined;
}

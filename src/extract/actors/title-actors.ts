/**
 * Actors a headline names. A headline is no sentence of the body: it is
 * read for gazetteer names only (NER on Title Case words guesses badly),
 * gives no quote, relation or meeting, and its mentions carry offsets into
 * the title, not the text. A seat in a headline is its government ("Moscow
 * fumes"); a region's adjective counts only where the body names the region,
 * as in the body.
 */
import type { ActorIndex } from '../../ingest/gazetteer.js';
import { gazetteerMentions } from './gazetteer-names.js';
import type { Mention } from './mention.js';

export function titleActors(title: string | null, gazetteer: ActorIndex, body: readonly Mention[]): Mention[] {
  if (!title) return [];
  const named = new Set(body.map((m) => m.actorId));
  return gazetteerMentions(title, gazetteer).mentions.filter((m) => {
    const actor = gazetteer.get(m.actorId);
    const adjective = m.kind === 'Region' && (actor?.demonyms.includes(m.surface) ?? false);
    return !adjective || named.has(m.actorId);
  });
}

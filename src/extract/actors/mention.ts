/** An actor named at a place in the text: the unit speech and relations read their speakers and arguments from. */
import type { ActorKind } from '../../domain/vocabulary.js';
import type { ActorDef } from '../../ingest/article-format.js';

export interface Mention {
  start: number;
  end: number;
  surface: string;
  /** gazetteer id, or a slug for an actor new to the gazetteer */
  actorId: string;
  name: string;
  kind: ActorKind;
  known: boolean;
  /** for a capital named as a place: the country whose seat it is */
  seatOf?: { actorId: string; name: string; kind: ActorKind };
  /** a body's name with its owner's possessive before it ("Russia's TV Channel One"), as reports also name it */
  withOwner?: string;
  /** a group's phrase with the words after it that say which people ("analysts at a Tashkent brokerage") */
  restricted?: string;
  /** for an actor new to the gazetteer: how sure the guess of name and kind is (0–1) */
  confidence?: number;
  /** how it was found: a gazetteer name, a named entity of the parse, a title read as its holder, a collective, an anaphor */
  source?: MentionSource;
}

export type MentionSource = 'gazetteer' | 'entity' | 'title' | 'collective' | 'anaphor' | 'place';

export interface Span {
  start: number;
  end: number;
}

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A gazetteer actor named at this place in the text. */
export function knownMention(
  actor: ActorDef,
  start: number,
  surface: string,
  source: MentionSource = 'gazetteer',
): Mention {
  return {
    start,
    end: start + surface.length,
    surface,
    actorId: actor.id,
    name: actor.name,
    kind: actor.kind,
    known: true,
    source,
  };
}

/** An actor new to the gazetteer, named by its surface. */
export function newMention(
  start: number,
  surface: string,
  kind: ActorKind,
  confidence: number,
  source: MentionSource,
): Mention {
  return {
    start,
    end: start + surface.length,
    surface,
    actorId: slug(surface),
    name: surface,
    kind,
    known: false,
    confidence,
    source,
  };
}

export function overlaps(a: Span, taken: readonly Span[]): boolean {
  return taken.some((t) => a.start < t.end && t.start < a.end);
}

export function inside(a: Span, outer: Span): boolean {
  return a.start >= outer.start && a.end <= outer.end;
}

/**
 * A known person's name as this article spells it: where the article never
 * writes the gazetteer's last name and spells the full name its own way
 * ("Volodymyr Zelenskyy" for "Volodymyr Zelensky"), its spelling. Readers
 * and the corpus's annotators write the article's spelling.
 */
export function articleSpelling(actorName: string, mentions: readonly Mention[]): string {
  const named = mentions.filter((m) => m.known && (m.source === 'gazetteer' || m.source === 'entity'));
  const last = actorName.split(/\s+/).pop()!.toLowerCase();
  const words = (m: Mention): string[] => m.surface.split(/\s+/);
  if (named.some((m) => words(m).some((w) => w.toLowerCase() === last))) return actorName;
  const full = named.find((m) => words(m).length > 1 && words(m).every((w) => /^\p{Lu}/u.test(w)));
  return full?.surface ?? actorName;
}

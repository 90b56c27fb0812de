/**
 * What planning an article needs at every step: its actor references resolved
 * (gazetteer plus the article's own actors), its anchors found in its text,
 * its local ids qualified, and every problem collected with its file position,
 * so an analyst sees them all at once.
 */
import { distance } from 'fastest-levenshtein';
import type { ActorDef, ArticleFile, Evidence } from './article-format.js';
import type { ActorIndex } from './gazetteer.js';
import { formatPath, type InputProblem } from './input-error.js';
import type { Anchor } from '../graph/plan-types.js';
import { sentenceAt, type Sentence } from './sentences.js';
import type { StructuredFile } from './structured-file.js';

export type Path = (string | number)[];

const NO_ANCHOR: Anchor = { sentenceIndex: -1, start: -1, end: -1 };

export class PlanReferences {
  readonly problems: InputProblem[] = [];
  /** every actor the article refers to, by id */
  readonly used = new Map<string, ActorDef>();
  private readonly actors: ActorIndex;

  constructor(
    private readonly file: StructuredFile,
    private readonly article: ArticleFile,
    gazetteer: ActorIndex,
    private readonly sentences: Sentence[],
  ) {
    article.actors.forEach((a, i) => {
      if (gazetteer.has(a.id))
        this.report(
          ['actors', i, 'id'],
          `actor "${a.id}" is already in the gazetteer; refer to it instead of defining it`,
        );
    });
    this.actors = gazetteer.extend(article.actors);
  }

  report(path: Path, message: string): void {
    this.problems.push({ path: formatPath(path), message, ...this.file.locate(path) });
  }

  /** The id of the actor a reference names; an unknown one is reported with the nearest known name. */
  actor(path: Path, ref: string): string {
    const r = this.actors.resolve(ref);
    if (!r.ok) {
      const near = this.actors.nearMatch(ref);
      this.report(path, near ? `${r.reason}; did you mean "${near.name}" (id ${near.id})?` : r.reason);
      return ref;
    }
    this.used.set(r.actor.id, r.actor);
    return r.actor.id;
  }

  optionalActor(path: Path, ref: string | null | undefined): string | null {
    return ref == null ? null : this.actor(path, ref);
  }

  /** An article-local id made unique in the graph. */
  qualify(local: string): string {
    return `${this.article.id}/${local}`;
  }

  /** Where an item's text sits: its extractor's span if it still holds the text, else the n-th occurrence. */
  anchor(path: Path, item: { text: string; occurrence: number; evidence?: Evidence }): Anchor {
    const { text, occurrence, evidence } = item;
    if (evidence) return this.evidenceAnchor(path, text, evidence);
    const start = nthIndexOf(this.article.text, text, occurrence);
    if (start < 0) {
      this.report([...path, 'text'], anchorMissReason(this.article.text, text, occurrence));
      return NO_ANCHOR;
    }
    return { sentenceIndex: sentenceAt(this.sentences, start)?.index ?? -1, start, end: start + text.length };
  }

  // An extractor's span is taken as is when it still holds the text; an analyst who edits text deletes it.
  private evidenceAnchor(path: Path, text: string, evidence: Evidence): Anchor {
    const found = this.article.text.slice(evidence.start, evidence.end);
    if (found !== text) {
      this.report(
        [...path, 'evidence'],
        `characters ${evidence.start}–${evidence.end} of the article hold "${shorten(found)}", not this item's text; fix the span or delete evidence (the importer then finds text itself)`,
      );
      return NO_ANCHOR;
    }
    const sentenceIndex = sentenceAt(this.sentences, evidence.start)?.index ?? -1;
    if (sentenceIndex !== evidence.sentence)
      this.report(
        [...path, 'evidence', 'sentence'],
        `the text is in sentence ${sentenceIndex}, not ${evidence.sentence}; fix it or delete evidence`,
      );
    return { sentenceIndex, start: evidence.start, end: evidence.end };
  }

  /** The ids of one list, each reported if used twice. */
  uniqueIds(ids: string[], field: string): Set<string> {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) this.report([field, i, 'id'], `id "${id}" is used twice in ${field}`);
      seen.add(id);
    });
    return seen;
  }
}

const shorten = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function nthIndexOf(haystack: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function anchorMissReason(text: string, needle: string, occurrence: number): string {
  const shown = shorten(needle);
  if (occurrence > 1 && text.includes(needle))
    return `"${shown}" occurs fewer than ${occurrence} times in the article text`;
  const fold = (s: string): string => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
  if (fold(text).includes(fold(needle)))
    return `"${shown}" is not in the article text as written; it differs in case, spacing or quote marks (copy it exactly)`;
  const near = nearestPassage(text, needle, fold);
  const hint = near === undefined ? '' : `; the nearest passage is "${shorten(near)}"`;
  return `"${shown}" is not in the article text (anchors must be copied verbatim from text)${hint}`;
}

/** Quotes longer than this many words are not searched for a near match. */
const NEAR_MAX_WORDS = 60;

/**
 * The passage of the text closest to a quote that is not in it (a word added,
 * dropped or changed inside it), when one is close: within 40% of the quote's
 * length in edits. Only runs of words that begin with the quote's first word or
 * end with its last are tried, up to three words longer or shorter, so a long
 * text costs a few comparisons per occurrence of those words.
 */
function nearestPassage(text: string, needle: string, fold: (s: string) => string): string | undefined {
  const bare = (w: string): string => fold(w).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const quoted = needle.split(/\s+/).filter(Boolean);
  if (quoted.length === 0 || quoted.length > NEAR_MAX_WORDS) return undefined;
  const [first, last] = [bare(quoted[0]!), bare(quoted[quoted.length - 1]!)];
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: bare(m[0]),
  }));
  const target = fold(needle);
  let best: { passage: string; cost: number } | undefined;
  const consider = (from: number, to: number): void => {
    if (from < 0 || to >= words.length || from > to) return;
    const passage = text.slice(words[from]!.start, words[to]!.end).replace(/^[“"'‘([]+|[”"'’)\],.;:!?]+$/g, '');
    const cost = distance(fold(passage), target);
    if (best === undefined || cost < best.cost) best = { passage, cost };
  };
  words.forEach((w, i) => {
    for (let n = Math.max(1, quoted.length - 3); n <= quoted.length + 3; n++) {
      if (w.key === first) consider(i, i + n - 1);
      if (w.key === last) consider(i - n + 1, i);
    }
  });
  return best !== undefined && best.cost <= 0.4 * target.length ? best.passage : undefined;
}

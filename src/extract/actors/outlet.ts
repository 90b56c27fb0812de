/**
 * The outlet that publishes the article (its header line) named in the body
 * by its initials, as wire datelines do ("TIANJIN, September 1. /ETA/.",
 * "ALMATY (KTA) —"): a mention of the outlet, which readers count as an
 * actor of the article. Its full name in the body is an ordinary name.
 */
import { couldAbbreviate } from './acronyms.js';
import { newMention, overlaps, slug, type Mention } from './mention.js';

/** Capitals standing alone as a word, 2 to 6 of them: "ETA", "KTA". */
const INITIALS = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

export function outletInitials(
  text: string,
  outlet: string | null,
  taken: readonly Mention[],
): { found: Mention[]; replaced: Set<Mention> } {
  const replaced = new Set<Mention>();
  // an outlet named by one word ("Reuters", "TASS") is found as a name; only a name of several words has initials
  if (!outlet || outlet.trim().split(/\s+/).length < 2) return { found: [], replaced };
  const out: Mention[] = [];
  for (const hit of text.matchAll(INITIALS)) {
    const span = { start: hit.index, end: hit.index + hit[0].length };
    if (!couldAbbreviate(hit[0], outlet) || hit[0].length !== initialsOf(outlet).length) continue;
    // NER's guess at the initials ("CNS" an organisation new to the gazetteer) is the outlet
    const same = taken.find((m) => m.start === span.start && m.end === span.end && !m.known);
    if (same) replaced.add(same);
    else if (overlaps(span, taken)) continue;
    out.push({ ...newMention(span.start, hit[0], 'Media', 0.6, 'entity'), name: outlet, actorId: slug(outlet) });
  }
  return { found: out, replaced };
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

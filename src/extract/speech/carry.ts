/**
 * How far a speaker heard earlier reaches a quote nothing attributes. Wire
 * copy moves on to another voice without saying so in the quote: a section
 * under a new heading, or a sentence in which another named person acts or
 * is quoted, starts a new voice; a quote after it is no one's we can tell.
 */
import type { Mention } from '../actors/mention.js';
import type { ParsedDocument } from '../parse/document.js';
import type { MentionIndex } from '../parse/mention-index.js';

/** dependents that make their noun the one acting or quoted: a subject (active or passive), an agent, someone quoted */
const ACTING = /^(?:nsubj|nsubj:pass|nsubj:xsubj|obl:agent|obl:by)$/;

/** whether the speaker heard at `from` may be carried to a quote at `to`: no sentence between names someone else acting */
export function carriesOver(
  doc: ParsedDocument,
  index: MentionIndex,
  from: number,
  to: number,
  speaker: Mention,
): boolean {
  if (newSection(doc.text.slice(from, to))) return false;
  const first = doc.sentenceAt(from)?.index ?? -1;
  // only the sentences between the two: the scan stays linear in the gap, not in the document
  for (let k = first + 1; k < doc.sentences.length && doc.sentences[k]!.end <= to; k += 1) {
    const s = doc.sentences[k]!;
    for (const t of s.tokens) {
      const acting = s
        .parents(t.i)
        .some(
          (e) =>
            e.gov > 0 && (ACTING.test(e.rel) || (e.rel === 'obj' && /^(?:quote|cite)$/.test(s.token(e.gov).lemma))),
        );
      if (!acting) continue;
      const m = index.at(s, t.i);
      if (m?.kind === 'Person' && m.actorId !== speaker.actorId) return false;
    }
  }
  return true;
}

/**
 * A line of its own between the two that is a heading (short, no sentence
 * punctuation at its end) or a separator ("***", "—"): the text starts a new section.
 * The first and last lines hold the speaker and the quote themselves.
 */
function newSection(between: string): boolean {
  const lines = between
    .split('\n')
    .slice(1, -1)
    .map((l) => l.trim());
  return lines.some(
    (l) =>
      /^[*#=_~•·\-–—\s]+$/.test(l) ||
      (l.length > 0 && l.length <= 80 && !/[.!?:;,"”»'’)\]…]$/.test(l) && !/[“"«]/.test(l)),
  );
}

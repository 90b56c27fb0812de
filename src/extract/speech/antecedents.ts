/**
 * Whom a description stands for among those the article introduced before
 * it: "the minister" or "the Azerbaijani minister" (the person introduced
 * with that title), "the organisation" (the one body the sentence before
 * names), the person the sentences before are about; and the words a
 * mention was introduced with, which say which office someone holds.
 * Coreference links a role to any person, so these readings come first.
 */
import type { Mention } from '../actors/mention.js';
import type { MentionIndex } from '../parse/mention-index.js';
import type { ParsedDocument, Sentence } from '../parse/document.js';

/** words of a role that say when or how someone holds it, not which office: "the former minister", "the new envoy" */
const STATUS_WORDS: ReadonlySet<string> = new Set([
  'former',
  'then',
  'new',
  'current',
  'outgoing',
  'incoming',
  'acting',
  'late',
  'top',
  'senior',
  'veteran',
  'longtime',
  'long-time',
]);

export class Antecedents {
  constructor(
    private readonly doc: ParsedDocument,
    private readonly index: MentionIndex,
  ) {}

  /**
   * The person last introduced with the role noun at t and its qualifiers:
   * "Foreign Minister Sergey Lavrov" for "the minister", "his Azerbaijani
   * counterpart Jeyhun Bayramov" for "the Azerbaijani minister". A nationality
   * in the phrase must be in the introduction; the role word is then preferred.
   */
  titled(s: Sentence, t: number): Mention | undefined {
    const role = s.token(t).lemma.toLowerCase();
    const nationality = s
      .treeChildren(t, /^(?:amod|compound)$/)
      .map((e) => s.token(e.dep))
      .filter((x) => x.ner === 'NATIONALITY' || (x.pos.startsWith('NNP') && x.ner !== 'TITLE'))
      .map((x) => x.word.toLowerCase());
    // the office the role names ("the defence minister", "the foreign minister"): its words must be in the introduction too,
    // so that "the defence minister" is not the prime minister introduced before
    const office = officeWords(s, t);
    const here = s.token(t).start;
    const introduced = this.index.all
      .filter((m) => m.kind === 'Person' && m.end <= here && here - m.end <= 4000)
      .map((m) => ({ m, intro: this.introduction(m).toLowerCase() }))
      .filter((x) => [...nationality, ...office].every((w) => x.intro.includes(w)));
    // (the role as a word: "minister" is not "ministry")
    const byRole = introduced.filter((x) => new RegExp(`\\b${role}s?\\b`).test(x.intro));
    if (byRole.length > 0) return byRole.at(-1)!.m;
    return nationality.length > 0 ? introduced.at(-1)?.m : undefined;
  }

  /**
   * "the defence minister" linked by coreference to someone introduced as another minister ("Prime Minister X"): the
   * introduction names the role with other office words. Someone introduced without the role may well hold it.
   */
  otherOffice(s: Sentence, t: number, m: Mention): boolean {
    const office = officeWords(s, t);
    if (office.length === 0) return false;
    const intro = this.introduction(m).toLowerCase();
    return (
      new RegExp(`\\b${s.token(t).lemma.toLowerCase()}s?\\b`).test(intro) && !office.every((w) => intro.includes(w))
    );
  }

  /** the words that introduce a mention: the noun phrase before it ("his Azerbaijani counterpart") and an appositive after it */
  private introduction(m: Mention): string {
    const s = this.doc.sentenceAt(m.start);
    if (!s) return m.surface;
    const first = s.tokens.find((x) => x.end > m.start);
    let from = m.start;
    for (let k = (first?.i ?? 1) - 1, n = 0; k >= 1 && n < 6; k -= 1, n += 1) {
      if (!/^(?:NNPS?|NNS?|JJ|DT|PRP\$|POS|HYPH|CD)$/.test(s.token(k).pos)) break;
      from = s.token(k).start;
    }
    const after = /^,([^,;.]{1,60}),/.exec(this.doc.text.slice(m.end, Math.min(s.end, m.end + 70)));
    return this.doc.text.slice(from, m.end) + (after ? after[1] : '');
  }

  /** the person last named as a subject in the two sentences before s, in its paragraph or the one before */
  lastSubject(s: Sentence): Mention | undefined {
    for (let k = s.index - 1; k >= Math.max(0, s.index - 2); k -= 1) {
      const p = this.doc.sentences[k]!;
      if (s.paragraph - p.paragraph > 1) break;
      const subjects = p.tokens.filter(
        (x) => /^nsubj/.test(p.head(x.i)?.rel ?? '') && p.token(p.head(x.i)!.gov).pos.startsWith('VB'),
      );
      const person = subjects.map((x) => this.index.at(p, x.i)).find((m) => m?.kind === 'Person');
      if (person) return person;
    }
    return undefined;
  }

  /**
   * No paragraph break between the words of sentence p and the later s: the splitter may start a sentence with the closing
   * mark of the paragraph before, which then counts it in that paragraph
   */
  sameParagraph(p: Sentence, s: Sentence): boolean {
    const first = p.tokens.find((x) => /[\p{L}\p{N}]/u.test(x.word));
    return first !== undefined && !this.doc.text.slice(first.start, s.start).includes('\n');
  }

  /** the one body (not a person, not a country) the sentence before s names, in its paragraph */
  bodyBefore(s: Sentence): Mention | undefined {
    const p = s.index > 0 ? this.doc.sentences[s.index - 1] : undefined;
    if (!p || !this.sameParagraph(p, s)) return undefined;
    const bodies = this.index.all.filter(
      (m) => m.start >= p.start && m.end <= p.end && (m.kind === 'Organization' || m.kind === 'Media'),
    );
    const first = bodies[0];
    return first && bodies.every((m) => m.actorId === first.actorId) ? first : undefined;
  }
}

/** the office a role noun names by its modifiers ("defence" in "the former defence minister"), not when or how it is held */
function officeWords(s: Sentence, t: number): string[] {
  return s
    .treeChildren(t, /^(?:amod|compound)$/)
    .map((e) => s.token(e.dep))
    .filter((x) => /^(?:NNS?|JJ)$/.test(x.pos) && x.ner !== 'NATIONALITY' && !STATUS_WORDS.has(x.word.toLowerCase()))
    .map((x) => x.word.toLowerCase());
}

/** "the 58-year-old", "the 64-year-old former envoy" headed by its age: a definite phrase naming a person by age alone */
export function agedDescription(s: Sentence, t: number): boolean {
  if (!s.treeChildren(t, 'det').some((e) => s.token(e.dep).lemma.toLowerCase() === 'the')) return false;
  const words = s
    .subtree(t)
    .filter((k) => k <= t)
    .map((k) => s.token(k).word)
    .join('');
  return /\d+-?years?-?old$/i.test(words);
}

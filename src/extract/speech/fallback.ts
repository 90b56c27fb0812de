/**
 * The second pass for a direct quote no reporting verb attributes: the
 * ordinary ways newspapers give a quote its speaker without one. A frame
 * before a colon ("X was blunt: “…”", "his answer was short: “…”"), a
 * sentence after the quote that names whose words they were ("“…” That was
 * the message of X."), a reporting verb elsewhere in the quote's sentence
 * with one speaker, and the one person the sentence before is about ("X
 * sounded confident. “…”"). Each reads only the quote's sentence and its
 * neighbours, so the pass stays linear in the article.
 *
 * Only a span that reads as speech on its own is given a speaker this way:
 * a term in quotation marks ("the so-called “listening state”", a word or
 * two of scare quotes) is no one's words unless a reporting frame says so.
 */
import type { Mention } from '../actors/mention.js';
import type { ParsedDocument, Sentence } from '../parse/document.js';
import type { MentionIndex } from '../parse/mention-index.js';
import { datelineEnd } from './clause.js';
import { reportingVerb } from './frames.js';
import { STATEMENT_NOUNS } from './lexicon.js';
import type { Attribution } from './quote.js';
import type { Speakers } from './speakers.js';
import type { QuoteSpan } from './spans.js';

/** A phrase of this many words is speech even without a verb ("a bridge, not a battlefield, for the whole region"). */
const PHRASE_WORDS = 6;
/** words a title leaves in lower case */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'for',
  'at',
  'by',
  'with',
  'from',
]);
/** finite verbs and modals: the quote is a clause of its own */
const FINITE = /^(?:VBD|VBZ|VBP|MD)$/;
/** demonstratives that point back at the words just quoted: "“…” That was the message of X." */
const POINTING_BACK = new Set(['that', 'this', 'these', 'those', 'such']);
/** verbs of judging out loud (VerbNet judgment-33): whoever criticises or praises in a paragraph speaks the quote after it */
const JUDGING: ReadonlySet<string> = new Set([
  'criticise',
  'criticize',
  'condemn',
  'denounce',
  'praise',
  'hail',
  'welcome',
  'applaud',
  'commend',
  'blame',
  'rebuke',
  'reproach',
  'slam',
  'blast',
  'castigate',
  'lambast',
  'thank',
  'congratulate',
  'reject',
  'defend',
]);
/** verbs of refusing to speak: "declined to comment", "refused to say" */
const REFUSING = new Set(['decline', 'refuse', 'fail']);
/** what an attribution before a colon may be, beyond the statement nouns: "X's verdict:", "his answer was short:" */
const VERDICT_NOUNS = new Set([
  'verdict',
  'answer',
  'view',
  'position',
  'message',
  'reaction',
  'advice',
  'explanation',
]);

/** a term introduced as "so-called", or a title (every word capitalised but the small ones): a name, never anyone's words */
export function termLike(doc: ParsedDocument, q: QuoteSpan): boolean {
  const before = doc.text.slice(Math.max(0, q.open - 12), q.open);
  if (/so-called\s*$/i.test(before)) return true;
  const words = quotedWords(doc, q);
  // ("Without the Right to Make a Mistake"), however long
  return words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

function quotedWords(doc: ParsedDocument, q: QuoteSpan): string[] {
  return doc.text
    .slice(q.start, q.end)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** the quote is a clause (a finite verb) or a long phrase, and not a term introduced as "so-called" */
export function speechLike(doc: ParsedDocument, q: QuoteSpan): boolean {
  if (termLike(doc, q)) return false;
  const words = quotedWords(doc, q);
  if (words.length >= PHRASE_WORDS) return true;
  for (let s = doc.sentenceAt(q.start); s && s.start < q.end; s = doc.sentences[s.index + 1])
    if (s.tokens.some((t) => t.start >= q.start && t.end <= q.end && FINITE.test(t.pos))) return true;
  return false;
}

/**
 * The speaker a clause ending in a colon names as its subject, or as the one
 * whose words its subject is ("X was blunt:", "X had a simple message for Y:",
 * "his verdict was harsh:"): the colon hands what follows to that subject.
 */
export function colonFrame(
  doc: ParsedDocument,
  s: Sentence,
  upto: number,
  speakers: Speakers,
): Attribution | undefined {
  const before = s.tokens.filter((t) => t.end <= upto);
  const colon = before.at(-1);
  if (!colon || colon.word !== ':') return undefined;
  // the clause before the colon, after a dateline ("BISHKEK - … his message was blunt:")
  const first = before.find((t) => t.start >= datelineEnd(doc.text, s))?.i ?? 1;
  const inside = (i: number): boolean => i >= first && i < colon.i;
  // its head: up from the word before the colon while the head stays inside the clause
  let head = colon.i - 1;
  for (let guard = 0; guard < 12 && inside(s.head(head)?.gov ?? 0); guard += 1) head = s.head(head)!.gov;
  if (!inside(head)) return undefined;
  // "Lavrov on the talks:", as digests and live blogs head a quote: no verb before the colon, a person at its head
  const verbless = !before.some((t) => inside(t.i) && /^(?:VB|MD)/.test(t.pos));
  if (verbless && !verdictNoun(s, head)) {
    const by = speakers.at(s, head);
    return by?.shape === 'named' && by.speaker.kind === 'Person' ? asFrame(by) : undefined;
  }
  // "For Aliyev, the matter is closed:": the one the clause is said for, opening it
  const forWhom = s
    .children(head, 'obl:for')
    .find((e) => inside(e.dep) && s.subtree(e.dep)[0] === first && s.token(first).lemma.toLowerCase() === 'for');
  const subject = s.children(head, /^nsubj/).find((e) => inside(e.dep));
  if (forWhom) {
    const by = speakers.at(s, forWhom.dep);
    if (by?.shape === 'named' && by.speaker.kind === 'Person') return asFrame(by);
  }
  const who = subject?.dep ?? (verdictNoun(s, head) ? head : undefined);
  if (who === undefined) return undefined;
  return asFrame(verdictNoun(s, who) ? ownerOf(s, who, speakers) : speakers.at(s, who));
}

/** whose words a statement or verdict noun names: "her verdict", "the message of X", "a reply from X" */
function ownerOf(s: Sentence, noun: number, speakers: Speakers): Attribution | undefined {
  for (const e of s.children(noun, /^nmod:(?:of|poss|from)$/)) {
    const by = speakers.at(s, e.dep) ?? speakers.seatAt(s, e.dep);
    if (by) return by;
  }
  return undefined;
}

/** a speaker named in a frame without a reporting verb is less sure than a reporting verb's subject */
function asFrame(by: Attribution | undefined): Attribution | undefined {
  return by && by.shape === 'named' ? { speaker: by.speaker, shape: 'clause' } : by;
}

/**
 * "X's verdict was harsh. “…”", "The reaction from Y was cautious. “…”": the sentence right before the quote, in its
 * paragraph, has a verdict or statement noun as its subject, and its owner speaks the quote
 */
export function verdictBefore(doc: ParsedDocument, open: number, speakers: Speakers): Attribution | undefined {
  const here = doc.sentenceAt(open);
  // (sentenceAt gives the sentence holding the offset, else the next one: the one before it ends before the quote)
  const prev = here && here.start < open ? undefined : doc.sentences[(here?.index ?? doc.sentences.length) - 1];
  if (!prev || /\n/.test(doc.text.slice(prev.end, open))) return undefined;
  for (const r of prev.roots()) {
    const subject = prev.children(r, /^nsubj/)[0];
    if (subject && verdictNoun(prev, subject.dep)) return asFrame(ownerOf(prev, subject.dep, speakers));
  }
  return undefined;
}

/** "“…” That was the message of the former president.": a demonstrative copula after the quote naming whose words they were */
export function namedAfter(
  doc: ParsedDocument,
  whole: { open: number; close: number },
  speakers: Speakers,
): Attribution | undefined {
  // the first words after the quote (the splitter may start their sentence with the quote's closing mark)
  let after: Sentence | undefined;
  for (let s = doc.sentenceAt(Math.max(0, whole.close - 1)); s && !after; s = doc.sentences[s.index + 1])
    if (s.tokens.some((t) => t.start >= whole.close && /\p{L}/u.test(t.word))) after = s;
  // a demonstrative among its first words: "That was …", "With these words, …"
  const words = after?.tokens.filter((t) => t.start >= whole.close && /\p{L}/u.test(t.word)).slice(0, 4) ?? [];
  const first = words.find((t) => POINTING_BACK.has(t.lemma.toLowerCase()));
  if (!after || !first) return undefined;
  // the demonstrative itself ("This was stated by X") or the verdict noun it points with ("With these words, X …")
  const det = after.head(first.i)?.rel === 'det' ? after.head(first.i)!.gov : undefined;
  if (det !== undefined && !verdictNoun(after, det)) return undefined;
  // in the same paragraph; "these words" may open the next one when the quote is a paragraph of its own (a bare "this"
  // there may be about anything the paragraph before told)
  const between = doc.text.slice(whole.close, words[0]!.start);
  const ownParagraph = det !== undefined && /(?:^|\n)[^\S\n]*$/.test(doc.text.slice(0, whole.open));
  if (!/^[^\S\n]*$/.test(between) && !(ownParagraph && /^\s*$/.test(between))) return undefined;
  const pointer = det ?? first.i;
  const role = after.head(pointer);
  if (!role || role.gov === 0) return undefined;
  const verb = role.gov;
  // "That was the message of X": the copula's noun names whose words they were
  if (/^nsubj$/.test(role.rel) && verdictNoun(after, verb) && after.treeChildren(verb, 'cop').length > 0)
    return asFrame(ownerOf(after, verb, speakers));
  if (reportingVerb(after, verb).size > 0) {
    // "This was stated by X", "These words were spoken by X": the agent
    const agent = role.rel === 'nsubj:pass' ? after.children(verb, /^obl:(?:by|agent)$/)[0] : undefined;
    if (agent) return asFrame(speakers.at(after, agent.dep));
    // "X said this at a briefing": the reporting verb's speaker
    if (role.rel === 'obj') return asFrame(speakers.of(after, verb));
  }
  // "With these words, X opened …": the words are what the clause's subject said
  if (det !== undefined && /^obl/.test(role.rel)) {
    const subject = after.children(verb, /^nsubj$/)[0];
    return subject ? asFrame(speakers.at(after, subject.dep)) : undefined;
  }
  return undefined;
}

/** the one speaker of the reporting verbs outside the quote in its own sentences ("X, who spoke after the talks, called …") */
export function sentenceReporter(
  doc: ParsedDocument,
  whole: { open: number; close: number },
  speakers: Speakers,
): Attribution | undefined {
  const found: Attribution[] = [];
  // (within the quote's paragraph: the splitter may run a sentence on from a closing mark into the next one)
  const from = doc.text.lastIndexOf('\n', whole.open) + 1;
  const to = doc.text.indexOf('\n', whole.close) < 0 ? doc.text.length : doc.text.indexOf('\n', whole.close);
  for (let s = doc.sentenceAt(whole.open); s && s.start < whole.close; s = doc.sentences[s.index + 1]) {
    for (const t of s.tokens) {
      if (t.start < from || t.end > to) continue;
      if ((t.start >= whole.open && t.end <= whole.close) || reportingVerb(s, t.i).size === 0) continue;
      const by = speakers.of(s, t.i);
      if (by) found.push(by);
    }
  }
  const first = found[0];
  if (!first || found.some((b) => b.speaker.actorId !== first.speaker.actorId)) return undefined;
  return { speaker: first.speaker, shape: first.shape === 'named' ? 'clause' : 'recent' };
}

/**
 * The person the sentence before the quote is about, when it names only one
 * ("Tokayev sounded confident. “…”", "X shrugged that off." before a quote
 * paragraph): only the sentence right before, in the quote's paragraph or
 * closing the one before when the quote opens its own.
 */
export class PreviousPerson {
  /** persons named in each sentence, outside quotation marks, read once */
  private readonly persons = new Map<number, Mention[]>();

  constructor(
    private readonly doc: ParsedDocument,
    index: MentionIndex,
    quoted: (start: number, end: number) => number,
  ) {
    for (const m of index.all) {
      if (m.kind !== 'Person' || quoted(m.start, m.end) > 0) continue;
      const s = doc.sentenceAt(m.start);
      if (!s) continue;
      const here = this.persons.get(s.index);
      if (here) here.push(m);
      else this.persons.set(s.index, [m]);
    }
  }

  of(open: number, speakers: Speakers): Attribution | undefined {
    const here = this.doc.sentenceAt(open);
    const prev = here ? this.doc.sentences[here.index - 1] : undefined;
    if (!here || !prev) return undefined;
    const roots = prev.roots();
    // "X declined to comment.", "X did not respond.": someone silent says nothing next
    if (roots.some((r) => silent(prev, r))) return undefined;
    if (prev.paragraph !== here.paragraph) {
      // the quote opens its paragraph: the paragraph before hands it over only from its last sentence, and only a speech act
      // there ("X dismissed the criticism."); "X flew to Moscow." in a paragraph of its own hands nothing over
      const opensParagraph = /^[\s“«„"‘']*$/.test(this.doc.text.slice(prev.end, open));
      if (!opensParagraph || here.paragraph - prev.paragraph > 1) return undefined;
      // (a verbal judgment is a speech act too: "X criticised the plan.", "X welcomed the decision." before the words)
      if (
        !roots.some(
          (r) =>
            reportingVerb(prev, r).size > 0 ||
            (prev.token(r).pos.startsWith('VB') &&
              JUDGING.has(prev.token(r).lemma.toLowerCase()) &&
              // (active, the judge its subject: "the proposal was rejected by X" hands nothing over)
              prev.children(r, /^nsubj$/).length > 0),
        )
      )
        return undefined;
    }
    // the person its main clause is about ("Asked about A and B, X was optimistic.", "He also dismissed …"), else the one it names
    for (const r of roots) {
      const subject = prev.children(r, /^nsubj/)[0];
      const by = subject && speakers.at(prev, subject.dep);
      if (by?.speaker.kind === 'Person' && (by.shape === 'named' || by.shape === 'coref'))
        return { speaker: by.speaker, shape: 'recent' };
    }
    const named = this.persons.get(prev.index) ?? [];
    const first = named[0];
    return first && named.every((m) => m.actorId === first.actorId) ? { speaker: first, shape: 'recent' } : undefined;
  }
}

/** a main verb of refusing to speak, or a negated one */
function silent(s: Sentence, r: number): boolean {
  return (
    REFUSING.has(s.token(r).lemma.toLowerCase()) ||
    s.treeChildren(r, /^(?:advmod|neg)$/).some((e) => /^(?:not|never|n't)$/i.test(s.token(e.dep).word))
  );
}

function verdictNoun(s: Sentence, i: number): boolean {
  const t = s.token(i);
  const lemma = t.lemma.toLowerCase();
  return t.pos.startsWith('NN') && (VERDICT_NOUNS.has(lemma) || STATEMENT_NOUNS.has(lemma));
}

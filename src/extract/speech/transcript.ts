/**
 * Transcripts: a paragraph "Name: words" is direct speech by Name, and so
 * are the paragraphs after it until another speaker's line, when the article
 * is a transcript (two such lines or more).
 */
import type { ParsedDocument } from '../parse/document.js';
import type { MentionIndex } from '../parse/mention-index.js';
import type { Mention } from '../actors/mention.js';
import { reportingVerb } from './frames.js';
import { paragraphSpans } from './spans.js';

interface TranscriptLine {
  start: number;
  end: number;
  speaker: Mention;
  /** the paragraph opens with the speaker's name (not a carried-over paragraph) */
  named: boolean;
}

/**
 * "Name: words", the name perhaps with a title ("President of Mongolia X") and a
 * note on the words in brackets ("(retranslated)", "(via interpreter)", "(Anna Petrova)").
 */
const LINE = /^([\p{Lu}][\p{L}\p{M}.'’ -]{1,80}?)\s*(\([^()\n]{1,60}\))?\s*:\s+(?=\S)/u;
/** a label longer than this many words is a sentence with a colon, not a speaker's name */
const LABEL_WORDS = 9;

/** the label of an interviewer's turn, who is seldom an actor */
const QUESTION_LABEL =
  /^(?:Question|Q|Interviewer|Journalist|Reporter|Moderator)\s*(?:\([^()\n]{1,60}\))?\s*:\s+(?=\S)/;

/** an interview's turns: "Question:"/"Q:" asks, "Answer:"/"A:" is the interviewee's */
const ROLE_LABEL = /^(Question|Q|Answer|A|Reply)\s*:\s+(?=\S)/;

export function transcriptLines(doc: ParsedDocument, index: MentionIndex): TranscriptLine[] {
  const text = doc.text;
  const paragraphs = paragraphSpans(doc);
  const interviewee = intervieweeOf(text, paragraphs, index);
  const lines: (TranscriptLine | { start: number; end: number; speaker: null; turn: boolean })[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    const role = ROLE_LABEL.exec(body);
    if (role && interviewee) {
      const words = p.start + role[0].length;
      const answer = /^(?:Answer|A|Reply)$/.test(role[1]!);
      lines.push(
        answer
          ? { start: words, end: trimEnd(text, words, p.end), speaker: interviewee, named: true }
          : { start: p.start, end: p.end, speaker: null, turn: true },
      );
      continue;
    }
    const m = LINE.exec(body);
    const name = m?.[1];
    const label =
      name !== undefined &&
      name.trim().split(/\s+/).length <= LABEL_WORDS &&
      !finiteVerbIn(doc, p.start, p.start + name.length);
    // The person the label names speaks ("Prime Minister of Kyrgyzstan X": X, not Kyrgyzstan), else the body it names.
    const named = label
      ? index.all.filter((x) => x.start >= p.start && x.end <= p.start + m![0].length && x.kind !== 'Region')
      : [];
    const speaker =
      named.filter((x) => x.kind === 'Person').at(-1) ??
      named[0] ??
      (label ? personNamedBefore(index, name.trim(), p.start) : undefined);
    const words = speaker ? p.start + m![0].length : p.start;
    // "Question:", "Moderator:": someone who is no actor speaks; the previous speaker's turn is over.
    lines.push(
      speaker
        ? { start: words, end: trimEnd(text, words, p.end), speaker, named: true }
        : { start: p.start, end: trimEnd(text, p.start, p.end), speaker: null, turn: label },
    );
  }
  // a transcript: two speakers' lines, or one answering a question ("Question: …" then "Lavrov: …")
  const asked = paragraphs.some((p) => QUESTION_LABEL.test(text.slice(p.start, p.end)));
  const spoken = lines.filter((l): l is TranscriptLine => l.speaker !== null);
  if (spoken.length === 1 && !asked) {
    // one line alone, as digests quote a person ("Peskov: No meeting is planned yet."): only when the label is the
    // person's name and a sentence (a finite verb) follows; nothing after it is carried, with no second speaker to show a transcript
    const l = spoken[0]!;
    const label = text.slice(text.lastIndexOf('\n', l.start) + 1, l.start);
    const sentence = text.slice(l.start, l.end + 1);
    const byName =
      l.speaker.kind === 'Person' && new RegExp(`^${escape(l.speaker.surface)}\\s*:\\s*$`).test(label.trimStart());
    return byName && /[.!?]$/.test(sentence.trim()) && finiteVerbIn(doc, l.start, l.end)
      ? [{ start: l.start, end: l.end, speaker: l.speaker, named: true }]
      : [];
  }
  if (spoken.length < (asked ? 1 : 2)) return [];
  const out: TranscriptLine[] = [];
  let current: Mention | null = null;
  for (const l of lines) {
    if (l.speaker) {
      current = l.speaker;
      out.push({ start: l.start, end: l.end, speaker: l.speaker, named: true });
    } else if (!/\p{L}{2}/u.test(text.slice(l.start, l.end))) continue;
    // (a heading, short and unpunctuated, opens a new section: "Beginning of talks with delegations"; the line's end
    // was trimmed of its full stop, the character after it has it)
    else if (l.turn || heading(text.slice(l.start, l.end + 1)) || narrative(doc, index, l.start, l.end, current))
      current = null;
    else if (current && l.end > l.start) out.push({ start: l.start, end: l.end, speaker: current, named: false });
  }
  return out;
}

/**
 * The person an interview in "Question:"/"Answer:" form is with: the first
 * person named before its first question (the introduction names the
 * interviewee; the interviewer is seldom an actor).
 */
function intervieweeOf(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  index: MentionIndex,
): Mention | undefined {
  const labels = paragraphs.map((p) => ROLE_LABEL.exec(text.slice(p.start, p.end))?.[1]);
  const first = labels.findIndex((l) => l !== undefined && /^(?:Question|Q)$/.test(l));
  if (first < 0 || !labels.some((l) => l !== undefined && /^(?:Answer|A|Reply)$/.test(l))) return undefined;
  const before = paragraphs[first]!.start;
  return index.all.find((m) => m.kind === 'Person' && m.end <= before);
}

/**
 * A label the tagger did not type ("Mirzoyan:" at a paragraph's start reads as
 * no entity): the person named earlier whose name ends with the label's
 * words, as transcripts shorten a speaker to the surname after introducing them.
 */
function personNamedBefore(index: MentionIndex, label: string, before: number): Mention | undefined {
  const words = label.split(/\s+/);
  if (words.length > 3) return undefined;
  const tail = words.join(' ').toLowerCase();
  return index.all
    .filter((m) => m.kind === 'Person' && m.end <= before)
    .filter((m) => {
      const name = m.name.toLowerCase();
      const surface = m.surface.toLowerCase();
      return name === tail || name.endsWith(` ${tail}`) || surface === tail || surface.endsWith(` ${tail}`);
    })
    .at(-1);
}

/**
 * A paragraph where the reporter's narrative resumes, which ends a speaker's
 * turn: it quotes someone in quotation marks, or its first sentence has
 * another person as its subject ("Meanwhile X wrote on X: …"), or tells in
 * the past tense, with no first or second person, what someone did
 * ("Following the talks, the presidents signed a joint statement").
 */
function narrative(
  doc: ParsedDocument,
  index: MentionIndex,
  start: number,
  end: number,
  speaker: Mention | null,
): boolean {
  if (/[“”«»"]/.test(doc.text.slice(start, end)) && reportsOthers(doc, start, end)) return true;
  const s = doc.sentenceAt(start);
  if (!s) return false;
  // a speaker speaks of their own country and its partners in the present ("Kazakhstan attaches great importance to …");
  // the reporter tells what someone did, in the past tense, or names another person acting
  const firstPerson = /\b(?:I|we|our|us|my|me|you|your)\b/i.test(doc.text.slice(start, end));
  return s.roots().some(
    (r) =>
      (s.token(r).pos === 'VBD' && !firstPerson && s.children(r, /^nsubj/).length > 0) ||
      s.children(r, /^nsubj/).some((e) => {
        const m = index.at(s, e.dep);
        return (
          m !== undefined &&
          m.actorId !== speaker?.actorId &&
          (m.kind === 'Person' || s.token(r).pos === 'VBD') &&
          !/^(?:we|i)$/i.test(s.token(e.dep).word)
        );
      }),
  );
}

/** a reporting verb outside quotation marks whose subject is no first or second person ("it said", "X added") */
function reportsOthers(doc: ParsedDocument, start: number, end: number): boolean {
  const quoted = (at: number): boolean => doc.quotes.some((q) => q.beginIndex <= at && at < q.endIndex);
  return doc.sentences
    .filter((s) => s.start >= start && s.end <= end)
    .some((s) =>
      s.tokens.some(
        (t) =>
          !quoted(t.start) &&
          reportingVerb(s, t.i).size > 0 &&
          s.children(t.i, /^nsubj/).some((e) => !/^(?:i|we|you)$/i.test(s.token(e.dep).word)),
      ),
    );
}

/** "The ministry said in a statement:" is a sentence, not a label: it has a finite verb */
function finiteVerbIn(doc: ParsedDocument, start: number, end: number): boolean {
  const s = doc.sentenceAt(start);
  return (s?.tokens ?? []).some((t) => t.start >= start && t.end <= end && /^(?:VBD|VBZ|VBP|MD)$/.test(t.pos));
}

function heading(line: string): boolean {
  const l = line.trim();
  return l.length <= 100 && !/[.!?:;,"”»'’)\]…]$/.test(l) && !/[“"«]/.test(l);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:]/.test(text[e - 1]!)) e -= 1;
  return e;
}

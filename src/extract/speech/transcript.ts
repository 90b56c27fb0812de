/**
 * Transcripts: a paragraph "Name: words" is direct speech by Name, and so
 * are the paragraphs after it until another speaker's line, when the article
 * is a transcript (two such lines or more).
 */
import type { ParsedDocument, Sentence } from '../parse/document.js';
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

/** a line read off one paragraph: a speaker's words, or a turn of someone who is no actor, or a paragraph with no label */
type Line =
  (TranscriptLine & { alone: boolean }) | { start: number; end: number; speaker: null; turn: boolean; alone: boolean };

/**
 * "Name: words", the name perhaps with a title ("President of Mongolia X") and a
 * note on the words in brackets ("(retranslated)", "(via interpreter)", "(Anna Petrova)").
 * The label may close with a dash instead of a colon ("MIRZOYAN — words"), or stand
 * alone on its line with the words in the paragraphs after it ("MARIA ZAKHAROVA:").
 */
const LINE = /^([\p{Lu}][\p{L}\p{M}.'’ -]{1,80}?)\s*(\([^()\n]{1,60}\))?\s*(:|(?<=\s)(?:[—–]|--?))(?:\s+(?=\S)|\s*$)/u;
/** "Maria Zakharova, Foreign Ministry spokeswoman: words": a person's name, their role after a comma */
const ROLE_LINE =
  /^([\p{Lu}][\p{L}\p{M}.'’ -]{1,60}?),\s*[^,:\n]{2,60}?\s*(\([^()\n]{1,60}\))?\s*(:)(?:\s+(?=\S)|\s*$)/u;
/** a label longer than this many words is a sentence with a colon, not a speaker's name */
const LABEL_WORDS = 9;
/** a label before a dash is a name of a few words: a longer run before a dash is a sentence's parenthesis */
const DASH_LABEL_WORDS = 4;

/** the label of an interviewer's turn, who is seldom an actor */
const QUESTION_LABEL =
  /^(?:Question|Q|Interviewer|Journalist|Reporter|Moderator|Correspondent)\s*(?:\([^()\n]{1,60}\))?\s*(?::|\.(?=\s)|\s[—–-]{1,2})(?:\s+(?=\S)|\s*$)/i;

/** an interview's turns: "Question:"/"Q:"/"Q."/"Q —" asks, "Answer:"/"A:" is the interviewee's */
const ROLE_LABEL = /^(Question|Q|Answer|A|Reply)\s*(?::|\.(?=\s)|\s[—–-]{1,2})(?:\s+(?=\S)|\s*$)/i;
const ANSWER = /^(?:Answer|A|Reply)$/i;

/** a turn of dialogue opened by a dash, as interviews translated from Russian print them ("— Is the treaty close?") */
const DASH_TURN = /^[—–-]\s*(?=[\p{Lu}“«"])/u;

/**
 * A live blog's time stamp before an entry ("14:05 X: words", "9.30am — …"):
 * the entry after it is read as a paragraph of its own, and an entry with no
 * speaker's label ends the speaker's turn before it.
 */
const STAMP =
  /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|CEST|EET|EEST|MSK|BST|EST|EDT|local time)(?![\p{L}]))?(?:\s*[—–-]\s*|\s+)(?=\S)/iu;

export function transcriptLines(doc: ParsedDocument, index: MentionIndex): TranscriptLine[] {
  const text = doc.text;
  const paragraphs = paragraphSpans(doc).map((p) => {
    // a live blog's entry is read after its time stamp
    const stamp = STAMP.exec(text.slice(p.start, p.end))?.[0].length ?? 0;
    return { start: p.start + stamp, end: p.end, stamped: stamp > 0 };
  });
  const roles = interviewTurns(text, paragraphs);
  const interviewee = intervieweeOf(roles, paragraphs, index);
  const lines: Line[] = [];
  for (const [k, p] of paragraphs.entries()) {
    const body = text.slice(p.start, p.end);
    const role = roles[k];
    if (role && interviewee) {
      const words = p.start + role.label;
      lines.push(
        role.answer
          ? { start: words, end: trimEnd(text, words, p.end), speaker: interviewee, named: true, alone: words >= p.end }
          : { start: p.start, end: p.end, speaker: null, turn: true, alone: false },
      );
      continue;
    }
    const roleLine = LINE.test(body) ? null : ROLE_LINE.exec(body);
    const m = LINE.exec(body) ?? roleLine;
    const name = m?.[1];
    const dash = m !== null && m[3] !== ':';
    const alone = m !== null && m[0].length >= body.length;
    const label =
      name !== undefined &&
      name.trim().split(/\s+/).length <= (dash ? DASH_LABEL_WORDS : LABEL_WORDS) &&
      !(dash && alone) &&
      // a dash after a name opens a parenthesis when lower case follows ("Putin — who has ruled since 2000 — said")
      !(dash && /^\p{Ll}/u.test(body.slice(m[0].length))) &&
      !(dash && subjectOutside(doc, p.start, p.start + name.length)) &&
      !finiteVerbIn(doc, p.start, p.start + (roleLine ? roleLine[0].length : name.length));
    // The person the label names speaks ("Prime Minister of Kyrgyzstan X": X, not Kyrgyzstan), else the body it names.
    const named = label
      ? index.all.filter((x) => x.start >= p.start && x.end <= p.start + m![0].length && x.kind !== 'Region')
      : [];
    const found =
      named.filter((x) => x.kind === 'Person').at(-1) ??
      named[0] ??
      (label
        ? (personNamedBefore(index, name.trim(), p.start) ?? actorNamedBefore(index, name.trim(), p.start))
        : undefined);
    // a dash after a place or a body is a dateline ("MINSK — Leaders met …"): only a person speaks in a dash label
    // (and a role after a comma is a person's: "Moscow, Russia's capital: …" is a caption)
    const speaker = (dash || roleLine) && found?.kind !== 'Person' ? undefined : found;
    const words = speaker ? p.start + m![0].length : p.start;
    // "Question:", "Moderator:": someone who is no actor speaks; the previous speaker's turn is over, as it is at
    // a live blog's next entry
    lines.push(
      speaker
        ? { start: words, end: trimEnd(text, words, p.end), speaker, named: true, alone }
        : {
            start: p.start,
            end: trimEnd(text, p.start, p.end),
            speaker: null,
            turn: (label && (!dash || /^[\p{Lu}\s.'’-]+$/u.test(name))) || p.stamped,
            alone: false,
          },
    );
  }
  // a transcript: two speakers' lines, or one answering a question ("Question: …" then "Lavrov: …")
  const asked =
    paragraphs.some((p) => QUESTION_LABEL.test(text.slice(p.start, p.end))) || roles.some((r) => r && !r.answer);
  const spoken = lines.filter((l): l is TranscriptLine & { alone: boolean } => l.speaker !== null);
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
  // a label alone on its line hands the next paragraph to its speaker, whatever that paragraph reads like
  let handed = false;
  for (const [k, l] of lines.entries()) {
    // an unlabelled question right before a speaker's line is the interviewer's, printed without a label
    const asking = !l.speaker && /\?\s*$/.test(text.slice(l.start, l.end + 1)) && lines[k + 1]?.speaker;
    if (asking) current = null;
    else if (l.speaker) {
      current = l.speaker;
      handed = l.alone;
      if (!l.alone) out.push({ start: l.start, end: l.end, speaker: l.speaker, named: true });
    } else if (!/\p{L}{2}/u.test(text.slice(l.start, l.end))) continue;
    else if (handed && current && !l.turn) {
      handed = false;
      out.push({ start: l.start, end: l.end, speaker: current, named: true });
    }
    // (a heading, short and unpunctuated, opens a new section: "Beginning of talks with delegations"; the line's end
    // was trimmed of its full stop, the character after it has it)
    else if (l.turn || heading(text.slice(l.start, l.end + 1)) || narrative(doc, index, l.start, l.end, current))
      current = null;
    else if (current && l.end > l.start) out.push({ start: l.start, end: l.end, speaker: current, named: false });
  }
  return out;
}

/**
 * The turns of an interview, by paragraph: labelled ("Question:", "Q.", "A —")
 * or, where no paragraph is, dashes opening its turns in alternation, the
 * first a question ("— Is the treaty close?" / "— The text is almost ready.").
 * `label` is the length of what opens the turn before its words.
 */
function interviewTurns(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
): ({ answer: boolean; label: number } | undefined)[] {
  const labelled = paragraphs.map((p) => {
    const m = ROLE_LABEL.exec(text.slice(p.start, p.end));
    return m ? { answer: ANSWER.test(m[1]!), label: m[0].length } : undefined;
  });
  // questions labelled and answers not ("Q: …?" then the answer's paragraphs): the paragraph after each question answers
  // it, unless a speaker's label of its own opens it ("Serikbayev: …")
  if (labelled.some((l) => l?.answer)) return labelled;
  const unlabelled = (k: number): boolean => !LINE.test(text.slice(paragraphs[k]!.start, paragraphs[k]!.end));
  if (labelled.filter((l) => l && !l.answer).length >= 2)
    return labelled.map(
      (l, k) =>
        l ?? (unlabelled(k) && labelled[k - 1] && !labelled[k - 1]!.answer ? { answer: true, label: 0 } : undefined),
    );
  if (labelled.some((l) => l)) return labelled;
  const dashed = paragraphs.map((p) => DASH_TURN.exec(text.slice(p.start, p.end))?.[0].length);
  const turns = dashed.filter((d) => d !== undefined).length;
  const first = dashed.findIndex((d) => d !== undefined);
  // a list set off by dashes is no interview: the first turn asks, and there are answers to it
  if (turns < 3 || !/\?\s*$/.test(text.slice(paragraphs[first]!.start, paragraphs[first]!.end))) return [];
  let answer = false;
  return dashed.map((d) => {
    if (d === undefined) return undefined;
    const turn = { answer, label: d };
    answer = !answer;
    return turn;
  });
}

/**
 * The person an interview in "Question:"/"Answer:" form (or in dashed turns) is
 * with: the first person named before its first question (the introduction
 * names the interviewee; the interviewer is seldom an actor).
 */
function intervieweeOf(
  roles: readonly ({ answer: boolean } | undefined)[],
  paragraphs: readonly { start: number; end: number }[],
  index: MentionIndex,
): Mention | undefined {
  const first = roles.findIndex((r) => r && !r.answer);
  if (first < 0 || !roles.some((r) => r?.answer)) return undefined;
  const before = paragraphs[first]!.start;
  return index.all.find((m) => m.kind === 'Person' && m.end <= before);
}

/**
 * A label the tagger did not type ("Mirzoyan:" at a paragraph's start reads as
 * no entity): the person named earlier whose name ends with the label's
 * words, as transcripts shorten a speaker to the surname after introducing them.
 */
function personNamedBefore(index: MentionIndex, label: string, before: number): Mention | undefined {
  // an honorific is no part of the name ("MR MIRZOYAN:", "Ms. Ning:")
  const words = label.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/i, '').split(/\s+/);
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
 * A label that is exactly the name of an actor named before, as an interview
 * labels its outlet's questions with the outlet's name ("Caucasus Ledger: …"
 * after "spoke to Caucasus Ledger"): that actor asks. Only the whole name, which
 * the tagger may not type again at a paragraph's start (whatever kind it gave the name: an outlet's
 * name with a region in it may read as the region). Two words at least: one is a surname's.
 */
function actorNamedBefore(index: MentionIndex, label: string, before: number): Mention | undefined {
  const name = label.toLowerCase();
  if (!name.includes(' ')) return undefined;
  return index.all
    .filter((m) => m.end <= before)
    .find((m) => m.surface.toLowerCase() === name || m.name.toLowerCase() === name);
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
      (past(s, r) && !firstPerson && s.children(r, /^nsubj/).length > 0) ||
      s.children(r, /^nsubj/).some((e) => {
        const m = index.at(s, e.dep);
        return (
          m !== undefined &&
          m.actorId !== speaker?.actorId &&
          (m.kind === 'Person' || past(s, r)) &&
          !/^(?:we|i)$/i.test(s.token(e.dep).word)
        );
      }),
  );
}

/** a past tense, also one the tagger took for a participle with no auxiliary ("X — a minister — left early") */
function past(s: Sentence, r: number): boolean {
  const pos = s.token(r).pos;
  return pos === 'VBD' || (pos === 'VBN' && s.children(r, /^aux/).length === 0);
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

/** "Pashinyan — Armenia's prime minister — did not attend": the name before the dash is a subject of the sentence, no label */
function subjectOutside(doc: ParsedDocument, start: number, end: number): boolean {
  const s = doc.sentenceAt(start);
  const inside = (i: number): boolean => {
    const t = s?.token(i);
    return t !== undefined && t.start >= start && t.end <= end;
  };
  // (the parser may make a label a second subject of the answer's verb: "MIRZOYAN — We expect …"; a subject of its own there is the answer's)
  return (s?.tokens ?? []).some(
    (t) =>
      inside(t.i) &&
      s!
        .parents(t.i)
        .some(
          (e) =>
            /^nsubj/.test(e.rel) &&
            e.gov > 0 &&
            !inside(e.gov) &&
            s!.children(e.gov, /^nsubj/).every((c) => inside(c.dep)),
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

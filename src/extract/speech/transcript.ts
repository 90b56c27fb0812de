/**
 * Transcripts: a paragraph "Name: words" is direct speech by Name, and so
 * are the paragraphs after it until another speaker's line, when the article
 * is a transcript (two such lines or more).
 */
import type { ParsedDocument } from '../parse/document.js';
import type { MentionIndex } from '../parse/mention-index.js';
import type { Mention } from '../actors/mention.js';
import { paragraphSpans } from './spans.js';

export interface TranscriptLine {
  start: number;
  end: number;
  speaker: Mention;
  /** the paragraph opens with the speaker's name (not a carried-over paragraph) */
  named: boolean;
}

const LINE = /^([\p{Lu}][\p{L}\p{M}.'’ -]{1,60}?)\s*:\s+(?=\S)/u;

export function transcriptLines(doc: ParsedDocument, index: MentionIndex): TranscriptLine[] {
  const text = doc.text;
  const lines: (TranscriptLine | { start: number; end: number; speaker: null; turn: boolean })[] = [];
  for (const p of paragraphSpans(doc)) {
    const body = text.slice(p.start, p.end);
    const m = LINE.exec(body);
    const name = m?.[1];
    const label = name !== undefined && name.split(/\s+/).length <= 5;
    const speaker = label ? index.all.find((x) => x.start >= p.start && x.end <= p.start + name.length && x.kind !== 'Region') : undefined;
    const words = speaker ? p.start + m![0].length : p.start;
    // "Question:", "Moderator:": someone who is no actor speaks; the previous speaker's turn is over.
    lines.push(speaker ? { start: words, end: trimEnd(text, words, p.end), speaker, named: true } : { start: p.start, end: trimEnd(text, p.start, p.end), speaker: null, turn: label });
  }
  if (lines.filter((l) => l.speaker).length < 2) return [];
  const out: TranscriptLine[] = [];
  let current: Mention | null = null;
  for (const l of lines) {
    if (l.speaker) {
      current = l.speaker;
      out.push({ start: l.start, end: l.end, speaker: l.speaker, named: true });
    } else if (l.turn) current = null;
    else if (current && l.end > l.start) out.push({ start: l.start, end: l.end, speaker: current, named: false });
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:]/.test(text[e - 1]!)) e -= 1;
  return e;
}

/**
 * Relations from predicate–argument frames of the enhanced++ dependencies:
 * each word of the lexicon is read as the frame its part of speech heads
 * (verb-frames.ts, noun-frames.ts, adjective-frames.ts), the frame's ends
 * are paired into relations (emit.ts), and meetings are named once per
 * encounter (meetings.ts). Inside a quote or a reported clause the speaker
 * is the claimant.
 */
import type { ParsedDocument, Sentence } from '../parse/document.js';
import type { MentionIndex } from '../parse/mention-index.js';
import type { Quote } from '../speech/index.js';
import { Arguments } from './arguments.js';
import { inLexicon, ingLemmas } from './lexicon.js';
import type { ExtractedRelation } from './types.js';
import type { Frame, HomeOf } from './frame.js';
import {
  SIGNING,
  SIGNING_VERBS,
  oneMeetingPerEncounter,
  signedInPerson,
  statesInPerson,
  transcriptMeetings,
} from './meetings.js';

import { judgedGerund, verbFrame } from './verb-frames.js';
import { nounFrame } from './noun-frames.js';
import { adjectiveFrame } from './adjective-frames.js';
import { emit, dedupe } from './emit.js';
import { linkedPairs, relatedKeys } from './linked-pairs.js';

export function findRelations(
  doc: ParsedDocument,
  index: MentionIndex,
  speech: readonly Quote[],
  homeOf: HomeOf = () => undefined,
): ExtractedRelation[] {
  const args = new Arguments(index, speech);
  const out: ExtractedRelation[] = [];
  const related = new Set<string>();
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      // only words of the lexicon are looked at further, and a word of a name ("Treaty" in the CSTO's) is no event
      if ((!inLexicon(t.lemma.toLowerCase()) && ingLemmas(t.word).length === 0) || index.at(s, t.i)) continue;
      const frame = frameAt(s, t.i, args);
      if (!frame) continue;
      const read = emit(s, frame, speech, homeOf);
      out.push(...read);
      for (const r of read) for (const k of relatedKeys(r, s.index)) related.add(k);
    }
  }
  // the second reading only where the frames related no pair: what the article already says stands
  for (const s of doc.sentences)
    out.push(...linkedPairs(s, args, speech, homeOf, related, (i) => index.at(s, i) !== undefined));
  const people = index.all.filter((m) => m.kind === 'Person' && m.known);
  // a signing read from its verb, or from its document under a verb of signing ("signed the contract with X")
  const signed = (r: ExtractedRelation): boolean => {
    if (r.entry.startsWith('verb:')) return SIGNING.test(r.entry);
    const s = doc.sentenceAt(r.evidenceStart);
    return (
      s !== undefined &&
      s.tokens.some(
        (t) =>
          t.start >= r.evidenceStart &&
          t.end <= r.evidenceEnd &&
          t.pos.startsWith('VB') &&
          SIGNING_VERBS.has(t.lemma.toLowerCase()),
      )
    );
  };
  const inPerson = [
    ...signedInPerson(out, people, homeOf, signed),
    ...statesInPerson(out, people, homeOf),
    ...transcriptMeetings(doc.text, speech, homeOf),
  ];
  return oneMeetingPerEncounter(dedupe([...out, ...inPerson]), homeOf);
}

/** the frame a word heads, by what the parse makes of it: a verb, a noun or an adjective */
function frameAt(s: Sentence, i: number, args: Arguments): Frame | undefined {
  const gerund = judgedGerund(s, i, args);
  if (gerund) return gerund;
  if (verbal(s, i)) return verbFrame(s, i, args);
  const pos = s.token(i).pos;
  if (pos.startsWith('NN')) return nounFrame(s, i, args);
  if (pos.startsWith('JJ')) return adjectiveFrame(s, i, args);
  return undefined;
}

/** a verb by its tag, or by its dependents where the tagger took it for a noun ("may sanction X") */
function verbal(s: Sentence, i: number): boolean {
  const pos = s.token(i).pos;
  if (pos.startsWith('VB')) return true;
  return (
    pos.startsWith('NN') &&
    (s.children(i, 'obj').length > 0 || (s.children(i, 'aux').length > 0 && s.children(i, 'cop').length === 0))
  );
}

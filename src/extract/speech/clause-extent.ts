/**
 * How far a reported clause runs: the parser hangs adjuncts, addressees and
 * second speech acts inside what was said ("…, accusing X of Y", "told
 * journalists the country would …", "concern that X could fall, and
 * demanded talks"), and these trim the span back to the words reported.
 */
import type { Sentence } from '../parse/document.js';
import { reportingVerb, strayReport } from './frames.js';

/** a clause's tokens, without the comma-separated adjuncts at its end ("…, accusing X of Y", "…, without making …") */
export function complementExtent(s: Sentence, c: number): [number, number] {
  const stray = strayReport(s, c);
  const toks = s.subtree(c).filter((k) => stray === undefined || k < stray);
  let last = toks.at(-1)!;
  while (stray !== undefined && last > c && /^(?:,|and|but|CC)$/.test(s.token(last).word)) last -= 1;
  const trailing = s
    .treeChildren(c, /^(?:advcl|obl|advmod|conj|dep|parataxis)/)
    .filter((e) => e.dep > c)
    .sort((x, y) => y.dep - x.dep);
  for (const e of trailing) {
    const sub = s.subtree(e.dep);
    if (sub.at(-1)! < last - 1 && sub.at(-1)! !== last) break;
    const before = sub[0]! - 1;
    if (before <= c || s.token(before).word !== ',' || (/^conj/.test(e.rel) && s.token(e.dep).pos !== 'VBG')) break;
    if (/^[“«"]/.test(s.token(sub[0]!).word) || quotedWord(s, sub[0]!)) break;
    last = before - 1;
  }
  return [toks[0]!, last];
}

/** the end of a phrase before a second speech act the parser hung inside it ("concern that X could fall, and demanded talks") */
export function beforeStray(s: Sentence, head: number, last: number): number {
  let end = last;
  for (const k of s.subtree(head)) {
    const stray = k <= end && s.token(k).pos.startsWith('VB') ? strayReport(s, k) : undefined;
    if (stray !== undefined && stray <= end) end = stray - 1;
  }
  while (end > head && /^(?:,|and|but)$/.test(s.token(end).word)) end -= 1;
  return end;
}

/** "told journalists the country would …" with "journalists" hung on the clause: the addressee is not what was said */
export function withoutAddressee(s: Sentence, c: number, a: number): number {
  const subject = s.treeChildren(c, /^nsubj/)[0];
  const addressee = s
    .treeChildren(c, 'dep')
    .find((e) => subject && e.dep < subject.dep && s.subtree(e.dep)[0] === a && /^(?:NN|PRP)/.test(s.token(e.dep).pos));
  return addressee ? s.subtree(addressee.dep).at(-1)! + 1 : a;
}

/** crude: is the token after an opening mark that has not closed before it */
function quotedWord(s: Sentence, i: number): boolean {
  const words = s.tokens.slice(0, i - 1).map((t) => t.word);
  return (
    words.filter((w) => /^[“«]$/.test(w)).length > words.filter((w) => /^[”»]$/.test(w)).length ||
    words.filter((w) => w === '"' || w === '``' || w === "''").length % 2 === 1
  );
}

/** a noun's "that"-clause; the parser may hang the sentence's own verb on it ("the statement that X will do Y pleased Z"): stop before that verb */
export function nounClauseExtent(s: Sentence, c: number): [number, number] {
  const [a, b] = complementExtent(s, c);
  const main = s
    .treeChildren(c, /^(?:dep|ccomp|parataxis)$/)
    .find(
      (e) =>
        e.dep > c &&
        /^VB[DZP]$/.test(s.token(e.dep).pos) &&
        s.treeChildren(e.dep, 'mark').length === 0 &&
        s.token(e.dep - 1).word !== ',',
    );
  return [a, main ? main.dep - 1 : b];
}

/** the last token of what follows the verb's complement in its phrase: "…, thanking X for Y" goes with it, "according to …" and "…, X said" do not */
export function lastOf(s: Sentence, v: number, from: number): number {
  let last = s.subtree(from).at(-1)!;
  for (const e of s.treeChildren(v)) {
    if (e.dep <= from || e.rel === 'punct' || e.rel === 'nsubj') continue;
    if (
      /^(?:parataxis|dep|ccomp)/.test(e.rel) &&
      reportingVerb(s, e.dep).size > 0 &&
      s.children(e.dep, 'nsubj').length > 0
    )
      continue;
    if (s.treeChildren(e.dep, 'case').some((c) => s.token(c.dep).lemma.toLowerCase() === 'according')) continue;
    // "voiced concern that …, and demanded talks": the second speech act is not part of the first one's words
    if (e.rel === 'conj' && reportingVerb(s, e.dep).size > 0) break;
    if (/^(?:advcl|conj|xcomp|obl|dep|ccomp)/.test(e.rel)) last = Math.max(last, s.subtree(e.dep).at(-1)!);
  }
  return last;
}

/**
 * From tokens of the parse to the actors named there: which actor mention
 * covers a token, which actors a phrase names, and who a pronoun or a
 * nominal ("the minister") stands for, through CoreNLP's coreference chains.
 * Speech and relations ask these questions; actors.ts decides the mentions.
 */
import type { Mention } from '../actors/mention.js';
import type { ParsedDocument, Sentence } from './document.js';

export class MentionIndex {
  private readonly sorted: readonly Mention[];

  constructor(
    readonly doc: ParsedDocument,
    mentions: readonly Mention[],
  ) {
    this.sorted = [...mentions].sort((a, b) => a.start - b.start);
  }

  get all(): readonly Mention[] {
    return this.sorted;
  }

  /** the mention covering token i of sentence s */
  at(s: Sentence, i: number): Mention | undefined {
    const t = s.token(i);
    return this.sorted.find((m) => m.start < t.end && t.start < m.end);
  }

  /** mentions inside tokens from..to (inclusive) of sentence s, in order */
  within(s: Sentence, from: number, to: number): Mention[] {
    const { start, end } = s.span(from, to);
    return this.sorted.filter((m) => m.start >= start && m.end <= end);
  }

  /** mentions inside the basic-tree phrase headed by token i */
  inPhrase(s: Sentence, i: number, exclude?: ReadonlySet<string>): Mention[] {
    const tokens = s.subtree(i, exclude);
    return this.within(s, tokens[0]!, tokens.at(-1)!);
  }

  /**
   * The actor a token stands for: the mention on it, else (pronouns,
   * "the minister", "the country") the nearest actor mention in its
   * coreference chain, preferring earlier mentions and proper names.
   */
  resolve(s: Sentence, i: number): Mention | undefined {
    const direct = this.at(s, i);
    if (direct) return direct;
    const chain = this.doc.chainAt(s.index, i);
    if (!chain) return undefined;
    const here = s.token(i).start;
    let best: { m: Mention; score: number } | undefined;
    for (const link of chain) {
      const ls = this.doc.sentences[link.sentence];
      if (!ls) continue;
      const headMention = this.at(ls, link.head);
      const candidates = headMention ? [headMention] : this.within(ls, link.from, link.to - 1);
      for (const m of candidates) {
        // Earlier mentions are what a reader has seen; proper names beat nominals.
        const distance = Math.abs(here - m.start);
        const score = (m.start <= here ? 0 : 100_000) + (link.type === 'PROPER' ? 0 : 50_000) + distance;
        if (!best || score < best.score) best = { m, score };
      }
    }
    return best?.m;
  }
}

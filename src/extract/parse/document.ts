/**
 * A parsed article to read from: sentences with their tokens and dependency
 * graphs, coreference chains and CoreNLP's quotes, navigable by token. The
 * readings (actors, speech, relations) ask structural questions of it ("the
 * subject of this verb", "the phrase under this noun") instead of matching
 * strings.
 */
import type {
  NlpCorefMention,
  NlpDependency,
  NlpDocument,
  NlpQuote,
  NlpSentence,
  NlpToken,
} from '../../nlp/parse-types.js';

/** A token of a sentence; `i` is its 1-based index in the sentence, as in the dependencies. */
export interface Token {
  readonly i: number;
  readonly word: string;
  readonly lemma: string;
  readonly pos: string;
  readonly ner: string;
  /** SUTime's value for a DATE or TIME token ("2023-09-28", "XXXX-WXX-4", "THIS P1W") */
  readonly normalized?: string;
  readonly start: number;
  readonly end: number;
}

interface Edge {
  readonly rel: string;
  readonly gov: number;
  readonly dep: number;
}

export class Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly tokens: readonly Token[];
  readonly start: number;
  readonly end: number;
  /** enhanced++ dependencies: relations carry their preposition ("obl:with") and reach through coordination */
  readonly edges: readonly Edge[];
  /** basic dependencies: a tree, for phrase spans */
  readonly tree: readonly Edge[];
  private readonly out = new Map<number, Edge[]>();
  private readonly into = new Map<number, Edge[]>();
  private readonly treeOut = new Map<number, Edge[]>();
  private readonly treeHead = new Map<number, Edge>();

  constructor(raw: NlpSentence) {
    this.index = raw.index;
    this.paragraph = raw.paragraph ?? 0;
    this.tokens = raw.tokens.map(toToken);
    this.start = this.tokens[0]?.start ?? 0;
    this.end = this.tokens.at(-1)?.end ?? this.start;
    this.edges = raw.enhancedPlusPlusDependencies.map(toEdge);
    this.tree = raw.basicDependencies.map(toEdge);
    for (const e of this.edges) {
      push(this.out, e.gov, e);
      push(this.into, e.dep, e);
    }
    for (const e of this.tree) {
      push(this.treeOut, e.gov, e);
      this.treeHead.set(e.dep, e);
    }
  }

  /** token by its 1-based index */
  token(i: number): Token {
    const t = this.tokens[i - 1];
    if (!t) throw new RangeError(`sentence ${this.index} has no token ${i}`);
    return t;
  }

  /** the root predicate(s) */
  roots(): number[] {
    return (this.out.get(0) ?? []).map((e) => e.dep);
  }

  /** dependents of token i in the enhanced++ graph, optionally by relation; a relation ending in ':' matches its subtypes ("obl:" → obl:with, obl:to …) */
  children(i: number, rel?: string | RegExp): Edge[] {
    return (this.out.get(i) ?? []).filter((e) => matches(e.rel, rel));
  }

  /** governors of token i in the enhanced++ graph (several under coordination) */
  parents(i: number, rel?: string | RegExp): Edge[] {
    return (this.into.get(i) ?? []).filter((e) => matches(e.rel, rel));
  }

  /** the governor of token i in the basic tree (0 for the root) */
  head(i: number): Edge | undefined {
    return this.treeHead.get(i);
  }

  /** dependents of token i in the basic tree */
  treeChildren(i: number, rel?: string | RegExp): Edge[] {
    return (this.treeOut.get(i) ?? []).filter((e) => matches(e.rel, rel));
  }

  /** the token indices of the phrase headed by i in the basic tree, minus any subtrees under the excluded relations */
  subtree(i: number, exclude: ReadonlySet<string> = new Set()): number[] {
    const out: number[] = [];
    const walk = (n: number): void => {
      out.push(n);
      for (const e of this.treeOut.get(n) ?? [])
        if (!exclude.has(e.rel) && !exclude.has(e.rel.split(':')[0]!)) walk(e.dep);
    };
    walk(i);
    return out.sort((a, b) => a - b);
  }

  /** character span [start, end) of tokens from..to (1-based, inclusive) */
  span(from: number, to: number): { start: number; end: number } {
    return { start: this.token(from).start, end: this.token(to).end };
  }

  /** the token covering a character offset, if any */
  tokenAt(offset: number): Token | undefined {
    return this.tokens.find((t) => t.start <= offset && offset < t.end);
  }

  /** is token i inside the basic-tree subtree of ancestor a? */
  dominates(a: number, i: number): boolean {
    for (
      let n: number | undefined = i, guard = 0;
      n !== undefined && n !== 0 && guard < 200;
      n = this.treeHead.get(n)?.gov, guard += 1
    ) {
      if (n === a) return true;
    }
    return false;
  }
}

interface CorefMention {
  readonly sentence: number;
  /** 1-based token range, end exclusive */
  readonly from: number;
  readonly to: number;
  readonly head: number;
  readonly type: NlpCorefMention['type'];
  readonly text: string;
  readonly representative: boolean;
}

export class ParsedDocument {
  readonly sentences: readonly Sentence[];
  readonly chains: readonly (readonly CorefMention[])[];
  readonly quotes: readonly NlpQuote[];
  private readonly chainOf = new Map<string, number>();

  constructor(
    readonly text: string,
    raw: NlpDocument,
  ) {
    this.sentences = raw.sentences.map((s) => new Sentence(s));
    this.chains = Object.values(raw.corefs ?? {}).map((chain) =>
      chain.map((m) => ({
        sentence: m.sentNum - 1,
        from: m.startIndex,
        to: m.endIndex,
        head: m.headIndex,
        type: m.type,
        text: m.text,
        representative: m.isRepresentativeMention,
      })),
    );
    this.chains.forEach((chain, c) => {
      for (const m of chain) for (let t = m.from; t < m.to; t += 1) this.chainOf.set(`${m.sentence}:${t}`, c);
    });
    this.quotes = raw.quotes ?? [];
  }

  /** the coreference chain a token belongs to (as part of any of its mentions) */
  chainAt(sentence: number, token: number): readonly CorefMention[] | undefined {
    const c = this.chainOf.get(`${sentence}:${token}`);
    return c === undefined ? undefined : this.chains[c];
  }

  /** the sentence holding a character offset */
  sentenceAt(offset: number): Sentence | undefined {
    return (
      this.sentences.find((s) => s.start <= offset && offset < s.end) ?? this.sentences.find((s) => offset < s.start)
    );
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
}

const toToken = (t: NlpToken): Token => ({
  i: t.index,
  word: t.word,
  lemma: t.lemma,
  pos: t.pos,
  ner: t.ner,
  normalized: t.normalizedNER,
  start: t.characterOffsetBegin,
  end: t.characterOffsetEnd,
});
const toEdge = (d: NlpDependency): Edge => ({ rel: d.dep, gov: d.governor, dep: d.dependent });

function push(map: Map<number, Edge[]>, key: number, e: Edge): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

function matches(rel: string, want: string | RegExp | undefined): boolean {
  if (want === undefined) return true;
  if (typeof want !== 'string') return want.test(rel);
  return want.endsWith(':') ? rel === want.slice(0, -1) || rel.startsWith(want) : rel === want;
}

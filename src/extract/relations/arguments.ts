/**
 * The actors an argument token stands for: the name on it; for a pronoun
 * or "the minister", its coreference chain; for a title or a body of people
 * ("the leaders of X and Y", "the Kazakh government"), the actors that
 * qualify it; for a thing ("Moscow's proposal"), optionally its possessor.
 */
import type { Mention } from '../actors/mention.js';
import type { Sentence } from '../parse/document.js';
import type { MentionIndex } from '../parse/mention-index.js';
import type { Via } from './types.js';
import { nounEntry } from './lexicon.js';

export interface End {
  m: Mention;
  via: Via;
  /** token the actor was found on */
  tok: number;
}

/** Nouns that stand for the actors qualifying them: offices, bodies, people, forces. */
const STAND_FOR = new Set([
  'president',
  'leader',
  'minister',
  'premier',
  'chancellor',
  'government',
  'head',
  'chief',
  'ministry',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'authority',
  'official',
  'delegation',
  'counterpart',
  'administration',
  'parliament',
  'side',
  'diplomat',
  'ambassador',
  'envoy',
  'embassy',
  'foreign',
  'army',
  'military',
  'force',
  'troop',
  // the lemmatizer keeps this plural as it is
  'troops',
  'soldier',
  'people',
  'citizen',
  'national',
  'migrant',
  'worker',
  'cabinet',
  'regime',
  'state',
  'country',
  'nation',
  'republic',
  'lawmaker',
  'legislator',
  'mp',
  'deputy',
  'representative',
  'office',
  'presidency',
  'kremlin',
  'capital',
  'service',
  'agency',
  'police',
  'king',
  'emir',
  'prince',
  'monarch',
  'party',
  'team',
  'opposition',
]);

/** bodies of people that someone leads: "a delegation led by X" stands for X */
const LED = new Set(['delegation', 'team', 'mission']);

/** words for those who stand against their own country's government */
const AGAINST_ITS_OWN = new Set([
  'opposition',
  'dissident',
  'exile',
  'exiled',
  'rebel',
  'separatist',
  'insurgent',
  'émigré',
]);

/** plurals that stand for a group of people, or of states, named before ("the two presidents", "both countries") */
const PEOPLE = new Set(['leader', 'president', 'minister', 'premier', 'chancellor', 'counterpart', 'head', 'chief']);
const STATES = new Set([
  'country',
  'nation',
  'state',
  'neighbor',
  'neighbour',
  'republic',
  'side',
  'government',
  'capital',
]);
const groupKind = (lemma: string): 'Person' | 'Country' | undefined => {
  if (PEOPLE.has(lemma)) return 'Person';
  return STATES.has(lemma) ? 'Country' : undefined;
};
const COUNT: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };
/** how many sentences back a group may have been named */
const LOOKBACK = 2;

const PRONOUN = /^(?:PRP|PRP\$|WP|WP\$)$/;
const DESCRIBING = ['amod', 'compound'];
const OWNING = ['nmod:poss', 'nmod:of', 'nmod:from', 'appos'];
const QUALIFIERS = [...DESCRIBING, ...OWNING];

/** A capital named as an argument stands for its government. */
function asCountry(m: Mention): Mention {
  return m.seatOf ? { ...m, ...m.seatOf, seatOf: undefined } : m;
}

/**
 * "I", "we": inside a quote, the speaker; the parser's coreference guesses
 * them poorly ("we" as a country named earlier). A possessive ("our
 * principles") is left to coreference: what the speaker owns is seldom an
 * end of a relation.
 */
const PLURAL_PRONOUN = new Set(['they', 'them', 'their', 'theirs']);
const FIRST_PERSON = new Set(['i', 'me', 'we', 'us', 'myself', 'ourselves']);
const SINGULAR_PERSON = new Set(['he', 'she', 'him', 'her', 'his']);

/** a quote's span and who said it, as relations need it */
interface Spoken {
  start: number;
  end: number;
  speaker: Mention | null;
}

export class Arguments {
  constructor(
    private readonly index: MentionIndex,
    private readonly speech: readonly Spoken[] = [],
  ) {}

  /** the actors token i stands for */
  actors(s: Sentence, i: number, possessor = false): End[] {
    const t = s.token(i);
    const direct = this.index.at(s, i);
    if (direct) return usable(direct) ? [{ m: asCountry(direct), via: named(direct, 'name'), tok: i }] : [];
    if (PRONOUN.test(t.pos)) return this.coref(s, i);
    if (!t.pos.startsWith('NN')) return [];
    // "their formal ally, Armenia"; "the envoys of A and B, X and Y": every name in apposition
    const apposed = uniqMentions(
      s
        .children(i, /^(?:appos|dep)$/)
        .flatMap((e) => [e.dep, ...(e.rel === 'appos' ? s.children(e.dep, 'conj:and').map((c) => c.dep) : [])])
        .map((d) => this.index.at(s, d))
        .filter((m): m is Mention => m !== undefined && usable(m)),
    );
    if (apposed.length > 0) return apposed.map((m) => ({ m: asCountry(m), via: 'name' as const, tok: i }));
    const lemma = t.lemma.toLowerCase();
    // "a delegation led by X": whoever leads it is who is received or met
    const leader = LED.has(lemma)
      ? s
          .children(i, /^acl/)
          .filter((e) => /^(?:lead|head)$/.test(s.token(e.dep).lemma.toLowerCase()))
          .flatMap((e) => s.children(e.dep, /^obl:(?:agent|by)$/))
          .map((e) => this.index.at(s, e.dep))
          .find((m) => m !== undefined && usable(m))
      : undefined;
    if (leader) return [{ m: asCountry(leader), via: 'name', tok: i }];
    // "the sanctions regime", "a visa regime": a system of rules, not a government
    if (lemma === 'regime' && s.children(i, 'compound').some((e) => !this.index.at(s, e.dep))) return [];
    // "the Belarusian opposition leader", "exiled Russian dissidents": those against a government do not stand for it
    if (
      AGAINST_ITS_OWN.has(lemma) ||
      s.children(i, /^(?:compound|amod)$/).some((e) => AGAINST_ITS_OWN.has(s.token(e.dep).lemma.toLowerCase()))
    )
      return [];
    if (STAND_FOR.has(lemma)) {
      // "President of the Republic of Turkey Recep Tayyip Erdogan": the parser may hang the name elsewhere, but it is the title's
      const holder = this.nameAfter(s, i);
      if (holder) return [{ m: holder, via: 'name', tok: i }];
      // "his counterpart" is not him: a title's pronoun possessor is left out
      const qualified = this.qualifiers(s, i, 'title').filter((q) => !PRONOUN.test(s.token(q.tok).pos));
      if (qualified.length > 0) return qualified;
      const group = this.group(s, i);
      return group.length > 0 ? group : this.coref(s, i);
    }
    return possessor ? this.owners(s, i) : [];
  }

  /**
   * The person named right after a title and the state in its "of" phrase
   * ("Prime Minister of Armenia Nikol Pashinyan", "President of the Republic
   * of Kazakhstan Kassym-Jomart Tokayev"), wherever the parser hung the name.
   */
  private nameAfter(s: Sentence, i: number): Mention | undefined {
    if (s.children(i, 'nmod:of').length === 0) return undefined;
    const span = s.subtree(i).filter((k) => k > i);
    const last = span[span.length - 1] ?? i;
    for (let k = i + 2; k <= Math.min(last + 1, s.tokens.length); k++) {
      if (k <= last && !span.includes(k)) return undefined;
      const m = this.index.at(s, k);
      if (!m || m.kind !== 'Person' || m.start !== s.token(k).start) continue;
      const before = this.index.at(s, k - 1);
      return before && before.kind !== 'Person' ? m : undefined;
    }
    return undefined;
  }

  /**
   * "The two presidents met", "both leaders", "the leaders held talks": a
   * definite plural of people or of states with no qualifier of its own
   * stands for the last actors of that kind named just before it, as many
   * as it counts ("two", "both"; two to four when it does not count).
   * CoreNLP's coreference links a plural to one mention at most, so the
   * group is read here, and marked as found through coreference.
   */
  private group(s: Sentence, i: number): End[] {
    const t = s.token(i);
    if (t.pos !== 'NNS') return [];
    const lemma = t.lemma.toLowerCase();
    const kind = groupKind(lemma);
    if (!kind) return [];
    // "the countries of the region", "the leaders who attended": a plural with a phrase of its own names its own group
    if (s.children(i, /^(?:nmod:(?:of|from|poss)|acl|compound|appos|conj)/).length > 0) return [];
    const words = s.children(i, /^(?:det|det:predet|nummod|amod)$/).map((e) => s.token(e.dep).word.toLowerCase());
    const counted = words.map((w) => COUNT[w]).find((n) => n !== undefined);
    if (counted === undefined && !words.includes('the')) return [];
    // only what a reader has just seen: this sentence before the noun and the few before it
    const from = this.index.doc.sentences[Math.max(0, s.index - LOOKBACK)]?.start ?? s.start;
    const seen: Mention[] = [];
    // "X will host the two leaders": the clause's other arguments are not in the group
    const head = s.head(i)?.gov ?? 0;
    const others =
      head === 0
        ? []
        : s
            .treeChildren(head)
            .filter((e) => e.dep !== i)
            .map((e) => s.subtree(e.dep));
    const aside = (m: Mention): boolean =>
      others.some((span) => m.start >= s.token(span[0]!).start && m.end <= s.token(span.at(-1)!).end);
    const before = this.index.all.filter((m) => m.start >= from && m.end <= t.start && !aside(m));
    for (let k = before.length - 1; k >= 0; k -= 1) {
      const m = asCountry(before[k]!);
      // leaders are known to the gazetteer; a spokesperson new to it is not one of "the two presidents"
      if (m.kind !== kind || !usable(m) || (kind === 'Person' && !m.known)) continue;
      if (!seen.some((x) => x.actorId === m.actorId)) seen.push(m);
    }
    const wanted = counted ?? seen.length;
    if (seen.length < wanted || wanted < 2 || wanted > 4) return [];
    return seen
      .slice(0, wanted)
      .reverse()
      .map((m) => ({ m, via: 'coref' as const, tok: i }));
  }

  /** whose a thing is: its possessor, or the possessor of what it is part of ("20 percent of Georgia's territory") */
  private owners(s: Sentence, i: number, depth = 0): End[] {
    // "Russia's invasion of Ukraine", "the Russian occupation of Georgia", "the attack on X by Y": an event is its doer's,
    // not its target's; its possessor, agent or demonym before its "of" phrase
    const event = nounEntry(s.token(i).lemma.toLowerCase());
    if (event && event.targets.includes('nmod:of')) {
      const doers = this.qualifiers(s, i, 'possessor', ['nmod:poss', 'nmod:by', ...DESCRIBING]);
      if (doers.length > 0) return doers;
    }
    // "Moscow's proposal", "the proposal by Moscow"
    const named = this.qualifiers(s, i, 'possessor', [...OWNING, 'nmod:by']);
    const described = this.qualifiers(s, i, 'possessor', DESCRIBING);
    // "the European future of Belarus", "… of the Georgian people": an adjective describes the thing when an owner is named
    if (named.length > 0) return named;
    if (described.length > 0 && depth < 2) {
      const of = uniq(
        s
          .children(i, /^nmod:(?:of|poss)$/)
          .flatMap((e) => this.actors(s, e.dep).map((x) => ({ ...x, via: 'possessor' as const }))),
      ).filter((x) => !described.some((d) => d.m.actorId === x.m.actorId));
      if (of.length > 0) return of;
    }
    if (described.length > 0 || depth >= 2) return described;
    // "the sanctions imposed by X", "the law passed by X": a thing is also its maker's
    const made = s
      .children(i, /^acl/)
      // the tagger often takes the participle for a past tense ("carried out by X"): its "by" phrase says what it is
      .filter((e) => s.token(e.dep).pos.startsWith('VB'))
      .flatMap((e) => s.children(e.dep, /^obl:(?:agent|by)$/))
      .flatMap((e) => this.actors(s, e.dep).map((x) => ({ ...x, via: 'possessor' as const })));
    if (made.length > 0) return uniq(made);
    return uniq(
      s.children(i, 'nmod:of').flatMap((e) => {
        const named = this.actors(s, e.dep);
        return named.length > 0
          ? named.map((x) => ({ ...x, via: 'possessor' as const }))
          : this.owners(s, e.dep, depth + 1);
      }),
    );
  }

  /** actors on the possessor, demonym, compound or "of" phrase of token i ("Kazakh", "Russia's", "of Uzbekistan") */
  qualifiers(s: Sentence, i: number, via: Via, rels: readonly string[] = QUALIFIERS): End[] {
    const out: End[] = [];
    for (const rel of rels) {
      for (const e of s.children(i, rel)) {
        const m = this.index.at(s, e.dep);
        if (m && usable(m)) out.push({ m: asCountry(m), via: named(m, via), tok: e.dep });
        else if (PRONOUN.test(s.token(e.dep).pos))
          out.push(...this.coref(s, e.dep).map((x) => ({ ...x, via: 'coref' as const })));
      }
    }
    return uniq(out);
  }

  /** every actor named inside the phrases of the given dependents ("Kazakh-Russian" under "relations") */
  inModifiers(s: Sentence, i: number, rels: readonly string[]): End[] {
    const out: End[] = [];
    for (const rel of rels) {
      for (const e of s.children(i, rel)) {
        for (const m of this.index.inPhrase(s, e.dep))
          if (usable(m)) out.push({ m: asCountry(m), via: named(m, 'name'), tok: e.dep });
      }
    }
    return uniq(out);
  }

  /**
   * "Tokayev arrived in Moscow. Talks with Putin lasted three hours", "Talks
   * with Putin went well, Lukashenko said": a meeting named with only its
   * other side is the one's who reports it, or else that of the last leader
   * named just before it (this sentence or the one before), read as through
   * coreference.
   */
  meetingSide(s: Sentence, i: number, others: readonly string[]): End[] {
    const t = s.token(i);
    const side = (m: Mention): boolean =>
      m.kind === 'Person' && m.known && usable(m) && !others.includes(asCountry(m).actorId);
    const quote = this.speech.find((q) => q.speaker && t.start >= q.start && t.start <= q.end);
    if (quote?.speaker) return side(quote.speaker) ? [{ m: asCountry(quote.speaker), via: 'coref', tok: i }] : [];
    const prev = s.index > 0 ? this.index.doc.sentences[s.index - 1] : undefined;
    const before = [
      ...(prev ? this.index.within(prev, 1, prev.tokens.length) : []),
      ...(i > 1 ? this.index.within(s, 1, i - 1) : []),
    ];
    const last = before.reverse().find(side);
    return last ? [{ m: asCountry(last), via: 'coref', tok: i }] : [];
  }

  private coref(s: Sentence, i: number): End[] {
    const t = s.token(i);
    if (FIRST_PERSON.has(t.word.toLowerCase())) {
      const quote = this.speech.find((q) => q.speaker && t.start >= q.start && t.start <= q.end);
      if (quote?.speaker) return usable(quote.speaker) ? [{ m: asCountry(quote.speaker), via: 'coref', tok: i }] : [];
    }
    if (PLURAL_PRONOUN.has(t.word.toLowerCase())) {
      const several = this.several(s, i);
      if (several.length > 1) return several;
    }
    const m = this.index.resolve(s, i) ?? this.lastSubject(s, i);
    return m && usable(m) ? [{ m: asCountry(m), via: 'coref', tok: i }] : [];
  }

  /**
   * "The EU's envoy X, who travelled to Astana, urged … He met Y": "he" or
   * "she" the parser's coreference left unlinked is the one person who was
   * a subject in the sentence before (the centre a reader carries over).
   */
  private lastSubject(s: Sentence, i: number): Mention | undefined {
    if (!SINGULAR_PERSON.has(s.token(i).word.toLowerCase()) || s.index === 0) return undefined;
    const prev = this.index.doc.sentences[s.index - 1]!;
    // a subject named in place or through its title ("the EU's envoy X"), not one that is itself a pronoun
    const people = uniqMentions(
      prev.edges
        .filter((e) => /^nsubj/.test(e.rel) && !PRONOUN.test(prev.token(e.dep).pos))
        .flatMap((e) => this.actors(prev, e.dep).map((x) => x.m))
        .filter((x) => x.kind === 'Person'),
    );
    return people.length === 1 ? people[0] : undefined;
  }

  /**
   * "They have good relations": a plural pronoun whose coreference chain
   * holds a mention naming several actors of one kind ("Presidents X and Y")
   * stands for them all; the chain links the pronoun to the whole phrase,
   * and a single actor taken from it would be half the answer.
   */
  private several(s: Sentence, i: number): End[] {
    const chain = this.index.doc.chainAt(s.index, i);
    if (!chain) return [];
    const here = s.token(i).start;
    for (const link of chain) {
      const ls = this.index.doc.sentences[link.sentence];
      if (!ls || link.to - link.from < 3) continue;
      const named = this.index.within(ls, link.from, link.to - 1).filter((m) => m.end <= here && usable(m));
      const kind = named[0]?.kind;
      const same = uniqMentions(named.filter((m) => m.kind === kind && kind !== undefined));
      if (same.length > 1 && same.length <= 4) return same.map((m) => ({ m: asCountry(m), via: 'coref', tok: i }));
    }
    return [];
  }
}

function uniqMentions(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.actorId) && seen.add(m.actorId));
}

/**
 * "The country", "our government": a mention the actor reader resolved by
 * its own anaphora rule (the last country named, the speaker's country) is
 * an end found through coreference, and as unsure as one.
 */
const named = (m: Mention, via: Via): Via => (m.source === 'anaphor' ? 'coref' : via);

/** Outlets report relations; they are not their ends. */
const usable = (m: Mention): boolean => m.kind !== 'Media';

function uniq(ends: End[]): End[] {
  const seen = new Set<string>();
  return ends.filter((e) => !seen.has(e.m.actorId) && seen.add(e.m.actorId));
}

/** Whether a nominal event happened, and how relations fare, by the words said of it. */
import { RELATION_TYPES, type RelationType } from '../../domain/vocabulary.js';
import type { Sentence } from '../parse/document.js';
import type { NounEntry } from './lexicon-entries.js';
import { EVENTS } from './word-classes.js';

/** what is said of relations or ties that makes them good or bad */
const GOOD = new Set([
  'good',
  'close',
  'strong',
  'warm',
  'friendly',
  'excellent',
  'cordial',
  'strategic',
  'special',
  'brotherly',
  'fraternal',
  'solid',
  'deep',
  'constructive',
  'improve',
  'strengthen',
  'deepen',
  'develop',
  'expand',
  'boost',
  'enhance',
  'value',
  'cherish',
  'normalize',
  'normalise',
  'restore',
  'build',
  'promote',
  'foster',
  'consolidate',
  'intensify',
  'broaden',
  'upgrade',
  'warm',
  'mend',
  'repair',
  'grow',
  'flourish',
  'thrive',
  'reset',
  'establish',
  'forge',
  'reestablish',
  're-establish',
  'resume',
  'revive',
  'better',
  'closer',
  'thaw',
  'patch',
  'smooth',
  'heal',
  'cement',
  'solidify',
  'reinforce',
  'bolster',
  'revitalize',
  'revitalise',
  'reinvigorate',
  'stabilize',
  'stabilise',
  'rebuild',
  'productive',
  'positive',
  'healthy',
  'robust',
  'stable',
  'amicable',
  'neighbourly',
  'neighborly',
  'fruitful',
  'blossom',
  'thriving',
  'harmonious',
  // the changes as nouns ("the development of relations")
  'development',
  'improvement',
  'strengthening',
  'deepening',
  'expansion',
  'normalization',
  'normalisation',
  'warming',
  'rapprochement',
  'enhancement',
  'consolidation',
  'upgrade',
  'restoration',
  'revival',
]);

const BAD = new Set([
  'bad',
  'tense',
  'strained',
  'poor',
  'frosty',
  'cold',
  'hostile',
  'difficult',
  'troubled',
  'fraught',
  'rocky',
  'uneasy',
  'icy',
  'sour',
  'damage',
  'harm',
  'strain',
  'sever',
  'cut',
  'break',
  'downgrade',
  'freeze',
  'suspend',
  'undermine',
  'worsen',
  'spoil',
  'jeopardize',
  'jeopardise',
  'poison',
  'rupture',
  'complicate',
  'deteriorate',
  'cool',
  'decline',
  'suffer',
  'collapse',
  'plummet',
  'fray',
  'sink',
  'sour',
  'hurt',
  'endanger',
  'halt',
  'end',
  'chilly',
  'frigid',
  'glacial',
  'acrimonious',
  'bitter',
  'testy',
  'prickly',
  'thorny',
  'turbulent',
  'volatile',
  'shaky',
  'fragile',
  'frayed',
  'deteriorating',
  'nosedive',
  'crumble',
  'unravel',
  'erode',
  'falter',
  'tumble',
  'slump',
  'wreck',
  'ruin',
  'derail',
  'tarnish',
  'sully',
  'chill',
  'dent',
  'overshadow',
  'antagonistic',
  'adversarial',
  'toxic',
  'broken',
  'awkward',
  'complicated',
  'deterioration',
  'worsening',
  'cooling',
  'downturn',
  'breakdown',
  'rupture',
  'strain',
  'crisis',
  'decline',
  'souring',
  'freeze',
  'severance',
]);

/** verbs that undo a cooperation they govern ("suspended cooperation with X") */
export const UNDO = new Set([
  'suspend',
  'freeze',
  'halt',
  'end',
  'cut',
  'reduce',
  'downgrade',
  'terminate',
  'stop',
  'curtail',
  'abandon',
  'evade',
  'circumvent',
  'bypass',
  'avoid',
  'oppose',
  'reject',
  'lift',
  'ease',
  'criticize',
  'criticise',
  'condemn',
]);

/** verbs that undo a pressure but raise or smooth a cooperation ("lift trade to $40 billion") */
const RAISE = new Set(['lift', 'ease']);

/** what makes a partner one in trade */
const COMMERCIAL = new Set(['trading', 'trade', 'economic', 'commercial', 'business', 'investment']);

/** verbs that judge a hostile act without undoing it */
const DENOUNCE = new Set(['criticize', 'criticise', 'condemn', 'oppose', 'reject']);

/** verbs that relieve a pressure they govern ("lifted sanctions on X") */
const RELIEVE = new Set(['lift', 'ease', 'relax', 'loosen', 'remove', 'scrap', 'waive', 'suspend', 'end']);

/** verbs that bring an event to its end, which means it happened ("ended his visit to X", "concluded talks with X") */
const COMPLETE = new Set(['end', 'conclude', 'complete', 'finish', 'wrap']);

/** the type of a nominal event, or none: relations are good or bad only by what is said of them, and an undone cooperation is a drift */
export function valenced(s: Sentence, n: number, entry: NounEntry): RelationType | undefined {
  const heads = s
    .parents(n, /^(?:obj|nsubj|nsubj:pass)$/)
    .map((e) => e.gov)
    .filter((g) => g > 0);
  const said = [
    ...s.children(n, /^(?:amod|advmod|compound)$/).map((e) => e.dep),
    ...heads,
    // "relations remain strong", "ties grew closer": what the verb says they became
    ...heads.flatMap((g) => s.children(g, 'xcomp').map((e) => e.dep)),
    // "the development of relations", "a deterioration in ties": a change named by a noun
    ...s
      .parents(n, /^nmod:(?:of|in)$/)
      .map((e) => e.gov)
      .filter((g) => g > 0),
  ];
  const words = said.map((i) => s.token(i).lemma.toLowerCase());
  if (entry.valence) {
    if (words.some((w) => BAD.has(w))) return 'RELATIONS_WORSENING';
    if (words.some((w) => GOOD.has(w))) return 'RELATIONS_IMPROVING';
    return undefined;
  }
  const governors = s
    .parents(n, /^(?:obj|nsubj:pass|obl:.*)$/)
    .filter((e) => e.gov > 0)
    .map((e) => s.token(e.gov).lemma.toLowerCase());
  if (EVENTS.has(entry.family) && governors.some((g) => COMPLETE.has(g))) return entry.type;
  // "a trading partner", "economic allies": a tie of trade, not of alignment
  if (entry.family === 'align' && words.some((w) => COMMERCIAL.has(w))) return 'TRADES_WITH';
  // "lifted sanctions on X", "eased the blockade of X": a pressure relieved is a step towards the other (CAMEO 08)
  if (entry.family === 'sanction' || entry.family === 'coerce')
    if (governors.some((g) => RELIEVE.has(g))) return 'SEEKS_COOPERATION_WITH';
  const hostile = RELATION_TYPES[entry.type].polarity < 0;
  // "condemned Russia's invasion of Ukraine": judging a hostile act leaves it standing
  if (hostile && governors.length > 0 && governors.every((g) => DENOUNCE.has(g))) return entry.type;
  // "lifted sanctions" undoes a pressure, but "a plan to lift trade", "eased cooperation" raise what they govern
  if (governors.some((g) => UNDO.has(g) && (hostile || !RAISE.has(g)))) return hostile ? undefined : 'DRIFTING_FROM';
  return entry.type;
}

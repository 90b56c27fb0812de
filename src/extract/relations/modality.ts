/**
 * Negation, modality and tense of a predicate, from the parse: its own
 * auxiliaries and adverbs ("did not", "may", "will"), its determiners and
 * adjectives for a noun ("no talks", "an upcoming visit"), and the verbs it
 * hangs under ("refused to meet", "plans to visit", "failed to help",
 * "agreed to hold talks", "ahead of his visit").
 */
import type { Sentence } from '../parse/document.js';

export interface Modality {
  negated: boolean;
  hedged: boolean;
  planned: boolean;
  /** under "fail to": the positive act did not happen */
  failed: boolean;
  /** under "refuse to", "decline to": the act was turned down, which is a rejection (CAMEO 12x), not a mere denial */
  refused?: boolean;
}

const NEGATORS = new Set(['not', 'never', "n't", 'no', 'neither', 'nor', 'without']);
const HEDGE_AUX = new Set(['may', 'might', 'could', 'would', 'should']);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo']);
const HEDGE_ADV = new Set([
  'possibly',
  'perhaps',
  'maybe',
  'reportedly',
  'allegedly',
  'likely',
  'probably',
  'apparently',
  'supposedly',
  'purportedly',
]);
const PLANNED_ADJ = new Set([
  'upcoming',
  'planned',
  'forthcoming',
  'future',
  'next',
  'proposed',
  'scheduled',
  'expected',
  'prospective',
  'possible',
  'potential',
  'intended',
  'impending',
  'anticipated',
  'new',
]);
const HEDGED_ADJ = new Set(['possible', 'potential', 'proposed', 'alleged', 'rumoured', 'rumored']);
/** verbs and adjectives whose complement is an intention, not an event */
const INTEND = new Set([
  'plan',
  'intend',
  'expect',
  'hope',
  'want',
  'wish',
  'aim',
  'seek',
  'prepare',
  'decide',
  'agree',
  'promise',
  'pledge',
  'vow',
  'propose',
  'offer',
  'try',
  'attempt',
  'schedule',
  'due',
  'go',
  'invite',
  'ask',
  'urge',
  'call',
  'ready',
  'eager',
  'willing',
  'keen',
  'likely',
  'set',
  'expected',
  'scheduled',
  'able',
  'need',
  'have',
  'consider',
  'discuss',
  'threaten',
  'look',
  'mean',
  'prefer',
  'hesitate',
  'insist',
  'demand',
  'request',
  'suggest',
  'encourage',
  'press',
  'push',
  'resolve',
  'commit',
  'committed',
  'determined',
  'poised',
  // nouns of intention ("a plan to visit", "an invitation to attend")
  'intention',
  'invitation',
  'decision',
  'proposal',
  'readiness',
  'desire',
  'bid',
  'agreement',
  'offer',
  'plan',
  'intent',
  'pledge',
  'promise',
]);
const REFUSE = new Set([
  'refuse',
  'decline',
  'reject',
  'avoid',
  'cease',
  'stop',
  'forgo',
  'halt',
  'abandon',
  'deny',
  'fail',
  'neglect',
]);
/** verbs that judge an event named as their object, whose negation leaves the event standing */
const JUDGING = new Set([
  'recognize',
  'recognise',
  'condemn',
  'criticize',
  'criticise',
  'denounce',
  'welcome',
  'praise',
  'support',
  'back',
  'endorse',
  'oppose',
  'protest',
  'acknowledge',
  'hail',
  'applaud',
  'deplore',
  'regret',
  'ignore',
  'question',
  'dispute',
  'mention',
  'discuss',
  'blame',
]);

/** verbs whose clause is what the subject says did not happen */
const DENY = new Set(['deny', 'refute', 'disclaim']);
/** refusals that reject what they refuse ("refused to attend", "declined to send troops"), not mere absence */
const TURN_DOWN = new Set(['refuse', 'decline', 'reject', 'avoid']);
const SEEM = new Set(['seem', 'appear']);
/** verbs that call an event off or put it back: a meeting postponed or cancelled did not happen ("talks were postponed", "scrapped the visit") */
const CANCEL = new Set([
  'cancel',
  'postpone',
  'delay',
  'scrap',
  'shelve',
  'defer',
  'reschedule',
  'axe',
  'abort',
  'call off',
  'put off',
  'push back',
]);
const cancels = (s: Sentence, g: number): boolean => {
  const lemma = s.token(g).lemma.toLowerCase();
  const prt = s.children(g, 'compound:prt').map((e) => `${lemma} ${s.token(e.dep).lemma.toLowerCase()}`);
  return CANCEL.has(lemma) || prt.some((p) => CANCEL.has(p));
};
/** verbs by which an event named as their subject happens ("the meeting did not take place", "the visit never happened") */
const HAPPEN = new Set(['happen', 'occur', 'materialize', 'materialise', 'proceed']);
const happens = (s: Sentence, g: number): boolean => {
  const lemma = s.token(g).lemma.toLowerCase();
  const with_ = (rel: string, word: string): boolean =>
    s.children(g, rel).some((e) => s.token(e.dep).lemma.toLowerCase() === word);
  return (
    HAPPEN.has(lemma) || (lemma === 'take' && with_('obj', 'place')) || (lemma === 'go' && with_('advmod', 'ahead'))
  );
};
/** where an event not yet held is put: "on the agenda", "on the cards", "on the table" */
const SLATE = new Set(['agenda', 'card', 'cards', 'table']);
const slated = (s: Sentence, g: number): boolean =>
  SLATE.has(s.token(g).lemma.toLowerCase()) &&
  s.children(g, 'cop').length > 0 &&
  s.children(g, 'case').some((e) => s.token(e.dep).word.toLowerCase() === 'on');

/** "ahead of the visit", "before the summit": still to come */
const AHEAD = /^obl:(?:ahead_of|before|prior_to|in_advance_of)$|^nmod:(?:ahead_of|before|prior_to)$/;

/** verbs whose to-infinitive happens ("continues to occupy", "managed to meet") */
const ASPECTUAL = new Set([
  'continue',
  'keep',
  'remain',
  'manage',
  'succeed',
  'begin',
  'start',
  'resume',
  'use',
  'proceed',
  'come',
]);
const ongoing = (s: Sentence, p: number): boolean =>
  s.parents(p, 'xcomp').some((e) => e.gov > 0 && ASPECTUAL.has(s.token(e.gov).lemma.toLowerCase()));

export function modalityOf(s: Sentence, p: number, depth = 0): Modality {
  const m: Modality = { negated: false, hedged: false, planned: false, failed: false };
  for (const e of s.children(p)) {
    const lemma = s.token(e.dep).lemma.toLowerCase();
    const word = s.token(e.dep).word.toLowerCase();
    if ((e.rel === 'advmod' || e.rel === 'neg' || e.rel === 'det' || e.rel === 'cc:preconj') && NEGATORS.has(word))
      m.negated = true;
    else if (e.rel === 'aux' && HEDGE_AUX.has(word)) m.hedged = true;
    else if (e.rel === 'aux' && FUTURE_AUX.has(word)) m.planned = true;
    else if (e.rel === 'advmod' && HEDGE_ADV.has(lemma)) m.hedged = true;
    // a to-infinitive names a purpose or an intention, not an event ("met to sign", "prepared to open talks")
    else if (e.rel === 'mark' && word === 'to' && s.token(p).pos.startsWith('VB') && !ongoing(s, p)) m.planned = true;
    else if (e.rel === 'amod' && PLANNED_ADJ.has(lemma) && lemma !== 'new') {
      m.planned = true;
      if (HEDGED_ADJ.has(lemma)) m.hedged = true;
    } else if (e.rel === 'amod' && HEDGED_ADJ.has(lemma)) m.hedged = true;
  }
  if (depth >= 3) return m;
  for (const e of s.parents(p)) {
    if (e.gov === 0) continue;
    const g = s.token(e.gov);
    const lemma = g.lemma.toLowerCase();
    if (AHEAD.test(e.rel)) m.planned = true;
    // "ahead of his talks", "prior to the visit" parsed as an adverb with an "of" phrase
    if (e.rel === 'obl:of' && (lemma === 'ahead' || lemma === 'prior')) m.planned = true;
    // "the talks were delayed", "the visit has been put off"; not "the criticism delayed the talks", which delays something else
    const subjectOfIntransitive = e.rel === 'nsubj' && s.children(e.gov, 'obj').length === 0;
    if ((e.rel === 'obj' || e.rel === 'nsubj:pass' || subjectOfIntransitive) && cancels(s, e.gov)) m.negated = true;
    if (e.rel === 'acl' && INTEND.has(lemma) && s.children(p, 'mark').length > 0) m.planned = true;
    // "a meeting between them is on the agenda": put on a calendar, not held (and "not on the agenda": not even that)
    const eventNoun = e.rel === 'nsubj' && s.token(p).pos.startsWith('NN');
    if (eventNoun && slated(s, e.gov)) m.planned = true;
    // "the meeting did not take place", "the visit will take place in May": the verb of happening says whether it did
    const happening = eventNoun && (happens(s, e.gov) || slated(s, e.gov));
    // the verb a complement or a nominal event hangs under passes on its modality ("did not hold talks", "will pay a visit")
    const complement = e.rel === 'xcomp' || e.rel === 'ccomp';
    // "did not recognize the annexation", "never condemned the invasion": a verb judging an event does not deny it
    const light =
      (e.rel === 'obj' || e.rel === 'nsubj:pass') && !(s.token(p).pos.startsWith('NN') && JUDGING.has(lemma));
    const conj = e.rel.startsWith('conj') && s.children(p, /^(?:nsubj|aux)/).length === 0;
    if (!complement && !light && !conj && !happening) continue;
    if (e.rel === 'xcomp') {
      if (REFUSE.has(lemma)) {
        m.negated = true;
        if (lemma === 'fail' || lemma === 'neglect') m.failed = true;
        if (TURN_DOWN.has(lemma)) m.refused = true;
      } else if (INTEND.has(lemma)) m.planned = true;
      else if (SEEM.has(lemma)) m.hedged = true;
    }
    // "Russia denied that it had attacked Georgia": what a clause of denial says is denied by its speaker
    if (e.rel === 'ccomp' && DENY.has(lemma)) m.negated = true;
    if (e.rel === 'ccomp') continue;
    const up = modalityOf(s, e.gov, depth + 1);
    m.negated ||= up.negated;
    m.hedged ||= up.hedged;
    m.planned ||= up.planned;
    if (up.refused) m.refused = true;
  }
  return m;
}

/**
 * Verbs of the relation lexicon, by event class (PLOVER/CAMEO families).
 * Each line gives a class's lemmas one frame: where the target stands. The
 * subject is the source (the passive agent in a passive); modality,
 * negation and plans come from the parse, not from here.
 */
import type { RelationType } from '../../domain/vocabulary.js';
import type { Family, VerbEntry } from './lexicon-entries.js';

interface Options {
  members?: boolean;
  possessor?: boolean;
  unlessPerson?: RelationType;
  uncertain?: boolean;
}

const verbs = (
  type: RelationType,
  family: Family,
  targets: readonly string[],
  lemmas: readonly string[],
  options: Options = {},
): VerbEntry[] => lemmas.map((lemma) => ({ lemma, type, family, targets, ...options }));

const OBJ = ['obj'] as const;
const WITH = ['obl:with'] as const;

export const VERBS: readonly VerbEntry[] = [
  // CONSULT (040–046): meeting someone face to face
  ...verbs('MET', 'consult', ['obj', 'obl:with'], ['meet']),
  ...verbs('MET', 'consult', WITH, ['talk', 'sit down', 'converse', 'meet up', 'shake hand']),
  // coming together in person ("the two huddled in Sochi", "came together in Baku", "got together with X")
  ...verbs('MET', 'consult', WITH, ['huddle', 'come together', 'get together', 'rendezvous', 'come face', 'dine']),
  // a meal shared ("had dinner with X", "lunched with X"), a call paid in person ("paid a courtesy call on X")
  ...verbs(
    'MET',
    'consult',
    ['obl:with', 'obj>nmod:with'],
    ['have dinner', 'have lunch', 'have breakfast', 'lunch', 'breakfast'],
  ),
  ...verbs('MET', 'consult', ['obl:on', 'obj>nmod:on'], ['pay call']),
  // "played host to X": the host of a visit
  ...verbs('HOSTED', 'host', ['obl:to', 'obj>nmod:to'], ['play host']),
  // the tagger often takes the one received for an indirect object ("received the Chinese minister Wang Yi")
  ...verbs('MET', 'consult', ['obj', 'iobj'], ['greet', 'receive']),
  // one embraces a person in greeting, and a country or a body by siding with it ("embraced the EU")
  ...verbs('MET', 'consult', ['obj', 'iobj'], ['embrace'], { unlessPerson: 'ALIGNING_WITH' }),
  // "hosted talks between A and B": the host of a meeting hosts its sides
  ...verbs(
    'HOSTED',
    'host',
    ['obj', 'obj>nmod:between', 'obj>nmod:with'],
    ['host', 'entertain', 'organize', 'organise', 'convene'],
  ),
  // one welcomes a visitor, or approves of a country or a body
  ...verbs('HOSTED', 'host', ['obj', 'obj>nmod:between', 'obj>nmod:with'], ['welcome'], {
    unlessPerson: 'SUPPORTED',
    possessor: true,
  }),
  // VISIT (042): one travels to a place or an actor
  ...verbs('VISITED', 'visit', OBJ, ['visit', 'tour']),
  // "came back to Astana", "flew over to Paris": the parser may hang the place on the adverb of direction
  ...verbs(
    'VISITED',
    'visit',
    ['obl:to', 'advmod>obl:to'],
    ['travel', 'fly', 'go', 'come', 'journey', 'head', 'return'],
  ),
  ...verbs('VISITED', 'visit', ['obl:in', 'obl:at'], ['arrive', 'land', 'stop']),
  // setting out for a place ("left for Moscow", "departed for Beijing"), speeding to it, passing through it on a tour
  ...verbs('VISITED', 'visit', ['obl:for'], ['leave', 'depart', 'set off', 'set out', 'head', 'take off']),
  ...verbs('VISITED', 'visit', ['obl:to'], ['jet', 'rush', 'hurry', 'dash', 'drive', 'sail', 'travel on']),
  ...verbs('VISITED', 'visit', ['obl:through'], ['swing', 'sweep', 'tour']),
  ...verbs('VISITED', 'visit', ['obl:in', 'obl:at', 'obj>nmod:in'], ['touch down', 'make stop', 'stop over']),
  // CONSULT (046) by negotiation, and calls (a consult, not a meeting)
  ...verbs('NEGOTIATED_WITH', 'negotiate', ['obl:with', 'obj'], ['negotiate', 'bargain', 'consult', 'confer']),
  ...verbs('NEGOTIATED_WITH', 'negotiate', WITH, ['discuss', 'mediate', 'speak', 'correspond']),
  ...verbs('NEGOTIATED_WITH', 'phone', OBJ, ['phone', 'telephone', 'ring', 'call up', 'dial']),
  // "exchanged views with X", "swapped opinions on Y": an exchange of words, where "traded barbs" is one of blows
  ...verbs(
    'NEGOTIATED_WITH',
    'negotiate',
    ['obl:with', 'obj>nmod:with'],
    [
      'exchange view',
      'exchange opinion',
      'exchange greeting',
      'exchange pleasantry',
      'exchange idea',
      'swap view',
      'compare note',
    ],
  ),
  // "X called Y on Friday": a call, unless the object is named something ("called Y a partner": see the obj-unnamed slot in verb-frames.ts)
  ...verbs('NEGOTIATED_WITH', 'phone', ['obj-unnamed'], ['call']),
  // COOPERATE (031): assurances
  ...verbs(
    'REASSURED',
    'assure',
    ['obj', 'iobj', 'obl:to'],
    ['assure', 'reassure', 'promise', 'pledge', 'guarantee', 'vow'],
  ),
  // "sealed its border with X" shuts a border, where "sealed a deal with X" agrees: read before the agreement
  ...verbs('DRIFTING_FROM', 'reduce', ['obj+mission'], ['seal', 'seal off']),
  // AGREE (057): signing, agreeing with
  ...verbs('SIGNED_AGREEMENT_WITH', 'agree', WITH, [
    'sign',
    'ink',
    'conclude',
    'agree',
    'seal',
    'initial',
    'ratify',
    'reach',
  ]),
  // idioms of coming to agree ("came to terms with X", "saw eye to eye with X on Y")
  ...verbs('SIGNED_AGREEMENT_WITH', 'agree', ['obl:with', 'obl:to>nmod:with'], ['come term', 'see eye']),
  // "A and B resolved their dispute" pairs its subjects; "resolved the issue with B" names the other side
  ...verbs('SIGNED_AGREEMENT_WITH', 'agree', WITH, ['settle', 'resolve']),
  // COOPERATE (030, 036): intent and practice of cooperation
  ...verbs('SEEKS_COOPERATION_WITH', 'cooperate', WITH, [
    'cooperate',
    'collaborate',
    'work',
    'partner',
    'engage',
    'coordinate',
    'join forces',
    'team up',
  ]),
  ...verbs(
    'SEEKS_COOPERATION_WITH',
    'cooperate',
    ['obj', 'obl:to', 'obl:toward', 'obl:towards'],
    ['court', 'woo', 'reach out', 'open up', 'turn'],
  ),
  ...verbs(
    'SEEKS_COOPERATION_WITH',
    'cooperate',
    ['obl:with', 'obl:to'],
    ['normalize', 'normalise', 'reconcile', 'rebuild'],
  ),
  // COOPERATE (061): economic ties
  ...verbs('TRADES_WITH', 'trade', ['obl:with'], ['trade', 'do business']),
  // "supplied X with gas": the one supplied is the object when what is supplied comes with "with"
  ...verbs(
    'TRADES_WITH',
    'trade',
    ['obl:to', 'iobj', 'obj+with'],
    ['export', 'sell', 'supply', 'ship', 'deliver', 'lend', 'loan'],
  ),
  ...verbs('TRADES_WITH', 'trade', ['obl:from'], ['import', 'buy', 'purchase', 'borrow']),
  // money put into another ("poured billions into X", "financed railways in X")
  ...verbs(
    'TRADES_WITH',
    'trade',
    ['obl:into', 'obl:in', 'obj>nmod:into', 'obj>nmod:in'],
    [
      'pour money',
      'pour billion',
      'pour cash',
      'pour fund',
      'pump money',
      'pump billion',
      'pump cash',
      'plough money',
      'plow money',
    ],
  ),
  ...verbs(
    'TRADES_WITH',
    'trade',
    ['obl:in', 'obj>nmod:in', 'obj>nmod:across'],
    ['fund', 'finance', 'co-finance', 'underwrite'],
  ),
  // "will invest $2 billion in X": the place may hang on the amount
  ...verbs('TRADES_WITH', 'trade', ['obl:in', 'obj', 'obj>nmod:in'], ['invest']),
  // Alignment: moving closer, siding with
  ...verbs(
    'ALIGNING_WITH',
    'align',
    ['obl:with', 'obl:to'],
    ['align', 'side', 'ally', 'stand', 'move closer', 'draw closer', 'pivot', 'gravitate', 'lean', 'tilt'],
  ),
  // moving "towards" another ("has drifted towards Moscow", "pivoted toward Beijing"); drifting "from" is below
  ...verbs(
    'ALIGNING_WITH',
    'align',
    ['obl:towards', 'obl:toward'],
    ['drift', 'pivot', 'gravitate', 'lean', 'tilt', 'move', 'shift', 'veer', 'turn', 'edge'],
  ),
  // coming closer ("edging closer to X", "drew nearer to X"), drawn into another's orbit or camp ("drifting into Russia's orbit")
  ...verbs(
    'ALIGNING_WITH',
    'align',
    // the parser hangs the other side on the adverb ("edging closer to X": advmod closer, obl:to X)
    ['obl:to', 'obl:with', 'obl:toward', 'obl:towards', 'advmod>obl:to', 'advmod>obl:with', 'advmod>obl:toward'],
    [
      // the tagger may lemmatize the comparative to "close"
      'edge close',
      'inch close',
      'grow close',
      'get close',
      'move close',
      'draw close',
      'edge closer',
      'inch closer',
      'draw nearer',
      'move nearer',
      'come closer',
      'get closer',
      'grow closer',
      'edge nearer',
    ],
  ),
  ...verbs(
    'ALIGNING_WITH',
    'align',
    ['obl:into', 'obl:in', 'obl:to'],
    [
      'drift orbit',
      'fall orbit',
      'slip orbit',
      'move orbit',
      'return orbit',
      'drift camp',
      'fall camp',
      'return fold',
      'drift fold',
    ],
    { possessor: true },
  ),
  // looking to another for what it gives ("looks to the West for security")
  ...verbs('SEEKS_COOPERATION_WITH', 'cooperate', ['obl:to', 'obl:toward', 'obl:towards'], ['look']),
  // leaning "on" another: relying on it ("leans on Paris", "relies on Moscow for security")
  ...verbs('ALIGNING_WITH', 'align', ['obl:on', 'obl:upon'], ['lean', 'rely', 'depend', 'count']),
  // "regards X as a friend": the object, when the verb names it an ally (see ALLY in verb-frames.ts)
  ...verbs(
    'ALIGNING_WITH',
    'align',
    ['obj+as'],
    ['regard', 'consider', 'treat', 'view', 'see', 'call', 'describe', 'name'],
  ),
  ...verbs('ALIGNING_WITH', 'align', OBJ, ['befriend', 'embrace']),
  // AID (07): material help
  ...verbs(
    'SUPPORTED',
    'aid',
    ['obj', 'iobj', 'obl:to'],
    [
      'aid',
      'help',
      'assist',
      'arm',
      'fund',
      'finance',
      'rescue',
      'protect',
      'defend',
      'shield',
      'equip',
      'bail out',
      'grant',
      'donate',
      'provide',
    ],
    { possessor: true },
  ),
  // "helped X circumvent sanctions", "assisted X to rebuild": the one helped is the subject of the clause helped along
  ...verbs('SUPPORTED', 'aid', ['ccomp>nsubj', 'xcomp>nsubj'], ['help', 'assist', 'enable']),
  // a lifeline thrown or a bailout granted ("threw X a lifeline", "extended a lifeline to X")
  ...verbs(
    'SUPPORTED',
    'aid',
    ['iobj', 'obl:to', 'obj>nmod:to', 'obj>nmod:for'],
    ['throw lifeline', 'offer lifeline', 'extend lifeline', 'provide lifeline'],
  ),
  // Support, praise (05, 051): expressing approval
  ...verbs(
    'SUPPORTED',
    'support',
    OBJ,
    [
      'support',
      'back',
      'endorse',
      'praise',
      'commend',
      'applaud',
      'hail',
      'laud',
      'congratulate',
      'thank',
      'salute',
      'honour',
      'honor',
      'champion',
      'favor',
      'favour',
      'respect',
      'trust',
      'admire',
      'value',
      'appreciate',
      'recognize',
      'recognise',
      'stand by',
      'side with',
      'back up',
    ],
    { possessor: true },
  ),
  // backing someone by standing behind them or speaking for them ("threw its weight behind X", "rallied behind X",
  // "vouched for X", "came to the aid of X", "came to X's defence")
  ...verbs(
    'SUPPORTED',
    'support',
    ['obl:behind'],
    ['throw weight', 'put weight', 'rally', 'stand', 'line up', 'unite', 'close rank', 'get'],
  ),
  ...verbs('SUPPORTED', 'support', ['obl:for'], ['vouch', 'stand up', 'stick up', 'speak up', 'advocate']),
  ...verbs(
    'SUPPORTED',
    'aid',
    ['obl:to>nmod:of', 'obl:to>nmod:poss'],
    ['come aid', 'come rescue', 'come defense', 'come defence', 'rush aid', 'rush defense', 'rush defence'],
  ),
  // gestures of reconciliation ("mended fences with X", "buried the hatchet with X", "extended an olive branch to X")
  ...verbs(
    'RELATIONS_IMPROVING',
    'relations',
    ['obl:with', 'obj>nmod:with'],
    ['mend fence', 'bury hatchet', 'make peace', 'make up'],
  ),
  ...verbs(
    'SEEKS_COOPERATION_WITH',
    'cooperate',
    ['obl:to', 'obj>nmod:to'],
    ['extend branch', 'offer branch', 'hold branch'],
  ),
  ...verbs('SEEKS_COOPERATION_WITH', 'cooperate', WITH, ['join hand', 'link arm', 'pool resource', 'hold hand']),
  // Member of
  ...verbs('MEMBER_OF', 'member', ['obj', 'obl:to'], ['join', 'accede', 'rejoin', 'enter']),
  ...verbs('MEMBER_OF', 'member', ['obl:to'], ['belong', 'adhere']),
  // a body one chairs ("Kazakhstan chairs the CSTO this year")
  ...verbs('MEMBER_OF', 'member', OBJ, ['chair', 'preside']),
  // applying for membership is a step towards the body, not membership ("applied for membership of the EU")
  ...verbs('SEEKS_COOPERATION_WITH', 'cooperate', ['obl:for>nmod:of', 'obl:for>nmod:in'], ['apply']),
  // a body named with its members ("the SCO unites China, India and Russia", "the bloc brings together A and B")
  ...verbs('MEMBER_OF', 'member', OBJ, ['unite', 'bring together', 'group', 'include', 'comprise', 'encompass'], {
    members: true,
  }),
  // Sanctions: complying with others', imposing one's own (163)
  ...verbs(
    'COMPLIES_WITH_SANCTIONS_AGAINST',
    'comply',
    [
      'obl:with>nmod:against',
      'obl:with>nmod:on',
      'obj>nmod:against',
      'obj>nmod:on',
      'obl:by>nmod:against',
      'obl:by>nmod:on',
      'obl:to>nmod:against',
      'obl:to>nmod:on',
    ],
    [
      'comply',
      'follow',
      'respect',
      'observe',
      'abide',
      'enforce',
      'implement',
      'honour',
      'honor',
      'adhere',
      'uphold',
      'obey',
      'join',
    ],
  ),
  ...verbs('SANCTIONED', 'sanction', OBJ, [
    'sanction',
    'blacklist',
    'penalize',
    'penalise',
    'punish',
    'embargo',
    'designate',
    'target',
    'fine',
  ]),
  ...verbs(
    'SANCTIONED',
    'sanction',
    ['obj>nmod:on', 'obj>nmod:against', 'obl:on', 'obl:against'],
    ['impose', 'slap', 'levy', 'announce', 'extend', 'tighten', 'expand', 'introduce', 'adopt', 'approve'],
  ),
  // ACCUSE / DISAPPROVE (11x)
  ...verbs(
    'CRITICIZED',
    'criticize',
    OBJ,
    [
      'criticize',
      'criticise',
      'condemn',
      'denounce',
      'rebuke',
      'accuse',
      'blame',
      'slam',
      'chide',
      'reproach',
      'censure',
      'decry',
      'deplore',
      'lambaste',
      'blast',
      'castigate',
      'reprimand',
      'scold',
      'fault',
      'assail',
      'berate',
      'mock',
      'ridicule',
      'disparage',
      'insult',
      'vilify',
      'demonize',
      'demonise',
      'smear',
      'scorn',
      'admonish',
      'dismiss',
      'lash out',
      'hit out',
      'summon',
      'challenge',
      'oppose',
      'resent',
      'distrust',
      'lecture',
      'shame',
      'call out',
    ],
    { possessor: true },
  ),
  ...verbs(
    'CRITICIZED',
    'criticize',
    ['obl:about', 'obl:against', 'obl:at', 'obl:to'],
    [
      'complain',
      'protest',
      'rail',
      'lash out',
      'hit out',
      'object',
      'hit back',
      'fire back',
      'push back',
      'strike back',
    ],
    { possessor: true },
  ),
  // DEMAND (10x): a demand made of someone is pressure on them
  ...verbs(
    'CRITICIZED',
    'demand',
    // "demanded that X withdraw": the one made to act is the subject of the demanded clause
    ['obl:from', 'obl:of', 'obj', 'ccomp>nsubj', 'obl:on>nsubj'],
    ['demand', 'insist'],
  ),
  // pressing someone is pressure when it is to do something ("pressed X to", "pushed X into", "pressured X over");
  // "pushed X closer to Y" moves X, and is no demand
  ...verbs(
    'CRITICIZED',
    'demand',
    // "pushed for X to withdraw": the one to act is the subject of the clause the verb is "for"
    ['obl:from', 'obl:of', 'obj+pressed', 'ccomp>nsubj', 'obl:on>nsubj', 'advcl:to>nsubj'],
    ['press', 'pressure', 'pressurize', 'push'],
  ),
  // APPEAL (02x): asking another to act or to give ("asked X to send troops", "appealed to X for help") seeks its help
  ...verbs(
    'SEEKS_COOPERATION_WITH',
    'cooperate',
    // "appealed to X to release …" may come parsed as a clause "for X to release" hung on the verb
    ['obj+xcomp', 'obl:to+xcomp', 'advcl:to>nsubj'],
    ['ask', 'appeal', 'implore', 'beg', 'plead'],
    {
      uncertain: true,
    },
  ),
  // "called for X to withdraw", "told X to leave": a demand (CAMEO 10) whose welcome depends on what is asked
  ...verbs('CRITICIZED', 'demand', ['advcl:to>nsubj'], ['call'], { uncertain: true }),
  ...verbs('CRITICIZED', 'demand', ['obj+order'], ['tell', 'order', 'instruct'], { uncertain: true }),
  // urging is pressure (CAMEO 10), though what is urged may be welcome to the one urged: below an analyst's 0.6
  ...verbs('CRITICIZED', 'demand', ['obj', 'obl:on'], ['urge', 'call on', 'exhort', 'prod', 'nudge'], {
    uncertain: true,
  }),
  // DISAPPROVE in idioms and in the verbs of scorn ("took X to task", "pointed the finger at X", "poured scorn on X")
  ...verbs('CRITICIZED', 'criticize', OBJ, ['take task'], { possessor: true }),
  ...verbs(
    'CRITICIZED',
    'criticize',
    ['obl:at', 'obj>nmod:at'],
    ['point finger', 'take aim', 'take swipe', 'take jab', 'take shot', 'snipe', 'jab', 'bristle', 'fume', 'sneer'],
    { possessor: true },
  ),
  ...verbs(
    'CRITICIZED',
    'criticize',
    ['obl:on', 'obj>nmod:on'],
    ['pour scorn', 'heap scorn', 'round', 'turn on', 'pile'],
    {
      possessor: true,
    },
  ),
  ...verbs(
    'CRITICIZED',
    'criticize',
    OBJ,
    [
      'lambast',
      'bash',
      'pillory',
      'reprove',
      'taunt',
      'deride',
      'lampoon',
      'belittle',
      'denigrate',
      'savage',
      'flay',
      'badmouth',
      'vilify',
      'malign',
      'besmirch',
    ],
    { possessor: true },
  ),
  // REJECT (12x)
  ...verbs(
    'REJECTED',
    'reject',
    OBJ,
    [
      'reject',
      'rebuff',
      'refuse',
      'decline',
      'deny',
      'spurn',
      'veto',
      'disregard',
      'ignore',
      'brush off',
      'turn down',
      'shrug off',
      'rule out',
      'repudiate',
      'disown',
    ],
    { possessor: true },
  ),
  // REDUCE RELATIONS (16x): leaving, distancing, boycotting, cutting ties
  // sending another's people away, or one's own home (read before the plain object: "expelled four diplomats from X") ("expelled diplomats from X", "pulled its ambassador from X")
  ...verbs(
    'DRIFTING_FROM',
    'reduce',
    ['obl:from', 'obj>nmod:from'],
    ['expel', 'oust', 'kick out', 'throw out', 'pull'],
    {
      possessor: true,
    },
  ),
  // "skipped the CSTO summit", "boycotted Russia's parade": an event stands for the one whose it is
  ...verbs(
    'DRIFTING_FROM',
    'reduce',
    ['obj'],
    ['leave', 'quit', 'exit', 'abandon', 'boycott', 'skip', 'shun', 'expel', 'snub', 'ditch', 'desert', 'isolate'],
    { possessor: true },
  ),
  ...verbs(
    'DRIFTING_FROM',
    'reduce',
    ['obl:from'],
    [
      'withdraw',
      'distance',
      'drift',
      'pull away',
      'move away',
      'break away',
      'turn away',
      'walk away',
      'stay away',
      'pull out',
      'back away',
      'decouple',
      'diverge',
      'depart',
      'retreat',
      'secede',
      'exit',
      'disengage',
      'recall',
    ],
    // "distanced himself from Putin's war"
    { possessor: true },
  ),
  // turning aside what another asks or offers ("brushed aside X's demands", "balked at X's terms", "shut the door on X")
  ...verbs(
    'REJECTED',
    'reject',
    OBJ,
    ['brush aside', 'wave off', 'wave away', 'swat away', 'shrug aside', 'scupper', 'nix'],
    { possessor: true },
  ),
  ...verbs('REJECTED', 'reject', ['obl:at'], ['balk', 'baulk', 'scoff'], { possessor: true }),
  ...verbs('REJECTED', 'reject', ['obl:on', 'obj>nmod:on'], ['close door', 'shut door', 'slam door'], {
    possessor: true,
  }),
  // leaving by the way out ("pulled out of the CSTO", "drifting out of Russia's orbit", "bowed out of the talks with X")
  ...verbs(
    'DRIFTING_FROM',
    'reduce',
    ['obl:of', 'obl:from', 'obl:of>nmod:with'],
    [
      'pull out',
      'walk out',
      'opt out',
      'drop out',
      'back out',
      'bow out',
      'drift out',
      'slip out',
      'move out',
      'break out',
    ],
    { possessor: true },
  ),
  // shutting another's mission or one's own in the other's country ("closed its embassy in X", "shut the Russian consulate",
  // "closed its airspace to X"); "closed a deal with X" closes nothing of X's
  ...verbs('DRIFTING_FROM', 'reduce', ['obj+mission', 'obl:to', 'obl:to>amod'], ['close', 'shut', 'shut down'], {
    possessor: true,
  }),
  // lessening one's need of another ("diversify away from X", "wean itself off X's gas")
  ...verbs('DRIFTING_FROM', 'reduce', ['obl:from', 'obl:off'], ['diversify', 'wean'], { possessor: true }),
  // calling off what was to be done with another ("called off a visit to X", "cancelled talks with X"); the event itself is
  // read as one that did not happen (modality.ts)
  ...verbs(
    'DRIFTING_FROM',
    'reduce',
    ['obj>nmod:to', 'obj>nmod:with', 'obj>nmod:by', 'obj>nmod:from', 'obl:to', 'obl:with'],
    ['call off', 'cancel', 'scrap', 'shelve', 'axe', 'abort'],
    // a visit called off for the weather is no drift: below an analyst's 0.6
    { possessor: true, uncertain: true },
  ),
  // taking a side against another ("sided against X", "stood firm against X", "united against X")
  ...verbs(
    'REJECTED',
    'reject',
    ['obl:against'],
    ['side', 'stand', 'stand firm', 'unite', 'band together', 'close rank'],
    {
      possessor: true,
    },
  ),
  // working against another's influence or reach: "aims to counter Russian influence", "contain China"
  ...verbs('REJECTED', 'reject', OBJ, ['counter', 'counteract', 'contain', 'counterbalance', 'offset'], {
    possessor: true,
  }),
  // a vote or a campaign against someone rejects them (CAMEO 12x)
  ...verbs('REJECTED', 'reject', ['obl:against'], ['vote', 'campaign', 'lobby', 'rally', 'petition'], {
    possessor: true,
  }),
  ...verbs('DRIFTING_FROM', 'reduce', ['obl:with'], ['break', 'split', 'part']),
  ...verbs('DRIFTING_FROM', 'reduce', ['obl:with', 'obj>nmod:with'], ['part way', 'go separate way']),
  // turning away from another by a verb of motion and "away" ("pivoting away from X", "steering away from X")
  ...verbs(
    'DRIFTING_FROM',
    'reduce',
    ['obl:from'],
    [
      'pivot away',
      'shift away',
      'veer away',
      'steer away',
      'edge away',
      'swing away',
      'tilt away',
      'lean away',
      'inch away',
    ],
    { possessor: true },
  ),
  // falling out with another ("fell out with X over Y", "A and B fell out")
  ...verbs('RELATIONS_WORSENING', 'reduce', ['obl:with'], ['fall out']),
  ...verbs('DRIFTING_FROM', 'reduce', ['obl:on', 'obj>nmod:on'], ['turn back']),
  ...verbs(
    'DRIFTING_FROM',
    'reduce',
    ['obj>nmod:in', 'obj>nmod:with', 'obj'],
    ['suspend', 'freeze', 'halt', 'downgrade', 'cut', 'curtail', 'end', 'terminate', 'reduce', 'scale back'],
    { possessor: true },
  ),
  // the PLOVER/CAMEO lemmas the classes above lacked, each in its family's frame
  ...verbs('SUPPORTED', 'aid', OBJ, ['reward', 'train', 'shelter', 'acknowledge'], { possessor: true }),
  ...verbs('SEEKS_COOPERATION_WITH', 'cooperate', ['obl:to'], ['apologize', 'apologise', 'reach out']),
  ...verbs('SEEKS_COOPERATION_WITH', 'cooperate', OBJ, ['invite', 'forgive']),
  // a mediator deals with each side ("brokered talks between A and B")
  ...verbs(
    'NEGOTIATED_WITH',
    'negotiate',
    ['obj>nmod:between', 'obl:between'],
    ['broker', 'facilitate', 'mediate', 'moderate'],
  ),
  ...verbs(
    'CRITICIZED',
    'criticize',
    OBJ,
    ['chastise', 'slander', 'humiliate', 'sue', 'charge', 'indict', 'prosecute', 'excoriate', 'rap', 'upbraid'],
    { possessor: true },
  ),
  ...verbs(
    'REJECTED',
    'reject',
    OBJ,
    ['defy', 'resist', 'obstruct', 'block', 'exclude', 'bar', 'thwart', 'stonewall'],
    {
      possessor: true,
    },
  ),
  ...verbs('DRIFTING_FROM', 'reduce', ['obj>nmod:with', 'obl:with'], ['sever']),
  // "restricted exports to X", "curbed imports from X": trade cut with the other side
  ...verbs(
    'DRIFTING_FROM',
    'reduce',
    ['obj>nmod:to', 'obj>nmod:from', 'obj>nmod:with', 'obl:to', 'obl:from'],
    ['restrict', 'curb', 'limit', 'cap'],
  ),
  ...verbs('THREATENED', 'coerce', OBJ, ['confiscate', 'ban', 'outlaw', 'sabotage', 'expropriate', 'nationalize'], {
    possessor: true,
  }),
  ...verbs('INVADED', 'assault', OBJ, ['assassinate', 'ambush', 'massacre', 'bombard', 'torpedo', 'overthrow'], {
    possessor: true,
  }),
  // phrasal verbs of facing down or warming to another: the particle or the preposition decides the sign of a neutral verb
  // ("stood up to X" defies X where "stood with X" sides with it; "turned against X", "ganged up on X", "cozied up to X")
  ...verbs('REJECTED', 'reject', ['obl:to'], ['stand up']),
  ...verbs('DRIFTING_FROM', 'reduce', ['obl:against'], ['turn']),
  ...verbs('CRITICIZED', 'criticize', ['obl:on'], ['gang up']),
  ...verbs('ALIGNING_WITH', 'align', ['obl:to'], ['cozy up', 'cosy up', 'warm', 'warm up']),
  // influence lost, named by what is lost ("lost its grip on X", "losing ground in X", "lost sway over X"); "lost X" itself
  ...verbs(
    'LOSING_INFLUENCE_OVER',
    'influence',
    ['obl:in', 'obl:over', 'obl:on', 'obj>nmod:in', 'obj>nmod:over', 'obj>nmod:on'],
    [
      'lose influence',
      'lose grip',
      'lose ground',
      'lose clout',
      'lose leverage',
      'lose sway',
      'lose foothold',
      'lose hold',
      'lose control',
      'lose standing',
      'lose position',
    ],
  ),
  ...verbs('LOSING_INFLUENCE_OVER', 'influence', OBJ, ['lose']),
  // FAILED to support
  ...verbs('FAILED_TO_SUPPORT', 'reduce', OBJ, ['betray', 'fail', 'neglect', 'let down']),
  // Losing influence over
  ...verbs(
    'LOSING_INFLUENCE_OVER',
    'influence',
    ['obj>nmod:over', 'obj>nmod:in', 'obj>nmod:on'],
    ['lose', 'cede', 'forfeit'],
  ),
  ...verbs(
    'LOSING_INFLUENCE_OVER',
    'influence',
    // "Russia's influence in Central Asia is waning": the place is on the subject
    ['obl:in', 'obl:over', 'nsubj>nmod:in', 'nsubj>nmod:over'],
    ['wane', 'weaken', 'decline', 'diminish', 'erode', 'slip'],
  ),
  // THREATEN (13x) and COERCE (17x)
  ...verbs('THREATENED', 'threaten', OBJ, [
    'browbeat',
    'terrorize',
    'terrorise',
    'bludgeon',
    'strong-arm',
    'threaten',
    'warn',
    'menace',
    'intimidate',
    'blackmail',
    'bully',
    'provoke',
    'antagonize',
    'antagonise',
    'deter',
  ]),
  // pressure put or kept on another ("put pressure on X", "kept up the pressure on X", "piled pressure on X")
  ...verbs(
    'THREATENED',
    'threaten',
    ['obl:on', 'obj>nmod:on'],
    [
      'put pressure',
      'keep pressure',
      'pile pressure',
      'apply pressure',
      'heap pressure',
      'turn screw',
      'tighten screw',
    ],
  ),
  // a threat of what will be done to another ("threatened retaliation against X", "warned of consequences for X",
  // "vowed reprisals against X")
  ...verbs(
    'THREATENED',
    'threaten',
    ['obj>nmod:against', 'obj>nmod:on', 'obl:of>nmod:against', 'obl:of>nmod:for', 'obl:of>nmod:on', 'obl:against+of'],
    ['threaten', 'warn', 'vow', 'promise'],
  ),
  ...verbs(
    'THREATENED',
    'coerce',
    OBJ,
    [
      'coerce',
      'force',
      'compel',
      'strongarm',
      'arrest',
      'detain',
      'deport',
      'harass',
      'persecute',
      'repress',
      'suppress',
      'undermine',
      'destabilize',
      'destabilise',
      'subvert',
      'interfere',
      'meddle',
      'spy',
      'hack',
      'jail',
      'crack down',
      'blockade',
      'cut off',
    ],
    { possessor: true },
  ),
  // "interfered in Georgia's internal affairs", "meddled in the elections of X": the owner of what is meddled in
  ...verbs('THREATENED', 'coerce', ['obl:in', 'obl:with', 'obl:on'], ['interfere', 'meddle', 'spy', 'crack down'], {
    possessor: true,
  }),
  // "violated X's airspace", "breached the sovereignty of X", "encroached on Armenian territory": the owner of what is
  // violated; "violated the sanctions against X" is no violation of X
  ...verbs(
    'THREATENED',
    'coerce',
    ['obj', 'obj>nmod:poss', 'obj>amod', 'obj>nmod:of', 'obl:on>nmod:poss', 'obl:on>amod', 'obl:upon>nmod:poss'],
    ['violate', 'breach', 'infringe', 'encroach', 'trample'],
  ),
  // ASSAULT (18x–20x) and occupation
  ...verbs(
    'INVADED',
    'assault',
    OBJ,
    [
      'invade',
      'occupy',
      'annex',
      'attack',
      'bomb',
      'shell',
      'strike',
      'seize',
      'capture',
      'raid',
      'storm',
      'conquer',
      'overrun',
      'besiege',
      'shoot',
      // "shot down an Azerbaijani jet", "downed X's drone"
      'shoot down',
      'down',
      'kill',
      'assault',
      'target',
      'hit',
    ],
    { possessor: true },
  ),
  ...verbs(
    'INVADED',
    'assault',
    ['obl:against', 'obl:with', 'obl:on'],
    ['fight', 'wage', 'clash', 'war', 'fire', 'retaliate'],
  ),
  // blows aimed at another ("fired missiles at X", "launched drones at X"), war gone to or declared ("went to war with X",
  // "declared war on X", "took up arms against X")
  ...verbs('INVADED', 'assault', ['obl:at', 'obl:against'], ['fire', 'lob', 'launch', 'hurl'], { possessor: true }),
  // land taken from another ("seized territory from X", "wrested the town from X")
  ...verbs('INVADED', 'assault', ['obl:from'], ['seize', 'capture', 'wrest', 'grab', 'recapture', 'retake'], {
    possessor: true,
  }),
  ...verbs(
    'INVADED',
    'assault',
    ['obl:with', 'obl:against', 'obl:on', 'obl:to>nmod:with', 'obl:to>nmod:against', 'obj>nmod:on', 'obj>nmod:against'],
    ['go war', 'declare war', 'take arm', 'take up arm'],
  ),
];

/**
 * Nouns of the relation lexicon: nominal events ("a state visit to X",
 * "talks with X", "sanctions on X", "Russia's invasion of X") by event
 * class, each with the prepositions that carry its target. "between A and
 * B" and a pair of modifiers ("Kazakh-Russian talks") name both sides of
 * any of them.
 */
import type { RelationType } from '../../domain/vocabulary.js';
import type { Family, NounEntry } from './lexicon-entries.js';

const nouns = (
  type: RelationType,
  family: Family,
  targets: readonly string[],
  lemmas: readonly string[],
  valence = false,
): NounEntry[] => lemmas.map((lemma) => ({ lemma, type, family, targets, ...(valence ? { valence } : {}) }));
const uncertain = (entries: NounEntry[]): NounEntry[] => entries.map((n) => ({ ...n, uncertain: true }));

const WITH = ['nmod:with'] as const;

export const NOUNS: readonly NounEntry[] = [
  // CONSULT: meetings, talks and negotiations held in person (a call is a consult, not a meeting: see the remote check in noun-frames.ts)
  ...nouns(
    'MET',
    'consult',
    ['nmod:with'],
    [
      'meeting',
      'talk',
      'negotiation',
      'summit',
      'encounter',
      'tete-a-tete',
      'audience',
      'get-together',
      'handshake',
      'bilateral',
      // the tokenizer splits "tete-a-tete" into "tete - a-tete", its head the last part
      'a-tete',
      'rendezvous',
    ],
  ),
  // gatherings: whoever attends one meets its host, and only its host ("attended a forum hosted by X")
  ...nouns(
    'MET',
    'consult',
    [],
    [
      'event',
      'forum',
      'conference',
      'gathering',
      'ceremony',
      'dinner',
      'lunch',
      'banquet',
      'luncheon',
      'celebration',
      'festivities',
      'session',
      'parade',
      'retreat',
      'round',
    ],
  ).map((n) => ({ ...n, hostedOnly: true })),
  ...nouns(
    'NEGOTIATED_WITH',
    'negotiate',
    ['nmod:with'],
    ['dialogue', 'dialog', 'consultation', 'conversation', 'discussion', 'exchange', 'mediation', 'contact'],
  ),
  ...nouns(
    'NEGOTIATED_WITH',
    'phone',
    // "took a call from X": a call runs both ways whoever placed it
    ['nmod:with', 'nmod:to', 'nmod:from'],
    ['call', 'phone', 'telephone', 'videoconference', 'video-call', 'phone-call'],
  ),
  // VISIT
  ...nouns(
    'VISITED',
    'visit',
    ['nmod:to', 'nmod:of'],
    ['visit', 'trip', 'tour', 'journey', 'voyage', 'stopover', 'arrival'],
  ),
  ...nouns('HOSTED', 'host', ['nmod:for', 'nmod:of'], ['reception', 'welcome', 'hospitality']),
  // COOPERATE (031): assurances
  ...nouns(
    'REASSURED',
    'assure',
    ['nmod:to'],
    ['assurance', 'reassurance', 'pledge', 'promise', 'guarantee', 'commitment'],
  ),
  // AGREE (057)
  ...nouns('SIGNED_AGREEMENT_WITH', 'agree', WITH, [
    'agreement',
    'treaty',
    'deal',
    'accord',
    'memorandum',
    'pact',
    'contract',
    'declaration',
    'roadmap',
    'protocol',
    'convention',
    'ceasefire',
    'truce',
    'settlement',
    'compact',
    // what two sides come to without a signed text ("reached an understanding with X", "a compromise with X")
    'understanding',
    'consensus',
    'compromise',
    'arrangement',
    'charter',
    'communique',
  ]),
  // COOPERATE (030)
  ...nouns(
    'SEEKS_COOPERATION_WITH',
    'cooperate',
    ['nmod:with'],
    [
      'cooperation',
      'co-operation',
      'collaboration',
      'partnership',
      'rapprochement',
      'engagement',
      'integration',
      'normalization',
      'normalisation',
      'reconciliation',
      'detente',
      'reset',
      'outreach',

      // "held joint exercises": done together, so with each other when no one else is named
      'exercise',
      'drill',
      'maneuver',
      'manoeuvre',
    ],
  ),
  // overtures and gestures made to another ("made overtures to X", "a goodwill gesture towards X")
  ...nouns(
    'SEEKS_COOPERATION_WITH',
    'cooperate',
    ['nmod:to', 'nmod:toward', 'nmod:towards'],
    ['overture', 'gesture', 'advance', 'olive-branch'],
  ),
  // COOPERATE (061): trade
  ...nouns('TRADES_WITH', 'trade', ['nmod:with'], ['trade', 'commerce', 'turnover']),
  ...nouns('TRADES_WITH', 'trade', ['nmod:with', 'nmod:in', 'nmod:into'], ['investment', 'stake']),
  ...nouns(
    'TRADES_WITH',
    'trade',
    ['nmod:to', 'nmod:into'],
    ['export', 'shipment', 'supply', 'delivery', 'sale', 'loan', 'transit'],
  ),
  ...nouns('TRADES_WITH', 'trade', ['nmod:from'], ['import', 'purchase']),
  // needing another for what it supplies ("its reliance on Russia for gas", "dependence on Chinese credit")
  ...nouns('TRADES_WITH', 'trade', ['nmod:on', 'nmod:upon'], ['reliance', 'dependence', 'dependency', 'overreliance']),
  // Alignment
  ...nouns('ALIGNING_WITH', 'align', ['nmod:of', 'nmod:for', 'nmod:to'], ['ally', 'friend', 'partner', 'brother']),
  // "an alliance with X", "solidarity with X"
  ...nouns(
    'ALIGNING_WITH',
    'align',
    ['nmod:with', 'nmod:of', 'nmod:for', 'nmod:to'],
    ['alliance', 'friendship', 'brotherhood', 'solidarity'],
  ),
  // AID and support (05, 07)
  ...nouns(
    'SUPPORTED',
    'aid',
    ['nmod:to', 'nmod:for'],
    ['aid', 'assistance', 'help', 'donation', 'grant', 'funding', 'relief', 'weapon', 'arm', 'lifeline', 'bailout'],
  ),
  ...nouns(
    'SUPPORTED',
    'support',
    ['nmod:for', 'nmod:of', 'nmod:to', 'nmod:in', 'nmod:with'],
    [
      'support',
      'backing',
      'praise',
      'gratitude',
      'thanks',
      'congratulation',
      'condolence',
      'endorsement',
      'confidence',
      'trust',
      'respect',
      'sympathy',
      'admiration',
      'appreciation',
      'recognition',
    ],
  ),
  // the doers of giving and trading: "X is Y's largest investor", "X, a major donor to Y", "the biggest investor in Y"
  ...nouns(
    'TRADES_WITH',
    'trade',
    ['nmod:in', 'nmod:to', 'nmod:of', 'nmod:for'],
    ['investor', 'creditor', 'lender', 'supplier', 'exporter', 'buyer', 'customer', 'importer'],
  ).map((n) => ({ ...n, agentive: true })),
  ...nouns(
    'SUPPORTED',
    'support',
    ['nmod:to', 'nmod:of', 'nmod:for', 'nmod:in'],
    ['donor', 'backer', 'supporter', 'sponsor', 'benefactor', 'patron', 'champion', 'defender', 'guarantor'],
  ).map((n) => ({ ...n, agentive: true })),
  // "X, a vocal critic of Y", "X is an opponent of Y", "Y's fiercest critic"
  ...nouns('CRITICIZED', 'criticize', ['nmod:of'], ['critic', 'detractor', 'opponent'], false).map((n) => ({
    ...n,
    agentive: true,
  })),
  ...nouns('RELATIONS_WORSENING', 'reduce', ['nmod:of'], ['enemy', 'foe', 'adversary', 'rival', 'nemesis']).map(
    (n) => ({ ...n, agentive: true }),
  ),
  // Relations and ties: good or bad only by what is said of them
  ...nouns('RELATIONS_IMPROVING', 'relations', ['nmod:with'], ['relation', 'relationship'], true),
  // "closer ties to X", "stronger links to X"; not "relation to", which mostly means "regarding"
  ...nouns('RELATIONS_IMPROVING', 'relations', ['nmod:with', 'nmod:to'], ['tie', 'bond', 'link'], true),
  // Member of
  ...nouns(
    'MEMBER_OF',
    'member',
    ['nmod:of', 'nmod:in'],
    [
      'member',
      'membership',
      'accession',
      'participation',
      // "Kazakhstan's chairmanship of the CSTO": a body one chairs one belongs to
      'chairmanship',
      'chair',
    ],
  ),
  // Sanctions (163)
  ...nouns(
    'SANCTIONED',
    'sanction',
    ['nmod:on', 'nmod:against', 'nmod:of'],
    // "an asset freeze on X", "punitive measures against X", "duties on X"
    [
      'sanction',
      'embargo',
      'restriction',
      'penalty',
      'blacklisting',
      'designation',
      'tariff',
      'ban',
      'freeze',
      'measure',
      'countermeasure',
      'duty',
    ],
  ),
  // ACCUSE / DISAPPROVE
  ...nouns(
    'CRITICIZED',
    'criticize',
    ['nmod:of', 'nmod:against', 'nmod:at', 'nmod:on'],
    [
      'criticism',
      'condemnation',
      'accusation',
      'reprimand',
      'denunciation',
      'complaint',
      'protest',
      'censure',
      'attack',
      'outrage',
      'anger',
      'indignation',
      'displeasure',
      'dissatisfaction',
      'allegation',
      'blame',
      'uproar',
      'backlash',
      'frustration',
      'ire',
    ],
  ),
  // a jibe or a rebuke is aimed at its target or delivered to it ("a swipe at Moscow", "a rebuke to Beijing")
  ...nouns(
    'CRITICIZED',
    'criticize',
    ['nmod:at', 'nmod:to', 'nmod:of', 'nmod:against'],
    [
      'jibe',
      'barb',
      'swipe',
      'rebuke',
      'affront',
      'insult',
      'broadside',
      'tirade',
      'reproach',
      'diatribe',
      'scolding',
      'dressing-down',
      'tongue-lashing',
    ],
  ),
  // scorn poured on another ("poured scorn on X", "contempt for X")
  ...nouns(
    'CRITICIZED',
    'criticize',
    ['nmod:on', 'nmod:for', 'nmod:at', 'nmod:toward', 'nmod:towards'],
    ['scorn', 'contempt', 'disdain', 'derision'],
  ),
  // a warrant or charges issued "for" or "against" someone (CAMEO 173, legal action; read with the accusations)
  ...nouns('CRITICIZED', 'criticize', ['nmod:for', 'nmod:against'], ['warrant', 'indictment', 'summons', 'lawsuit']),
  // charges brought against someone ("levelled charges against X"); "in charge of", "a charge for gas" name no one
  ...nouns('CRITICIZED', 'criticize', ['nmod:against'], ['charge']),
  ...nouns('CRITICIZED', 'demand', ['nmod:on', 'nmod:to', 'nmod:of'], ['demand', 'insistence']),
  // DISAPPROVE: worry voiced about another's conduct ("voiced concern over X's …", "raised concerns with X"); a concern
  // may be for someone as well as about them, so below an analyst's 0.6
  ...uncertain(
    nouns(
      'CRITICIZED',
      'criticize',
      ['nmod:over', 'nmod:about', 'nmod:at', 'nmod:regarding', 'nmod:with'],
      ['concern', 'alarm', 'dismay', 'disquiet', 'unease', 'objection', 'reservation', 'grievance', 'regret'],
    ),
  ),
  // a protest or a complaint is lodged with, sent to, or made about another
  ...nouns(
    'CRITICIZED',
    'criticize',
    ['nmod:with', 'nmod:to', 'nmod:over', 'nmod:about', 'nmod:against', 'nmod:at', 'nmod:on'],
    ['protest', 'complaint'],
  ),
  // REJECT
  ...nouns('REJECTED', 'reject', ['nmod:of'], ['rejection', 'refusal', 'veto', 'rebuff', 'denial']),
  // a snub is "of" or "to" the one turned down
  ...nouns('REJECTED', 'reject', ['nmod:of', 'nmod:to'], ['snub', 'slight']),
  // REDUCE RELATIONS
  ...nouns(
    'DRIFTING_FROM',
    'reduce',
    ['nmod:from', 'nmod:of'],
    [
      'withdrawal',
      'exit',
      'departure',
      'boycott',
      'distancing',
      'drift',
      'pivot',
      'estrangement',
      'break',
      'rupture',
      'suspension',
      'expulsion',
      'decoupling',
    ],
  ),
  // Worsening relations: tensions, disputes
  ...nouns(
    'RELATIONS_WORSENING',
    'reduce',
    ['nmod:with'],
    [
      'tension',
      'dispute',
      'rift',
      'row',
      'spat',
      'standoff',
      'feud',
      'quarrel',
      'friction',
      'strain',
      'crisis',
      'confrontation',
      'rivalry',
      'hostility',
      'animosity',
      'distrust',
      'mistrust',
      'disagreement',
      'falling-out',
      // "X is at odds with Y", "at loggerheads with Y"
      'odds',
      'loggerheads',
    ],
  ),
  // Influence lost
  ...nouns('LOSING_INFLUENCE_OVER', 'influence', ['nmod:over', 'nmod:in', 'nmod:on'], ['waning', 'erosion']),
  // THREATEN, COERCE
  ...nouns(
    'THREATENED',
    'threaten',
    ['nmod:to', 'nmod:against', 'nmod:of', 'nmod:on'],
    [
      'threat',
      'warning',
      'ultimatum',
      'intimidation',
      'blackmail',
      'provocation',
      'coercion',
      'interference',
      'meddling',
      'harassment',
      'repression',
      'crackdown',
      'persecution',
      'mistreatment',
      'discrimination',
      'treatment',
      'blockade',
      'pressure',
      // answering blows and the threat of them ("retaliation against X", "reprisals on X")
      'retaliation',
      'reprisal',
      'brinkmanship',
    ],
  ),
  // ASSAULT
  ...nouns(
    'INVADED',
    'assault',
    ['nmod:of', 'nmod:on', 'nmod:against', 'nmod:into', 'nmod:in', 'nmod:with'],
    [
      'invasion',
      'occupation',
      'annexation',
      'aggression',
      'war',
      'offensive',
      'incursion',
      'strike',
      'bombing',
      'shelling',
      'assault',
      'attack',
      'raid',
      'conflict',
      'hostilities',
      'fighting',
      'clash',
      'intervention',
      // "opened fire on X"
      'fire',
    ],
  ),
];

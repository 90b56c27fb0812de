/**
 * The controlled vocabulary of relations between actors: the only relationship
 * types the importer may write between Actor nodes. Polarity runs from -1
 * (conflictual) to +1 (cooperative), in the spirit of CAMEO's Goldstein scale;
 * codes name the nearest PLOVER event type and CAMEO root/sub-code.
 */
export interface RelationTypeInfo {
  polarity: number;
  plover?: string;
  cameo?: string;
  description: string;
  /** true for relations that hold in both directions (a meeting) */
  symmetric?: boolean;
}

export const RELATION_TYPES = {
  MET: { polarity: 0.4, plover: 'CONSULT', cameo: '040', description: 'met or held talks with', symmetric: true },
  VISITED: { polarity: 0.4, plover: 'CONSULT', cameo: '042', description: 'made a visit to' },
  HOSTED: { polarity: 0.4, plover: 'CONSULT', cameo: '043', description: 'hosted a visit by' },
  NEGOTIATED_WITH: { polarity: 0.5, plover: 'CONSULT', cameo: '046', description: 'negotiated with', symmetric: true },
  REASSURED: { polarity: 0.3, plover: 'COOPERATE', cameo: '031', description: 'gave assurances to' },
  SIGNED_AGREEMENT_WITH: {
    polarity: 0.6,
    plover: 'AGREE',
    cameo: '057',
    description: 'signed an agreement with',
    symmetric: true,
  },
  SEEKS_COOPERATION_WITH: {
    polarity: 0.5,
    plover: 'COOPERATE',
    cameo: '030',
    description: 'expressed interest in cooperating with',
  },
  TRADES_WITH: { polarity: 0.4, plover: 'COOPERATE', cameo: '061', description: 'trade or economic ties growing with' },
  ALIGNING_WITH: { polarity: 0.6, plover: 'COOPERATE', cameo: '05', description: 'moving closer to' },
  SUPPORTED: { polarity: 0.7, plover: 'AID', cameo: '05', description: 'supported' },
  RELATIONS_IMPROVING: {
    polarity: 0.6,
    plover: 'COOPERATE',
    cameo: '05',
    description: 'relations improving with',
    symmetric: true,
  },
  MEMBER_OF: { polarity: 0, description: 'is a member of' },
  COMPLIES_WITH_SANCTIONS_AGAINST: {
    polarity: -0.5,
    plover: 'SANCTION',
    cameo: '163',
    description: 'complies with sanctions against',
  },
  SANCTIONED: { polarity: -0.7, plover: 'SANCTION', cameo: '163', description: 'imposed sanctions on' },
  CRITICIZED: { polarity: -0.4, plover: 'ACCUSE', cameo: '111', description: 'criticized' },
  REJECTED: { polarity: -0.4, plover: 'REJECT', cameo: '12', description: 'rejected a request or proposal of' },
  FAILED_TO_SUPPORT: { polarity: -0.5, plover: 'REDUCE', cameo: '16', description: 'failed to help' },
  DRIFTING_FROM: { polarity: -0.6, plover: 'REDUCE', cameo: '16', description: 'turning away from' },
  RELATIONS_WORSENING: {
    polarity: -0.6,
    plover: 'REDUCE',
    cameo: '16',
    description: 'relations worsening with',
    symmetric: true,
  },
  LOSING_INFLUENCE_OVER: { polarity: -0.5, description: 'losing influence over' },
  THREATENED: { polarity: -0.8, plover: 'THREATEN', cameo: '13', description: 'threatened' },
  INVADED: { polarity: -1, plover: 'ASSAULT', cameo: '192', description: 'invaded or occupied territory of' },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/**
 * The actor-to-actor projection: one tie per (source, target, relation type)
 * summarising that dyad's assertions, so traversals expand one relationship per
 * neighbour and type instead of every parallel assertion. Its relationship type
 * is the relation's own, prefixed, so that a hub expands by type.
 */
const TIE_PREFIX = 'TIE_';
export const tieTypeOf = (type: RelationType): string => `${TIE_PREFIX}${type}`;
export const TIE_TYPE_NAMES = RELATION_TYPE_NAMES.map(tieTypeOf);

export const ACTOR_KINDS = ['Person', 'Country', 'Organization', 'Media', 'Region'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const MODALITIES = ['asserted', 'hedged', 'denied'] as const;
export type Modality = (typeof MODALITIES)[number];

/** How much an assertion counts towards a dyad's score: 'may have' half, a denial nothing. */
export const MODALITY_WEIGHT: Record<Modality, number> = { asserted: 1, hedged: 0.5, denied: 0 };

export const EVENT_KINDS = ['meeting', 'summit', 'press_conference', 'visit', 'talks', 'conflict', 'other'] as const;

/**
 * Adjectives of the relation lexicon: stances predicated of the subject
 * ("X is critical of Y", "X remains loyal to Y", "X is grateful to Y"),
 * with the prepositions that carry their target, or the noun they go
 * through ("open to cooperation with Y").
 */
import type { RelationType } from '../../domain/vocabulary.js';
import type { AdjectiveEntry, Family } from './lexicon-entries.js';

const adjectives = (
  type: RelationType,
  family: Family,
  targets: readonly string[],
  lemmas: readonly string[],
): AdjectiveEntry[] => lemmas.map((lemma) => ({ lemma, type, family, targets }));

export const ADJECTIVES: readonly AdjectiveEntry[] = [
  ...adjectives(
    'CRITICIZED',
    'criticize',
    ['obl:of', 'obl:with', 'obl:at', 'obl:about', 'obl:toward', 'obl:towards', 'obl:over'],
    [
      'critical',
      'angry',
      'furious',
      'unhappy',
      'dissatisfied',
      'frustrated',
      'disappointed',
      'indignant',
      'outraged',
      'scathing',
      'dismissive',
      'contemptuous',
      'resentful',
      'irritated',
      'annoyed',
    ],
  ),
  ...adjectives(
    'CRITICIZED',
    'criticize',
    ['obl:of'],
    ['wary', 'suspicious', 'distrustful', 'skeptical', 'sceptical', 'mistrustful'],
  ),
  ...adjectives(
    'THREATENED',
    'threaten',
    ['obl:to', 'obl:toward', 'obl:towards'],
    ['hostile', 'threatening', 'aggressive', 'belligerent'],
  ),
  ...adjectives(
    'SUPPORTED',
    'support',
    ['obl:of', 'obl:to', 'obl:toward', 'obl:towards'],
    ['supportive', 'grateful', 'thankful', 'sympathetic', 'appreciative', 'favorable', 'favourable', 'generous'],
  ),
  ...adjectives(
    'ALIGNING_WITH',
    'align',
    ['obl:to', 'obl:with'],
    ['loyal', 'close', 'closer', 'friendly', 'allied', 'aligned', 'faithful', 'committed', 'devoted', 'attached'],
  ),
  ...adjectives(
    'SEEKS_COOPERATION_WITH',
    'cooperate',
    ['obl:to', 'obl:with', 'obl:to>nmod:with', 'obl:for>nmod:with'],
    ['open', 'receptive', 'ready', 'eager', 'willing', 'keen', 'interested'],
  ),
  ...adjectives(
    'DRIFTING_FROM',
    'reduce',
    ['obl:from'],
    ['independent', 'distant', 'estranged', 'detached', 'isolated', 'absent'],
  ),
  // a stance that has cooled ("Baku has grown cool towards Moscow", "remains aloof from X")
  ...adjectives(
    'DRIFTING_FROM',
    'reduce',
    ['obl:to', 'obl:toward', 'obl:towards', 'obl:from'],
    ['cool', 'cold', 'frosty', 'chilly', 'lukewarm', 'aloof', 'standoffish'],
  ),
  // owing or bound to another ("indebted to X", "beholden to Moscow")
  ...adjectives('ALIGNING_WITH', 'align', ['obl:to'], ['indebted', 'beholden', 'warm', 'cordial']),
  ...adjectives('CRITICIZED', 'criticize', ['obl:to'], ['opposed', 'averse']),
  ...adjectives('TRADES_WITH', 'trade', ['obl:on', 'obl:upon'], ['dependent', 'reliant']),
  ...adjectives('MEMBER_OF', 'member', ['obl:of'], ['part']),
];

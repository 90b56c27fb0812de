/**
 * A run of tokens taken for one name, with the kind of actor it names: what
 * the readers of names hand on before a span becomes a mention (kept apart so
 * that they can share it without importing one another).
 */
import type { ActorKind } from '../../domain/vocabulary.js';
import type { Sentence, Token } from '../parse/document.js';

export interface EntitySpan {
  sentence: Sentence;
  tokens: Token[];
  kind: ActorKind;
}

/** A frame read at one predicate: its type, its ends, the shape it was read in and its modality. */
import type { RelationType } from '../../domain/vocabulary.js';
import type { End } from './arguments.js';
import type { Modality } from './modality.js';
import type { Shape } from './types.js';

export interface Frame {
  type: RelationType;
  entry: string;
  pred: number;
  sources: End[];
  targets: End[];
  shape: Shape;
  /** both sides named together ("between A and B", "A and B met") */
  pairs?: End[];
  remote?: boolean;
  /** done by each of the pairs to the other ("A and B accused each other"): matches either way round */
  mutual?: boolean;
  /** the targets were received together ("hosted A and B"): they meet one another too */
  together?: boolean;
  modality: Modality;
}

/** the country a person serves (from the gazetteer's roles on the article's date), if one */
export type HomeOf = (personId: string) => string | undefined;

/** Relations and meetings read off the parse: frames.ts reads, lexicon*.ts says which words count. */
export { findRelations } from './frames.js';
export type { ExtractedRelation, Reading, Shape, Via } from './types.js';

/** "X is critical of Y", "X remains loyal to Y": a stance predicated of the subject. */
import type { Sentence } from '../parse/document.js';
import type { Arguments } from './arguments.js';
import { adjectiveEntry, entryKey } from './lexicon.js';
import { modalityOf } from './modality.js';
import type { Frame } from './frame.js';
import { SUBJECT, subjectsOf, throughNouns, uniq } from './dependents.js';

/** "X is critical of Y", "X remains loyal to Y": a stance predicated of the subject */
export function adjectiveFrame(s: Sentence, a: number, args: Arguments): Frame | undefined {
  const entry = adjectiveEntry(s.token(a).lemma.toLowerCase());
  if (!entry) return undefined;
  const targets = throughNouns(s, a, entry.targets, args);
  if (targets.length === 0) return undefined;
  // the subject of the copula, or of the verb the adjective completes ("remains loyal to"), or the noun it modifies
  const sources = [
    ...s.children(a, SUBJECT).flatMap((e) => args.actors(s, e.dep)),
    ...s.parents(a, 'xcomp').flatMap((e) => (e.gov > 0 ? subjectsOf(s, e.gov, args) : [])),
    ...s.parents(a, 'amod').flatMap((e) => args.actors(s, e.gov)),
  ];
  if (sources.length === 0) return undefined;
  return {
    type: entry.type,
    entry: entryKey(entry, 'adj'),
    pred: a,
    sources: uniq(sources),
    targets,
    shape: 'copular',
    remote: false,
    modality: modalityOf(s, a),
  };
}

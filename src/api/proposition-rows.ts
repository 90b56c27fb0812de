/**
 * Rows of the proposition queries as typed DTOs: every field is checked where
 * it leaves the data layer, so a changed query fails here with its name, not
 * as an undefined deep in a resolver.
 */
import type { Plain } from '../graph/values.js';
import type { AttestationDTO, ContradictionDTO, PropositionDTO } from './dto.js';

type Fields = Record<string, Plain>;

function fields(value: Plain, what: string): Fields {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${what}: expected a map from the query, got ${JSON.stringify(value)}`);
  return value;
}
const str = (f: Fields, k: string): string => {
  const v = f[k];
  if (typeof v !== 'string') throw new Error(`field ${k}: expected a string, got ${JSON.stringify(v)}`);
  return v;
};
const optStr = (f: Fields, k: string): string | null => (f[k] == null ? null : str(f, k));
const num = (f: Fields, k: string): number => {
  const v = f[k];
  if (typeof v !== 'number') throw new Error(`field ${k}: expected a number, got ${JSON.stringify(v)}`);
  return v;
};
const optNum = (f: Fields, k: string): number | null => (f[k] == null ? null : num(f, k));
const strs = (f: Fields, k: string): string[] => {
  const v = f[k];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new Error(`field ${k}: expected a list of strings, got ${JSON.stringify(v)}`);
  return v as string[];
};

export function propositionOf(row: Plain): PropositionDTO {
  const f = fields(row, 'proposition');
  return {
    id: str(f, 'id'),
    stance: str(f, 'stance') === 'denied' ? 'denied' : 'asserted',
    family: str(f, 'family'),
    subjectId: str(f, 'subjectId'),
    objectId: str(f, 'objectId'),
    symmetric: f.symmetric === true,
    types: strs(f, 'types'),
    polarity: num(f, 'polarity'),
    firstDate: optStr(f, 'firstDate'),
    lastDate: optStr(f, 'lastDate'),
    attestationCount: num(f, 'attestationCount'),
    independentSources: num(f, 'independentSources'),
    sources: strs(f, 'sources'),
    outlets: strs(f, 'outlets'),
    contested: f.contested === true,
  };
}

export function attestationOf(row: Plain): AttestationDTO {
  const f = fields(row, 'attestation');
  return {
    id: str(f, 'id'),
    claimId: optStr(f, 'claimId'),
    articleId: str(f, 'articleId'),
    assertedById: str(f, 'assertedBy'),
    outletId: str(f, 'outletId'),
    type: str(f, 'type'),
    modality: str(f, 'modality'),
    date: optStr(f, 'date'),
    evidence: str(f, 'evidence'),
    sentenceIndex: num(f, 'sentenceIndex'),
    confidence: optNum(f, 'confidence'),
  };
}

export function contradictionOf(row: Plain): ContradictionDTO {
  const f = fields(row, 'contradiction');
  return { propositionId: str(f, 'propositionId'), reason: str(f, 'reason'), strength: num(f, 'strength') };
}

/** A list column of maps (`items`), each mapped. */
export function listOf<T>(value: Plain | undefined, map: (row: Plain) => T): T[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new Error(`expected a list from the query, got ${JSON.stringify(value)}`);
  return value.map(map);
}

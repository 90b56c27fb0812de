/**
 * What a write did, summed over the statements of a transaction or a run: the
 * importer, merges and the propositions' upkeep all report in these four
 * counts, so they live apart from any one of those writers.
 */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export const zeroCounters = (): WriteCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
});

/** Adds `more` (our counters, or a driver summary's `counters.updates()`) into `into`. */
export function addCounters(into: WriteCounters, more: WriteCounters): void {
  into.nodesCreated += more.nodesCreated;
  into.nodesDeleted += more.nodesDeleted;
  into.relationshipsCreated += more.relationshipsCreated;
  into.relationshipsDeleted += more.relationshipsDeleted;
}

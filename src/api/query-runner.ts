/**
 * Every read the API makes goes through here: a named Cypher file, its
 * parameters, a transaction timeout, metadata that names the query in Neo4j's
 * query log, and typed rows out (each decoded by its query's row decoder,
 * rows/queries.ts). It also counts round trips, so tests can prove that a
 * request costs a bounded number of them.
 */
import { integerParams } from '../graph/values.js';
import type { Connection } from '../graph/driver.js';
import { circuitOf } from '../graph/circuit.js';
import { cypher, paramsFor } from '../graph/cypher.js';
import { translateNeo4jError } from '../graph/neo4j-errors.js';
import { readRecords } from '../graph/read.js';
import { decodeRows, type Decoder } from '../graph/row-decode.js';
import { fromDataLayer } from './errors.js';
import type { NamedQuery } from './rows/queries.js';

/** One Cypher call a request made: what a replay through the bare driver needs to do the same work. */
export interface MadeQuery {
  name: string;
  params: Record<string, unknown>;
  row: Decoder<unknown>;
  /**
   * How many of the request's calls had returned when this one started: calls with the same count ran side by
   * side, and a replay that waits for as many of its own calls before starting each one makes the same round trips
   * in the same order.
   */
  after: number;
}

export class QueryRunner {
  /** Cypher round trips made through this runner (one runner per request). */
  calls = 0;
  /** the queries made, with their parameters and row decoders, in order (tests and the benchmark's baseline replay them) */
  readonly queries: MadeQuery[] = [];
  private returned = 0;

  constructor(
    private readonly connection: Connection,
    private readonly timeoutMs: number,
  ) {}

  async rows<Row>(query: NamedQuery<Row>, params: Record<string, unknown>): Promise<Row[]> {
    const { name } = query;
    this.calls += 1;
    this.queries.push({ name, params, row: query.row, after: this.returned });
    try {
      const records = await circuitOf(this.connection).guard(
        () =>
          readRecords(this.connection, cypher(name), paramsFor(name, integerParams(params)), {
            timeoutMs: this.timeoutMs,
            metadata: { app: 'entente-api', query: name },
          }),
        (error) => translateNeo4jError(error, this.connection.target),
      );
      return decodeRows(records, query.row, `cypher/${name}.cypher`);
    } catch (error) {
      throw fromDataLayer(error, this.timeoutMs);
    } finally {
      this.returned += 1;
    }
  }
}

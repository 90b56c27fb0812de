/**
 * Whether a bundled server we just started answers Bolt with its password.
 * The server layer needs only this much of the driver, and opens it itself so
 * that it does not depend on the graph layer above it.
 */
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { Neo4jAuthError } from '../errors.js';

export class BoltProbe {
  private readonly driver: Driver;

  constructor(
    private readonly config: Config,
    password: string,
  ) {
    // No retries and short timeouts: the caller polls, and a wrong password must surface at once.
    this.driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic('neo4j', password), {
      userAgent: 'entente/0.1 (start-up probe)',
      connectionTimeout: config.neo4j.connectTimeoutMs,
      connectionAcquisitionTimeout: config.neo4j.connectTimeoutMs,
      maxTransactionRetryTime: 0,
    });
  }

  /** Resolves once the database runs a query; throws Neo4jAuthError when the password is refused. */
  async answer(): Promise<void> {
    const session = this.driver.session({ database: this.config.neo4j.database });
    try {
      await session.run('RETURN 1');
    } catch (error) {
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') {
        throw new Neo4jAuthError(
          `The bundled Neo4j (instance "${this.config.bundled.instance}") refused its own password. To fix: the password is in neo4j/instances/${this.config.bundled.instance}/credentials.json; if that file was replaced, delete the instance folder and start again.`,
          { cause: error },
        );
      }
      throw error;
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/**
 * Opening a driver and proving it works. The bundled server's password comes
 * from its credentials file; an external server's from the environment.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import { readCredentials } from '../server/credentials.js';
import { instanceLayout } from '../server/layout.js';
import { translateNeo4jError, type Target } from './neo4j-errors.js';

export interface Connection {
  readonly driver: Driver;
  readonly database: string;
  readonly target: Target;
}

export function resolvePassword(config: Config): string {
  if (config.neo4j.external) {
    if (config.neo4j.password === undefined) {
      throw new ConfigError(
        `NEO4J_URI is set (${config.neo4j.uri}) but NEO4J_PASSWORD is not: set the password of user "${config.neo4j.user}".`,
      );
    }
    return config.neo4j.password;
  }
  const credentials = readCredentials(instanceLayout(config).credentials);
  if (credentials === undefined) {
    throw new ConfigError(
      `The bundled Neo4j instance "${config.bundled.instance}" has not been provisioned yet: run \`npx entente db start\` (or \`npm start\`).`,
    );
  }
  return credentials.password;
}

export function openConnection(config: Config, password = resolvePassword(config)): Connection {
  // Bounded everywhere, so that an unreachable server is reported within seconds, not after the driver's 30 s defaults.
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, password), {
    userAgent: 'entente/0.1',
    disableLosslessIntegers: false,
    connectionTimeout: config.neo4j.connectTimeoutMs,
    connectionAcquisitionTimeout: config.neo4j.connectTimeoutMs,
    maxTransactionRetryTime: config.neo4j.retryTimeMs,
    maxConnectionPoolSize: 50,
  });
  return {
    driver,
    database: config.neo4j.database,
    target: { uri: config.neo4j.uri, user: config.neo4j.user, external: config.neo4j.external },
  };
}

/**
 * Authenticates and runs one query, without the driver's transaction retries, so that a bad
 * password or a dead server fails here at once, with a clear message.
 */
export async function verifyConnection(connection: Connection): Promise<void> {
  try {
    await connection.driver.getServerInfo({ database: connection.database });
    // An auto-commit query is not retried, and proves the database itself is online.
    const session = connection.driver.session({ database: connection.database });
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close();
    }
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  }
}

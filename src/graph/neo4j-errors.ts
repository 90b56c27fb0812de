/**
 * Driver errors are classified once, here, into Entente's own errors with a
 * next step. Callers never inspect Neo4j error codes themselves.
 */
import { Neo4jError } from 'neo4j-driver';
import { EntenteError, Neo4jAuthError, Neo4jUnavailableError } from '../errors.js';

export interface Target {
  uri: string;
  user: string;
  external: boolean;
}

export function translateNeo4jError(error: unknown, target: Target): unknown {
  if (error instanceof EntenteError || !(error instanceof Neo4jError)) return error;
  const where = target.external ? `Neo4j at ${target.uri} (NEO4J_URI)` : `the bundled Neo4j at ${target.uri}`;
  if (error.code === 'Neo.ClientError.Security.Unauthorized') {
    const fix = target.external
      ? 'check NEO4J_USER and NEO4J_PASSWORD'
      : 'the password is in neo4j/instances/<instance>/credentials.json; if that file was replaced, run `entente db reset --yes` or delete the instance folder';
    return new Neo4jAuthError(`${where} refused user "${target.user}": wrong user name or password. To fix: ${fix}.`, {
      cause: error,
    });
  }
  if (error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jAuthError(
      `${where} is rate-limiting logins after failed attempts; wait a few seconds and check the credentials.`,
      { cause: error },
    );
  }
  // A server that accepts connections but does not answer (stopped, wedged, overloaded) shows as a timeout.
  if (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    /Connection (acquisition|establishment) timed out|connection timed out/i.test(error.message)
  ) {
    const fix = target.external
      ? 'check that the server is up and NEO4J_URI is right'
      : 'start it with `npx entente db start` (or `npm start`)';
    // The driver's text for a refused connection is mostly advice on encryption settings, which the bundled
    // server (plain Bolt on 127.0.0.1) never needs: its cause ("connect ECONNREFUSED …") is what tells.
    const reason = target.external ? error.message : (/Caused by: (.+)$/s.exec(error.message)?.[1] ?? error.message);
    return new Neo4jUnavailableError(`Cannot reach ${where}: ${reason}. To fix: ${fix}.`, { cause: error });
  }
  return error;
}

/**
 * Every failure Entente reports to a person is an EntenteError: a stable code
 * for programs, and a message that says what to do next. Library code throws
 * these; only the CLI edge turns them into exit codes.
 */
type ErrorCode =
  | 'CONFIG_INVALID'
  | 'PROVISION_FAILED'
  | 'SERVER_START_FAILED'
  | 'SERVER_UNSUPPORTED'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_AUTH_FAILED'
  | 'NEO4J_QUERY_FAILED'
  | 'CYPHER_MISSING'
  | 'INPUT_INVALID'
  | 'NOT_FOUND'
  | 'NLP_UNAVAILABLE'
  | 'NLP_FAILED'
  | 'DEPENDENCY_MISSING'
  | 'MODEL_INVALID';

export class EntenteError extends Error {
  override readonly name: string = 'EntenteError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class ConfigError extends EntenteError {
  override readonly name = 'ConfigError';
  constructor(message: string) {
    super('CONFIG_INVALID', message);
  }
}

export class ProvisionError extends EntenteError {
  override readonly name = 'ProvisionError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('PROVISION_FAILED', message, options);
  }
}

export class ServerStartError extends EntenteError {
  override readonly name = 'ServerStartError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('SERVER_START_FAILED', message, options);
  }
}

export class Neo4jUnavailableError extends EntenteError {
  override readonly name = 'Neo4jUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEO4J_UNAVAILABLE', message, options);
  }
}

export class Neo4jAuthError extends EntenteError {
  override readonly name = 'Neo4jAuthError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEO4J_AUTH_FAILED', message, options);
  }
}

export class UnsupportedServerError extends EntenteError {
  override readonly name = 'UnsupportedServerError';
  constructor(message: string) {
    super('SERVER_UNSUPPORTED', message);
  }
}

export class CypherMissingError extends EntenteError {
  override readonly name = 'CypherMissingError';
  constructor(message: string) {
    super('CYPHER_MISSING', message);
  }
}

/** The parser could not be reached or is not ready; the message names the setting to check. */
export class NlpUnavailableError extends EntenteError {
  override readonly name = 'NlpUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('NLP_UNAVAILABLE', message, options);
  }
}

/** The parser answered, but not with a parse (the text was refused, or the parser failed on it). */
export class NlpFailedError extends EntenteError {
  override readonly name = 'NlpFailedError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('NLP_FAILED', message, options);
  }
}

/** An npm package Entente needs is not installed (node_modules is out of date); the message says to run `npm ci`. */
export class DependencyMissingError extends EntenteError {
  override readonly name = 'DependencyMissingError';
  constructor(message: string) {
    super('DEPENDENCY_MISSING', message);
  }
}

/**
 * A learned model shipped as data (data/*.json) is missing, malformed, or was
 * trained on features the code no longer computes; the message names the file
 * and the command that regenerates it.
 */
export class ModelInvalidError extends EntenteError {
  override readonly name = 'ModelInvalidError';
  constructor(message: string) {
    super('MODEL_INVALID', message);
  }
}

/** A merge or split of actors that cannot be done as asked; nothing was changed. */
export class ActorMergeError extends EntenteError {
  override readonly name = 'ActorMergeError';
  constructor(code: 'INPUT_INVALID' | 'NOT_FOUND', message: string) {
    super(code, message);
  }
}

/**
 * A query returned a row its decoder does not accept: the Cypher file and its
 * row decoder (src/api/rows/queries.ts for the API's) disagree. A bug, never the caller's input.
 */
export class RowShapeError extends EntenteError {
  override readonly name = 'RowShapeError';
  constructor(
    readonly at: string,
    reason: string,
  ) {
    super(
      'NEO4J_QUERY_FAILED',
      `${at}: ${reason}. The Cypher file and its row decoder (src/api/rows/queries.ts for the API's) disagree; change one to match the other.`,
    );
  }
}

export function isEntenteError(e: unknown): e is EntenteError {
  return e instanceof EntenteError;
}

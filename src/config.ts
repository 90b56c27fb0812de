/**
 * The one place that reads the environment. Every setting, its default and its
 * meaning is in SETTINGS below (the README's configuration table mirrors it);
 * the rest of the code receives a validated, resolved Config and never looks
 * at process.env itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from './errors.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Each schema carries its expectation in words, so an invalid value is reported as
// `expected a whole number from 1 to 65535`, never as zod's "expected number, received NaN".
const wholeNumber = (min: number, max?: number) => {
  const error = max === undefined ? `a whole number, ${min} or more` : `a whole number from ${min} to ${max}`;
  const atLeast = z.coerce.number({ error }).int({ error }).min(min, { error });
  return max === undefined ? atLeast : atLeast.max(max, { error });
};
const port = wholeNumber(1, 65535);
const positiveInt = wholeNumber(1);
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 2g');
const bool = z
  .enum(['true', 'false', '1', '0'], { error: 'true or false (or 1 or 0)' })
  .transform((v) => v === 'true' || v === '1');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of ${values.join(', ')}` });
const instanceName = z.string().regex(/^[a-z0-9-]+$/, 'a name of lower-case letters, digits and dashes');
/** KEY:ROLE pairs, checked with the other settings so that every problem is listed at once (the keys stay hidden). */
const apiKeys = z.string().transform((spec, ctx): { key: string; role: 'reader' | 'importer' }[] => {
  if (spec.trim() === '') return [];
  return spec.split(',').flatMap((entry, i) => {
    const [key = '', role = ''] = entry.trim().split(':');
    if (key.length < 16)
      ctx.addIssue({
        code: 'custom',
        message: `keys of at least 16 characters, but entry ${i + 1}'s is shorter; generate one with \`openssl rand -hex 24\``,
      });
    else if (role !== 'reader' && role !== 'importer')
      ctx.addIssue({
        code: 'custom',
        message: `KEY:ROLE pairs, but entry ${i + 1}'s role "${role}" is not one of reader, importer`,
      });
    else return [{ key, role }];
    return [];
  });
});

interface Setting {
  env: string;
  default: string | undefined;
  schema: z.ZodType;
  doc: string;
  secret?: boolean;
}

const SETTINGS = {
  neo4jUri: {
    env: 'NEO4J_URI',
    default: undefined,
    schema: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'a bolt:// or neo4j:// URI')
      .optional(),
    doc: 'Use this Neo4j (Aura, Docker, a cluster) instead of the bundled server; nothing is provisioned.',
  },
  neo4jUser: {
    env: 'NEO4J_USER',
    default: 'neo4j',
    schema: z.string().min(1),
    doc: 'User name for NEO4J_URI (the bundled server always uses neo4j).',
  },
  neo4jPassword: {
    env: 'NEO4J_PASSWORD',
    default: undefined,
    schema: z.string().min(8, "at least 8 characters (Neo4j's minimum)").optional(),
    doc: 'Password for NEO4J_URI; for the bundled server, the password set at first provisioning (otherwise a random one is generated).',
    secret: true,
  },
  neo4jDatabase: { env: 'NEO4J_DATABASE', default: 'neo4j', schema: z.string().min(1), doc: 'Database name.' },
  instance: {
    env: 'ENTENTE_NEO4J_INSTANCE',
    default: 'main',
    schema: instanceName,
    doc: 'Name of the bundled instance (its folder under neo4j/instances/). The tests use their own, "test".',
  },
  boltPort: {
    env: 'ENTENTE_NEO4J_BOLT_PORT',
    default: '7687',
    schema: port,
    doc: 'Bolt port of the bundled server (127.0.0.1 only).',
  },
  httpPort: {
    env: 'ENTENTE_NEO4J_HTTP_PORT',
    default: '7474',
    schema: port,
    doc: 'HTTP port of the bundled server and its Browser.',
  },
  heap: { env: 'ENTENTE_NEO4J_HEAP', default: '2g', schema: memorySize, doc: 'JVM heap of the bundled server.' },
  pagecache: {
    env: 'ENTENTE_NEO4J_PAGECACHE',
    default: '1g',
    schema: memorySize,
    doc: 'Page cache of the bundled server; raise it toward the store size for large graphs.',
  },
  txMemory: {
    env: 'ENTENTE_NEO4J_TX_MEMORY',
    default: '1g',
    schema: memorySize,
    doc: 'Memory all running transactions may use together.',
  },
  java: {
    env: 'ENTENTE_JAVA',
    default: 'java',
    schema: z.string().min(1),
    doc: 'Java 17 or 21 executable for the bundled servers (Neo4j and the CoreNLP host).',
  },
  mvn: {
    env: 'ENTENTE_MVN',
    default: 'mvn',
    schema: z.string().min(1),
    doc: 'Maven executable used to provision the bundled servers (Neo4j and CoreNLP).',
  },
  startTimeout: {
    env: 'ENTENTE_NEO4J_START_TIMEOUT_MS',
    default: '180000',
    schema: positiveInt,
    doc: 'How long to wait for the bundled server to answer a query.',
  },
  connectTimeout: {
    env: 'ENTENTE_NEO4J_CONNECT_TIMEOUT_MS',
    default: '1000',
    schema: positiveInt,
    doc: 'How long to wait for a connection to Neo4j (TCP, handshake, login, or a free pooled one) before failing.',
  },
  retryTime: {
    env: 'ENTENTE_NEO4J_RETRY_MS',
    default: '0',
    schema: wholeNumber(0),
    doc: 'How long the driver itself retries a failed transaction; 0 tells API clients of an outage at once (the importer retries deadlocks itself and waits out an unreachable server, reporting each attempt).',
  },
  importRetryTime: {
    env: 'ENTENTE_IMPORT_RETRY_MS',
    default: '120000',
    schema: wholeNumber(0),
    doc: 'How long `entente import` keeps retrying while Neo4j is unreachable, reporting each attempt, before failing the batch.',
  },
  maxConcurrency: {
    env: 'ENTENTE_API_MAX_CONCURRENCY',
    default: '16',
    schema: positiveInt,
    doc: 'GraphQL requests executed at once (each holds Neo4j connections); more wait in the queue.',
  },
  maxQueue: {
    env: 'ENTENTE_API_MAX_QUEUE',
    default: '64',
    schema: wholeNumber(0),
    doc: 'GraphQL requests that may wait for a slot; beyond it, requests are shed at once with 503 and Retry-After.',
  },
  queueTimeout: {
    env: 'ENTENTE_API_QUEUE_TIMEOUT_MS',
    default: '1000',
    schema: positiveInt,
    doc: 'How long a request may wait in the queue before it is shed with 503 and Retry-After.',
  },
  requestDeadline: {
    env: 'ENTENTE_API_REQUEST_DEADLINE_MS',
    default: '1500',
    schema: positiveInt,
    doc: 'A query not answered this long after it arrived (queue included) is answered 503 with Retry-After; its work still finishes in its slot. Mutations are always waited for.',
  },
  searchCountLimit: {
    env: 'ENTENTE_SEARCH_COUNT_LIMIT',
    default: '10000',
    schema: positiveInt,
    doc: "`search` counts hits exactly up to this many; beyond it, `totalCount` is this number and `totalIsLowerBound` is true (Elasticsearch's track_total_hits). Counting every hit of a common word reads the whole index.",
  },
  propositionCountLimit: {
    env: 'ENTENTE_PROPOSITION_COUNT_LIMIT',
    default: '10000',
    schema: positiveInt,
    doc: '`propositions` counts its propositions exactly up to this many; beyond it, `totalCount` is this number and `totalIsLowerBound` is true. Counting every contested proposition, or every one of a hub, reads an index entry for each, a number that grows with the graph.',
  },
  queryTimeout: {
    env: 'ENTENTE_QUERY_TIMEOUT_MS',
    default: '15000',
    schema: positiveInt,
    doc: 'Neo4j transaction timeout for API reads.',
  },
  apiHost: {
    env: 'ENTENTE_API_HOST',
    default: '127.0.0.1',
    schema: z.string().min(1),
    doc: 'Interface the GraphQL server listens on.',
  },
  apiPort: { env: 'ENTENTE_API_PORT', default: '4000', schema: port, doc: 'Port of the GraphQL server.' },
  apiKeys: {
    env: 'ENTENTE_API_KEYS',
    default: '',
    schema: apiKeys,
    doc: 'Comma-separated KEY:ROLE pairs (roles: reader, importer), e.g. "s3cret:importer". Keys must be 16+ characters.',
    secret: true,
  },
  requireKeyForReads: {
    env: 'ENTENTE_REQUIRE_KEY_FOR_READS',
    default: 'false',
    schema: bool,
    doc: 'When true, queries need an API key too (mutations always do).',
  },
  apiExplorer: {
    env: 'ENTENTE_API_EXPLORER',
    default: 'graphiql',
    schema: oneOf(['graphiql', 'sandbox']),
    doc: 'What a browser gets at /graphql: graphiql (served by the API from npm packages, works offline) or sandbox (Apollo Sandbox, loaded from a CDN). GraphiQL is always at /explorer.',
  },
  nlpUrl: {
    env: 'ENTENTE_NLP_URL',
    default: undefined,
    schema: z
      .string()
      .regex(/^https?:\/\/.+/, 'an http:// URL such as http://127.0.0.1:9000')
      .optional(),
    doc: "Use a CoreNLP server you already run (StanfordCoreNLPServer or Entente's host) instead of the bundled parser; nothing is provisioned.",
  },
  nlpToken: {
    env: 'ENTENTE_NLP_TOKEN',
    default: '',
    schema: z.string(),
    doc: 'Token sent as X-Entente-Token to ENTENTE_NLP_URL, for an Entente host started elsewhere (its state file holds it); empty for a StanfordCoreNLPServer.',
    secret: true,
  },
  nlpInstance: {
    env: 'ENTENTE_NLP_INSTANCE',
    default: 'main',
    schema: instanceName,
    doc: 'Name of the bundled CoreNLP host (its state and log under nlp/run/<name>/). The tests use their own, "test".',
  },
  nlpPort: {
    env: 'ENTENTE_NLP_PORT',
    default: '9010',
    schema: port,
    doc: 'Port of the bundled CoreNLP host (it listens on 127.0.0.1 only).',
  },
  nlpHeap: {
    env: 'ENTENTE_NLP_HEAP',
    default: '4g',
    schema: memorySize,
    doc: 'JVM heap of the bundled CoreNLP host (the coreference models need 3-5 GB).',
  },
  nlpAutostart: {
    env: 'ENTENTE_NLP_AUTOSTART',
    default: 'true',
    schema: bool,
    doc: 'Start the bundled CoreNLP host on demand (extract, import --extract, npm start); false: only `entente nlp start` starts it.',
  },
  nlpStartTimeout: {
    env: 'ENTENTE_NLP_START_TIMEOUT_MS',
    default: '600000',
    schema: positiveInt,
    doc: 'How long to wait for the bundled CoreNLP host to load its models (about 1-2 minutes on a busy 2-core machine).',
  },
  nlpMaxChars: {
    env: 'ENTENTE_NLP_MAX_CHARS',
    default: '100000',
    schema: positiveInt,
    doc: 'Longest article text (characters) sent to the parser; a longer one is refused with its size, before any parsing or writing.',
  },
  nlpTimeout: {
    env: 'ENTENTE_NLP_TIMEOUT_MS',
    default: '120000',
    schema: positiveInt,
    doc: 'How long one article may take to parse before the request is abandoned.',
  },
  nlpCacheDir: {
    env: 'ENTENTE_NLP_CACHE_DIR',
    default: '',
    schema: z.string(),
    doc: 'When set, parses are cached in this folder by text, date and parser version (useful when re-extracting the same articles).',
  },
  propositionWindowDays: {
    env: 'ENTENTE_PROPOSITION_WINDOW_DAYS',
    default: '30',
    schema: wholeNumber(0, 3650),
    doc: 'Two reports of the same relation between the same actors attest one proposition when their dates lie at most this many days apart (chained: each report within the window of the previous one).',
  },
  logLevel: {
    env: 'ENTENTE_LOG_LEVEL',
    default: 'info',
    schema: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    doc: 'Log level of the servers (logs go to stderr).',
  },
} satisfies Record<string, Setting>;

type Settings = typeof SETTINGS;
type Raw = { [K in keyof Settings]: z.output<Settings[K]['schema']> };

export type ApiRole = 'reader' | 'importer';
export interface ApiKey {
  key: string;
  role: ApiRole;
}

export interface Config {
  readonly neo4j: {
    /** true when NEO4J_URI points at a server Entente does not manage */
    readonly external: boolean;
    readonly uri: string;
    readonly user: string;
    readonly password: string | undefined;
    readonly database: string;
    /** connecting, logging in and acquiring a pooled connection, each bounded by this */
    readonly connectTimeoutMs: number;
    /** the driver's own retries of transient failures */
    readonly retryTimeMs: number;
    /** the importer's retries while the server is unreachable, each one reported */
    readonly importRetryTimeMs: number;
  };
  readonly bundled: {
    readonly instance: string;
    readonly neo4jDir: string;
    readonly home: string;
    readonly boltPort: number;
    readonly httpPort: number;
    readonly heap: string;
    readonly pagecache: string;
    readonly txMemory: string;
    readonly java: string;
    readonly mvn: string;
    readonly startTimeoutMs: number;
  };
  readonly api: {
    readonly host: string;
    readonly port: number;
    readonly keys: readonly ApiKey[];
    readonly requireKeyForReads: boolean;
    /** what a browser gets at /graphql */
    readonly explorer: 'graphiql' | 'sandbox';
    readonly queryTimeoutMs: number;
    /** requests executing at once, waiting at most, and how long one may wait */
    readonly maxConcurrency: number;
    readonly maxQueue: number;
    readonly queueTimeoutMs: number;
    readonly requestDeadlineMs: number;
    /** search counts hits exactly up to this many, then says "at least" */
    readonly searchCountLimit: number;
    /** propositions counts exactly up to this many, then says "at least" */
    readonly propositionCountLimit: number;
  };
  readonly nlp: {
    /** true when ENTENTE_NLP_URL points at a parser Entente does not manage */
    readonly external: boolean;
    readonly url: string;
    readonly token: string | null;
    readonly nlpDir: string;
    readonly instance: string;
    /** nlp/run/<instance>: the bundled host's state file and log */
    readonly runDir: string;
    /** the bundled host's state file: port, pid and token, mode 600 */
    readonly stateFile: string;
    readonly port: number;
    readonly heap: string;
    /** start the bundled host on demand from extraction and the main job */
    readonly autostart: boolean;
    readonly startTimeoutMs: number;
    readonly maxChars: number;
    readonly timeoutMs: number;
    readonly cacheDir: string | null;
  };
  readonly propositions: {
    /** reports of one relation at most this many days apart attest the same proposition */
    readonly windowDays: number;
  };
  readonly logLevel: Raw['logLevel'];
  readonly projectRoot: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = readSettings(env);
  const neo4jDir = path.join(PROJECT_ROOT, 'neo4j');
  const external = raw.neo4jUri !== undefined;
  return {
    neo4j: {
      external,
      uri: raw.neo4jUri ?? `bolt://127.0.0.1:${raw.boltPort}`,
      // set-initial-password always configures the built-in user
      user: external ? raw.neo4jUser : 'neo4j',
      password: raw.neo4jPassword,
      database: raw.neo4jDatabase,
      connectTimeoutMs: raw.connectTimeout,
      retryTimeMs: raw.retryTime,
      importRetryTimeMs: raw.importRetryTime,
    },
    bundled: {
      instance: raw.instance,
      neo4jDir,
      home: path.join(neo4jDir, 'instances', raw.instance),
      boltPort: raw.boltPort,
      httpPort: raw.httpPort,
      heap: raw.heap,
      pagecache: raw.pagecache,
      txMemory: raw.txMemory,
      java: raw.java,
      mvn: raw.mvn,
      startTimeoutMs: raw.startTimeout,
    },
    api: {
      host: raw.apiHost,
      port: raw.apiPort,
      keys: raw.apiKeys,
      requireKeyForReads: raw.requireKeyForReads,
      explorer: raw.apiExplorer,
      queryTimeoutMs: raw.queryTimeout,
      maxConcurrency: raw.maxConcurrency,
      maxQueue: raw.maxQueue,
      queueTimeoutMs: raw.queueTimeout,
      requestDeadlineMs: raw.requestDeadline,
      searchCountLimit: raw.searchCountLimit,
      propositionCountLimit: raw.propositionCountLimit,
    },
    nlp: {
      external: raw.nlpUrl !== undefined,
      url: (raw.nlpUrl ?? `http://127.0.0.1:${raw.nlpPort}`).replace(/\/+$/, ''),
      token: raw.nlpToken === '' ? null : raw.nlpToken,
      nlpDir: path.join(PROJECT_ROOT, 'nlp'),
      instance: raw.nlpInstance,
      runDir: path.join(PROJECT_ROOT, 'nlp', 'run', raw.nlpInstance),
      stateFile: path.join(PROJECT_ROOT, 'nlp', 'run', raw.nlpInstance, 'state.json'),
      port: raw.nlpPort,
      heap: raw.nlpHeap,
      autostart: raw.nlpAutostart,
      startTimeoutMs: raw.nlpStartTimeout,
      maxChars: raw.nlpMaxChars,
      timeoutMs: raw.nlpTimeout,
      cacheDir: raw.nlpCacheDir === '' ? null : path.resolve(raw.nlpCacheDir),
    },
    propositions: { windowDays: raw.propositionWindowDays },
    logLevel: raw.logLevel,
    projectRoot: PROJECT_ROOT,
  };
}

/** The proposition window when no configuration is passed (library callers, tests). */
export const DEFAULT_PROPOSITION_WINDOW_DAYS = Number(SETTINGS.propositionWindowDays.default);

function readSettings(env: NodeJS.ProcessEnv): Raw {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, s] of Object.entries(SETTINGS) as [string, Setting][]) {
    const given = env[s.env];
    const value = given === undefined || given === '' ? s.default : given;
    const parsed = s.schema.safeParse(value);
    if (parsed.success) out[name] = parsed.data;
    else {
      const shown = s.secret ? '(hidden)' : JSON.stringify(value);
      problems.push(`${s.env}=${shown}: expected ${parsed.error.issues[0]?.message ?? 'a valid value'}. ${s.doc}`);
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  - ${problems.join('\n  - ')}\nFix the environment variable(s) above, or unset them to use the defaults.`,
    );
  }
  return out as Raw;
}

/**
 * The server's libraries read NODE_ENV once, as they load: graphql-js then takes its production `instanceOf` (no
 * cross-realm check on each of the type tests that fail while executing a selection, several per resolved field)
 * and Apollo keeps stack traces out of error responses. The long-running server (`npm start`, `entente serve`) is
 * production unless the environment names another mode (vitest sets `test`). Call it before the server's modules
 * load.
 */
export function serveInProductionMode(env: NodeJS.ProcessEnv = process.env): void {
  env.NODE_ENV ??= 'production';
}

/**
 * The environment for a child process (the JVMs Entente starts): everything
 * but the secret settings, which a child has no use for and would show in
 * its /proc/<pid>/environ.
 */
export function withoutSecrets(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const s of Object.values(SETTINGS) as Setting[]) if (s.secret) delete out[s.env];
  return out;
}

/** The resolved settings as rows for `entente config`, secrets masked. */
export function describeSettings(
  env: NodeJS.ProcessEnv = process.env,
): { env: string; value: string; default: string; doc: string }[] {
  const shown = (v: string | undefined): string => {
    if (v === undefined) return '(unset)';
    return v === '' ? '(empty)' : v;
  };
  return (Object.values(SETTINGS) as Setting[]).map((s) => {
    const given = env[s.env];
    const value = given === undefined || given === '' ? s.default : given;
    return {
      env: s.env,
      value: s.secret && value !== undefined && value !== '' ? '(set, hidden)' : shown(value),
      default: shown(s.default),
      doc: s.doc,
    };
  });
}

/**
 * Finds the Neo4j the tests run against, in this order: NEO4J_URI if set; a
 * Testcontainers Neo4j when a Docker engine answers; otherwise the bundled
 * server's "test" instance (its own data, ports 7688/7475), started if needed
 * and left as it was found. Without any of them the run fails with the fix;
 * it never skips. The CoreNLP parser is found the same way (nlp-host.ts), in
 * parallel since its models take longest, and handed to the test files as
 * ENTENTE_NLP_URL / ENTENTE_NLP_TOKEN so that loadConfig() there finds it.
 */
import http from 'node:http';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { cypher } from '../../src/graph/cypher.js';
import { openConnection, verifyConnection } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrate.js';
import { startServer, stopServer } from '../../src/server/lifecycle.js';
import { readCredentials } from '../../src/server/credentials.js';
import { instanceLayout } from '../../src/server/layout.js';
import type { Neo4jTarget } from './neo4j-target.js';
import { TEST_INSTANCE_ENV } from './instances.js';
import { HOW_TO_GET_A_PARSER, obtainParser, releaseParser, type NlpTarget } from './nlp-host.js';

const HOW_TO_GET_ONE = `The tests need a real Neo4j 5. Either:
  - install Java 17 and Maven 3.8+ so the bundled server can run (npm test starts it), or
  - run a Docker engine (Testcontainers starts neo4j:5.26), or
  - set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (and NEO4J_DATABASE) to a disposable database.`;

let teardown: (() => Promise<void>) | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env.TZ = 'UTC';
  // A test that runs `npm start` or the CLI must not start a 4-6 GB parser behind the harness's back.
  process.env.ENTENTE_NLP_AUTOSTART = 'false';
  const [neo4j, nlp] = await Promise.allSettled([
    obtainNeo4j().catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\n\n${HOW_TO_GET_ONE}`, { cause: error });
    }),
    parserNeeded(project).then((needed) =>
      needed
        ? obtainParser((line) => process.stderr.write(`[tests] ${line}\n`)).catch((error: unknown) => {
            throw new Error(`${(error as Error).message}\n\n${HOW_TO_GET_A_PARSER}`, { cause: error });
          })
        : undefined,
    ),
  ]);
  const parser: NlpTarget | undefined = nlp.status === 'fulfilled' ? nlp.value : undefined;
  const stopAll = async (): Promise<void> => {
    await Promise.all([teardown?.(), parser ? releaseParser(parser) : undefined]);
  };
  if (neo4j.status === 'rejected' || nlp.status === 'rejected') {
    await stopAll();
    throw neo4j.status === 'rejected' ? neo4j.reason : (nlp as PromiseRejectedResult).reason;
  }
  const target = neo4j.value;
  try {
    await prepare(target);
  } catch (error) {
    await stopAll();
    throw error;
  }
  process.stderr.write(`[tests] Neo4j from ${target.source}: ${target.uri}\n`);
  if (parser) {
    process.stderr.write(`[tests] CoreNLP from ${parser.source}: ${parser.url}\n`);
    // Test files and the CLI processes they spawn read the parser from the environment, as the CLI does.
    process.env.ENTENTE_NLP_URL = parser.url;
    process.env.ENTENTE_NLP_TOKEN = parser.token ?? '';
  } else {
    process.stderr.write('[tests] CoreNLP not started: none of the selected test files parses\n');
  }
  project.provide('neo4j', target);
  return stopAll;
}

/**
 * A loaded parser costs 4-6 GB and 1-2 minutes: it is started only when a
 * selected test file uses it (names the parser, the extractor or the extract
 * command). Running one Neo4j-only file then does not load CoreNLP. A file
 * that parses through some other path fails with the parser's own message;
 * nothing skips.
 */
async function parserNeeded(project: TestProject): Promise<boolean> {
  let { testFiles } = await project.globTestFiles(cliFilters());
  // `vitest run -t name`: the name is no file filter, and every file runs
  if (testFiles.length === 0) ({ testFiles } = await project.globTestFiles());
  return testFiles.some((file) => PARSES.test(fs.readFileSync(file, 'utf8')));
}

const PARSES = /openParser|ensureParser|extract\(|extractText\(|extractTimed|'extract'|'--extract'/;

/** The file filters given to `vitest run` (none: every file). An option's value may pass for a filter; it matches no file, so it narrows nothing. */
function cliFilters(): string[] {
  return process.argv.slice(2).filter((a) => !a.startsWith('-') && !['run', 'watch', 'dev', 'related'].includes(a));
}

async function obtainNeo4j(): Promise<Neo4jTarget> {
  const env = process.env;
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) throw new Error('NEO4J_URI is set for the tests but NEO4J_PASSWORD is not.');
    return {
      source: 'NEO4J_URI',
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE ?? 'neo4j',
      browserUrl: env.ENTENTE_TEST_BROWSER_URL ?? null,
    };
  }
  if (await dockerAnswers()) return startContainer();
  return startBundledTestInstance();
}

async function startContainer(): Promise<Neo4jTarget> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const password = 'entente-test-password';
  const container = await new Neo4jContainer('neo4j:5.26').withPassword(password).start();
  teardown = async () => {
    await container.stop();
  };
  return {
    source: 'testcontainers',
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password,
    database: 'neo4j',
    browserUrl: `${container.getHttpUri()}/browser/`,
  };
}

async function startBundledTestInstance(): Promise<Neo4jTarget> {
  const config = loadConfig({ ...process.env, ...TEST_INSTANCE_ENV });
  const result = await startServer(config, (line) => process.stderr.write(`[tests] ${line}\n`));
  if (!result.alreadyRunning) {
    process.stderr.write(
      `[tests] bundled test instance started in ${(result.millisToFirstQuery / 1000).toFixed(1)} s\n`,
    );
    teardown = async () => {
      await stopServer(config);
    };
  }
  const credentials = readCredentials(instanceLayout(config).credentials);
  if (!credentials) throw new Error('The bundled test instance has no credentials file after provisioning.');
  return {
    source: 'bundled',
    uri: config.neo4j.uri,
    user: credentials.user,
    password: credentials.password,
    database: 'neo4j',
    browserUrl: `http://127.0.0.1:${config.bundled.httpPort}/browser/`,
  };
}

/**
 * Tests wipe the database between files. A database with data and no test
 * marker may be someone's real graph: refuse, unless told otherwise.
 */
async function prepare(target: Neo4jTarget): Promise<void> {
  const config = loadConfig({
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
  });
  const connection = openConnection(config);
  try {
    await verifyConnection(connection);
    const { records } = await connection.driver.executeQuery(
      cypher('test/is-marked'),
      {},
      { database: target.database },
    );
    const marked = Boolean(records[0]?.get('marked'));
    const nodes = Number(records[0]?.get('nodes') ?? 0);
    if (!marked && nodes > 0 && target.source === 'NEO4J_URI' && process.env.ENTENTE_TEST_ALLOW_WIPE !== '1') {
      throw new Error(
        `NEO4J_URI (${target.uri}) holds ${nodes} nodes and is not marked as a test database; the tests would delete them. Point NEO4J_URI at a disposable database, or set ENTENTE_TEST_ALLOW_WIPE=1 to allow the wipe.`,
      );
    }
    await connection.driver.executeQuery(cypher('test/mark-database'), {}, { database: target.database });
    await migrate(connection);
  } finally {
    await connection.driver.close();
  }
}

/** A Docker engine answers GET /_ping on its socket; the docker CLI alone is not enough. */
function dockerAnswers(): Promise<boolean> {
  const host = process.env.DOCKER_HOST;
  if (host && !host.startsWith('unix://')) return Promise.resolve(true); // tcp:// engines: let Testcontainers try
  const socketPath = host ? host.slice('unix://'.length) : '/var/run/docker.sock';
  if (!socketPath || !fs.existsSync(socketPath)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const req = http.get({ socketPath, path: '/_ping', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

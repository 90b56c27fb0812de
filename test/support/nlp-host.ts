/**
 * Finds the parser the extraction tests run against: ENTENTE_NLP_URL if set
 * (the team's shared host, a StanfordCoreNLPServer), otherwise the bundled
 * CoreNLP host's "test" instance (its own port and state file), provisioned
 * and started if needed, and stopped afterwards only if this run started it.
 * Without a parser the run fails with the fix; it never skips.
 */
import { loadConfig, type Config } from '../../src/config.js';
import { NlpUnavailableError } from '../../src/errors.js';
import { endpointOf, HttpParser, readHostState } from '../../src/nlp/client.js';
import { startNlp, stopNlp } from '../../src/nlp/lifecycle.js';

/** The bundled test host: never the analyst's "main" one. */
export const TEST_NLP_ENV = {
  ENTENTE_NLP_URL: '',
  ENTENTE_NLP_TOKEN: '',
  ENTENTE_NLP_INSTANCE: 'test',
  ENTENTE_NLP_PORT: process.env.ENTENTE_TEST_NLP_PORT ?? '9011',
  ENTENTE_NLP_CACHE_DIR: '',
};

export function testNlpConfig(): Config {
  return loadConfig({ ...process.env, ...TEST_NLP_ENV });
}

export const HOW_TO_GET_A_PARSER = `The extraction tests need a real CoreNLP parser. Either:
  - install Java 17 and Maven 3.8+ so the bundled CoreNLP host can run (npm test provisions and starts it:
    the first run downloads about 500 MB from Maven Central; loading the models takes 1-2 minutes and 4-6 GB of RAM;
    keep it warm between runs with \`npm run test:nlp -- start\`), or
  - set ENTENTE_NLP_URL (and ENTENTE_NLP_TOKEN for an Entente host) to a running CoreNLP server.`;

export interface NlpTarget {
  source: 'ENTENTE_NLP_URL' | 'bundled';
  url: string;
  token: string | null;
  /** undone by the teardown: set only when this run started the host */
  startedHere: boolean;
}

export async function obtainParser(log: (line: string) => void): Promise<NlpTarget> {
  if (process.env.ENTENTE_NLP_URL) {
    const config = loadConfig();
    await waitUntilParses(config);
    return { source: 'ENTENTE_NLP_URL', url: config.nlp.url, token: config.nlp.token, startedHere: false };
  }
  const config = testNlpConfig();
  const result = await startNlp(config, log, { wait: true });
  if (!result.alreadyRunning)
    log(`bundled test parser started and loaded in ${(result.millisToReady / 1000).toFixed(0)} s`);
  const state = readHostState(config.nlp.stateFile);
  if (!state)
    throw new Error(`The test CoreNLP host is running but its state file ${config.nlp.stateFile} is unreadable.`);
  return {
    source: 'bundled',
    url: `http://127.0.0.1:${state.port}`,
    token: state.token,
    startedHere: !result.alreadyRunning,
  };
}

export async function releaseParser(target: NlpTarget): Promise<void> {
  if (target.startedHere) await stopNlp(testNlpConfig());
}

/** One tiny parse proves the server at ENTENTE_NLP_URL answers with CoreNLP JSON; a loading host gets its time. */
async function waitUntilParses(config: Config): Promise<void> {
  const endpoint = endpointOf(config);
  if (!endpoint) throw new Error('ENTENTE_NLP_URL is set but unusable.');
  const parser = new HttpParser(endpoint, config.nlp.timeoutMs, 'ENTENTE_NLP_URL');
  const deadline = Date.now() + config.nlp.startTimeoutMs;
  for (;;) {
    try {
      await parser.parse('The parser answers.', null);
      return;
    } catch (error) {
      const loading = error instanceof NlpUnavailableError && /still loading/.test(error.message);
      if (!loading || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

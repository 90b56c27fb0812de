/** The parser Entente's configuration points at: the bundled host or ENTENTE_NLP_URL, cached when ENTENTE_NLP_CACHE_DIR is set. */
import type { Config } from '../config.js';
import { NlpUnavailableError } from '../errors.js';
import { CachedParser } from './cache.js';
import { endpointOf, HttpParser, type Parser } from './client.js';
import { startNlp } from './lifecycle.js';
import type { Log } from './provision.js';

export function openParser(config: Config): Parser {
  const endpoint = endpointOf(config);
  if (!endpoint) {
    throw new NlpUnavailableError(
      `The parser (CoreNLP) is not running${config.nlp.autostart ? '' : ' and ENTENTE_NLP_AUTOSTART is false'}. Start it with \`npx entente nlp start\` (the first start loads the models: 1-2 minutes), or set ENTENTE_NLP_URL to a CoreNLP server you run.`,
    );
  }
  const http = new HttpParser(
    endpoint,
    config.nlp.timeoutMs,
    config.nlp.external ? 'ENTENTE_NLP_URL' : 'ENTENTE_NLP_PORT',
  );
  return config.nlp.cacheDir ? new CachedParser(http, config.nlp.cacheDir) : http;
}

/**
 * A parser ready to use, starting the bundled host on demand (and waiting for
 * its models) unless ENTENTE_NLP_URL points elsewhere. The host is left
 * running so that the next extraction does not load the models again.
 */
export async function ensureParser(config: Config, log: Log): Promise<{ parser: Parser; startedHost: boolean }> {
  if (config.nlp.external || !config.nlp.autostart) return { parser: openParser(config), startedHost: false };
  const result = await startNlp(config, log, { wait: true });
  if (!result.alreadyRunning)
    log(
      `The CoreNLP host is ready (pid ${result.pid}, port ${result.port}, ${(result.millisToReady / 1000).toFixed(0)} s) and stays running for the next extraction; stop it with \`npx entente nlp stop\`.`,
    );
  return { parser: openParser(config), startedHost: !result.alreadyRunning };
}

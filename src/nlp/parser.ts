/** The parser Entente's configuration points at: the bundled host or ENTENTE_NLP_URL, cached when ENTENTE_NLP_CACHE_DIR is set. */
import type { Config } from '../config.js';
import { NlpUnavailableError } from '../errors.js';
import { CachedParser } from './cache.js';
import { endpointOf, HttpParser, type Parser } from './client.js';

export function openParser(config: Config): Parser {
  const endpoint = endpointOf(config);
  if (!endpoint) {
    throw new NlpUnavailableError('The parser (CoreNLP) is not running. Start it with `npx entente nlp start` (the first start loads the models: about a minute), or set ENTENTE_NLP_URL to a CoreNLP server you run.');
  }
  const http = new HttpParser(endpoint, config.nlp.timeoutMs, config.nlp.external ? 'ENTENTE_NLP_URL' : 'ENTENTE_NLP_PORT');
  return config.nlp.cacheDir ? new CachedParser(http, config.nlp.cacheDir) : http;
}

/**
 * Talks to a CoreNLP parser over HTTP on loopback: Entente's own host (nlp/,
 * token from its state file) or a StanfordCoreNLPServer the user runs
 * (ENTENTE_NLP_URL). Both take the same request: POST the text to
 * /?properties=…, with the article's date for SUTime's relative dates.
 */
import fs from 'node:fs';
import type { Config } from '../config.js';
import { NlpFailedError, NlpUnavailableError } from '../errors.js';
import type { NlpDocument } from './parse-types.js';

/** What the extractor asks for; the cache key includes it, so changing it re-parses. */
export const ANNOTATORS = 'tokenize,ssplit,pos,lemma,ner,depparse,coref,quote';
const PROPERTIES = {
  annotators: ANNOTATORS,
  outputFormat: 'json',
  'coref.algorithm': 'statistical',
  'ner.applyFineGrained': 'true',
  'tokenize.options': 'splitHyphenated=true,normalizeParentheses=false,normalizeOtherBrackets=false',
  'quote.asciiQuotes': 'true',
  'quote.allowEmbeddedSame': 'true',
};

export interface ParseResult {
  doc: NlpDocument;
  /** time the parser reported for this text, or the round trip when it reports none */
  nlpMillis: number;
}

export interface Parser {
  parse(text: string, date: string | null): Promise<ParseResult>;
}

interface HostState {
  port: number;
  pid: number;
  token: string;
}

export function readHostState(stateFile: string): HostState | undefined {
  try {
    const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as Partial<HostState>;
    return typeof state.port === 'number' && typeof state.token === 'string' && typeof state.pid === 'number'
      ? (state as HostState)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Where to send a parse request, and with which token; undefined when the bundled host is not running. */
export function endpointOf(config: Config): { url: string; token?: string } | undefined {
  if (config.nlp.external) return { url: config.nlp.url, ...(config.nlp.token ? { token: config.nlp.token } : {}) };
  const state = readHostState(config.nlp.stateFile);
  return state ? { url: `http://127.0.0.1:${state.port}`, token: state.token } : undefined;
}

/**
 * Whether a parser Entente does not manage (ENTENTE_NLP_URL) answers at all: any HTTP answer counts (a stock
 * CoreNLP server's page, or an Entente host's 401 to a request without its token) except 503, models still loading.
 */
export type ParserProbe = { kind: 'answers' } | { kind: 'loading' } | { kind: 'down'; reason: string };

export async function probeParser(url: string, timeoutMs: number): Promise<ParserProbe> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    return res.status === 503 ? { kind: 'loading' } : { kind: 'answers' };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { kind: 'down', reason: timedOut ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message };
  }
}

export class HttpParser implements Parser {
  constructor(
    private readonly endpoint: { url: string; token?: string },
    private readonly timeoutMs: number,
    private readonly setting: string,
  ) {}

  /** ENTENTE_NLP_URL names a server Entente does not manage: `nlp start` would refuse it. */
  private howToStart(): string {
    return this.setting === 'ENTENTE_NLP_URL'
      ? 'Start the CoreNLP server at that address, or unset ENTENTE_NLP_URL to use the bundled one (`npx entente nlp start`).'
      : `Start it with \`npx entente nlp start\`, or check ${this.setting}.`;
  }

  async parse(text: string, date: string | null): Promise<ParseResult> {
    const query = new URLSearchParams({ properties: JSON.stringify(PROPERTIES) });
    if (date) query.set('date', date);
    const started = Date.now();
    let response: Response;
    try {
      response = await fetch(`${this.endpoint.url}/?${query.toString()}`, {
        method: 'POST',
        body: text,
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          ...(this.endpoint.token ? { 'x-entente-token': this.endpoint.token } : {}),
        },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new NlpUnavailableError(
        timedOut
          ? `The parser at ${this.endpoint.url} did not answer within ${this.timeoutMs / 1000} s. Raise ENTENTE_NLP_TIMEOUT_MS for long articles on a slow machine.`
          : `Cannot reach the parser at ${this.endpoint.url} (${(error as Error).message}). ${this.howToStart()}`,
        { cause: error },
      );
    }
    const body = await response.text();
    if (response.status === 503)
      throw new NlpUnavailableError(
        `The parser at ${this.endpoint.url} is still loading its models; try again in a minute (\`npx entente nlp status\`).`,
      );
    if (response.status === 401)
      throw new NlpUnavailableError(
        `The parser at ${this.endpoint.url} refused Entente's token: it is not the host Entente started. Stop it, or point ${this.setting} at it.`,
      );
    if (response.status === 413)
      throw new NlpFailedError(
        `The parser at ${this.endpoint.url} refused the text as too long (${text.length} characters): ${body.slice(0, 200)}. Keep ENTENTE_NLP_MAX_CHARS within the parser's own limit.`,
      );
    if (!response.ok)
      throw new NlpFailedError(`The parser at ${this.endpoint.url} answered ${response.status}: ${body.slice(0, 300)}`);
    let doc: NlpDocument;
    try {
      doc = JSON.parse(body) as NlpDocument;
    } catch (error) {
      throw new NlpFailedError(
        `The parser at ${this.endpoint.url} did not answer with CoreNLP JSON (${(error as Error).message}); is ${this.setting} a CoreNLP server?`,
        { cause: error },
      );
    }
    if (!Array.isArray(doc.sentences))
      throw new NlpFailedError(
        `The parser at ${this.endpoint.url} answered JSON without sentences; is ${this.setting} a CoreNLP server?`,
      );
    const reported = Number(response.headers.get('x-entente-nlp-millis'));
    return { doc, nlpMillis: Number.isFinite(reported) && reported > 0 ? reported : Date.now() - started };
  }
}

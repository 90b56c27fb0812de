/**
 * The HTTP plumbing under the API: reading a JSON body within its size limit,
 * refusing a request with a GraphQL-shaped error, CORS preflight, and a
 * deadline on any promise.
 */
import type http from 'node:http';

const MAX_BODY_BYTES = 4 * 1024 * 1024;

type BodyRead = { kind: 'body'; body: unknown } | { kind: 'refused'; status: number; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An over-limit request is answered (413), not reset: the client learns why.
 * The connection is closed after the answer so the rest is never read.
 */
const REFUSAL_CODES: Record<number, string> = { 413: 'PAYLOAD_TOO_LARGE', 503: 'OVERLOADED' };

export function refuse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
  code = REFUSAL_CODES[status] ?? 'BAD_REQUEST',
): void {
  // A shed request keeps its connection (the client will retry on it); a refused body's rest is never read.
  const close = status !== 503;
  res.writeHead(status, { 'content-type': 'application/json', ...(close ? { connection: 'close' } : {}), ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }), () => {
    if (close) req.destroy();
  });
}

/** Errors raised before execution because of the request itself (syntax, validation, over-limit tokens): 400, not 500. */
export function onlyRequestErrors(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    const codes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);
    return (
      parsed.data === undefined &&
      (parsed.errors?.length ?? 0) > 0 &&
      parsed.errors!.every((e) => codes.has(String(e.extensions?.code)))
    );
  } catch {
    return false;
  }
}

export function readJson(req: http.IncomingMessage): Promise<BodyRead> {
  const tooLarge: BodyRead = {
    kind: 'refused',
    status: 413,
    message: `The request body is over ${MAX_BODY_BYTES / 1024 / 1024} MiB; send a smaller article or query.`,
  };
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(tooLarge);
  return new Promise((resolve, reject) => {
    let size = 0;
    let done = false;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        req.pause();
        resolve(tooLarge);
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (done) return;
      let text: string;
      try {
        text = strictUtf8.decode(Buffer.concat(chunks));
      } catch {
        return resolve({ kind: 'refused', status: 400, message: 'The request body is not valid UTF-8.' });
      }
      if (text === '') return resolve({ kind: 'body', body: undefined });
      try {
        resolve({ kind: 'body', body: JSON.parse(text) });
      } catch {
        // Apollo answers malformed bodies with a proper 400.
        resolve({ kind: 'body', body: text });
      }
    });
    req.on('error', reject);
  });
}

export function preflight(res: http.ServerResponse): void {
  res.writeHead(204, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, OPTIONS',
    'access-control-allow-headers': '*',
    'access-control-max-age': '600',
  });
  res.end();
}

export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Neo4j within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

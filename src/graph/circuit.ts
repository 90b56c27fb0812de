/**
 * After Neo4j was found unreachable, or refused Entente's login, callers
 * fail at once for a short while instead of each waiting for a connection
 * timeout (an outage answers in milliseconds) or adding another failed login
 * to the server's rate limit (which would then lock Entente's own tools
 * out). Unreachable: one second, so recovery is noticed quickly. Refused
 * login: a back-off doubling from one second to thirty.
 */
import { isEntenteError } from '../errors.js';
import type { Connection } from './driver.js';

const UNREACHABLE_PAUSE_MS = 1_000;
const AUTH_PAUSE_MAX_MS = 30_000;

class Circuit {
  private openUntil = 0;
  private lastError: unknown;
  private authFailures = 0;

  /** true while callers are being failed at once */
  get open(): boolean {
    return Date.now() < this.openUntil;
  }

  /** Throws the last failure while the circuit is open. */
  check(): void {
    if (Date.now() < this.openUntil) throw this.lastError;
  }

  record(error: unknown): void {
    if (!isEntenteError(error)) return;
    if (error.code === 'NEO4J_UNAVAILABLE') this.openFor(error, UNREACHABLE_PAUSE_MS);
    else if (error.code === 'NEO4J_AUTH_FAILED') {
      this.authFailures += 1;
      this.openFor(error, Math.min(1_000 * 2 ** (this.authFailures - 1), AUTH_PAUSE_MAX_MS));
    }
  }

  succeeded(): void {
    this.authFailures = 0;
    this.openUntil = 0;
  }

  /** Runs work unless the circuit is open, and learns from how it ends. */
  async guard<T>(work: () => Promise<T>, translate: (error: unknown) => unknown): Promise<T> {
    this.check();
    try {
      const value = await work();
      this.succeeded();
      return value;
    } catch (raw) {
      const error = translate(raw);
      this.record(error);
      throw error;
    }
  }

  private openFor(error: unknown, ms: number): void {
    this.lastError = error;
    this.openUntil = Date.now() + ms;
  }
}

const circuits = new WeakMap<Connection, Circuit>();

export function circuitOf(connection: Connection): Circuit {
  let circuit = circuits.get(connection);
  if (!circuit) circuits.set(connection, (circuit = new Circuit()));
  return circuit;
}

/** One logger for the servers: JSON lines on stderr, secrets redacted. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, redact: ['req.headers.authorization', 'password', 'apiKey'] }, pino.destination(2));
}

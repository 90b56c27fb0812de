/**
 * The CLI's voice: results to stdout, progress and diagnostics to stderr, and
 * the single place that turns an error into an exit code.
 */
import { isEntenteError } from '../errors.js';

// A reader that stops early (`entente config | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  process.stderr.write(`error: cannot write the output (${error.code ?? error.message}).\n`);
  process.exit(1);
});

export const say = (line: string): void => {
  process.stdout.write(line + '\n');
};
export const note = (line: string): void => {
  process.stderr.write(line + '\n');
};

export function exitCodeFor(error: unknown): number {
  if (isEntenteError(error)) return error.code === 'CONFIG_INVALID' ? 2 : 1;
  return 1;
}

export function reportError(error: unknown): void {
  if (isEntenteError(error)) note(`error [${error.code}]: ${error.message}`);
  else if (error instanceof Error) note(`unexpected error: ${error.stack ?? error.message}`);
  else note(`unexpected error: ${String(error)}`);
}

/** Runs a command body; only here does the process learn an exit code. */
export function action<A extends unknown[]>(body: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await body(...args);
    } catch (error) {
      reportError(error);
      process.exitCode = exitCodeFor(error);
    }
  };
}

/**
 * The bench scripts' command line. `--help` for a bench script: prints the script's own opening comment (what
 * it measures, its usage line) and exits before any server starts. The
 * comment is the one description of each bench, so the help cannot drift.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export function helpIfAsked(moduleUrl: string): void {
  if (!process.argv.includes('--help') && !process.argv.includes('-h')) return;
  const source = fs.readFileSync(fileURLToPath(moduleUrl), 'utf8');
  const header = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  const text = header
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
  process.stdout.write(`${text}\n`);
  process.exit(0);
}

/** The value after `--name` on the command line, if given. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/**
 * `--only`, a comma list of query-name prefixes (a comma inside a name is followed by a space): whether a query of
 * that name is asked for; every query when the option is absent.
 */
export function onlyAskedFor(): (name: string) => boolean {
  const only = arg('only')?.split(/,(?! )/);
  return (name) => only === undefined || only.some((o) => name.startsWith(o));
}

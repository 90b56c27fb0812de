/**
 * `--help` for a bench script: prints the script's own opening comment (what
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

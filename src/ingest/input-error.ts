/**
 * Bad input is reported as a list of problems, each with the file, the path
 * to the field (statements[2].speaker), the line when known, and the reason.
 */
import { EntenteError } from '../errors.js';

export interface InputProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export class InputError extends EntenteError {
  override readonly name = 'InputError';
  constructor(
    readonly file: string,
    readonly problems: InputProblem[],
  ) {
    super('INPUT_INVALID', formatProblems(file, problems));
    this.problems = problems.slice(0, LISTED);
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/** Enough problems to fix the file; a thousand bad items should not make a megabyte of message. */
const LISTED = 20;

function formatProblems(file: string, problems: InputProblem[]): string {
  const lines = problems.slice(0, LISTED).map((p) => {
    const where =
      p.line === undefined ? '' : ` (line ${p.line}${p.column === undefined ? '' : `, column ${p.column}`})`;
    return `  ${p.path === '' ? '(top level)' : p.path}${where}: ${p.message}`;
  });
  if (problems.length > LISTED) lines.push(`  … and ${problems.length - LISTED} more of the same kinds`);
  return `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written for this article.\n${lines.join('\n')}`;
}

/**
 * zod's issues in the words of the article format: what is wrong and what to
 * write instead ("missing: add `text`, a string"), never "Invalid input:
 * expected string, received undefined". Every issue of a file is kept.
 */
import type { z } from 'zod';
import { formatPath, type InputProblem } from './input-error.js';
import type { StructuredFile } from './structured-file.js';

type Path = (string | number)[];

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}

/** The value the file holds at `path` (zod's issues do not carry it). */
function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function messageOf(issue: z.core.$ZodIssue, path: Path, value: unknown): string {
  const field = path.length > 0 ? String(path[path.length - 1]) : 'the article';
  switch (issue.code) {
    case 'invalid_type': {
      const kind = KINDS[issue.expected] ?? issue.expected;
      if (value === undefined) return `missing: add \`${field}\` (${kind}); it is required`;
      // "data/**/*.yaml" picks up the gazetteer too: say what the file is and what to import instead
      if (path.length === 0 && issue.expected === 'object' && Array.isArray(value))
        return 'expected an article (a map of fields: id, title, text…), got a list: a list of actors is a gazetteer file (data/actors/), which every import reads itself; leave it out of the inputs (e.g. `npx entente import data/articles`)';
      return `expected ${kind}, got ${describeValue(value)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      if (value === undefined) return `missing: add \`${field}\`, one of ${allowed}; it is required`;
      return `${describeValue(value)} is not allowed here; write one of ${allowed}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling (docs/model.md lists the fields)`;
    case 'invalid_format':
      // The message says what to write; the value says what was written.
      return typeof value === 'string' ? `${describeValue(value)}: ${issue.message}` : issue.message;
    case 'too_big':
    case 'too_small':
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return issue.message;
  }
}

/** Problems with their line: a missing field is reported at the map that lacks it. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], file: StructuredFile): InputProblem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const at = file.locate(path) ?? file.locate(path.slice(0, -1));
    return { path: formatPath(path), message: messageOf(issue, path, valueAt(file.data, path)), ...at };
  });
}

/**
 * Reading YAML or JSON with positions kept, so that a problem found later (by
 * the schema, or by resolving a reference) can still name its line.
 *
 * Parsing is bounded before the document is composed (the composer recurses,
 * so a file nested a thousand deep would exhaust the stack): the concrete
 * syntax tree, which the yaml library builds without recursion, is measured
 * first for depth, node count and aliases. JSON must also be strict JSON.
 * Unknown tags and any other parser warning are refused rather than
 * silently dropped, and every string value is checked again after escapes
 * are resolved ("\u0000" in JSON, "\e" in YAML).
 */
import { LineCounter, Parser, parseDocument, type CST, type Document, type YAMLError } from 'yaml';
import { InputError, formatPath, type InputProblem } from './input-error.js';
import { INPUT_LIMITS } from './input-limits.js';
import { CONTROL_CHAR, LONE_SURROGATE, checkSourceText, describeChar, positionAt } from './source-text.js';

export type Format = 'yaml' | 'json';

export interface StructuredFile {
  name: string;
  data: unknown;
  /** line and column of the value at a path, when the parser kept it */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

export function formatFromName(name: string): Format | undefined {
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.json$/i.test(name)) return 'json';
  return undefined;
}

/** JSON is YAML 1.2, so one parser serves both and keeps positions for both. */
export function parseStructured(name: string, source: string, format: Format): StructuredFile {
  checkSourceText(name, source);
  const label = format.toUpperCase();
  const unclosed = checkShape(name, source, label);
  if (format === 'json') checkStrictJson(name, source);
  const lineCounter = new LineCounter();
  let doc: Document;
  let data: unknown;
  try {
    doc = parseDocument(source, {
      lineCounter,
      uniqueKeys: true,
      version: '1.2',
      schema: format === 'json' ? 'json' : 'core',
      logLevel: 'error',
    });
    const problems = syntaxProblems([...doc.errors, ...doc.warnings], source, label, unclosed);
    if (problems.length > 0) throw new InputError(name, problems);
    data = doc.toJS({ maxAliasCount: INPUT_LIMITS.aliases });
  } catch (error) {
    if (error instanceof InputError) throw error;
    // A library failure on hostile input is still a problem with the input, never a crash.
    throw new InputError(name, [
      {
        path: '',
        message: `${label} could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      },
    ]);
  }
  const located: StructuredFile = {
    name,
    data,
    locate(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return undefined;
    },
  };
  checkValues(located);
  return located;
}

/** A `[`, `{` or quote the parser never saw closed, by where it opened. */
interface Unclosed {
  offset: number;
  bracket: '[' | '{' | '"' | "'";
}

/** "…" closes on an unescaped ", '…' on a ' not doubled. */
function closedQuote(scalar: string): boolean {
  const body = scalar.slice(1);
  return scalar.startsWith('"') ? /^(?:[^"\\]|\\[\s\S])*"$/.test(body) : /^(?:[^']|'')*'$/.test(body);
}

/**
 * Depth, node count and aliases, measured on the CST with an explicit stack;
 * returns the flow collections left open, which the parser reports only
 * where it gave up, lines later.
 */
function checkShape(name: string, source: string, label: string): Unclosed[] {
  const unclosed: Unclosed[] = [];
  const stack: { token: CST.Token; depth: number }[] = [];
  let documents = 0;
  for (const token of new Parser().parse(source)) {
    if (token.type === 'document') documents += 1;
    stack.push({ token, depth: 0 });
  }
  if (documents > 1)
    throw new InputError(name, [
      { path: '', message: `${label} holds ${documents} documents; an article is one document` },
    ]);
  let nodes = 0;
  let aliases = 0;
  const fail = (offset: number, message: string): never => {
    throw new InputError(name, [{ path: '', ...positionAt(source, offset), message }]);
  };
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    switch (token.type) {
      case 'document':
        if (token.value) stack.push({ token: token.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (token.type === 'flow-collection') {
          const bracket = token.start.source === '[' ? '[' : '{';
          const closer = bracket === '[' ? 'flow-seq-end' : 'flow-map-end';
          if (!token.end.some((t) => t.type === closer)) unclosed.push({ offset: token.start.offset, bracket });
        }
        if (depth + 1 > INPUT_LIMITS.depth)
          fail(token.offset, `nested more than ${INPUT_LIMITS.depth} levels deep; an article needs far fewer`);
        nodes += 1;
        for (const item of token.items) {
          if (item.key) stack.push({ token: item.key, depth: depth + 1 });
          if (item.value) stack.push({ token: item.value, depth: depth + 1 });
        }
        break;
      }
      case 'alias':
        aliases += 1;
        if (aliases > INPUT_LIMITS.aliases)
          fail(token.offset, `more than ${INPUT_LIMITS.aliases} aliases (*name); write the values out`);
        nodes += 1;
        break;
      case 'double-quoted-scalar':
      case 'single-quoted-scalar':
        if (!closedQuote(token.source)) unclosed.push({ offset: token.offset, bracket: token.source[0] as '"' | "'" });
        nodes += 1;
        break;
      default:
        nodes += 1;
    }
    if (nodes > INPUT_LIMITS.nodes)
      fail(token.offset, `more than ${INPUT_LIMITS.nodes} values; an article is far smaller (split it)`);
  }
  return unclosed.sort((a, b) => a.offset - b.offset);
}

const CLOSER = { '[': ']', '{': '}', '"': '"', "'": "'" } as const;
const KIND = { '[': 'list', '{': 'map', '"': 'quoted text', "'": 'quoted text' } as const;
const HOW = {
  '[': 'on the same line, or write it in block style, one entry per line',
  '{': 'on the same line, or write it in block style, one entry per line',
  '"': '(write a " inside it as \\")',
  "'": "(write a ' inside it as '')",
} as const;

/** Which openers a parser error can be about. */
function openersOf(e: YAMLError): readonly Unclosed['bracket'][] {
  if (e.code === 'BAD_INDENT' && e.message.startsWith('Flow sequence')) return ['['];
  if (e.code === 'BAD_INDENT' && e.message.startsWith('Flow map')) return ['{'];
  if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) return ['"', "'"];
  return [];
}

/**
 * The parser's errors as problems. An unclosed `[`, `{` or quote is reported
 * where it opened (the parser notices only at the next key, often lines later);
 * every message is one sentence without the parser's position suffix.
 */
function syntaxProblems(
  errors: readonly YAMLError[],
  source: string,
  label: string,
  unclosed: readonly Unclosed[],
): InputProblem[] {
  const open = [...unclosed];
  return errors.map((e) => {
    const gaveUp = e.linePos ? { line: e.linePos[0].line, column: e.linePos[0].col } : undefined;
    const openers = openersOf(e);
    if (openers.length > 0) {
      // the innermost still-open bracket or quote of that kind before the place the parser gave up
      const i = open.findLastIndex((u) => u.offset < e.pos[0] && openers.includes(u.bracket));
      if (i >= 0) {
        const [{ offset, bracket }] = open.splice(i, 1) as [Unclosed];
        const at = positionAt(source, offset);
        const noticed = gaveUp && gaveUp.line !== at.line ? ` (the parser noticed at line ${gaveUp.line})` : '';
        return {
          path: '',
          ...at,
          message: `malformed ${label}: the ${KIND[bracket]} opened with ${bracket} here is never closed${noticed}; end it with ${CLOSER[bracket]} ${HOW[bracket]}`,
        };
      }
    }
    const first = e.message
      .split('\n')[0]!
      .replace(/ at line \d+, column \d+/, '')
      .replace(/[\s:]+$/, '');
    return { path: '', message: `malformed ${label}: ${first}`, ...gaveUp };
  });
}

/** JSON.parse is the reference for what JSON is: no comments, trailing commas, single quotes or bare words. */
function checkStrictJson(name: string, source: string): void {
  try {
    JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : firstJsonSyntaxError(source);
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ (?:in JSON )?at position \d+/, '')
      .replace(/, "[\s\S]*" is not valid JSON$/, '')
      .replace(/\.\.\.".*$/s, '')
      .replace(/,\s*$/, '');
    throw new InputError(name, [
      {
        path: '',
        ...(offset === undefined ? {} : positionAt(source, offset)),
        message: `malformed JSON (not strict JSON): ${reason.slice(0, 200)}; at that spot write names and text in double quotes, with no trailing comma, comment or single quote (or write the article as YAML)`,
      },
    ]);
  }
}

/**
 * Where JSON.parse stopped, for the messages that do not say: a syntax-only
 * scan (no values built, no recursion) returning the offset of the first
 * character that cannot continue a JSON text.
 */
function firstJsonSyntaxError(src: string): number | undefined {
  const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
  const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const WS = /[ \t\n\r]*/y;
  let i = 0;
  const ws = (): void => {
    WS.lastIndex = i;
    WS.exec(src);
    i = WS.lastIndex;
  };
  const token = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.exec(src)) return false;
    i = re.lastIndex;
    return true;
  };
  const stack: ('[' | '{')[] = [];
  let expect: 'value' | 'key' | 'after' = 'value';
  for (ws(); i < src.length; ws()) {
    const c = src[i]!;
    const top = stack[stack.length - 1];
    if (expect === 'after') {
      if (top === undefined) return i;
      if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
        stack.pop();
        i++;
      } else if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else return i;
    } else if (expect === 'key') {
      if (!token(STRING)) return i;
      ws();
      if (src[i] !== ':') return i;
      i++;
      expect = 'value';
    } else if (c === '[' || c === '{') {
      i++;
      ws();
      if (src[i] === (c === '[' ? ']' : '}')) {
        i++;
        expect = 'after';
      } else {
        stack.push(c);
        expect = c === '{' ? 'key' : 'value';
      }
    } else {
      if (!(c === '"' ? token(STRING) : token(LITERAL))) return i;
      expect = 'after';
    }
  }
  return stack.length > 0 || expect !== 'after' ? src.length : undefined;
}

/** Strings after escapes are resolved, and the expanded size (aliases included). */
function checkValues(file: StructuredFile): void {
  const problems: InputProblem[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: file.data, path: [] }];
  let nodes = 0;
  while (stack.length > 0 && problems.length < 10) {
    const { value, path } = stack.pop()!;
    nodes += 1;
    if (nodes > INPUT_LIMITS.nodes) {
      problems.push({
        path: '',
        message: `more than ${INPUT_LIMITS.nodes} values once aliases are expanded; write a smaller article`,
      });
      break;
    }
    if (typeof value === 'string') {
      const bad = CONTROL_CHAR.exec(value) ?? LONE_SURROGATE.exec(value);
      if (bad)
        problems.push({
          path: formatPath(path),
          ...file.locate(path),
          message: `${describeChar(bad[0])} is not allowed in an article (written as an escape); remove it`,
        });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const bad = CONTROL_CHAR.exec(k) ?? LONE_SURROGATE.exec(k);
        if (bad)
          problems.push({
            path: formatPath(path),
            ...file.locate(path),
            message: `a key holds ${describeChar(bad[0])}; remove it`,
          });
        stack.push({ value: v, path: [...path, k] });
      }
    }
  }
  if (problems.length > 0) throw new InputError(file.name, problems);
}

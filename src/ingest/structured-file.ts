/**
 * Reading YAML or JSON with positions kept, so that a problem found later (by
 * the schema, or by resolving a reference) can still name its line.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { InputError, type InputProblem } from './input-error.js';

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
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, uniqueKeys: true, version: '1.2', schema: format === 'json' ? 'json' : 'core' });
  if (doc.errors.length > 0) {
    const problems: InputProblem[] = doc.errors.map((e) => ({
      path: '',
      message: `malformed ${format.toUpperCase()}: ${e.message.split('\n')[0]}`,
      ...(e.linePos ? { line: e.linePos[0].line, column: e.linePos[0].col } : {}),
    }));
    throw new InputError(name, problems);
  }
  return {
    name,
    data: doc.toJS({ maxAliasCount: 50 }),
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
}

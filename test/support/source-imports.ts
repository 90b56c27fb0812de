/**
 * What a source file imports, read from its text: the architecture test follows every import between folders of
 * src/ (type-only and dynamic ones too), the CLI start-up test only the static ones, which load with the file.
 */
import path from 'node:path';

export interface SourceImport {
  specifier: string;
  /** `import type` / `export type … from`; a dynamic `import()`; else static */
  kind: 'static' | 'type' | 'dynamic';
}

export function importsIn(text: string): SourceImport[] {
  const statements = text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?'([^']+)'/gms);
  const dynamic = text.matchAll(/import\s*\(\s*'([^']+)'/g);
  return [
    ...[...statements].map((m): SourceImport => ({ specifier: m[2]!, kind: m[1] ? 'type' : 'static' })),
    ...[...dynamic].map((m): SourceImport => ({ specifier: m[1]!, kind: 'dynamic' })),
  ];
}

/** A relative specifier of `file` (`./x.js`), as the TypeScript file it names. */
export const resolveSource = (file: string, specifier: string): string =>
  path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'));

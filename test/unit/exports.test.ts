/**
 * No dead or over-exported code: every export of src/ is used by another file
 * of the project (src, test, bench, scripts), through an import, a namespace
 * (`q.name`), a re-export or a dynamic import. Something used only in its own
 * file is not exported; something used nowhere is deleted. The TypeScript
 * checker resolves each use to the symbol it names, so a same-named local
 * elsewhere does not count. Generated code (src/api/generated/) is left out.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src') + path.sep;
const CHECKED = (file: string): boolean =>
  file.startsWith(SRC) && !file.startsWith(path.join(SRC, 'api', 'generated') + path.sep);

function unusedExports(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const files = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes('node_modules'));

  // Every symbol named outside the file that declares it.
  const usedElsewhere = new Set<ts.Symbol>();
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        let symbol = checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const declaredIn = symbol?.declarations?.[0]?.getSourceFile().fileName;
        if (symbol && declaredIn !== undefined && path.resolve(declaredIn) !== path.resolve(file.fileName))
          usedElsewhere.add(symbol);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  const found: string[] = [];
  for (const file of files.filter((f) => CHECKED(path.resolve(f.fileName)))) {
    const module = checker.getSymbolAtLocation(file);
    if (!module) continue;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (usedElsewhere.has(symbol)) continue;
      const line = file.getLineAndCharacterOfPosition(symbol.declarations?.[0]?.getStart() ?? 0).line + 1;
      found.push(`${path.relative(ROOT, file.fileName)}:${line} ${exported.name}`);
    }
  }
  return found.sort();
}

describe('exports', () => {
  it('are each used by another file: none dead, none exported only for their own file', () => {
    expect(unusedExports()).toEqual([]);
  }, 120_000);
});

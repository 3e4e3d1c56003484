import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/**
 * Every value the package exports (function, class, constant, schema) documents
 * itself with an `@example`; every exported type has a doc comment.
 */
describe('the public API documents itself', () => {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];

  const described = exports.map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const isValue = (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
    const docs = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
    const tags = target.getJsDocTags(checker);
    return { name: symbol.getName(), isValue, docs, hasExample: tags.some((t) => t.name === 'example') };
  });

  it('exports a real surface', () => {
    expect(described.length).toBeGreaterThan(80);
  });

  it('gives every exported value a doc comment and an @example', () => {
    const missing = described.filter((d) => d.isValue && (!d.docs || !d.hasExample)).map((d) => d.name);
    expect(missing).toEqual([]);
  });

  it('gives every exported type a doc comment', () => {
    const missing = described.filter((d) => !d.isValue && !d.docs).map((d) => d.name);
    expect(missing).toEqual([]);
  });
});

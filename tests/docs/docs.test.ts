import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { blocksIn, generatedBlocks } from '../../scripts/doc-blocks.js';
import { IssueCodeSchema, WithdrawalErrorCodeSchema } from '../../src/index.js';
import { docAssertions } from './doc-expect.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'tests', 'docs', 'doc-blocks');
const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

interface CodeBlock {
  readonly doc: string;
  readonly line: number;
  readonly code: string;
  readonly assertions: number;
}

/**
 * Turns example code into checked code: `expr; //=> value` (on one line, or with
 * `//=> value` on the next) asserts that `expr` deep-equals `value`, and `expr;`
 * followed by `// throws … 'CODE'` (or `// throws WithdrawalError: message`)
 * asserts that it throws that.
 */
function checked(source: string, where: (line: number) => string): { code: string; assertions: number } {
  const lines = source.split('\n');
  let assertions = 0;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1] ?? '';
    const inline = /^(\s*)(if \(.*?\) )?(.+?);\s*\/\/=>\s*(.+)$/.exec(line);
    const statement = /^(\s*)(if \(.*?\) )?(.+?);\s*$/.exec(line);
    const result = /^\s*\/\/=>\s*(.+)$/.exec(next);
    const throws = /^\s*\/\/ throws (?:WithdrawalError(?: with code '([A-Z_]+)'|: (.+))?)$/.exec(next);
    if (inline) {
      const [, indent, guard = '', expr, expected] = inline;
      out.push(`${indent}${guard}__expect(${expr}, ${expected}, ${JSON.stringify(where(i))});`);
      assertions++;
    } else if (statement && result) {
      const [, indent, guard = '', expr] = statement;
      out.push(`${indent}${guard}__expect(${expr}, ${result[1]}, ${JSON.stringify(where(i))});`);
      assertions++;
      i++;
    } else if (statement && throws) {
      const [, indent, guard = '', expr] = statement;
      out.push(
        `${indent}${guard}__expectThrows(() => ${expr}, ${JSON.stringify(throws[1] ?? throws[2])}, ${JSON.stringify(where(i))});`,
      );
      assertions++;
      i++;
    } else {
      out.push(line);
    }
  }
  return { code: out.join('\n'), assertions };
}

/** Every ```ts block of a document, checked. */
function codeBlocks(doc: string): CodeBlock[] {
  const text = readFileSync(join(root, doc), 'utf8');
  const blocks: CodeBlock[] = [];
  const fence = /```ts\n([\s\S]*?)```/g;
  for (const match of text.matchAll(fence)) {
    const startLine = text.slice(0, match.index).split('\n').length + 1;
    const { code, assertions } = checked(match[1] as string, (i) => `${doc}:${startLine + i}`);
    blocks.push({ doc, line: startLine, code, assertions });
  }
  return blocks;
}

/** Every `@example` of an exported value, checked; the package's exports are in scope. */
function exampleBlocks(): CodeBlock[] {
  const entry = join(root, 'src', 'index.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry) as ts.SourceFile);
  const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  const values = exported.filter((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    return (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
  });
  const prelude = `import { ${values.map((s) => s.getName()).join(', ')} } from 'treaty-withdrawal';\nimport { createActor } from 'xstate';\nvoid createActor;\n`;
  return values.flatMap((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return target
      .getJsDocTags(checker)
      .filter((tag) => tag.name === 'example')
      .map((tag) => {
        const text = ts.displayPartsToString(tag.text);
        const doc = `@example of ${symbol.getName()}`;
        const { code, assertions } = checked(text, (i) => `${doc}, line ${i + 1}`);
        return { doc, line: 0, code: `${prelude}{\n${code}\n}`, assertions };
      });
  });
}

const blocks = [...documents.flatMap(codeBlocks), ...exampleBlocks()];
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const files = blocks.map((block, i) => {
  const name = `${block.doc.replace(/[^\w]+/g, '-')}-${String(i).padStart(3, '0')}.ts`;
  const path = join(outDir, name);
  writeFileSync(
    path,
    `// ${block.doc}:${block.line}\nimport { __expect, __expectThrows } from '../doc-expect.js';\nvoid __expectThrows;\n${block.code}\nexport {};\n`,
  );
  return { block, path };
});

describe('documentation', () => {
  it('runs the @example of every exported value that has one', () => {
    expect(blocks.filter((b) => b.doc.startsWith('@example')).length).toBeGreaterThan(60);
  });

  it('has TypeScript examples in the README and every guide', () => {
    expect(blocks.length).toBeGreaterThan(15);
    for (const doc of ['README.md', 'docs/getting-started.md', 'docs/concepts.md', 'docs/cookbook.md']) {
      expect(
        blocks.some((b) => b.doc === doc),
        doc,
      ).toBe(true);
    }
  });

  // Under mutation testing (TW_QUICK) the sources are instrumented and no longer type-check.
  it.skipIf(process.env.TW_QUICK)(
    'type-checks every code block',
    () => {
      const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
      const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
      const program = ts.createProgram(
        files.map((f) => f.path),
        { ...parsed.options, noUnusedLocals: false },
      );
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file && d.file.fileName.startsWith(outDir))
        .map((d) => {
          const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
          const header = d.file!.text.split('\n')[0];
          return `${relative(root, d.file!.fileName)} (${header}) line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
        });
      expect(diagnostics).toEqual([]);
    },
    60_000,
  );

  it.each(files.map(({ block, path }) => [`${block.doc}:${block.line}`, block, path] as const))(
    'runs %s and its results are as written',
    async (_where, block, path) => {
      const before = docAssertions.run;
      await import(path);
      expect(docAssertions.run - before).toBe(block.assertions);
    },
  );

  it.each(documents)('%s: generated blocks match the code', (doc) => {
    const text = readFileSync(join(root, doc), 'utf8');
    for (const { name, body } of blocksIn(text)) {
      const make = generatedBlocks[name];
      expect(make, `unknown generated block ${name}`).toBeDefined();
      expect(body, `${doc}: run npm run docs:generate`).toBe(make?.());
    }
  });

  it('shows the machine diagram in the concepts guide', () => {
    const concepts = readFileSync(join(root, 'docs/concepts.md'), 'utf8');
    expect(blocksIn(concepts).map((b) => b.name)).toEqual(['machine-diagram', 'suspension-diagram']);
  });

  it('lists in the cookbook every error code and issue code, and no other', () => {
    const cookbook = readFileSync(join(root, 'docs/cookbook.md'), 'utf8');
    const table = cookbook.slice(cookbook.indexOf('| code | when |'));
    const rows = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\| `([A-Z_]+)` \| .+ \|$/gm)].map((m) => m[1]);
    expect(rows).toEqual(WithdrawalErrorCodeSchema.options);
    const issues = cookbook.slice(cookbook.indexOf('Issue codes ('), cookbook.indexOf('Error codes ('));
    expect([...issues.matchAll(/`([a-z_]+)`/g)].map((m) => m[1])).toEqual(IssueCodeSchema.options);
  });
});

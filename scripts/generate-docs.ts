/** Brings the generated blocks of README.md and docs/*.md up to date: `npm run docs:generate`. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regenerate } from './doc-blocks.js';

const root = new URL('..', import.meta.url).pathname;
const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];
for (const file of files) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = regenerate(before);
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`updated ${file}`);
  }
}

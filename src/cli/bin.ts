#!/usr/bin/env node
import { outputFailure, run } from './main.js';
import { decode, expandPath, readFileBounded, readStreamBounded } from './read.js';

async function readInput(path: string, limit: number): Promise<string> {
  return decode(path === '-' ? await readStreamBounded(process.stdin, limit) : await readFileBounded(path, limit));
}

// A closed pipe (`| head`) or a full disk (`> /dev/full`) surfaces as an
// 'error' event on the stream: one line on standard error, exit code 1, never
// a stack trace.
let outputFailed = false;
process.stdout.on('error', (error: unknown) => {
  if (outputFailed) return;
  outputFailed = true;
  process.exitCode = 1;
  try {
    process.stderr.write(outputFailure(error) ?? 'error: cannot write the output\n');
  } catch {
    // Nothing more can be said.
  }
  process.stdout.destroy();
});
process.stderr.on('error', () => {
  process.exitCode = 1;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, readInput, expandPath, env: process.env }).then(
  (code) => {
    process.exitCode = outputFailed && code === 0 ? 1 : code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);

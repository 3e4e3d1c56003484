/**
 * The ESM build runs in a browser: a page on localhost imports dist/index.js
 * (with xstate and zod mapped by an import map, as a bundler-less site would)
 * and runs the Ukraine scenario in headless Chromium.
 *
 * Chromium comes from the Debian package (`apt-get install chromium`); .ci/run
 * installs it where it is missing. Set CHROMIUM_PATH to use another binary.
 * Without any browser the test is skipped, and says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);
if (!executablePath) {
  console.warn('browser test skipped: no Chromium found (install the Debian package "chromium", or set CHROMIUM_PATH)');
}

const page = `<!doctype html>
<meta charset="utf-8">
<title>treaty-withdrawal in a browser</title>
<script type="importmap">
{ "imports": {
  "treaty-withdrawal": "/dist/index.js",
  "xstate": "/node_modules/xstate/dist/xstate.esm.js",
  "zod": "/node_modules/zod/index.js"
} }
</script>
<script type="module">
import { simulate, statusOn, addPeriod } from 'treaty-withdrawal';
const result = simulate({
  treaty: 'ottawa',
  party: 'UKR',
  procedure: 'ukraine',
  events: [
    { type: 'armedConflict.started', date: '2022-02-24' },
    { type: 'decree.signed', date: '2025-06-29' },
    { type: 'parliament.approved', date: '2025-07-15' },
    { type: 'law.signed', date: '2025-07-15' },
    { type: 'instrument.deposited', date: '2025-07-18' },
  ],
});
window.__result = {
  outcome: result.outcome,
  noticeExpiresOn: result.noticeExpiresOn,
  effectiveOn: result.effectiveOn,
  bound: statusOn(result, '2026-06-01').bound,
  clamped: addPeriod('2025-08-31', { months: 6 }),
};
document.body.textContent = JSON.stringify(window.__result);
</script>`;

const types: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(page);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    // Serve only the build and the two dependencies, never anything else from disk.
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const allowed = [join(root, 'dist'), join(root, 'node_modules', 'xstate'), join(root, 'node_modules', 'zod')];
    if (!allowed.some((dir) => path.startsWith(dir + '/')) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!executablePath)('in headless Chromium', () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve();
    browser = await chromium.launch({
      executablePath: executablePath as string,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('runs the Ukraine scenario from the ESM build', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    tab.on('pageerror', (error) => errors.push(error.message));
    const { port } = server.address() as AddressInfo;
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, {
      timeout: 20_000,
    });
    const result = await tab.evaluate(() => (window as unknown as { __result: unknown }).__result);
    expect(result).toEqual({
      outcome: 'deferred',
      noticeExpiresOn: '2026-01-18',
      effectiveOn: null,
      bound: true,
      clamped: '2026-02-28',
    });
    expect(errors).toEqual([]);
  }, 60_000);
});

/**
 * examples/react (Vite + React 19 + @xstate/react's useMachine), end to end in
 * headless Chromium: the built app (examples/react/dist, from
 * `npm run build:react-example`) served from 127.0.0.1. The stage, the allowed
 * events as buttons, the timeline, and a refusal shown from `event.refused`.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, serveDirectory } from './server.js';

const appDir = fileURLToPath(new URL('../../examples/react/dist', import.meta.url));
const executablePath = findChromium();
if (!executablePath)
  console.warn('React example test skipped: no Chromium found (install the Debian package "chromium", or set CHROMIUM_PATH)');

describe.skipIf(!executablePath)('the React example in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveDirectory(appDir);
    browser = await chromium.launch({ executablePath: executablePath as string, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForSelector('[data-testid="stage"]');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const text = async (id: string) => ((await page.locator(`[data-testid="${id}"]`).textContent()) ?? '').trim();
  const buttons = () => page.locator('fieldset button').evaluateAll((all) => all.map((b) => b.getAttribute('data-event')));
  const sendOn = async (type: string, date: string) => {
    await page.fill('#date', date);
    await page.click(`button[data-event="${type}"]`);
  };

  it('starts in the domestic procedure, with its allowed events as buttons', async () => {
    expect(await text('stage')).toBe('procedure');
    const allowed = await buttons();
    expect(allowed).toContain('instrument.deposited');
    expect(allowed).toContain('decree.signed');
    expect(allowed).not.toContain('notification.revoked');
    expect(await page.locator('[data-testid="timeline"] li').allTextContents()).toEqual([]);
  });

  it('shows a refusal that send() used to drop: a date written 27/06/2025', async () => {
    await sendOn('instrument.deposited', '27/06/2025');
    await expect.poll(() => page.locator('[data-testid="refusal"]').getAttribute('data-code')).toBe('INVALID_EVENT');
    expect(await text('refusal')).toBe('INVALID_EVENT: event.date: "27/06/2025" is not written YYYY-MM-DD');
    expect(await text('stage')).toBe('procedure');
  });

  it('deposits, runs the notice period out, and shows the timeline', async () => {
    await sendOn('instrument.deposited', '2025-07-10');
    await expect.poll(() => text('stage')).toBe('noticePeriod');
    expect(await page.locator('[data-testid="refusal"]').count()).toBe(0);
    expect(await text('receivedOn')).toBe('2025-07-10');
    expect(await text('noticeExpiresOn')).toBe('2026-01-10');
    expect(await buttons()).toContain('notification.revoked');

    await sendOn('clock.advanced', '2026-01-10');
    await expect.poll(() => text('stage')).toBe('effective');
    expect(await text('effectiveOn')).toBe('2026-01-10');
    expect(await buttons()).toEqual([]);
    expect(await page.locator('[data-testid="timeline"] li').allTextContents()).toEqual([
      'notice-period: from 2025-07-10 to 2026-01-10',
      'effective: from 2026-01-10',
    ]);
  });

  it('logs no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});

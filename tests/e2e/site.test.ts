/**
 * The playground, end to end in headless Chromium: the built site (site-dist/,
 * from `npm run build:site`) served from 127.0.0.1. Run with `npm run test:site`.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties, partyDataTreatyIds, treaties } from '../../src/index.js';
import { CHROMIUM_ARGS, findChromium, serveDirectory } from './server.js';

const siteDir = fileURLToPath(new URL('../../site-dist', import.meta.url));
const artifacts = fileURLToPath(new URL('../../test-artifacts', import.meta.url));
const executablePath = findChromium();
if (!executablePath)
  console.warn('site tests skipped: no Chromium found (install the Debian package "chromium", or set CHROMIUM_PATH)');

/** What each preset must show: outcome, effective date text, notice expiry. */
const expectations: Record<string, { outcome: string; effective: RegExp; notice: string }> = {
  'apmbt-ukr-2025': { outcome: 'deferred', effective: /No effective date: the withdrawal is deferred/, notice: '2026-01-18' },
  'apmbt-ukr-2025-suspension': {
    outcome: 'suspension-contested',
    effective: /No effective date: a suspension is not a withdrawal/,
    notice: 'no notice period has started',
  },
  'apmbt-ltu-2025': { outcome: 'effective', effective: /^2025-12-27$/, notice: '2025-12-27' },
  'apmbt-lva-2025': { outcome: 'effective', effective: /^2025-12-27$/, notice: '2025-12-27' },
  'apmbt-est-2025': { outcome: 'effective', effective: /^2025-12-27$/, notice: '2025-12-27' },
  'apmbt-fin-2025': { outcome: 'effective', effective: /^2026-01-10$/, notice: '2026-01-10' },
  'apmbt-pol-2025': { outcome: 'effective', effective: /^2026-02-20$/, notice: '2026-02-20' },
  'rome-phl-2018': { outcome: 'effective', effective: /^2019-03-17$/, notice: '2019-03-17' },
  'paris-usa-2019': { outcome: 'effective', effective: /^2020-11-04$/, notice: '2020-11-04' },
  'paris-usa-2025': { outcome: 'effective', effective: /^2026-01-27$/, notice: '2026-01-27' },
  'rome-gmb-2016': { outcome: 'revoked', effective: /No effective date: the notice was revoked/, notice: '2017-11-10' },
  'who-usa-2020': { outcome: 'revoked', effective: /No effective date: the notice was revoked/, notice: '2021-07-06' },
};

describe.skipIf(!executablePath)('the playground in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await serveDirectory(siteDir);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: executablePath as string, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`);
    await page.waitForSelector('#outcome .headline');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function shown(field: string): Promise<string> {
    return (await page.locator(`#outcome [data-field="${field}"]`).textContent())?.trim() ?? '';
  }

  it.each(Object.entries(expectations))('shows preset %s with its outcome and dates', async (id, expected) => {
    await page.selectOption('#preset', id);
    await expect.poll(() => shown('outcome')).toBe(expected.outcome);
    expect(await shown('effectiveOn')).toMatch(expected.effective);
    expect(await shown('noticeExpiresOn')).toBe(expected.notice);
    // The timeline, the explanation and the diagram follow the scenario.
    expect(await page.locator('#timeline svg.timeline .bar').count()).toBeGreaterThan(0);
    expect(await page.locator('#explanation li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#diagram').getAttribute('data-state'), { timeout: 20_000 }).toBeTruthy();
    const links = await page.locator('#explanation a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) expect(href).toMatch(/^https?:\/\//);
  });

  it('saves screenshots of two presets', async () => {
    for (const id of ['apmbt-ukr-2025', 'apmbt-pol-2025']) {
      await page.selectOption('#preset', id);
      await expect
        .poll(() => page.locator('#diagram').getAttribute('data-state'), { timeout: 20_000 })
        .toBe(id === 'apmbt-ukr-2025' ? 'deferred' : 'effective');
      await page.screenshot({ path: `${artifacts}/playground-${id}.png`, fullPage: true });
    }
  });

  it('highlights the current state in the diagram', async () => {
    await page.selectOption('#preset', 'apmbt-ukr-2025');
    await expect.poll(() => page.locator('#diagram').getAttribute('data-state'), { timeout: 20_000 }).toBe('deferred');
    expect(await page.locator('#diagram svg .current').count()).toBeGreaterThan(0);
  });

  it('answers whether the party was bound on the chosen date', async () => {
    await page.selectOption('#preset', 'apmbt-pol-2025');
    await page.fill('#bound-date', '2026-02-19');
    await expect.poll(() => page.locator('[data-field="bound"]').textContent()).toBe('On 2026-02-19: bound (notice-period).');
    await page.fill('#bound-date', '2026-02-20');
    await expect.poll(() => page.locator('[data-field="bound"]').textContent()).toBe('On 2026-02-20: not bound (effective).');
  });

  it('shows the library’s message next to an invalid date', async () => {
    await page.selectOption('#preset', 'apmbt-pol-2025');
    await page.fill('#event-2-date', '2025-02-30');
    await expect.poll(() => page.locator('#event-2-date-message').textContent()).toBe('2025-02-30 is not a calendar date');
    expect(await page.getAttribute('#event-2-date', 'aria-invalid')).toBe('true');
    expect(await page.locator('#outcome .headline').textContent()).toBe('This scenario cannot be simulated yet.');
    await page.fill('#event-2-date', '2025-08-20');
    await expect.poll(() => shown('outcome')).toBe('effective');
    expect(await page.locator('#event-2-date-message').textContent()).toBe('');
  });

  it('shows a refusal next to the event it concerns', async () => {
    await page.selectOption('#preset', 'apmbt-ukr-2025');
    await page.click('#event-1 .remove'); // the decree: now the deposit comes too early
    await expect
      .poll(() => page.locator('#outcome [data-field="error"]').textContent())
      .toMatch(/^(EVENT_NOT_ALLOWED|PROCEDURE_INCOMPLETE)/);
  });

  it('adds and edits events with the keyboard', async () => {
    await page.selectOption('#preset', 'apmbt-fin-2025');
    const before = await page.locator('#events > li').count();
    await page.focus('#add-event');
    await page.keyboard.press('Enter');
    expect(await page.locator('#events > li').count()).toBe(before + 1);
    // Focus moved to the new event's type: choose a revocation, then date it before effect.
    await page.selectOption(`#event-${before}-type`, 'notification.revoked');
    await page.fill(`#event-${before}-date`, '2025-12-01');
    await expect.poll(() => shown('outcome')).toBe('revoked');
  });

  it('keeps the scenario in the URL, and a shared URL shows the same view', async () => {
    await page.selectOption('#preset', 'paris-usa-2019');
    await page.fill('#bound-date', '2020-11-03');
    await expect.poll(() => page.locator('[data-field="bound"]').textContent()).toBe('On 2020-11-03: bound (notice-period).');
    const shared = page.url();
    expect(shared).toContain('#scenario=');
    const other = await browser.newPage();
    other.on('pageerror', (error) => errors.push(error.message));
    await other.goto(shared);
    await expect.poll(() => other.locator('#outcome [data-field="effectiveOn"]').textContent()).toBe('2020-11-04');
    expect(await other.inputValue('#bound-date')).toBe('2020-11-03');
    expect(await other.locator('[data-field="bound"]').textContent()).toBe('On 2020-11-03: bound (notice-period).');
    expect(await other.inputValue('#treaty')).toBe('paris-agreement');
    await other.close();
  });

  it('exports the scenario as the JSON the CLI reads, and imports it back', async () => {
    await page.selectOption('#preset', 'rome-phl-2018');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const path = await download.path();
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile(path as string, 'utf8'));
    expect(exported).toMatchObject({
      treaty: 'rome-statute',
      party: 'Philippines',
      events: [{ type: 'instrument.deposited', date: '2018-03-17' }],
    });
    await page.selectOption('#preset', 'apmbt-ukr-2025');
    await page.setInputFiles('#import', path as string);
    await expect.poll(() => shown('effectiveOn')).toBe('2019-03-17');
  });

  it('is readable at phone width', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${origin}/`);
    await phone.waitForSelector('#outcome .headline');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${artifacts}/playground-phone.png`, fullPage: false });
    await phone.close();
  });

  it('offers every shipped treaty, read from the catalog', async () => {
    const offered = await page.locator('#treaty option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered.filter((id) => id !== '__custom__').sort()).toEqual(treaties.map((t) => t.id).sort());
  });

  it("offers the treaty's parties in the party field, by code with the English name", async () => {
    expect(await page.locator('#party').getAttribute('list')).toBe('party-list');
    await page.selectOption('#treaty', 'ottawa');
    await expect.poll(() => page.locator('#party-list option').count()).toBe(parties('ottawa')?.parties.length);
    expect(await page.locator('#party-list option[value="POL"]').textContent()).toBe('Poland');
    await page.selectOption('#treaty', 'rome-statute');
    await expect.poll(() => page.locator('#party-list option').count()).toBe(parties('rome-statute')?.parties.length);
    expect(await page.locator('#party-list option[value="PHL"]').count()).toBe(1);
    // A treaty without party data offers no list (its parties are not known).
    const without = treaties.find((t) => !partyDataTreatyIds.includes(t.id));
    expect(without).toBeDefined();
    await page.selectOption('#treaty', without!.id);
    await expect.poll(() => page.locator('#party-list option').count()).toBe(0);
  });

  it('labels every control', async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select')]
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label'))
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});

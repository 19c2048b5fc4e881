import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server';
import { waitUntil } from './helpers/wait-until';

const executablePath = '/usr/bin/chromium';

/** The page's globals the tests read (`window.playground` is the page's state). */
type PageGlobals = {
  playground: {
    audioContext?: { currentTime: number; state: string };
    scheduledBuffers: number;
    receivedBytes: number;
    words: unknown[];
    highlighted: number;
    lastEnd?: { cached: boolean };
  };
  document: {
    querySelectorAll(selector: string): { length: number };
    querySelector(
      selector: string,
    ): { classList: { contains(name: string): boolean } } | null;
  };
};
const readState = (page: Page) =>
  page.evaluate(() => {
    // runs in the page: a function, not a string (the page's CSP forbids eval)
    const state = (globalThis as unknown as PageGlobals).playground;
    return {
      time: state.audioContext?.currentTime ?? 0,
      contextState: state.audioContext?.state,
      buffers: state.scheduledBuffers,
      bytes: state.receivedBytes,
      words: state.words.length,
      highlighted: state.highlighted,
      cached: state.lastEnd?.cached,
    };
  });

describe.skipIf(!existsSync(executablePath))('playground in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    // the real embedded engine, warmed up as `npm start` does
    server = await startTestServer({ env: { WARM_UP: 'true', ESPEAK_WORKERS: '1' } });
    await waitUntil({
      check: async () => (await fetch(`${server.url}/readyz`)).status === 200,
      timeoutMs: 30_000,
      what: 'the engine warm-up',
    });
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'],
    });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads with the engines and voices of the server', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/`);
    await expect(page.title()).resolves.toBe('ttskit playground');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document.querySelectorAll('#voice option')
          .length > 100,
    );
    expect(await page.inputValue('#engine')).toBe('espeak');
    expect(await page.inputValue('#voice')).toBe('en-us');
    expect(errors).toEqual([]);
  });

  it('plays speech as it streams in and highlights the words in time', async () => {
    await page.fill(
      '#input',
      'One two three four five six seven eight nine ten. '.repeat(2),
    );
    await page.click('#speak');
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).playground.scheduledBuffers > 0,
    );
    const start = await readState(page);
    expect(start.contextState).toBe('running');
    expect(start.bytes).toBeGreaterThan(10_000);
    // the audio clock runs and the highlight walks through the words with it
    await expect
      .poll(async () => (await readState(page)).highlighted)
      .toBeGreaterThanOrEqual(2);
    const later = await readState(page);
    await expect
      .poll(async () => (await readState(page)).highlighted)
      .toBeGreaterThan(later.highlighted);
    const end = await readState(page);
    expect(end.time).toBeGreaterThan(start.time + 0.3);
    expect(end.words).toBe(20);
    expect(await page.locator('#transcript span.current').count()).toBe(1);
    expect(await page.textContent('#stat-cache')).toBe('miss');
  });

  it('shows a cache hit when the same text is spoken again', async () => {
    await expect
      .poll(async () => {
        await page.click('#speak');
        await page.waitForFunction(
          () => (globalThis as unknown as PageGlobals).playground.lastEnd !== undefined,
        );
        return page.textContent('#stat-cache');
      })
      .toBe('hit');
  });

  it('points at the line and column of an SSML error', async () => {
    await page.check('#mode-ssml');
    await page.fill('#input', '<speak>\n  <p>Unclosed\n</speak>');
    await page.click('#speak');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document
          .querySelector('#status')
          ?.classList.contains('error') === true,
    );
    expect(await page.textContent('#status')).toContain('(line 3, column 1)');
  });
});

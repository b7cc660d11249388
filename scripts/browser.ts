import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * The real-browser harness of the e2e tests, the demo and the benchmark: a static server on 127.0.0.1 for fixture pages, and Debian's Chromium with
 * the e2e build of the extension loaded (.output-e2e/chrome-mv3: the shipped extension plus a host
 * permission for 127.0.0.1, because a test cannot make the toolbar click that grants activeTab).
 * Every request that is not to 127.0.0.1 is aborted: no test touches the network.
 */
export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION = join(ROOT, '.output-e2e/chrome-mv3');
export const SHARED_PAGES = resolve(ROOT, '../shared/fixtures/pages');
/** The one piece of the extension API the tests call, inside the service worker. */
declare const chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string; active?: boolean }[]> } };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/** Serves /seed/* from test/fixtures/seed, /pages/<slug>/ from the shared pages, /fixtures/* from test/fixtures. */
export async function startServer(): Promise<{ url: string; server: Server }> {
  const roots: [string, string][] = [
    ['/seed/', join(ROOT, 'test/fixtures/seed')],
    ['/pages/', SHARED_PAGES],
    ['/fixtures/', join(ROOT, 'test/fixtures')],
  ];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/generated/nested.html') {
      // Hostile markup: 10,000 nested elements around one paragraph.
      const text = 'The minister said that the deep talks would continue for some time. '.repeat(40);
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end(
        `<!doctype html><title>Nested</title><body>${'<div>'.repeat(10_000)}<p>${text}</p>${'</div>'.repeat(10_000)}`,
      );
      return;
    }
    for (const [prefix, dir] of roots) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'source.html');
      if (!existsSync(file)) break;
      const ext = file.slice(file.lastIndexOf('.'));
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests the extension's own pages and worker made to anything but 127.0.0.1. */
  outsideRequests: string[];
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXTENSION}: run "npm run test:e2e" (it builds first).`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const outsideRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:\/\/127\.0\.0\.1[:/]/.test(url) || /^(chrome-extension|data|blob):/.test(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, outsideRequests, close: () => context.close() };
}

/** The id Chrome gave the tab showing `page`. */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  const url = page.url();
  // Chrome hides the URL and title of pages we have no permission for (chrome://…): find the tab
  // by URL where we can, else as the active tab once the page is brought to the front.
  await page.bringToFront();
  const id = await browser.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    // Several tabs can show the same URL (a failed test leaves its page open): the one just
    // brought to the front is ours.
    const same = tabs.filter((tab) => tab.url === u);
    const byUrl = same.find((tab) => tab.active) ?? same[0];
    if (byUrl) return byUrl.id ?? null;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/**
 * Opens the popup for the tab showing `page`, as a page of its own: `popup.html?tab=ID`. This runs
 * the popup's real code path (ping, inject with chrome.scripting, analyse, render); what it does
 * not exercise is the toolbar click itself and the activeTab grant it brings.
 */
export async function openPopup(browser: Browser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The text of every range in every Sidelight highlight on the page, by highlight name. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('sidelight-')) return;
      out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

/** Moves the pointer onto the words `text` in the article and waits for the card. */
export async function hover(page: Page, text: string) {
  await page.bringToFront();
  const box = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`no "${needle}" in the article`);
  }, text);
  await page.mouse.move(box.x, box.y);
  const card = page.getByRole('dialog', { name: /claim by/i });
  await card.waitFor();
  return card;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors from every page of this browser (CSP refusals included). */
  errors: string[];
  close(): Promise<void>;
}

/** Browsers not yet looked at since they closed, for the shared check (fail-on-page-errors.ts). */
const watched = new Set<{ errors: string[]; closed: boolean }>();

/**
 * Every error logged since the last call, by any browser open or opened since: a browser opened
 * once for a whole file is checked after each of its tests.
 */
export function takeBrowserErrors(): string[] {
  const errors: string[] = [];
  for (const browser of watched) {
    errors.push(...browser.errors.splice(0, browser.errors.length));
    if (browser.closed) watched.delete(browser);
  }
  const allowed = expected.splice(0, expected.length);
  return errors.filter((error) => !allowed.some((pattern) => pattern.test(error)));
}

/** Errors this test causes on purpose (e.g. requests refused while it has cut the network); cleared after each test. */
const expected: RegExp[] = [];

/** Lets the shared check pass errors matching `pattern` for the current test only. */
export function expectBrowserErrors(pattern: RegExp): void {
  expected.push(pattern);
}

export interface OpenOptions {
  /**
   * A Chromium profile folder to use, kept after close: reopening it is how a test comes back to
   * the same device storage after a crash. Without one, each browser gets a fresh folder, removed on close.
   */
  userDataDir?: string;
  /** Extra Chromium flags for one test, e.g. an autoplay policy. */
  extraArgs?: string[];
  /**
   * Service workers are blocked unless a test is about the offline copy: a worker that installs
   * itself would serve later loads from its cache, past the routes tests use to stub the scenery.
   */
  serviceWorkers?: 'allow' | 'block';
}

/** Debian's Chromium, headless; console errors are collected so tests can fail on them. */
export async function openBrowser(viewport = { width: 1280, height: 720 }, options: OpenOptions = {}): Promise<BrowserSession> {
  const profile = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'cg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    serviceWorkers: options.serviceWorkers ?? 'block',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(options.extraArgs ?? [])],
  });
  // A page also reports each policy violation itself, with the directive and what was blocked.
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));`);
  const errors: string[] = [];
  // Chromium reports a Content-Security-Policy refusal as a console error, so this catches those too.
  const listen = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  };
  context.pages().forEach(listen);
  context.on('page', listen);
  const page = context.pages()[0] ?? (await context.newPage());
  const watch = { errors, closed: false };
  watched.add(watch);
  return {
    context,
    page,
    errors,
    async close() {
      watch.closed = true;
      await context.close();
      if (!options.userDataDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a script in the page as the page's own code would, without user activation. Playwright's
 * `page.evaluate` and every locator call (`waitFor`, `innerText`…) run with `userGesture: true`,
 * which Chromium counts as the user acting: `navigator.userActivation.hasBeenActive` turns true and
 * anything that waits for the first gesture starts. Tests about what happens before a gesture must
 * read the page only through this.
 */
export async function evaluateWithoutGesture<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, userGesture: false });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/**
 * Serves an empty Phaser chunk, so the game runs text-only as it does without WebGL. Tests about
 * storage use it: software-rendered scenery slows every IndexedDB write on a machine without a GPU.
 */
export async function withoutScenery(context: BrowserContext): Promise<void> {
  await context.route(/\/phaser-[^/]*\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export {};' }));
}

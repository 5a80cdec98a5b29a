import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * A Chromium profile folder to use, kept after close: reopening it is how a test comes back to
   * the same device storage after a crash. Without one, each browser gets a fresh folder, removed on close.
   */
  userDataDir?: string;
  /** Extra Chromium flags for one test, e.g. an autoplay policy. */
  extraArgs?: string[];
}

/** Debian's Chromium, headless; console errors are collected so tests can fail on them. */
export async function openBrowser(viewport = { width: 1280, height: 720 }, options: OpenOptions = {}): Promise<BrowserSession> {
  const profile = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'cg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(options.extraArgs ?? [])],
  });
  // Every browser test fails on a Content-Security-Policy violation: each is reported as an error.
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));`);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Serves an empty Phaser chunk, so the game runs text-only as it does without WebGL. Tests about
 * storage use it: software-rendered scenery slows every IndexedDB write on a machine without a GPU.
 */
export async function withoutScenery(context: BrowserContext): Promise<void> {
  await context.route(/\/phaser-[^/]*\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export {};' }));
}

import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openBrowser, withoutScenery, type BrowserSession } from './browser';

interface UseBrowserOptions {
  /** A fresh browser (and device storage) for each test, or one for the whole suite. */
  per?: 'test' | 'file';
  /** Draw the Phaser scenery; most tests are about text and storage and run text-only (see withoutScenery). */
  scenery?: boolean;
}

/**
 * The browser set-up most browser test suites share: opened before, closed after, text-only unless
 * asked. Kept apart from browser.ts, which scripts outside Vitest (the soak) also use. The session
 * returned is filled in before each test runs, so tests read `browser.page` as usual.
 */
export function useBrowser(options: UseBrowserOptions = {}): BrowserSession {
  const current = {} as BrowserSession;
  const [before, after] = options.per === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    Object.assign(current, await openBrowser());
    if (!options.scenery) await withoutScenery(current.context);
  });
  after(async () => {
    await current.close?.();
  });
  return current;
}

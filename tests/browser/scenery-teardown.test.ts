import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, createProfile, reachChoices, sceneryLoaded } from './learner';
import { useBrowser } from './use-browser';

/**
 * Each game builds its scenery and takes it down at the end, listeners and all: a learner who
 * plays again and again in one tab must not carry every earlier game's picture along. The page's
 * listeners on `document` are counted as they are added and removed.
 */
const COUNT_DOCUMENT_LISTENERS = `(() => {
  const live = [];
  window.__documentListeners = () => live.length;
  const add = document.addEventListener, remove = document.removeEventListener;
  const capture = (options) => typeof options === 'boolean' ? options : !!(options && options.capture);
  const at = (type, listener, options) => live.findIndex((l) => l.type === type && l.listener === listener && l.capture === capture(options));
  document.addEventListener = function (type, listener, options) {
    if (listener && at(type, listener, options) < 0) live.push({ type, listener, capture: capture(options) });
    return add.call(this, type, listener, options);
  };
  document.removeEventListener = function (type, listener, options) {
    const i = at(type, listener, options);
    if (i >= 0) live.splice(i, 1);
    return remove.call(this, type, listener, options);
  };
})();`;

const documentListeners = (page: Page) => page.evaluate(() => (window as unknown as { __documentListeners(): number }).__documentListeners());

async function playToTheEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await sceneryLoaded(page);
  while (!(await page.locator('.ending:not([hidden])').count())) {
    await choose(page);
    await reachChoices(page);
  }
}

async function playAgain(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'See your debrief' }).click();
  await page.getByRole('link', { name: 'Play again' }).click();
}

describe('the scenery from one game to the next', () => {
  const browser = useBrowser({ scenery: true });

  it('leaves no listener of an earlier game on the page when the learner plays again', { timeout: 180_000 }, async () => {
    const { page, context } = browser;
    await context.addInitScript({ content: COUNT_DOCUMENT_LISTENERS });
    await createProfile(page, inject('baseUrl'), 'Again and again');
    await page.goto(`${inject('baseUrl')}#/play/pension-card`);
    await playToTheEnd(page);
    await playAgain(page);
    await playToTheEnd(page);
    const afterTwo = await documentListeners(page);
    expect(afterTwo).toBeGreaterThan(0);
    for (let game = 3; game <= 4; game++) {
      await playAgain(page);
      await playToTheEnd(page);
    }
    expect(await documentListeners(page)).toBe(afterTwo);
  });
});

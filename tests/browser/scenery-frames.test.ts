import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, createProfile, reachChoices, sceneryLoaded } from './learner';
import { useBrowser } from './use-browser';

/**
 * A still picture costs nothing: once the scene is drawn the frame loop sleeps, and it draws again
 * only when the story changes who is there. Where WebGL has no GPU (as in this headless Chromium,
 * and on many office thin clients) every frame drawn is read back on the main thread, so a loop
 * left running would slow every click. The test counts WebGL draw calls made by the page.
 */
const COUNT_DRAWS = `(() => {
  window.__glDraws = 0;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['drawArrays', 'drawElements', 'clear']) {
      const original = proto[name];
      proto[name] = function (...args) { window.__glDraws++; return original.apply(this, args); };
    }
  }
})();`;

const draws = (page: Page) => page.evaluate(() => (window as unknown as { __glDraws: number }).__glDraws);

/** Until no draw call has been made for a second and a half (a fade or a nod has finished). */
async function stillFor(page: Page): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const before = await draws(page);
        await page.waitForTimeout(1500);
        const after = await draws(page);
        last = after;
        return after - before;
      },
      { timeout: 30_000, interval: 0 },
    )
    .toBe(0);
  return last;
}

describe('the scenery while nothing changes', () => {
  const browser = useBrowser({ scenery: true });

  it('draws no frames while the picture is still, and draws again when a choice changes the scene', { timeout: 120_000 }, async () => {
    const { page, context } = browser;
    await context.addInitScript({ content: COUNT_DRAWS });
    await createProfile(page, inject('baseUrl'), 'Still life');
    await page.goto(`${inject('baseUrl')}#/play/pension-card`);
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await reachChoices(page);
    await sceneryLoaded(page);
    const settledDraws = await stillFor(page);
    expect(settledDraws).toBeGreaterThan(0);

    // A few decisions on, the meeting has begun and the people in the picture have changed.
    const drawnBefore = await page.locator('.stage').getAttribute('data-drawn');
    for (let decision = 0; decision < 4; decision++) {
      await choose(page);
      await reachChoices(page);
      await page.locator('button.choice').last().scrollIntoViewIfNeeded();
    }
    await expect.poll(() => page.locator('.stage').getAttribute('data-drawn'), { timeout: 30_000 }).not.toBe(drawnBefore);
    const afterChoices = await stillFor(page);
    expect(afterChoices).toBeGreaterThan(settledDraws);
  });
});

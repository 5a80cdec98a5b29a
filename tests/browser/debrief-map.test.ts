import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { AXES } from '../../src/core/axes';
import { openBrowser, type BrowserSession } from './browser';
import { choose, createProfile, reachChoices } from './learner';

describe('the debrief after a play-through', () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser({ width: 390, height: 844 });
  });
  afterEach(async () => {
    await browser.close();
  });

  it("shows each axis as a share of the best achievable, and the map with the learner's path", async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Map reader');
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await page.locator('.scenario-card a[href^="#/play/"]').first().click();
    let decisions = 0;
    for (;;) {
      expect(decisions).toBeLessThan(60);
      await reachChoices(page);
      if (await page.locator('.ending:not([hidden])').count()) break;
      await choose(page, page.locator('button.choice').last());
      await page.locator('.transcript .entry--player').nth(decisions++).waitFor();
    }
    await page.locator('a:has-text("See your debrief")').click();

    for (const axis of AXES) {
      expect(await page.locator(`dd[data-axis-share="${axis}"]`).innerText()).toMatch(/^of a possible [+-]?\d+: \d+%/);
    }
    const map = page.locator('.scenario-map');
    await map.waitFor();
    expect(await map.getAttribute('role')).toBe('img');
    expect(await page.locator('.map-edge--on-path').count()).toBe(decisions);
    expect(await page.locator('.scenario-map desc').textContent()).toMatch(/your path: decision 1, /);
    // The page itself never scrolls sideways; a wide map scrolls inside its own frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});

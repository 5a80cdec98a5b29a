import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, withoutScenery, type BrowserSession } from './browser';
import { createProfile, reachChoices } from './learner';

const DIST = join(import.meta.dirname, '../../dist');

function builtFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name)) : [relative(DIST, join(dir, entry.name))],
  );
}

describe('the game offline, once visited', () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser(undefined, { serviceWorkers: 'allow' });
  });
  afterEach(async () => {
    await browser.close();
  });

  it('precaches every file the game can load: code, every scenario, art and sound', () => {
    const serviceWorker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    // Older-browser font files are left to the network (every browser that runs a service worker reads woff2).
    const needed = builtFiles().filter((file) => !/\.woff$/.test(file) && file !== 'sw.js' && !/^workbox-.*\.js$/.test(file));
    expect(needed.some((file) => /^assets\/first-day-.*\.js$/.test(file))).toBe(true);
    // What the debrief draws comes in a chunk of its own (ink-plugin.ts): kept offline too.
    expect(needed.some((file) => /^assets\/first-day-summary-.*\.js$/.test(file))).toBe(true);
    expect(needed.filter((file) => !serviceWorker.includes(`"${file}"`))).toEqual([]);
  });

  it('plays a scenario to its debrief after going offline and reloading', async () => {
    const { page, context } = browser;
    const baseUrl = inject('baseUrl');
    // Text-only (as without WebGL), to keep the test short: the offline copy holds the stand-in chunk.
    await withoutScenery(context);
    await page.goto(baseUrl);
    await page.locator('.title, .profile-picker, #new-name').first().waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // A first visit is not controlled until it loads again: the new worker never takes over a live page.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);

    await context.setOffline(true);
    await page.reload();
    // The title screen comes from the offline copy (this page has no network now).
    await page.locator('.title').waitFor();
    await createProfile(page, baseUrl, 'Offline learner');
    await page.goto(`${baseUrl}#/play/first-day`);
    const start = page.getByRole('button', { name: 'Start the scenario' });
    await page.locator('button.choice, .ask, .before-you-start').first().waitFor();
    if (await start.count()) await start.click();
    for (let decision = 0; decision < 40; decision++) {
      await reachChoices(page);
      if (await page.locator('.ending:not([hidden])').count()) break;
      await page.locator('button.choice').first().click();
      await page.locator('.transcript .entry--player').nth(decision).waitFor();
    }
    await page.getByRole('link', { name: 'See your debrief' }).click();
    await page.locator('.axis-totals').waitFor();
    expect(await page.locator('.decision').count()).toBeGreaterThanOrEqual(5);
    // The shares and the map come from the scenario's summary chunk, out of the offline copy.
    expect(await page.locator('.axis-totals .axis-share').count()).toBe(3);
    await page.locator('.full-map summary').click();
    await page.locator('.scenario-map').waitFor();
  }, 90_000);
});

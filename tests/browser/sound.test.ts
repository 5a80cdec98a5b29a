import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { AUDIO_FILES } from '../../src/audio/audio-manifest';
import { openBrowser, type BrowserSession } from './browser';
import { createProfile } from './learner';

// Headless Chromium has no sound card; this flag lets its audio context run all the same.
const AUTOPLAY = ['--autoplay-policy=no-user-gesture-required'];

function audioState(browser: BrowserSession) {
  return browser.page.evaluate(() => window.__commonGroundAudio?.state() ?? null);
}

describe('sound', () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser({ width: 1280, height: 720 }, { extraArgs: AUTOPLAY });
  });
  afterEach(async () => {
    await browser.close();
  });

  it('loads nothing before the first gesture, then every sound loads in howler and calm music plays', async () => {
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.locator('.title').waitFor();
    expect(await audioState(browser)).toBeNull();

    await page.mouse.click(640, 700);
    await expect.poll(() => audioState(browser).then((s) => s?.music)).toBe('calm');
    await page.evaluate(() => window.__commonGroundAudio!.preloadAll());
    await expect
      .poll(() => audioState(browser).then((s) => Object.values(s?.files ?? {}).filter((f) => f === 'loaded').length), { timeout: 30_000 })
      .toBe(AUDIO_FILES.length);
    const state = await audioState(browser);
    expect(state).toMatchObject({ context: 'running', errors: [], muted: false });
    expect(await page.locator('.sound-caption').innerText()).toContain('Calm music');
    expect(browser.errors).toEqual([]);
  });

  it("plays the room's ambience in a scenario, and remembers mute on the next visit", async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Listener');
    await page.goto(`${inject('baseUrl')}#/play/pension-card`);
    await page.locator('button:has-text("Start the scenario")').click();
    await expect.poll(() => audioState(browser).then((s) => [s?.ambience, s?.music])).toEqual(['room-tone', null]);
    expect(await page.locator('.transcript .entry--caption').first().innerText()).toContain('hum of the room');

    // The sound control works from the keyboard alone.
    await page.locator('.sound-toggle').focus();
    await page.keyboard.press('Enter');
    await page.locator('#sound-panel').waitFor();
    await page.locator('#sound-mute').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => audioState(browser).then((s) => s?.muted)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#sound-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('sound-toggle');

    await page.reload();
    await page.locator('.sound-toggle').waitFor();
    expect(await page.locator('.sound-toggle').innerText()).toContain('Sound off');
    expect(browser.errors).toEqual([]);
  });
});

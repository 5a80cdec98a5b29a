import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { AUDIO_FILES } from '../../src/audio/audio-manifest';
import { evaluateWithoutGesture, openBrowser, type BrowserSession } from './browser';
import { createProfile } from './learner';

// Headless Chromium has no sound card; this flag lets its audio context run all the same.
const AUTOPLAY = ['--autoplay-policy=no-user-gesture-required'];

/**
 * Waits for the title screen and reports what the page has done about sound, without touching it
 * the way Playwright's locators do (they count as a gesture; see evaluateWithoutGesture).
 */
const BEFORE_ANY_GESTURE = `new Promise((resolve) => {
  const look = () => document.querySelector('.title')
    ? resolve({ hasBeenActive: navigator.userActivation.hasBeenActive, audio: window.__commonGroundAudio?.state() ?? null })
    : setTimeout(look, 20);
  look();
})`;

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

  // The cause of an old flaky failure: the locator that waited for the title counted as the first
  // gesture, so sound sometimes started before the test's own click.
  it("reads the page without counting as a gesture, which Playwright's own evaluate does not", async () => {
    const { page } = browser;
    const activated = () => evaluateWithoutGesture<boolean>(page, 'navigator.userActivation.hasBeenActive');
    await page.goto(inject('baseUrl'), { waitUntil: 'domcontentloaded' });
    expect(await activated()).toBe(false);
    await page.evaluate(() => document.title);
    expect(await activated()).toBe(true);
  });

  it('loads nothing before the first gesture, then every sound loads in howler and calm music plays', async () => {
    const { page } = browser;
    const soundRequests: string[] = [];
    page.on('request', (request) => {
      if (/audio-player|howler|\.(webm|mp3)$/.test(request.url())) soundRequests.push(request.url());
    });
    await page.goto(inject('baseUrl'), { waitUntil: 'domcontentloaded' });
    const before = await evaluateWithoutGesture<{ hasBeenActive: boolean; audio: unknown }>(page, BEFORE_ANY_GESTURE);
    expect(before).toEqual({ hasBeenActive: false, audio: null });
    expect(soundRequests).toEqual([]);

    await page.mouse.click(640, 700);
    await expect.poll(() => audioState(browser).then((s) => s?.music)).toBe('calm');
    await page.evaluate(() => window.__commonGroundAudio!.preloadAll());
    await expect
      .poll(() => audioState(browser).then((s) => Object.values(s?.files ?? {}).filter((f) => f === 'loaded').length), { timeout: 30_000 })
      .toBe(AUDIO_FILES.length);
    const state = await audioState(browser);
    expect(state).toMatchObject({ context: 'running', errors: [], muted: false });
    expect(await page.locator('.sound-caption').innerText()).toContain('Calm music');
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
  });
});

import { describe, expect, inject, it } from 'vitest';
import type { PictureCue } from '../../src/narrative/story-runner';
import { StoryRunner } from '../../src/narrative/story-runner';
import { compileStory } from '../fixtures/compile-fixture';
import { choose, createProfile, reachChoices } from './learner';
import { phase, press } from './presenter';
import { useBrowser } from './use-browser';

/** The scenario with a picture (# IMAGE), and the option that leads to it. */
const SCENARIO = 'referral-loop';
const OPTION = 'Pull three months of referral figures';

/** What the engine says the picture is: its path and its words, as the browser should show them. */
function pictureInEngine(): PictureCue {
  const scenario = compileStory(SCENARIO);
  const runner = new StoryRunner(scenario.id, scenario.json, 1);
  const first = runner.next();
  runner.choose(first.choices.find((c) => c.text.startsWith(OPTION))!.index);
  const cue = runner.next().passages.flatMap((p) => p.cues).find((c): c is PictureCue => c.kind === 'image');
  if (!cue) throw new Error(`${SCENARIO} no longer shows a picture after "${OPTION}"`);
  return cue;
}

describe('a picture in a scenario (# IMAGE)', () => {
  const browser = useBrowser();

  it('is shown in the conversation as an image with its words as alt text, and loads', { timeout: 120_000 }, async () => {
    const { page } = browser;
    const expected = pictureInEngine();
    await createProfile(page, inject('baseUrl'), 'Picture learner');
    await page.goto(`${inject('baseUrl')}#/play/${SCENARIO}`);
    await page.getByRole('button', { name: 'Start the scenario' }).click({ timeout: 30_000 });
    await reachChoices(page, 30_000);
    expect(await page.locator('.transcript img').count()).toBe(0);
    await choose(page, page.locator('button.choice', { hasText: OPTION }));
    const picture = page.locator('.transcript li.entry--picture img');
    await picture.waitFor({ timeout: 30_000 });
    expect(expected.alt).toMatch(/^Bar chart of why fifty returned referrals were sent back/);
    expect(await picture.getAttribute('alt')).toBe(expected.alt);
    // A picture that loaded has a size; a broken one has none.
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)), { timeout: 30_000 }).toBeGreaterThan(0);
    // Above the line it stands on, in reading order.
    const next = await page.locator('.transcript li.entry--picture + li').innerText();
    expect(next).toContain('Thirty-one of the fifty returns');
  });

  it('is shown on the projector above its line, with the same words as alt text', { timeout: 120_000 }, async () => {
    const { page } = browser;
    const expected = pictureInEngine();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${inject('baseUrl')}#/present/${SCENARIO}`);
    // The footer is drawn before the scenario loads; Space begins only once the start panel is up.
    await page.locator('.presenter-start').waitFor();
    await press(page, 'Space');
    await expect.poll(() => phase(page)).toBe('story');
    for (let line = 0; line < 10 && (await phase(page)) === 'story'; line++) await press(page, 'Space');
    await expect.poll(() => phase(page)).toBe('discuss');
    await press(page, 'Space');
    const options = await page.locator('.presenter-option').allInnerTexts();
    await press(page, String(options.findIndex((text) => text.includes(OPTION)) + 1));
    // The room's result needs hands: one for the option with the picture.
    await press(page, '+');
    await press(page, 'Enter');
    await press(page, 'Enter');
    const picture = page.locator('.presenter-lines img.line-picture');
    for (let line = 0; line < 8 && (await picture.count()) === 0; line++) await press(page, 'Space');
    expect(await picture.getAttribute('alt')).toBe(expected.alt);
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('.presenter-lines .line--current').innerText()).toContain('Thirty-one of the fifty returns');
  });
});

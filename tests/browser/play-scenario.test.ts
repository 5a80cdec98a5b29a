import { describe, expect, inject, it } from 'vitest';
import { compileStory } from '../fixtures/compile-fixture';
import { PlaySession } from '../../src/session/play-session';
import { AXES } from '../../src/core/axes';
import type { BrowserSession } from './browser';
import { choose, createProfile, reachChoices } from './learner';
import { SCENARIO } from './test-scenario';
import { useBrowser } from './use-browser';

function engineTotals(choices: number[]) {
  const session = PlaySession.start({ scenario: compileStory(SCENARIO), sessionId: 't', seed: 1, mode: 'practice' });
  for (const choice of choices) session.choose(choice);
  expect(session.ended).toBe(true);
  return session.scores;
}

async function debriefTotals(browser: BrowserSession) {
  const totals: Record<string, number> = {};
  for (const axis of AXES) totals[axis] = Number(await browser.page.locator(`dd[data-axis="${axis}"]`).innerText());
  return totals;
}

describe('playing the safeguarding scenario', () => {
  const browser = useBrowser({ scenery: true });

  // Every step now waits for its IndexedDB commit before it is drawn (stored before shown), and this
  // test also tabs through each step with the scenery on: 60 s was exceeded at a load of 15–25.
  it('can be played from the title screen to the debrief with the keyboard alone', { timeout: 120_000 }, async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Keyboard learner');
    await page.goto(inject('baseUrl'));
    await page.locator('.title').waitFor();
    // Title → scenario list → scenario, by Tab and Enter only.
    await tabUntilFocused(page, 'a:has-text("Choose a scenario")');
    await page.keyboard.press('Enter');
    await page.locator('.scenario-card').first().waitFor();
    await tabUntilFocused(page, `a[href="#/play/${SCENARIO}"]`);
    await page.keyboard.press('Enter');
    // The scenario has content notes, so it waits for the learner to choose to start.
    await page.locator('.before-you-start').waitFor();
    await tabUntilFocused(page, 'button:has-text("Start the scenario")');
    await page.keyboard.press('Enter');

    const chosen: number[] = [];
    for (let decision = 0; decision < 40; decision++) {
      const buttons = page.locator('button.choice');
      if (await page.locator('.ending:not([hidden])').count()) break;
      await page.locator('button.choice, .ask').first().waitFor();
      // In practice, "What would you say?" can be skipped; by keyboard here too.
      if (await page.locator('.ask').count()) {
        await tabUntilFocused(page, '.ask button:has-text("Skip")');
        await page.keyboard.press('Enter');
      }
      await buttons.first().waitFor();
      const count = await buttons.count();
      const position = decision % count;
      chosen.push(Number(await buttons.nth(position).getAttribute('data-choice-index')));
      if (decision % 2 === 0) {
        await page.keyboard.press(String(position + 1));
      } else {
        // Tab from wherever focus is: after "Skip" on a "What would you say?" it is already on the first option.
        await tabUntilFocused(page, `button.choice[data-choice-index="${chosen.at(-1)}"]`);
        await page.keyboard.press('Enter');
      }
      await page.locator('.transcript .entry--player').nth(decision).waitFor();
    }
    expect(chosen.length).toBeGreaterThanOrEqual(6);
    // One announcement route (transcript.ts): focus is on the last "You: …", and reading on reaches the ending.
    await expect.poll(() => page.evaluate(() => document.activeElement === [...document.querySelectorAll('.transcript .entry--player')].at(-1))).toBe(true);
    await page.locator('#ending-heading').waitFor();
    await tabUntilFocused(page, 'a:has-text("See your debrief")');
    await page.keyboard.press('Enter');
    await page.locator('.axis-totals').waitFor();

    expect(await debriefTotals(browser)).toEqual(engineTotals(chosen));
    expect(await page.locator('.decision').count()).toBe(chosen.length);
  });

  it('lets the learner step out and come back without losing their place', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Resting learner');
    await page.goto(`${inject('baseUrl')}#/play/${SCENARIO}`);
    await page.locator('button:has-text("Start the scenario")').click();
    const firstChoices = await page.locator('button.choice').allInnerTexts();
    await page.locator('button:has-text("Step out")').click();
    expect(await page.locator('dialog[open] h2').innerText()).toBe('You have stepped out');
    await page.keyboard.press('1'); // paused: number keys must not pick a choice
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.locator('.transcript .entry--player').count()).toBe(0);
    expect(await page.locator('button.choice').allInnerTexts()).toEqual(firstChoices);
  });

  it('shows feedback after each mouse choice and plays again from the debrief', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Mouse learner');
    await page.goto(`${inject('baseUrl')}#/play/${SCENARIO}`);
    await page.locator('button:has-text("Start the scenario")').click();
    await choose(page);
    const feedback = page.locator('.entry--feedback').first();
    await feedback.waitFor();
    expect(await feedback.locator('.score-chip').count()).toBe(3);
    expect((await feedback.locator('.feedback-reason').innerText()).length).toBeGreaterThan(10);
    while (!(await page.locator('.ending:not([hidden])').count())) {
      await page.locator('button.choice, .ask').first().waitFor();
      if (await page.locator('.ask').count()) await page.locator('.ask button:has-text("Skip")').click();
      await choose(page);
    }
    await page.locator('a:has-text("See your debrief")').click();
    await page.locator('a:has-text("Play again")').click();
    await page.locator('button:has-text("Start the scenario")').click();
    await page.locator('button.choice').first().waitFor();
    expect(await page.locator('.transcript .entry--player').count()).toBe(0);
    // A new attempt; once its start is stored its address names it, so a reload would continue it.
    await expect.poll(() => page.url()).toMatch(/#\/resume\/[0-9a-f-]+$/);
  });

  it('moves the scene on as the learner reads down a step, not before', { timeout: 120_000 }, async () => {
    const { page } = browser;
    // Instant scrolling, so the page is where it will stay once a frame has passed.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await createProfile(page, inject('baseUrl'), 'Scene reader');
    await page.goto(`${inject('baseUrl')}#/play/${SCENARIO}`);
    await page.locator('button:has-text("Start the scenario")').click();
    const scene = () => page.locator('#scene-description').innerText();
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    let movedOnReading = 0;
    let read = '';
    for (let decision = 0; decision < 40; decision++) {
      await reachChoices(page);
      if (await page.locator('.ending:not([hidden])').count()) break;
      await choose(page, page.locator('button.choice').last());
      await frames();
      const before = await scene();
      // Read down to the end of the step, as far as the page goes.
      await page.mouse.move(900, 400);
      await page.mouse.wheel(0, 20_000);
      await frames();
      read = await scene();
      if (read !== before) movedOnReading++;
    }
    // pension-card goes from the meeting to Mrs Campbell's home within a step: the scene waits for the reader.
    expect(movedOnReading, 'steps where the scene changed only once the learner read down').toBeGreaterThan(0);
    expect(read).toMatch(/^The scene: /);
  });
});

async function tabUntilFocused(page: BrowserSession['page'], selector: string): Promise<void> {
  const target = page.locator(selector).first();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

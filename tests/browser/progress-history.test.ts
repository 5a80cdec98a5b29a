import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyseScenario } from '../../src/analysis/analyse-scenario';
import { summariseForPlayer } from '../../src/analysis/player-summary';
import { AXES, formatScore, type AxisScores } from '../../src/core/axes';
import { axisShare } from '../../src/scoring/scores';
import { PlaySession } from '../../src/session/play-session';
import { compileStory } from '../fixtures/compile-fixture';
import { axeViolations } from './axe';
import { openBrowser, withoutScenery, type BrowserSession } from './browser';
import { createProfile, reachChoices, settled } from './learner';

/** Two short scenarios without content notes, each played twice: the first option every time, then the last. */
const SCENARIOS = ['first-day', 'backlog'] as const;
const SLOW = { timeout: 30_000 };

/** Plays a fresh attempt, picking by position; returns the ink index of each option taken, for the engine. */
async function play(page: Page, scenarioId: string, pick: 'first' | 'last', decisions = Infinity): Promise<number[]> {
  await page.goto(`${inject('baseUrl')}#/`);
  await page.locator('.title').waitFor();
  await page.goto(`${inject('baseUrl')}#/play/${scenarioId}`);
  const chosen: number[] = [];
  while (chosen.length < decisions) {
    await reachChoices(page, SLOW.timeout);
    if (await page.locator('.ending:not([hidden])').count()) break;
    const option = page.locator('button.choice')[pick]();
    chosen.push(Number(await option.getAttribute('data-choice-index')));
    await option.click();
    await settled(page);
  }
  return chosen;
}

/** The same choices through the engine in Node: the totals the screen must show. */
function engineTotals(scenarioId: string, chosen: number[]): AxisScores {
  const session = PlaySession.start({ scenario: compileStory(scenarioId), sessionId: 'check', seed: 1, mode: 'practice' });
  for (const index of chosen) session.choose(index);
  expect(session.ended).toBe(true);
  return session.scores;
}

/** What a cell says: the total, then its place on the scenario's own range, as the build works it out. */
function markText(scenarioId: string, axis: (typeof AXES)[number], total: number): string {
  const bounds = summariseForPlayer(analyseScenario(scenarioId, compileStory(scenarioId).json)).bounds!;
  return `${formatScore(total)} (${axisShare(total, bounds[axis]).percent}%)`;
}

/** Whether the element is wholly inside the window, below `clearTop`. */
async function onScreen(page: Page, selector: string, clearTop = 0): Promise<boolean> {
  const box = await page.locator(selector).last().boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= clearTop - 1 && box.y + box.height <= height + 1;
}

async function inViewAsFarAsItFits(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const height = page.viewportSize()!.height;
  if (box === null) return false;
  return box.height <= height ? box.y >= -1 && box.y + box.height <= height + 1 : box.y >= -1 && box.y < height;
}

describe('My progress, scenario by scenario', () => {
  let browser: BrowserSession;
  const totals = new Map<string, AxisScores[]>();
  beforeAll(async () => {
    browser = await openBrowser();
    await withoutScenery(browser.context);
    await createProfile(browser.page, inject('baseUrl'), 'Two scenarios');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('after two attempts at each of two scenarios, shows a row per scenario with the latest and best from the engine', { timeout: 300_000 }, async () => {
    const { page } = browser;
    for (const pick of ['first', 'last'] as const) {
      for (const id of SCENARIOS) totals.set(id, [...(totals.get(id) ?? []), engineTotals(id, await play(page, id, pick))]);
    }
    await page.goto(`${inject('baseUrl')}#/progress`);
    await page.locator('.scenario-history').first().waitFor();
    // One row per scenario, never one line across them; the old chart is gone.
    expect(await page.locator('.scenario-history').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scenario-id')))).toEqual(['backlog', 'first-day']);
    expect(await page.locator('main svg').count()).toBe(0);
    for (const id of SCENARIOS) {
      const row = page.locator(`.scenario-history[data-scenario-id="${id}"]`);
      const [first, latest] = totals.get(id)!;
      expect(await row.locator('.attempt-facts').innerText()).toMatch(/^2 attempts · 2 finished · last played/);
      for (const axis of AXES) {
        expect(await row.locator(`tr[data-axis="${axis}"] td[data-mark="latest"]`).innerText()).toBe(markText(id, axis, latest![axis]));
        expect(await row.locator(`tr[data-axis="${axis}"] td[data-mark="best"]`).innerText()).toBe(markText(id, axis, Math.max(first![axis], latest![axis])));
      }
      expect(await row.locator('.history-endings').innerText()).toMatch(/^Endings? reached: [A-Z]/);
    }
    expect(await page.locator('#standings-heading').count()).toBe(1);
    expect(await page.locator('.try-next a[href^="#/play/"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/progress-history.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows each card’s status on the scenario list: finished with the best result, in progress with Continue, or not started', { timeout: 120_000 }, async () => {
    const { page } = browser;
    await play(page, 'backlog', 'first', 2);
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    const card = (id: string) => page.locator('.scenario-card').filter({ has: page.locator(`h3 a[href="#/play/${id}"]`) });
    await card('backlog').locator('.scenario-status').waitFor();
    expect(await card('first-day').locator('.scenario-status').getAttribute('data-status')).toBe('finished');
    expect(await card('first-day').locator('.best-result-label').innerText()).toBe('Finished 2 times. Your best result:');
    expect(await card('backlog').locator('.scenario-status').getAttribute('data-status')).toBe('in-progress');
    expect(await card('backlog').locator('.scenario-status-label').innerText()).toMatch(/^In progress: decision 3/);
    expect(await card('pension-card').locator('.scenario-status').innerText()).toBe('Not started');
    await card('backlog').screenshot({ path: 'test-results/card-in-progress.png' });
  });

  it('after a choice the new text, then the options, come into view; a resumed attempt opens at its decision with focus there', { timeout: 120_000 }, async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await page.locator('.scenario-card .scenario-status a:has-text("Continue")').click();
    // The decision on offer: its options, or the "What would you say?" that comes before them.
    const offered = '.choices:not([hidden]), .ask';
    await page.locator(offered).first().waitFor(SLOW);
    await expect.poll(() => onScreen(page, offered), SLOW).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.transcript .entry:last-child'))).toBe(true);
    expect(await onScreen(page, '.transcript .entry:last-child')).toBe(true);

    await reachChoices(page, SLOW.timeout);
    await page.locator('button.choice').first().click();
    await settled(page);
    // Focus on "You:" as before, and the page has come to it rather than staying at the old options.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^You: /);
    await expect.poll(() => onScreen(page, '.transcript .entry--player'), SLOW).toBe(true);
    // Reading down to the options brings all of them into view.
    await page.locator(offered).first().waitFor(SLOW);
    // The learner reads once the page has come to the new text: a wheel during the game's own smooth
    // scroll would be taken as part of it (on a loaded machine that scroll takes a while).
    await expect.poll(() => page.evaluate(() => new Promise((resolve) => { const y = scrollY; setTimeout(() => resolve(scrollY === y), 300); })), SLOW).toBe(true);
    const below = await page.evaluate(`document.querySelector(${JSON.stringify(offered)}).getBoundingClientRect().top - innerHeight`);
    await page.mouse.wheel(0, Math.max(Number(below) + 60, 80));
    // All of it when it fits in the window; a block taller than the window (a long question with
    // its answer box) is left where the learner's own scrolling put it, top in view.
    await expect.poll(() => inViewAsFarAsItFits(page, offered), SLOW).toBe(true);

    // A reload opens at the same place, on a phone too (and with reduced motion, so without smooth
    // scrolling): the scene is a strip stuck at the top, clear of the text.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await page.locator(offered).first().waitFor(SLOW);
    const strip = async () => (await page.locator('.stage').boundingBox())!;
    await expect.poll(async () => (await strip()).y, SLOW).toBe(0);
    const clear = (await strip()).height;
    expect(clear).toBeLessThan(844 / 4);
    await expect.poll(() => onScreen(page, '.transcript .entry:last-child', clear), SLOW).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.transcript .entry:last-child'))).toBe(true);
    await page.screenshot({ path: 'test-results/resumed-phone.png' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });
});

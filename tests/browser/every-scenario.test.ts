import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';
import { createProfile } from './learner';

const storiesDir = new URL('../../stories', import.meta.url).pathname;
const SCENARIOS = readdirSync(storiesDir)
  .filter((n) => n.endsWith('.ink') && !n.startsWith('_'))
  .map((n) => n.slice(0, -4));

/** Two routes through each scenario: always the first option shown, and always the last. */
const ROUTES = [
  ['first option each time', (count: number) => 0],
  ['last option each time', (count: number) => count - 1],
] as const;

describe('every shipped scenario plays to an ending in the browser', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
    await createProfile(browser.page, inject('baseUrl'), 'Every scenario');
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each(SCENARIOS.flatMap((id) => ROUTES.map(([name, pick]) => [id, name, pick] as const)))('%s, %s', async (id, _name, pick) => {
    const { page } = browser;
    await page.goto('about:blank');
    await page.goto(`${inject('baseUrl')}#/play/${id}`);
    const start = page.getByRole('button', { name: 'Start the scenario' });
    // The first decision may open with a "What would you say?" question instead of its options.
    const decision = page.locator('button.choice, .ask').first();
    await Promise.race([start.waitFor(), decision.waitFor()]);
    if (await start.count()) await start.click();
    await decision.waitFor();
    const chosen: string[] = [];
    while (!(await page.locator('.ending:not([hidden])').count())) {
      await page.locator('button.choice, .ask').first().waitFor();
      // "What would you say?" comes first where the author asked for it; in practice it can be skipped.
      if (await page.locator('.ask').count()) await page.locator('.ask').getByRole('button', { name: 'Skip' }).click();
      await page.locator('button.choice').first().waitFor();
      const texts = await page.locator('button.choice .choice-text').allInnerTexts();
      const position = pick(texts.length);
      chosen.push(texts[position]!.trim());
      await page.keyboard.press(String(position + 1));
      await page.locator('.entry--player').nth(chosen.length - 1).waitFor();
      expect(chosen.length).toBeLessThan(30);
    }
    await page.getByRole('link', { name: 'See your debrief' }).click();
    await page.locator('.axis-totals').waitFor();
    // The learner's own choice at each decision (the debrief also shows the best option and the others).
    const recorded = await page.locator('.option--chosen .decision-choice').allInnerTexts();
    expect(recorded.map((t) => t.replace(/^You chose:\s*/, '').replace(/\s*Best here$/, '').trim())).toEqual(chosen);
    expect(chosen.length).toBeGreaterThanOrEqual(id === 'first-day' ? 5 : 6);
  });
});

import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';
import { createProfile } from './learner';

const ANSWER = 'I would just go along with Gareth and close it.';

describe('a debrief that teaches', () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser({ width: 1280, height: 720 });
  });
  afterEach(async () => {
    await browser.close();
  });

  it('names the best option and its reason at every decision, sets the written answer beside the model answer, and shows both routes and the map', async () => {
    const { page } = browser;
    // Text appears at once, so playing a whole scenario stays quick.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await createProfile(page, inject('baseUrl'), 'Debrief reader');
    await page.goto(`${inject('baseUrl')}#/play/pension-card`);
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    let decisions = 0;
    let answers = 0;
    while (!(await page.locator('.ending:not([hidden])').count())) {
      expect(decisions).toBeLessThan(40);
      await page.locator('button.choice, .ask').first().waitFor();
      if (await page.locator('.ask').count()) {
        await page.fill('#ask-answer', ANSWER);
        await page.locator('.ask button:has-text("Show the options")').click();
        // The answer stays in the transcript once the options appear.
        await page.locator('.transcript .entry--answer', { hasText: ANSWER }).nth(answers++).waitFor();
      }
      // The last option on screen: often a poor one, so the debrief has something to teach.
      await page.locator('button.choice').last().click();
      await page.locator('.transcript .entry--player').nth(decisions++).waitFor();
    }
    expect(await page.locator('.transcript .entry--answer').count(), 'each answer once in the transcript').toBe(answers);
    await page.locator('a:has-text("See your debrief")').click();
    const items = page.locator('.decision-list > .decision');
    await items.first().waitFor();
    expect(await items.count()).toBe(decisions);
    let taught = 0;
    for (let i = 0; i < decisions; i++) {
      const best = items.nth(i).locator('.option--best');
      expect(await best.count(), `decision ${i + 1} marks a best option`).toBeGreaterThan(0);
      expect(await best.first().locator('.best-mark').innerText()).toBe('Best here');
      expect((await best.first().locator('.decision-reason').innerText()).length, `decision ${i + 1} gives the best option's reason`).toBeGreaterThan(20);
      if (!(await items.nth(i).locator('.option--chosen.option--best').count())) {
        taught++;
        expect(await best.first().locator('.what-would-happen').innerText()).toMatch(/^What would have happened: /);
      }
    }
    expect(taught, 'playing badly leaves decisions where a better option is shown').toBeGreaterThan(0);
    // What would have happened is the line after each best option, so no two decisions tell the same.
    const happened = await page.locator('.what-would-happen').allInnerTexts();
    expect(new Set(happened).size, happened.join('\n')).toBe(happened.length);
    // The situation says whose words each line is (pension-card's meeting is mostly speech).
    expect(await page.locator('.decision-context__speaker').count()).toBeGreaterThan(decisions);

    expect(answers, 'pension-card asks the learner what they would say at least twice').toBeGreaterThanOrEqual(2);
    const compared = page.locator('.answer-compare').first();
    expect(await compared.locator('.answer-compare__yours').innerText()).toContain(ANSWER);
    expect(await compared.locator('.answer-compare__model').innerText()).toMatch(/section 42/);
    expect(await compared.locator('.answer-compare__look-for li').count()).toBeGreaterThanOrEqual(2);

    const rows = page.locator('.path-view .path-row[data-step]');
    expect(await rows.count()).toBeGreaterThanOrEqual(decisions);
    // Each row is one decision: beside the learner's option, the best route's is one offered there too.
    let paired = 0;
    for (let i = 0; i < (await rows.count()); i++) {
      const step = (await rows.nth(i).locator('.path-row__step').innerText()).match(/^Decision (\d+)$/);
      const best = (await rows.nth(i).locator('.path-row__best').innerText()).replace(/^Best: /, '').replace(/ \(the same\)$/, '');
      if (!step || best.startsWith('(')) continue;
      const options = await items.nth(Number(step[1]) - 1).locator('.decision-choice, .other-options li > p').allInnerTexts();
      expect(options.map((o) => o.replace(/^(You chose: |Best here )/, '').replace(/ ?Best here$/, '').trim()), `path row ${i + 1}`).toContain(best);
      paired++;
    }
    expect(paired, 'most decisions are on both routes').toBeGreaterThan(decisions / 2);
    // The result for a portfolio is near the top, not below every decision.
    const download = await page.getByRole('button', { name: 'Download my result (PDF)' }).boundingBox();
    expect(download!.y).toBeLessThan((await items.first().boundingBox())!.y);
    expect(await page.locator('.path-view .path-row--ending').innerText()).toMatch(/Ending/);
    // The full map is drawn for this scenario too (it has over a thousand states): a map of its
    // decisions, with the whole of the learner's path on it and the endings by their titles.
    await page.locator('.full-map summary').click();
    await page.locator('.scenario-map').waitFor();
    expect(await page.locator('.map-edge--on-path').count()).toBe(decisions);
    expect(await page.locator('.scenario-map desc').textContent()).not.toMatch(/not on this map/);
    const ending = (await page.locator('#ending-heading').innerText()).replace(/^Your ending: /, '');
    expect(await page.locator('.map-node--end text').allTextContents()).toContain(ending);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});

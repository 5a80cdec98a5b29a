import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { openBrowser, type BrowserSession } from './browser';
import { choose, createProfile } from './learner';

const SCENARIO = 'pension-card';
const THEMES = ['default', 'high-contrast'] as const;

/** Each screen, and how to bring it up from a fresh page load. */
const SCREENS: [string, (b: BrowserSession, base: string) => Promise<void>][] = [
  ['title', async ({ page }, base) => { await page.goto(base); await page.locator('.title').waitFor(); }],
  ['profile picker', async ({ page }, base) => { await page.goto(`${base}#/profiles`); await page.locator('#new-name').waitFor(); }],
  ['my progress', async ({ page }, base) => { await page.goto(`${base}#/progress`); await page.locator('main h1').waitFor(); }],
  ['observe (start form)', async ({ page }, base) => { await page.goto(`${base}#/assess`); await page.locator('#apprentice').waitFor(); }],
  ['evidence locker', async ({ page }, base) => { await page.goto(`${base}#/evidence`); await page.locator('main h1').waitFor(); }],
  ['scenario list', async ({ page }, base) => { await page.goto(`${base}#/scenarios`); await page.locator('.scenario-card').first().waitFor(); }],
  ['settings', async ({ page }, base) => { await page.goto(`${base}#/settings`); await page.locator('fieldset').first().waitFor(); }],
  ['keyboard help', async ({ page }, base) => { await page.goto(base); await page.locator('.title').waitFor(); await page.keyboard.press('?'); await page.locator('.help-dialog[open]').waitFor(); }],
  ['before you start', async ({ page }, base) => { await page.goto(`${base}#/play/${SCENARIO}`); await page.locator('.before-you-start').waitFor(); }],
  ['a decision', async (b, base) => { await startScenario(b, base); await choose(b.page); await b.page.locator('.entry--feedback').waitFor(); }],
  ['step out', async (b, base) => { await startScenario(b, base); await b.page.getByRole('button', { name: 'Step out' }).click(); await b.page.locator('dialog[open]').waitFor(); }],
  ['debrief', async (b, base) => { await playToDebrief(b, base); }],
];

async function startScenario({ page }: BrowserSession, base: string) {
  await page.goto(`${base}#/play/${SCENARIO}`);
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await page.locator('button.choice').first().waitFor();
}

async function playToDebrief(b: BrowserSession, base: string) {
  await startScenario(b, base);
  while (!(await b.page.locator('.ending:not([hidden])').count())) {
    await b.page.locator('button.choice, .ask').first().waitFor();
    if (await b.page.locator('.ask').count()) await b.page.getByRole('button', { name: 'Skip' }).click();
    await choose(b.page);
  }
  await b.page.getByRole('link', { name: 'See your debrief' }).click();
  await b.page.locator('.axis-totals').waitFor();
}

describe.each(THEMES)('accessibility checks in the %s theme', (theme) => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
    // Each test starts from about:blank, where there is no localStorage to write (and reading it throws).
    await browser.page.addInitScript((t) => {
      if (location.protocol.startsWith('http')) localStorage.setItem('common-ground.preferences.v1', JSON.stringify({ theme: t }));
    }, theme);
    await createProfile(browser.page, inject('baseUrl'), `Checker ${theme}`);
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each(SCREENS)('axe finds no WCAG A/AA violations on the %s screen', async (_name, open) => {
    await browser.page.goto('about:blank');
    await open(browser, inject('baseUrl'));
    await browser.page.waitForTimeout(300); // let the reveal animation settle before checking contrast
    expect(await axeViolations(browser.page)).toEqual([]);
  });
});

describe('playing by accessible roles and names alone', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser({ width: 390, height: 844 });
    await createProfile(browser.page, inject('baseUrl'), 'Screen reader user');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('finds every choice as a named button and hears each passage in the live log', async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await page.getByRole('link', { name: 'The pension card' }).click();
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    const log = page.getByRole('log', { name: 'Conversation' });
    expect(await log.getAttribute('aria-live')).toBe('polite');
    for (let decision = 0; decision < 30; decision++) {
      if (await page.getByRole('heading', { name: 'The end of this scenario' }).count()) break;
      await page.locator('button.choice, .ask').first().waitFor();
      if (await page.getByRole('region', { name: 'What would you say?' }).count()) {
        await page.getByRole('textbox', { name: 'Your answer, in your own words' }).fill('I would ask for my concern to be minuted.');
        await page.getByRole('button', { name: 'Show the options' }).click();
      }
      const choices = page.getByRole('region', { name: 'What do you do?' }).getByRole('button');
      const names = await choices.allInnerTexts();
      expect(names.length).toBeGreaterThanOrEqual(2);
      const text = names[names.length - 1]!.replace(/^\d+\s*/, '');
      const entriesBefore = await log.locator('li').count();
      await page.getByRole('button', { name: text, exact: true }).click();
      // The choice, its feedback and at least one new passage were added to the announced log.
      await expect.poll(() => log.locator('li').count()).toBeGreaterThan(entriesBefore + 2);
      expect(await log.locator('li.entry--player').last().innerText()).toContain(text);
    }
    await page.getByRole('link', { name: 'See your debrief' }).click();
    expect(await page.title()).toBe('Debrief – Common Ground');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Debrief: The pension card/);
  });
});

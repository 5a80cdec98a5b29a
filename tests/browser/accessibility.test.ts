import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { openBrowser, withoutScenery, type BrowserSession } from './browser';
import { choose, createProfile } from './learner';
import { startObservedSession } from './observation';

const SCENARIO = 'pension-card';
const PREFERENCES_KEY = 'common-ground.preferences.v1';

/**
 * Every theme, and one run with every text setting at its largest. That third run adds about a
 * minute and a half, so `npm test` leaves it to `npm run test:browser:a11y` (CG_A11Y_ALL_SETTINGS=1).
 */
const SETTINGS: [string, object][] = [
  ['default', { theme: 'default' }],
  ['high-contrast', { theme: 'high-contrast' }],
  ...(process.env.CG_A11Y_ALL_SETTINGS === '1' ? [['200% text, dyslexia font, loose spacing', { textSize: 200, font: 'opendyslexic', lineSpacing: 'loose' }] as [string, object]] : []),
];

type Opener = (b: BrowserSession, base: string) => Promise<void>;
const LOCKED = 'Locked learner';

/** The learner's screens, each from a fresh page load: checked for axe and for reflow at 320 px. */
const SCREENS: [string, Opener][] = [
  ['title', async ({ page }, base) => { await page.goto(base); await page.locator('.title').waitFor(); }],
  ['profile picker', async ({ page }, base) => { await page.goto(`${base}#/profiles`); await page.locator('#new-name').waitFor(); }],
  ['my progress', async ({ page }, base) => { await page.goto(`${base}#/progress`); await page.locator('main h1').waitFor(); }],
  ['observe (start form)', async ({ page }, base) => { await page.goto(`${base}#/assess`); await page.locator('#apprentice').waitFor(); }],
  ['evidence locker', async ({ page }, base) => { await page.goto(`${base}#/evidence`); await page.locator('main h1').waitFor(); }],
  ['scenario list', async ({ page }, base) => { await page.goto(`${base}#/scenarios`); await page.locator('.scenario-card').first().waitFor(); }],
  ['settings', async ({ page }, base) => { await page.goto(`${base}#/settings`); await page.locator('fieldset').first().waitFor(); }],
  ['settings, a KSB list refused', async ({ page }, base) => {
    await page.goto(`${base}#/settings`);
    await page.locator('#ksb-import').setInputFiles({ name: 'ksbs.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "common-ground/ksbs", "version": 0, "items": [{ "code": "K 1" }] }') });
    await page.locator('.ksb-message [role="alert"] li').first().waitFor();
  }],
  ['keyboard help', async ({ page }, base) => { await page.goto(base); await page.locator('.title').waitFor(); await page.keyboard.press('?'); await page.locator('.help-dialog[open]').waitFor(); }],
  ['before you start', async ({ page }, base) => { await page.goto(`${base}#/play/${SCENARIO}`); await page.locator('.before-you-start').waitFor(); }],
  ['a decision', async (b, base) => { await startScenario(b, base); await choose(b.page); await b.page.locator('.entry--feedback').waitFor(); }],
  ['step out', async (b, base) => { await startScenario(b, base); await b.page.getByRole('button', { name: 'Step out' }).click(); await b.page.locator('dialog[open]').waitFor(); }],
  ['debrief', async (b, base) => { await playToDebrief(b, base); }],
  ['import dialog', async ({ page }, base) => { await page.goto(`${base}#/profiles`); await page.getByRole('button', { name: 'Import a profile from a file' }).click(); await page.locator('dialog[open]').waitFor(); }],
  ['delete confirmation', async ({ page }, base) => { await page.goto(`${base}#/profiles`); await page.getByRole('button', { name: 'Delete all data on this device' }).click(); await page.locator('dialog[open]').waitFor(); }],
  ['PIN dialog after a wrong PIN', async ({ page }, base) => {
    await page.goto(`${base}#/profiles`);
    await page.locator(`.profile-button:has-text("${LOCKED}")`).click();
    await page.locator('#pin-entry').fill('9999');
    await page.keyboard.press('Enter');
    await page.locator('#pin-message[role="alert"]').waitFor();
  }],
];

/** The trainer's and the assessor's screens: checked for axe in every setting. */
const WORK_SCREENS: [string, Opener][] = [
  ['presenter: before we start', async ({ page }, base) => { await page.goto(`${base}#/present/${SCENARIO}`); await page.locator('.presenter-start').waitFor(); }],
  ['presenter: the story', async (b, base) => { await presenterTo(b, base, 'story'); }],
  ['presenter: discuss', async (b, base) => { await presenterTo(b, base, 'discuss'); }],
  ['presenter: the vote', async (b, base) => { await presenterTo(b, base, 'vote'); }],
  ['presenter: the result', async (b, base) => { await presenterTo(b, base, 'result'); }],
  ['group debrief', async (b, base) => {
    // The debrief of the room's session so far, opened as the trainer would from its address: a whole play is not needed.
    await presenterTo(b, base, 'result');
    const sessionId = (await b.page.evaluate(() => location.hash)).split('/')[3]!;
    await b.page.evaluate((id) => { location.hash = `#/present-debrief/${id}`; }, sessionId);
    await b.page.locator('.group-debrief').waitFor();
  }],
  ['assessor side panel and sign-off', async (b) => { await observedWithPanel(b); }],
  ['evidence locker with a signed record', async (b, base) => {
    await observedWithPanel(b);
    const side = b.page.locator('#assessor-side-panel');
    await side.locator('#sign-agree').check();
    await side.locator('#sign-name').fill('Priya Shah');
    await side.getByRole('button', { name: 'Sign the witness record' }).click();
    await side.getByRole('button', { name: 'Download the PDF' }).waitFor();
    await b.page.goto(`${base}#/evidence`);
    await b.page.locator('.locker-table').waitFor();
  }],
];

async function startScenario({ page }: BrowserSession, base: string) {
  await page.goto(`${base}#/play/${SCENARIO}`);
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await page.locator('button.choice').first().waitFor();
}

async function presenterTo({ page }: BrowserSession, base: string, phase: 'story' | 'discuss' | 'vote' | 'result') {
  await page.goto(`${base}#/present/${SCENARIO}`);
  await page.locator('.presenter-start').waitFor();
  await page.keyboard.press('Space');
  await page.locator('.presenter[data-phase="story"]').waitFor();
  if (phase === 'story') return;
  for (let i = 0; i < 20 && (await page.getAttribute('.presenter', 'data-phase')) === 'story'; i++) await page.keyboard.press('Space');
  if (phase === 'discuss') return;
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await page.keyboard.press('+');
  if (phase === 'vote') return;
  await page.keyboard.press('Enter');
  await page.locator('.presenter[data-phase="result"]').waitFor();
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

async function observedWithPanel({ page }: BrowserSession) {
  await startObservedSession(page, 'side');
  await page.getByRole('button', { name: 'Start the observed session' }).click();
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await page.locator('button.choice').first().click();
  await page.getByRole('button', { name: 'Show the assessor panel' }).click();
  await page.locator('#assessor-side-panel .sign-off').waitFor();
}

async function openWithSettings(settings: object, viewport?: { width: number; height: number }): Promise<BrowserSession> {
  const browser = await openBrowser(viewport);
  await withoutScenery(browser.context);
  // Each test starts from about:blank, where there is no localStorage to write (and reading it throws).
  await browser.page.addInitScript(([key, value]) => {
    if (location.protocol.startsWith('http')) localStorage.setItem(key, value);
  }, [PREFERENCES_KEY, JSON.stringify(settings)] as const);
  const base = inject('baseUrl');
  await createProfile(browser.page, base, LOCKED, '1234');
  await createProfile(browser.page, base, 'Checker');
  return browser;
}

describe.each(SETTINGS)('accessibility checks with %s', (_label, settings) => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openWithSettings(settings);
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each([...SCREENS, ...WORK_SCREENS])('axe finds no WCAG A/AA violations on the %s screen', async (_name, open) => {
    await browser.page.goto('about:blank');
    await open(browser, inject('baseUrl'));
    await browser.page.waitForTimeout(300); // let the reveal animation settle before checking contrast
    expect(await axeViolations(browser.page)).toEqual([]);
  });
});

describe('reflow at 320 px wide: nothing scrolls sideways', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openWithSettings({ theme: 'default' }, { width: 320, height: 640 });
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each([...SCREENS, ...WORK_SCREENS])('the %s screen fits 320 px', async (_name, open) => {
    await browser.page.goto('about:blank');
    await open(browser, inject('baseUrl'));
    expect(await browser.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('playing by keyboard alone', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openWithSettings({});
  });
  afterAll(async () => {
    await browser.close();
  });

  /** Presses Tab until the focused element's text matches, as a keyboard user looks for a control. */
  async function tabTo(text: RegExp): Promise<void> {
    const { page } = browser;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (text.test(await page.evaluate(() => document.activeElement?.textContent ?? ''))) return;
    }
    throw new Error(`Tab never reached ${text}`);
  }

  it('plays a whole scenario with Tab, Enter and the number keys; focus lands on "You:" after each choice', async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await tabTo(/^The pension card$/);
    await page.keyboard.press('Enter');
    await tabTo(/Start the scenario/);
    await page.keyboard.press('Enter');
    for (let decision = 0; decision < 30; decision++) {
      await page.locator('button.choice, .ask, .ending:not([hidden])').first().waitFor();
      if (await page.locator('.ending:not([hidden])').count()) break;
      if (await page.locator('.ask').count()) {
        await tabTo(/^Skip$/);
        await page.keyboard.press('Enter');
        // The options appear and the first has focus, so a keyboard user is straight at them.
        await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('choice'))).toBe(true);
      }
      await page.keyboard.press('1');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^You: /);
    }
    await tabTo(/See your debrief/);
    await page.keyboard.press('Enter');
    await page.locator('.axis-totals').waitFor();
  });
});

describe('playing by accessible roles and names alone', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser({ width: 390, height: 844 });
    await withoutScenery(browser.context);
    await createProfile(browser.page, inject('baseUrl'), 'Screen reader user');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('finds every choice as a named button; each choice, its feedback and the new passages follow in reading order from focus', async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await page.getByRole('link', { name: 'The pension card' }).click();
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    const log = page.getByRole('log', { name: 'Conversation' });
    // One announcement route (see transcript.ts): focus moves, so the log itself is not also live.
    expect(await log.getAttribute('aria-live')).toBe('off');
    // The scene is named once the first step is stored and drawn, which on a busy machine is not at once.
    await expect.poll(() => page.getByRole('img', { name: /^The scene: / }).count(), { timeout: 15_000 }).toBe(1);
    for (let decision = 0; decision < 30; decision++) {
      if (await page.getByRole('heading', { name: 'The end of this scenario' }).count()) break;
      await page.getByRole('button').filter({ hasText: /./ }).first().waitFor();
      const ask = page.getByRole('region', { name: 'What would you say?' });
      if (await ask.count()) {
        await page.getByRole('textbox', { name: 'Your answer, in your own words' }).fill('I would ask for my concern to be minuted.');
        await page.getByRole('button', { name: 'Show the options' }).click();
      }
      const choices = page.getByRole('region', { name: 'What do you do?' }).getByRole('button');
      await choices.first().waitFor();
      const names = await choices.allInnerTexts();
      expect(names.length).toBeGreaterThanOrEqual(2);
      const text = names[names.length - 1]!.replace(/^\d+\s*/, '');
      await page.getByRole('button', { name: text, exact: true }).click();
      // Focus is on "You: <the choice>" once it is saved, and what follows it in the log is the feedback, then the story.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(`You: ${text}`);
      expect(await page.evaluate(() => document.activeElement?.nextElementSibling?.className ?? '')).toContain('entry--feedback');
    }
    await page.getByRole('link', { name: 'See your debrief' }).click();
    // The debrief's code may still be coming (screens other than play load on first visit).
    await expect.poll(() => page.title()).toBe('Debrief – Common Ground');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Debrief: The pension card/);
  });
});

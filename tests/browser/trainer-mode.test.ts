import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { AXES } from '../../src/core/axes';
import { openBrowser, type BrowserSession } from './browser';
import { expectedCard, expectedDebrief as debriefFor, phase, presenterSettled, readCard, readToTheDecision, shownIndices, take, type RoomAction } from './presenter';

const SCENARIO = 'pension-card';
const OVERRIDE_AT_VOTE = 1;
const REWIND_AFTER_VOTE = 3;

type Page = BrowserSession['page'];

const expectedDebrief = (actions: readonly RoomAction[]) => debriefFor(SCENARIO, actions);

/** Hands for each option on screen: a clear majority for one option, moving round as votes go by. */
function handsFor(vote: number, optionCount: number): number[] {
  const favourite = vote % optionCount;
  return Array.from({ length: optionCount }, (_, position) => (position === favourite ? 6 + vote : (position + vote) % 3));
}

/** Enters the hands by keys (pick, then +) at the first vote and by typing into the boxes after that. */
async function enterHands(page: Page, vote: number, hands: number[]): Promise<void> {
  for (const [position, count] of hands.entries()) {
    if (vote === 0) {
      await page.keyboard.press(String(position + 1));
      for (let i = 0; i < count; i++) await page.keyboard.press('+');
    } else {
      // Focusing a box selects its number, so typing replaces it, as a trainer tapping a box would expect.
      await page.locator('.hands-input').nth(position).focus();
      await page.keyboard.type(String(count));
    }
  }
  // Escape leaves the box, so Space and Enter are the presenter's again.
  if (vote !== 0) await page.keyboard.press('Escape');
}

/** ? shows the presenter's own keys, and only those (the app's general key list stays shut); ? again hides them. */
async function expectOnlyPresenterHelp(page: Page): Promise<void> {
  await page.keyboard.press('?');
  expect(await page.locator('dialog[open]').evaluateAll((open) => open.map((d) => d.className))).toEqual(['presenter-dialog presenter-help']);
  expect(await page.locator('.presenter-help').isVisible()).toBe(true);
  await page.keyboard.press('?');
  expect(await page.locator('dialog[open]').count()).toBe(0);
}

describe('trainer mode', () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser({ width: 1920, height: 1080 });
  });
  afterEach(async () => {
    await browser.close();
  });

  it('runs a whole scenario with a room: votes, an override and a rewind, then the group debrief shows them', async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await page.locator(`a[href="#/present/${SCENARIO}"]`).click();
    await page.locator('.presenter-start').waitFor();
    expect(await page.locator('.role-card-groups li').allInnerTexts()).toEqual(['Adult social care', 'Police', 'GP practice', 'Housing']);
    // Nothing from outside the presenter (header, any profile) is on the projector.
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await expectOnlyPresenterHelp(page);
    await page.keyboard.press('Space');
    await expectOnlyPresenterHelp(page);

    const actions: RoomAction[] = [];
    const prompts: string[] = [];
    let vote = 0;
    for (let guard = 0; guard < 60 && (await phase(page)) !== 'ended'; guard++) {
      if ((await phase(page)) === 'story') {
        await readToTheDecision(page);
        continue;
      }
      prompts.push(await page.locator('.prompt-text').first().innerText());
      if (vote === 0) {
        const option = page.locator('.option-text').first();
        expect(parseFloat(await option.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(32);
      }
      await page.keyboard.press('Space');
      expect(await phase(page)).toBe('vote');
      const indices = await shownIndices(page);
      const hands = handsFor(vote, indices.length);
      await enterHands(page, vote, hands);
      expect(await page.locator('.vote-total').innerText()).toContain(`${hands.reduce((a, b) => a + b, 0)} hands`);
      actions.push({ kind: 'votes', counts: indices.map((index, i) => ({ index, hands: hands[i]! })) });
      await page.keyboard.press('Enter');
      // The room's hands are stored before the result shows.
      await presenterSettled(page);
      expect(await phase(page)).toBe('result');

      await take(page, actions, vote === OVERRIDE_AT_VOTE ? "Let's see what happens if we take another road" : null);

      if (vote === REWIND_AFTER_VOTE) {
        await page.keyboard.press('b');
        await page.locator('dialog[open] .back-option').first().waitFor();
        const decisionNumber = Number(await page.locator('dialog[open] .back-option').first().getAttribute('data-decision'));
        await page.keyboard.press('Enter');
        await page.locator('.presenter-rewound').waitFor();
        actions.push({ kind: 'back', toDecision: decisionNumber - 1 });
      }
      vote++;
    }
    expect(await phase(page)).toBe('ended');
    expect(prompts).toContain('Gareth has proposed closing. What do you know that others at the table might not, and what would you say now?');
    expect(prompts).toContain('What would you do here, and why? What might each option lead to?');

    await page.keyboard.press('Enter');
    await page.locator('.group-debrief').waitFor();
    const expected = expectedDebrief(actions);

    const pathCards = page.locator('.gd-path .gd-decision');
    expect(await pathCards.count()).toBe(expected.path.length);
    for (const [i, decision] of expected.path.entries()) expect(await readCard(pathCards.nth(i))).toEqual(expectedCard(decision));
    const explored = expected.explored.flatMap((b) => b.decisions);
    const exploredCards = page.locator('.gd-explored .gd-decision');
    expect(await exploredCards.count()).toBe(explored.length);
    for (const [i, decision] of explored.entries()) expect(await readCard(exploredCards.nth(i))).toEqual(expectedCard(decision));
    expect([...expected.path, ...explored].filter((d) => d.basis === 'override')).toHaveLength(1);
    expect(await page.locator('.gd-decision--override .gd-note').innerText()).toContain("Let's see what happens if we take another road");
    for (const axis of AXES) expect(Number(await page.locator(`.gd-totals dd[data-axis="${axis}"]`).innerText())).toBe(expected.totals[axis]);

    // The CSV for the trainer's records has a row for every option of every decision, both branches.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button:has-text("Download CSV")').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const optionRows = [...expected.path, ...explored].reduce((n, d) => n + d.options.length, 0);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + optionRows);

    // Back to the scenario picks up the same session where it ended.
    await page.locator('a:has-text("Back to the scenario")').click();
    await expect.poll(() => phase(page)).toBe('ended');
    // About 220 round trips to a page drawing a live scene: ~35 s on a quiet machine; headroom for a busy one.
  }, 120_000);

  it('gives the page back when the trainer leaves before beginning', async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}#/present/${SCENARIO}`);
    await page.locator('.presenter-start').waitFor();
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await page.locator('.scenario-card').first().waitFor();
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    // Space no longer begins a session that is not on screen.
    await page.keyboard.press('Space');
    expect(page.url()).toMatch(/#\/scenarios$/);
  });
});

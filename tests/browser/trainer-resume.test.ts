import type { Dialog } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { openBrowser, withoutScenery, type BrowserSession } from './browser';
import { expectedDebrief, expectPathCards, phase, press, readToTheDecision, shownIndices, take, type RoomAction } from './presenter';

const SCENARIO = 'pension-card';
const OVERRIDE_AT_VOTE = 1;
/** The page is reloaded once this vote has closed: its result is on screen, not yet taken. */
const RELOAD_AT_VOTE = 2;
const SHOTS = process.env.CG_SCREENSHOTS ?? process.env.TMPDIR ?? '/tmp';

type Page = BrowserSession['page'];

/** Hands for each option on screen: a clear majority for one, moving round as the votes go by. */
const handsFor = (vote: number, optionCount: number) => Array.from({ length: optionCount }, (_, position) => (position === vote % optionCount ? 5 + vote : position));

/** From a decision's discussion to its result: hands typed into the boxes, then voting closed. */
async function vote(page: Page, vote: number, actions: RoomAction[]): Promise<void> {
  await press(page, 'Space');
  expect(await phase(page)).toBe('vote');
  const indices = await shownIndices(page);
  const hands = handsFor(vote, indices.length);
  for (const [position, count] of hands.entries()) {
    await page.locator('.hands-input').nth(position).focus();
    await page.keyboard.type(String(count));
  }
  await page.keyboard.press('Escape');
  actions.push({ kind: 'votes', counts: indices.map((index, i) => ({ index, hands: hands[i]! })) });
  await press(page, 'Enter');
  expect(await phase(page)).toBe('result');
}

/** Plays on (reading, voting, taking) until the vote numbered `until` has closed, or the story ends. */
async function playOn(page: Page, actions: RoomAction[], from: number, until: number): Promise<number> {
  let votes = from;
  for (let guard = 0; guard < 60 && (await phase(page)) !== 'ended'; guard++) {
    if ((await phase(page)) === 'story') {
      await readToTheDecision(page);
      continue;
    }
    await vote(page, votes, actions);
    if (votes === until) return votes;
    await take(page, actions, votes === OVERRIDE_AT_VOTE ? "Let's see what happens if we take another road" : null);
    votes++;
  }
  return votes;
}

describe('a group session survives a reload', () => {
  let browser: BrowserSession;
  const dialogs: string[] = [];
  beforeEach(async () => {
    browser = await openBrowser({ width: 1920, height: 1080 });
    await withoutScenery(browser.context);
    dialogs.length = 0;
    // The trainer confirms leaving when the browser asks.
    browser.page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
  });
  afterEach(async () => {
    await browser.close();
  });

  it('continues where the room stood, keeps every vote, and lists the session with its debrief afterwards', async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}#/present/${SCENARIO}`);
    await page.locator('.presenter-start').waitFor();
    expect(await page.locator('.presenter-resume').count()).toBe(0);
    // No warning before the session begins, even after the trainer has pressed keys.
    await page.keyboard.press('?');
    await page.keyboard.press('?');
    await page.reload();
    await page.locator('.presenter-start').waitFor();
    expect(dialogs).toEqual([]);

    await page.keyboard.press('Space');
    const actions: RoomAction[] = [];
    const reachedVote = await playOn(page, actions, 0, RELOAD_AT_VOTE);
    expect(reachedVote).toBe(RELOAD_AT_VOTE);
    const resultBefore = await page.locator('.presenter-panel').innerText();
    const sessionId = decodeURIComponent(new URL(page.url()).hash.split('/')[3] ?? '');
    expect(sessionId).not.toBe('');

    // Mid-session the browser asks before the page goes; the trainer reloads anyway.
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await page.locator('.presenter-resume').waitFor();
    expect(await page.locator('.presenter-hints').innerText()).toContain('Space: continue');
    expect(await page.locator('.presenter-resume').innerText()).toContain(`At decision ${RELOAD_AT_VOTE + 1}: ${RELOAD_AT_VOTE} decisions made, 1 override`);
    await page.screenshot({ path: `${SHOTS}/trainer-resume-offer.png` });
    expect(await axeViolations(page)).toEqual([]);

    // Space (or the clicker) continues: the same decision, with the vote's result the room saw.
    await page.keyboard.press('Space');
    await page.locator('.presenter[data-phase="result"]').waitFor();
    expect(await page.locator('.presenter-where').innerText()).toBe(`Decision ${RELOAD_AT_VOTE + 1}`);
    expect(await page.locator('.presenter-panel').innerText()).toBe(resultBefore);
    await take(page, actions);
    await playOn(page, actions, RELOAD_AT_VOTE + 1, Infinity);
    expect(await phase(page)).toBe('ended');

    // Once the session has ended, leaving asks nothing; the reloaded page offers its end.
    await page.reload();
    await page.locator('.presenter-resume').waitFor();
    expect(dialogs).toEqual(['beforeunload']);
    expect(await page.locator('#presenter-resume-heading').innerText()).toBe('This group session has ended');
    await page.keyboard.press('Space');
    await page.locator('.presenter[data-phase="ended"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.group-debrief').waitFor();
    const expected = expectedDebrief(SCENARIO, actions);
    await expectPathCards(page, expected);
    expect(await page.locator('.gd-decision--override .gd-note').innerText()).toContain("Let's see what happens if we take another road");

    // Another reload: the debrief is built from the stored log alone.
    await page.reload();
    await page.locator('.group-debrief').waitFor();
    await expectPathCards(page, expected);

    // The trainer's start screen lists it; its group debrief opens from there.
    await page.goto(`${inject('baseUrl')}#/present/${SCENARIO}`);
    const past = page.locator('details.past-sessions');
    await past.locator('summary').click();
    const row = past.locator(`tr[data-session-id="${sessionId}"]`);
    expect(await row.locator('td').nth(1).innerText()).toMatch(/^Finished \(ending: [a-z ]+\), \d+ decisions, 1 override$/);
    expect(await page.locator('.presenter-resume').count()).toBe(0);
    await past.locator('table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/trainer-past-sessions.png` });
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('link', { name: /^Group debrief: The pension card, started / }).click();
    await page.locator('.group-debrief').waitFor();
    await expectPathCards(page, expected);
  }, 180_000);

  it('deletes a past session from the list, after asking, and withdraws the offer to continue it', async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}#/present/${SCENARIO}`);
    await page.locator('.presenter-start').waitFor();
    await page.keyboard.press('Space');
    const actions: RoomAction[] = [];
    await playOn(page, actions, 0, 0);
    await take(page, actions);
    // Reopened without the session in the address: the unfinished one is offered all the same, but
    // Space still begins a new session, as a trainer opening the scenario afresh would expect.
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await page.goto(`${inject('baseUrl')}#/present/${SCENARIO}`);
    await page.locator('.presenter-resume').waitFor();
    expect(await page.locator('#presenter-resume-heading').innerText()).toBe('A group session of this scenario was not finished');
    expect(await page.locator('.presenter-hints').innerText()).toContain('Space: begin');
    expect(await page.locator('.presenter-begin button').innerText()).toBe('Begin');
    const past = page.locator('details.past-sessions');
    await past.locator('summary').click();
    expect(await past.locator('tbody tr').count()).toBe(1);
    await past.getByRole('button', { name: /^Delete: The pension card, started / }).click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => past.locator('tbody tr').count()).toBe(0);
    expect(await past.locator('[role="status"]').innerText()).toMatch(/^Deleted The pension card, started .+\. No past group sessions are left\.$/);
    expect(await page.locator('.presenter-resume').count()).toBe(0);
    // Focus stays in the list (on its heading), not lost with the row.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    // Gone from the device, not just from the list.
    await page.reload();
    await page.locator('.presenter-start').waitFor();
    expect(await page.locator('details.past-sessions').count()).toBe(0);
    expect(await page.locator('.presenter-resume').count()).toBe(0);
  }, 120_000);
});

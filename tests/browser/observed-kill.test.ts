import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildWitnessRecord } from '../../src/assessor/witness-record';
import type { SessionEvent } from '../../src/session/session-events';
import { compileStory } from '../fixtures/compile-fixture';
import { openBrowser, withoutScenery, type BrowserSession } from './browser';
import { checkAgainstEngine, killBrowser } from './kill-and-resume';
import { choicesOnScreen, play, saveNote, startObservedSession } from './observation';
import { readQueuedNotes, readStoredSessions } from './stored-data';

const SCENARIO = 'pension-card';
const SAVED_FIRST = 'Asked the daughter to step out before talking about money.';
const SAVED_SECOND = 'Checked the card’s history with the bank before saying anything.';
const QUEUED_THIRD = 'Written with the apprentice’s screen closed: explained the duty to share calmly.';
const QUEUED_FIRST = 'Written with the apprentice’s screen closed: on reflection, asked her to step out kindly and said why.';
const SCREENSHOTS = `${process.env.TMPDIR ?? '/tmp'}/assessor-after-kill`;
const WAITING = 'Waiting for the apprentice’s screen: these notes are kept on this device';

/** The stored log of one session, or [] until it is there. */
async function storedEvents(page: Page, sessionId: string): Promise<SessionEvent[]> {
  const stored = (await readStoredSessions(page)).find((s) => s.sessionId === sessionId);
  return stored && 'events' in stored ? stored.events : [];
}

/** The assessor's form for the decision itself (a card with a "What would you say?" has one for the answer first). */
const decisionForm = (cards: Locator, index: number) => cards.nth(index).locator('.annotation-form').last();

const notesOf = (events: readonly SessionEvent[]) => events.flatMap((e) => (e.type === 'assessor-annotated' ? [e.notes] : []));

async function openOnProfile(dir: string): Promise<BrowserSession> {
  const browser = await openBrowser({ width: 1280, height: 720 }, { userDataDir: dir });
  await withoutScenery(browser.context);
  return browser;
}

describe('an observed session whose whole browser is killed', () => {
  // Two browsers in turn, three tabs and a full playthrough on a shared two-core machine.
  it('resumes with every decision shown, every note saved or queued, the queued ones recorded once, and plays on to its ending', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-observed-kill-'));
    const panelUrl = (sessionId: string) => `${inject('baseUrl')}#/assess/${encodeURIComponent(sessionId)}/panel`;
    let browser = await openOnProfile(dir);
    try {
      const { page, context } = browser;
      await startObservedSession(page, 'window');
      const opened = context.waitForEvent('page');
      await page.locator('button:has-text("Start the observed session")').click();
      // The assessor's window on a tab of its own, as in observed-resume.test.ts.
      await (await opened).close();
      const sessionId = decodeURIComponent(/#\/assess\/([^/]+)$/.exec(page.url())![1]!);
      const panel = await context.newPage();
      await panel.goto(panelUrl(sessionId));
      await panel.locator('.panel-status').waitFor();

      await page.locator('button:has-text("Start the scenario")').click();
      await play(page, (d) => d === 3);
      await panel.locator('.panel-status:has-text("In progress: 3 decisions")').waitFor();
      const cards = panel.locator('.assess-decision');
      await saveNote(cards.nth(0), SAVED_FIRST);
      await decisionForm(cards, 0).locator('.save-status:has-text("Saved in the record")').waitFor();
      await saveNote(cards.nth(1), SAVED_SECOND);
      await decisionForm(cards, 1).locator('.save-status:has-text("Saved in the record")').waitFor();
      await expect.poll(async () => (await choicesOnScreen(page)).length).toBe(3);
      const seen = await choicesOnScreen(page);

      // The apprentice's tab goes first; the assessor goes on writing: new notes, and newer ones over saved ones.
      await page.close({ runBeforeUnload: false });
      await panel.locator('.panel-connection:has-text("The apprentice’s screen is not connected")').waitFor();
      await saveNote(cards.nth(2), QUEUED_THIRD);
      await decisionForm(cards, 2).locator(`.save-status:has-text("${WAITING}")`).waitFor();
      await saveNote(cards.nth(0), QUEUED_FIRST);
      // Said only once the device holds it: the crash straight after must not lose it.
      await decisionForm(cards, 0).locator(`.save-status:has-text("${WAITING}")`).waitFor();

      // Then the whole browser dies: SIGKILL of its process (both windows share one renderer, so a tab crash would too).
      await killBrowser(browser, dir, 'crash');
      browser = await openOnProfile(dir);

      // The assessor's window opens first: the saved notes as saved, the queued ones as waiting.
      const again = browser.page;
      await again.goto(panelUrl(sessionId));
      await again.locator('.panel-connection:has-text("The apprentice’s screen is not connected")').waitFor();
      const cardsAgain = again.locator('.assess-decision');
      await expect.poll(() => decisionForm(cardsAgain, 0).locator('textarea.notes').inputValue()).toBe(QUEUED_FIRST);
      expect(await decisionForm(cardsAgain, 0).locator('.save-status').innerText()).toMatch(new RegExp(`^${WAITING}`));
      expect(await decisionForm(cardsAgain, 1).locator('textarea.notes').inputValue()).toBe(SAVED_SECOND);
      expect(await decisionForm(cardsAgain, 1).locator('.save-status').innerText()).toMatch(/^Saved in the record at /);
      expect(await decisionForm(cardsAgain, 2).locator('textarea.notes').inputValue()).toBe(QUEUED_THIRD);
      expect(await decisionForm(cardsAgain, 2).locator('.save-status').innerText()).toMatch(new RegExp(`^${WAITING}`));
      expect(await decisionForm(cardsAgain, 2).locator('fieldset.judgement').first().locator('input[value="met"]').isChecked()).toBe(true);
      await again.locator('.panel-status:has-text("Paused: 3 decisions")').waitFor();
      await again.screenshot({ path: `${SCREENSHOTS}.png` });
      await decisionForm(cardsAgain, 0).scrollIntoViewIfNeeded();
      await again.screenshot({ path: `${SCREENSHOTS}-notes.png` });

      // Every decision that was on the apprentice's screen is stored; the queue holds what waits, in order.
      const afterKill = await storedEvents(again, sessionId);
      for (const { seq, text } of seen) expect(afterKill[seq]).toMatchObject({ type: 'choice-made', text });
      expect(notesOf(afterKill)).toEqual([SAVED_FIRST, SAVED_SECOND]);
      const queued = await readQueuedNotes(again);
      expect(queued.map((q) => q?.sessionId === sessionId && q.addition.type === 'assessor-annotated' && q.addition.notes)).toEqual([QUEUED_THIRD, QUEUED_FIRST]);

      // Continue an observation, on the Observe screen: the apprentice's screen where it stood, and a second assessor's window.
      const apprentice = await browser.context.newPage();
      await apprentice.goto(`${inject('baseUrl')}#/assess`);
      const listed = apprentice.locator(`.observation-to-continue[data-session="${sessionId}"]`);
      await listed.waitFor();
      expect(await listed.innerText()).toMatch(/\(3 decisions made;/);
      const popup = browser.context.waitForEvent('page');
      await listed.locator('button:has-text("Continue")').click();
      const secondWindow = await popup;
      await apprentice.locator('.observe-bar:has-text("Sam Jones, observed by Priya Shah")').waitFor();
      await expect.poll(() => choicesOnScreen(apprentice)).toEqual(seen);

      // Both assessor's windows held the queue and both sent it: each note is recorded once, in the order written.
      await expect.poll(async () => notesOf(await storedEvents(apprentice, sessionId))).toEqual([SAVED_FIRST, SAVED_SECOND, QUEUED_THIRD, QUEUED_FIRST]);
      await expect.poll(() => readQueuedNotes(apprentice)).toEqual([]);
      await decisionForm(cardsAgain, 0).locator('.save-status:has-text("Saved in the record")').waitFor();
      await decisionForm(cardsAgain, 2).locator('.save-status:has-text("Saved in the record")').waitFor();
      expect(await decisionForm(cardsAgain, 0).locator('textarea.notes').inputValue()).toBe(QUEUED_FIRST);
      await expect.poll(() => decisionForm(secondWindow.locator('.assess-decision'), 0).locator('textarea.notes').inputValue()).toBe(QUEUED_FIRST);
      expect(await again.locator('.panel-connection').innerText()).toBe('');

      // The reopened screen plays on to the ending; the record keeps every decision and the newest notes.
      const made = await play(apprentice, () => false, 3);
      await apprentice.locator('.ending:not([hidden])').waitFor();
      await expect.poll(async () => (await storedEvents(apprentice, sessionId)).some((e) => e.type === 'session-ended')).toBe(true);
      await again.locator(`.panel-status:has-text("Finished after ${made} decisions")`).waitFor();
      const events = await storedEvents(apprentice, sessionId);
      for (const { seq, text } of seen) expect(events[seq]).toMatchObject({ type: 'choice-made', text });
      expect(checkAgainstEngine(compileStory(SCENARIO), events)).toBeNull();
      const record = buildWitnessRecord(events);
      expect(record.problems).toEqual([]);
      expect(record.decisions).toHaveLength(made);
      expect(record.decisions.slice(0, 3).map((d) => d.annotation?.notes)).toEqual([QUEUED_FIRST, SAVED_SECOND, QUEUED_THIRD]);
      const ids = events.flatMap((e) => ('additionId' in e && e.additionId ? [e.additionId] : []));
      expect(new Set(ids).size).toBe(4);
      expect(ids).toHaveLength(4);
    } finally {
      await browser.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

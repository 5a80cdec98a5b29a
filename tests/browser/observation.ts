import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** The apprentice's words for any "What would you say?" in an observed session. */
export const ANSWER = "Gareth, I don't agree. She has care needs, there are signs of financial abuse and she may not be able to protect herself.";

/** Fills in the Observe start form for pension-card, as an assessor would; the caller presses Start. */
export async function startObservedSession(page: Page, notesIn: 'window' | 'side') {
  await page.goto(`${inject('baseUrl')}#/assess`);
  await page.fill('#apprentice', 'Sam Jones');
  await page.fill('#assessor-name', 'Priya Shah');
  await page.fill('#assessor-role', 'Workplace assessor');
  await page.fill('#assessor-relationship', 'Line manager');
  await page.fill('#assessor-contact', 'p.shah@northshire.example');
  await page.fill('#organisation', 'Northshire Council');
  await page.fill('#setting', 'Training room, projector');
  await page.fill('#employer', 'Northshire Council Housing');
  await page.fill('#uln', '12345 67890');
  await page.selectOption('#scenario', 'pension-card');
  await page.locator(`input[name="notes-in"][value="${notesIn}"]`).check();
}

/** Plays on, answering any "What would you say?", until `stop` says so or the story ends. */
export async function play(page: Page, stop: (decision: number) => boolean = () => false, from = 0) {
  let decision = from;
  while (!(await page.locator('.ending:not([hidden])').count()) && !stop(decision)) {
    // Enabled only: the choice just made stays on screen, disabled, until its step is stored.
    // The ending too: after the last choice it appears once that step is stored, with no choice to wait for.
    await page.locator('button.choice:not([disabled]), .ask, .ending:not([hidden])').first().waitFor();
    if (await page.locator('.ending:not([hidden])').count()) break;
    if (await page.locator('.ask').count()) {
      // In an observed session the answer is required: there is no Skip, and an empty answer is refused.
      expect(await page.locator('.ask button:has-text("Skip")').count()).toBe(0);
      await page.locator('.ask button:has-text("Show the options")').click();
      await page.locator('#ask-error:not([hidden])').waitFor();
      expect(await page.locator('button.choice').count()).toBe(0);
      await page.fill('#ask-answer', ANSWER);
      await page.locator('.ask button:has-text("Show the options")').click();
    }
    await page.locator('button.choice:not([disabled])').first().click();
    decision++;
  }
  return decision;
}

/** The decisions whose result is on the apprentice's screen: each painted choice names its stored event. */
export function choicesOnScreen(page: Page): Promise<{ seq: number; text: string }[]> {
  return page.evaluate(`[...document.querySelectorAll('.transcript .entry--player[data-seq]')].map((li) => ({ seq: Number(li.dataset.seq), text: li.textContent.replace(/^You:\\s*/, '') }))`);
}

/** Writes notes on one decision card of the assessor's panel, judges its first KSB met, and saves. */
export async function saveNote(card: Locator, notes: string): Promise<void> {
  await card.locator('.annotation-form').last().locator('textarea.notes').fill(notes);
  await card.locator('.annotation-form').last().locator('fieldset.judgement').first().locator('input[value="met"]').check();
  await card.locator('.annotation-form').last().locator('button:has-text("Save notes and judgements")').click();
}

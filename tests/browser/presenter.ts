import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { compileStory } from '../fixtures/compile-fixture';
import { buildGroupDebrief, type GroupDebrief } from '../../src/trainer/group-debrief';
import { TrainerSession } from '../../src/trainer/trainer-session';

/** What the room did, by ink's option indices, so the same session can be rebuilt in Node. */
export type RoomAction =
  | { kind: 'votes'; counts: { index: number; hands: number }[] }
  | { kind: 'take'; index: number; note: string | null }
  | { kind: 'back'; toDecision: number };

/** The group debrief the engine computes for the same actions: the expected result. */
export function expectedDebrief(scenarioId: string, actions: readonly RoomAction[]): GroupDebrief {
  const session = TrainerSession.start({ scenario: compileStory(scenarioId), sessionId: 'expected', seed: 1 });
  for (const action of actions) {
    if (action.kind === 'votes') session.recordVotes(action.counts);
    if (action.kind === 'take') session.take(action.index, action.note);
    if (action.kind === 'back') session.backTo(action.toDecision);
  }
  expect(session.play.ended).toBe(true);
  return buildGroupDebrief(session.log.events);
}

export const phase = (page: Page) => page.getAttribute('.presenter', 'data-phase');

/**
 * Waits until what a key led to is on screen: votes, the room's choice and a rewind are stored
 * before the room sees them, and meanwhile the presenter is marked busy.
 */
export async function presenterSettled(page: Page): Promise<void> {
  await page.locator('.presenter[aria-busy="true"]').waitFor({ state: 'hidden', timeout: 15_000 });
}

/** Presses a key and waits for what it leads to. */
export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await presenterSettled(page);
}

/** Presses on through the story's lines (the top bar says "line 2 of 6") to the decision or the end. */
export async function readToTheDecision(page: Page): Promise<void> {
  const where = await page.locator('.presenter-where').innerText();
  const [, shown, total] = /line (\d+) of (\d+)/.exec(where) ?? [null, '1', '1'];
  for (let i = Number(shown); i <= Number(total); i++) await page.keyboard.press('Space');
}

/** Options on screen, in display order, as ink indices. */
export async function shownIndices(page: Page): Promise<number[]> {
  return page.locator('.presenter-option').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.choiceIndex)));
}

/** Reads one decision card of the group debrief: the option taken, how, and the hands per option. */
export async function readCard(card: Locator) {
  const hands = await card.locator('.gd-option').evaluateAll((rows) =>
    rows.map((r) => [Number((r as HTMLElement).dataset.choiceIndex), Number((r as HTMLElement).dataset.hands)] as [number, number]),
  );
  const className = (await card.getAttribute('class')) ?? '';
  return { taken: Number(await card.getAttribute('data-taken')), basis: /gd-decision--([a-z-]+)/.exec(className)?.[1], hands: hands.sort((a, b) => a[0] - b[0]) };
}

export function expectedCard(decision: GroupDebrief['path'][number]) {
  return {
    taken: decision.taken.index,
    basis: decision.basis ?? 'solo',
    hands: decision.options.map((o) => [o.index, o.hands] as [number, number]).sort((a, b) => a[0] - b[0]),
  };
}

/** Every card of the room's path in the group debrief on screen matches the engine's own debrief. */
export async function expectPathCards(page: Page, expected: GroupDebrief): Promise<void> {
  const cards = page.locator('.gd-path .gd-decision');
  expect(await cards.count()).toBe(expected.path.length);
  for (const [i, decision] of expected.path.entries()) expect(await readCard(cards.nth(i))).toEqual(expectedCard(decision));
}

/** Takes the option picked (the room's, or another with a note), as the trainer does with Enter. */
export async function take(page: Page, actions: RoomAction[], note: string | null = null): Promise<void> {
  if (note) {
    await page.keyboard.press('o');
    await page.locator('.override-input').fill(note);
  }
  const taken = Number(await page.locator('.presenter-option.is-selected').getAttribute('data-choice-index'));
  if (note) await page.locator('.override-input').press('Enter');
  else await page.keyboard.press('Enter');
  await presenterSettled(page);
  actions.push({ kind: 'take', index: taken, note });
}

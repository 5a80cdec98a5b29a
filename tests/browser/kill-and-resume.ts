import { mulberry32 } from '../../src/session/seeded-random';
import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CompiledScenario } from '../../src/content/compiled-scenario';
import { replaySession } from '../../src/session/replay';
import type { SessionEvent } from '../../src/session/session-events';
import type { StoredSession } from '../../src/storage/learner-store';
import { openBrowser, withoutScenery, type BrowserSession } from './browser';
import { createProfile, pickProfile, reachChoices } from './learner';
import { readStoredSessions } from './stored-data';

/**
 * Plays a scenario in the browser and kills the browser at seeded random moments: after a random
 * number of decisions and a random wait (so writes are often still in flight), either by closing
 * it without warning or by SIGKILL of its process (a crash). Each time it reopens the same profile
 * folder, picks the learner, presses Continue and carries on.
 *
 * It checks what the learner saw: just before each kill it reads the page for the decisions whose
 * result was on screen (each painted choice names its stored event); after the relaunch every one
 * of them must be in the store, at that place, with that text. Decision k is a pure function of the
 * seed and k, and k counts what the learner saw (or what is stored, if a click was saved but not yet
 * drawn): a decision that was shown and then lost is never made again to cover the loss.
 *
 * Shared by the browser test (30+ kills) and the soak script (hundreds).
 */
export interface KillRunOptions {
  baseUrl: string;
  scenarioId: string;
  seed: number;
  kills: number;
  /**
   * Leave out the Phaser scenery (the game then runs text-only, as it does without WebGL): much
   * faster under software rendering. With it, writes queue up behind its frames, so more kills
   * land with events still unsaved.
   */
  textOnly?: boolean;
  log?: (line: string) => void;
}

export interface KillRunResult {
  kills: number;
  /** Kills after which the stored log had been cut off part-way through a step. */
  cutMidStep: number;
  sessions: StoredSession[];
  problems: string[];
  errors: string[];
  /** Decisions whose result was on screen before a kill, all checked against the store after it. */
  seenDecisions: number;
  /** Shown before a kill but missing (or different) in the store after it. Must stay empty. */
  lost: string[];
}

/** What was on screen just before a kill. */
interface Seen {
  sessionId: string;
  /** Choices made and steps back, as the play screen counts them when it draws. */
  decisions: number;
  choices: { seq: number; text: string }[];
}

const LEARNER = 'Kill Test';

export async function runKillAndResume(options: KillRunOptions): Promise<KillRunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-kill-'));
  const random = mulberry32(options.seed);
  const result: KillRunResult = { kills: 0, cutMidStep: 0, sessions: [], problems: [], errors: [], seenDecisions: 0, lost: [] };
  /** By session: how many decisions the learner has seen the result of. */
  const acknowledged = new Map<string, number>();
  const t0 = Date.now();
  try {
    const open = (): Promise<BrowserSession> => openAt(dir, result, options.textOnly ?? false);
    let browser = await open();
    await createProfile(browser.page, options.baseUrl, LEARNER);
    for (let kill = 0; kill < options.kills; kill++) {
      const actions = Math.floor(random() * 3);
      // Half the kills come straight after a click, while its events are still being written.
      const waitMs = random() < 0.5 ? 0 : Math.floor(random() * 350);
      const how = KILLS[Math.floor(random() * KILLS.length)]!;
      await playSome(browser.page, options, actions, acknowledged);
      await browser.page.waitForTimeout(waitMs);
      const seen = await readSeen(browser.page);
      if (how === 'tab') browser = await closeTab(browser, result);
      else {
        await killBrowser(browser, dir, how);
        browser = await open();
      }
      result.kills++;
      options.log?.(`kill ${kill + 1}: after ${actions} decisions and ${waitMs} ms, ${how} (${Date.now() - t0} ms in)`);
      await pickProfile(browser.page, options.baseUrl, LEARNER);
      if (await storedLogIsCut(browser.page)) result.cutMidStep++;
      if (seen) {
        result.seenDecisions += seen.choices.length;
        acknowledged.set(seen.sessionId, Math.max(acknowledged.get(seen.sessionId) ?? 0, seen.decisions));
        result.lost.push(...(await missingFromStore(browser.page, seen)).map((m) => `kill ${kill + 1}: ${m}`));
      }
    }
    await playSome(browser.page, options, Infinity, acknowledged);
    await waitForSavedEnd(browser.page);
    const stored = await readStoredSessions(browser.page);
    for (const s of stored) {
      if ('problem' in s) result.problems.push(`${s.sessionId}: ${s.problem}`);
      else result.sessions.push(s);
    }
    await browser.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/** Ways to stop the game without warning: close its tab, close the browser, or crash the browser. */
const KILLS = ['tab', 'close', 'crash'] as const;

async function openAt(dir: string, result: KillRunResult, textOnly: boolean): Promise<BrowserSession> {
  const browser = await openBrowser({ width: 1280, height: 720 }, { userDataDir: dir });
  if (textOnly) await withoutScenery(browser.context);
  watchErrors(browser.page, result);
  return browser;
}

function watchErrors(page: Page, result: KillRunResult): void {
  page.on('console', (m) => m.type() === 'error' && result.errors.push(m.text()));
  page.on('pageerror', (e) => result.errors.push(e.message));
}

/** Closes the tab without running unload handlers, and opens a fresh one in the same browser. */
async function closeTab(browser: BrowserSession, result: KillRunResult): Promise<BrowserSession> {
  await browser.page.close({ runBeforeUnload: false });
  const page = await browser.context.newPage();
  watchErrors(page, result);
  return { ...browser, page };
}

/** Reads, from the page about to be killed, the decisions whose result it shows; null off the play screen. */
async function readSeen(page: Page): Promise<Seen | null> {
  const sessionId = await currentSessionId(page);
  if (!sessionId) return null;
  const seen = await page
    .evaluate(`(() => {
      const play = document.querySelector('.play[data-decisions-shown]');
      if (!play) return null;
      const choices = [...document.querySelectorAll('.transcript .entry--player[data-seq]')].map((li) => ({ seq: Number(li.dataset.seq), text: li.textContent.replace(/^You:\\s*/, '') }));
      return { decisions: Number(play.dataset.decisionsShown), choices };
    })()`)
    .catch(() => null);
  return seen ? { sessionId, ...(seen as Omit<Seen, 'sessionId'>) } : null;
}

/** What the learner saw before the kill that the store does not hold after it. */
async function missingFromStore(page: Page, seen: Seen): Promise<string[]> {
  const session = (await readStoredSessions(page)).find((s) => s.sessionId === seen.sessionId);
  if (!session || 'problem' in session) return [`session ${seen.sessionId} was on screen but is ${session ? `unreadable: ${session.problem}` : 'not stored'}`];
  const missing: string[] = [];
  const stored = session.events.filter((e) => e.type === 'choice-made' || e.type === 'choice-undone').length;
  if (stored < seen.decisions) missing.push(`${seen.decisions} decisions were on screen but only ${stored} are stored`);
  for (const choice of seen.choices) {
    const event = session.events[choice.seq];
    if (event?.type !== 'choice-made' || event.text !== choice.text) missing.push(`the choice "${choice.text}" was on screen as event ${choice.seq} but the store has ${event ? event.type : 'nothing'} there`);
  }
  return missing;
}

/** Continues the unfinished attempt (or starts one) and takes up to `count` decisions. */
async function playSome(page: Page, options: KillRunOptions, count: number, acknowledged: ReadonlyMap<string, number>): Promise<void> {
  const start = page.locator('.start-actions');
  if (!(await start.count())) await page.goto(`${options.baseUrl}#/`);
  await start.waitFor();
  if (await page.locator('.start-actions .continue').count()) await page.locator('.start-actions .continue').click();
  else await page.goto(`${options.baseUrl}#/play/${options.scenarioId}`);
  await reachChoices(page)
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nat ${page.url()} the page shows:\n${await page.locator('main').innerText()}`);
    });
  const sessionId = await currentSessionId(page);
  // What the learner saw, or more if a click was saved but not yet drawn when the browser died.
  let taken = Math.max(await userActions(page, sessionId), sessionId ? (acknowledged.get(sessionId) ?? 0) : 0);
  for (let i = 0; i < count; i++) {
    if (await page.locator('.ending:not([hidden])').count()) {
      if (count === Infinity) return;
      await page.goto(`${options.baseUrl}#/`);
      return playSome(page, options, count - i, acknowledged);
    }
    await takeAction(page, options.seed, taken++);
  }
}

/**
 * Decision number `k` of a session, from the seed alone: a step back now and then in practice,
 * otherwise one of the choices on offer (by ink index, so a shuffled display order changes nothing).
 */
async function takeAction(page: Page, seed: number, k: number): Promise<void> {
  const draw = mulberry32(seed * 7919 + k);
  const [stepBack, which] = [draw(), draw()];
  await reachEnabledChoices(page);
  if (k < 14 && stepBack < 0.15 && (await page.locator('.step-back:not([hidden])').count())) {
    await page.locator('.step-back button').click();
    return;
  }
  await reachEnabledChoices(page);
  if (await page.locator('.ending:not([hidden])').count()) return;
  const indices = (await page.locator('button.choice:enabled').evaluateAll((buttons) => buttons.map((b) => Number(b.getAttribute('data-choice-index'))))).sort((a, b) => a - b);
  const index = indices[Math.floor(which * indices.length)]!;
  await page.locator(`button.choice[data-choice-index="${index}"]`).click();
}

/** Waits for options the learner can press (skipping a "What would you say?" question, as practice allows) or the ending. */
async function reachEnabledChoices(page: Page): Promise<void> {
  await page.locator('button.choice:enabled, .ask, .ending:not([hidden])').first().waitFor();
  if (await page.locator('.ask').count()) {
    await page.locator('.ask').getByRole('button', { name: 'Skip' }).click();
    await page.locator('button.choice:enabled').first().waitFor();
  }
}

/** The session on screen, from the address after Continue; a new session has none (and no decisions yet). */
async function currentSessionId(page: Page): Promise<string | null> {
  const match = /#\/resume\/([^/]+)$/.exec(page.url());
  if (match) return decodeURIComponent(match[1]!);
  return null;
}

/** How many decisions (choices and steps back) the stored log of this session holds. */
async function userActions(page: Page, sessionId: string | null): Promise<number> {
  if (!sessionId) return 0;
  const session = (await readStoredSessions(page)).find((s) => s.sessionId === sessionId);
  if (!session || 'problem' in session) return 0;
  return session.events.filter((e) => e.type === 'choice-made' || e.type === 'choice-undone').length;
}

async function storedLogIsCut(page: Page): Promise<boolean> {
  const sessions = await readStoredSessions(page);
  return sessions.some((s) => !('problem' in s) && !['choices-offered', 'session-ended', 'choice-undone'].includes(s.events.at(-1)!.type));
}

async function waitForSavedEnd(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const sessions = await readStoredSessions(page);
    const open = sessions.filter((s) => !('problem' in s) && !s.events.some((e) => e.type === 'session-ended'));
    if (open.length === 0) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the finished session was never fully saved');
}

/**
 * 'close' shuts the browser without warning (no unload handlers run); 'crash' sends SIGKILL to
 * the browser process, found by its id in the lock file Chromium keeps in the profile folder.
 */
export async function killBrowser(browser: BrowserSession, dir: string, how: 'close' | 'crash'): Promise<void> {
  if (how === 'crash') {
    const pid = Number(/-(\d+)$/.exec(readlinkSync(join(dir, 'SingletonLock')))?.[1]);
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGKILL');
  }
  await Promise.race([browser.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
}

/** The uninterrupted run of the same decisions, by the engine in Node, event for event (times aside). */
export function checkAgainstEngine(scenario: CompiledScenario, events: readonly SessionEvent[]): string | null {
  const replay = replaySession(scenario, events);
  return replay.ok ? null : `event ${replay.seq}: ${replay.problem}`;
}


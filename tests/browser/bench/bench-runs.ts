import type { CDPSession, Page } from 'playwright-core';
import { openBrowser, withoutScenery, type BrowserSession } from '../browser';
import { createProfile } from '../learner';
import { heapSize, type HeapSize } from './heap-reading';
import { PROBE_SCRIPT, type ProbeReadings } from './page-probe';

/** Chrome DevTools' "Slow 4G" preset (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up). */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const CPU_SLOWDOWN = 4;
/** A slow step on a throttled, loaded machine still ends; this only stops a bench that has hung. */
const STEP_TIMEOUT_MS = 120_000;

export interface StartReading {
  /** Opening the page to the first clickable choice, the bench's clicks on the way taken out. */
  firstChoiceMs: number;
  clickToPaintMs: number[];
}

export type Throttle = 'throttled' | 'full speed';

async function prepare(page: Page, throttle: Throttle): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // Cold: nothing the page needs is in the HTTP cache (nor, with it, V8's code cache).
  await cdp.send('Network.clearBrowserCache');
  if (throttle === 'throttled') {
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return cdp;
}

async function readings(page: Page): Promise<ProbeReadings> {
  return page.evaluate(() => window.__bench!);
}

async function firstChoice(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__bench?.firstChoiceMs !== null, undefined, { timeout: STEP_TIMEOUT_MS, polling: 100 });
  const probe = await readings(page);
  return probe.firstChoiceMs! - probe.reactionMs;
}

/** A learner reads before they click; meanwhile a render loop, if there is one, has the page to itself. */
const READING_MS = 800;

/** Until the scenery has drawn its first picture (or given up and left the text alone). */
async function sceneryReady(page: Page): Promise<void> {
  await page.locator('.stage:has(canvas):not(:has(.stage-loading:not(.stage-loading--done))), .stage--text-only').first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** Clicks as a learner would: the first option each time after reading, skipping any "What would you say?". */
async function playToEnd(page: Page, game: boolean): Promise<void> {
  const next = game ? 'button.choice:not([disabled]), .ask, .ending:not([hidden])' : 'button.choice, p.end';
  for (let step = 0; step < 60; step++) {
    const target = page.locator(next).first();
    await target.waitFor({ timeout: STEP_TIMEOUT_MS });
    if (await page.locator(game ? '.ending:not([hidden])' : 'p.end').count()) return;
    if (game && (await page.locator('.ask').count())) {
      await page.locator('.ask').getByRole('button', { name: 'Skip' }).click({ timeout: STEP_TIMEOUT_MS });
      continue;
    }
    await page.waitForTimeout(READING_MS);
    await page.locator('button.choice:not([disabled])').first().click({ timeout: STEP_TIMEOUT_MS });
    if (game) await page.locator('.choices[aria-busy="true"]').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  }
  throw new Error('the story did not end within 60 steps');
}

async function startScenario(page: Page): Promise<void> {
  await page.locator('button:has-text("Start the scenario")').click({ timeout: STEP_TIMEOUT_MS });
}

/** The plain ink page, cold: open it, time the first choice, play to the end timing each click. */
export async function plainStart(plainUrl: string): Promise<StartReading> {
  const browser = await openBrowser();
  try {
    await browser.context.addInitScript({ content: PROBE_SCRIPT });
    await prepare(browser.page, 'throttled');
    await browser.page.goto(plainUrl);
    const firstChoiceMs = await firstChoice(browser.page);
    await playToEnd(browser.page, false);
    return { firstChoiceMs, clickToPaintMs: (await readings(browser.page)).clickToPaintMs };
  } finally {
    await browser.close();
  }
}

/** Opens the scenario cold in a tab whose profile is already chosen, and plays it to the end. */
async function playInTab(browser: BrowserSession, address: string): Promise<StartReading> {
  const { page } = browser;
  await prepare(page, 'throttled');
  await page.goto('about:blank');
  await page.goto(address);
  await startScenario(page);
  const firstChoiceMs = await firstChoice(page);
  // The clicks are timed once the scenery has loaded (or, stubbed out, left the text alone).
  await sceneryReady(page);
  await playToEnd(page, true);
  return { firstChoiceMs, clickToPaintMs: (await readings(page)).clickToPaintMs };
}

/**
 * The game, cold, both ways a learner arrives at a scenario's address: with their profile already
 * chosen in this tab (the first reading, played on to the end with the scenery on), and as a
 * returning learner in a new tab, who picks their profile first.
 */
export async function gameStart(gameUrl: string, scenarioId: string): Promise<{ inTab: StartReading; newTab: StartReading }> {
  const browser = await openBrowser();
  try {
    await createProfile(browser.page, gameUrl, 'Bench learner');
    await browser.context.addInitScript({ content: PROBE_SCRIPT });
    const address = `${gameUrl}#/play/${scenarioId}`;
    const inTab = await playInTab(browser, address);

    // A new tab has its own sessionStorage, so no profile is active in it.
    const tab = await browser.context.newPage();
    await prepare(tab, 'throttled');
    await tab.goto(address);
    await tab.locator('.profile-button:has-text("Bench learner")').click({ timeout: STEP_TIMEOUT_MS });
    await startScenario(tab);
    const newTab = { firstChoiceMs: await firstChoice(tab), clickToPaintMs: [] };
    return { inTab, newTab };
  } finally {
    await browser.close();
  }
}

/** The same playthrough with Phaser stubbed out (text only): what the clicks cost without any picture. */
export async function gameWithoutScenery(gameUrl: string, scenarioId: string): Promise<StartReading> {
  const browser = await openBrowser();
  try {
    await withoutScenery(browser.context);
    await createProfile(browser.page, gameUrl, 'Bench learner');
    await browser.context.addInitScript({ content: PROBE_SCRIPT });
    return await playInTab(browser, `${gameUrl}#/play/${scenarioId}`);
  } finally {
    await browser.close();
  }
}

export interface HeapReading {
  afterOne: HeapSize;
  afterTen: HeapSize;
}

/** Ten playthroughs in one page (the game: ending, debrief, play again), the heap read after the first and the tenth. */
export async function heapAfterPlaythroughs(url: string, kind: 'game' | 'plain', scenarioId: string, playthroughs = 10): Promise<HeapReading> {
  const browser = await openBrowser();
  try {
    const { page } = browser;
    if (kind === 'game') await createProfile(page, url, 'Bench learner');
    const cdp = await prepare(page, 'full speed');
    await cdp.send('HeapProfiler.enable');
    await page.goto(kind === 'game' ? `${url}#/play/${scenarioId}` : url);
    let afterOne: HeapSize | null = null;
    for (let round = 1; round <= playthroughs; round++) {
      if (kind === 'game') await startScenario(page);
      await playToEnd(page, kind === 'game');
      if (round === 1) afterOne = await heapSize(cdp);
      if (round === playthroughs) break;
      if (kind === 'game') {
        await page.locator('a:has-text("See your debrief")').click({ timeout: STEP_TIMEOUT_MS });
        await page.locator('a:has-text("Play again")').click({ timeout: STEP_TIMEOUT_MS });
      } else {
        await page.locator('button.again').click({ timeout: STEP_TIMEOUT_MS });
      }
    }
    return { afterOne: afterOne!, afterTen: await heapSize(cdp) };
  } finally {
    await browser.close();
  }
}

import type { Page } from 'playwright-core';

/** Makes a profile from the picker and waits for the title screen that follows. */
export async function createProfile(page: Page, baseUrl: string, name: string, pin = ''): Promise<void> {
  await page.goto(`${baseUrl}#/profiles`);
  await page.locator('#new-name').fill(name);
  if (pin) await page.locator('#new-pin').fill(pin);
  await page.locator('button:has-text("Create profile")').click();
  await page.locator('.start-actions').waitFor();
}

/** Opens a profile (no PIN) from the picker, as a learner does after reopening the browser. */
export async function pickProfile(page: Page, baseUrl: string, name: string): Promise<void> {
  // A browser that has just been killed can take a while to reopen its database on a busy machine:
  // load the picker again rather than give up on the first slow start. A lost profile still fails.
  const button = page.locator(`.profile-button:has-text("${name}")`);
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${baseUrl}#/profiles`);
    try {
      await button.waitFor({ timeout: 15_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.goto('about:blank');
    }
  }
  await button.click();
  await page.locator('.start-actions').waitFor();
}

/**
 * Waits for the next decision and, if it opens with a "What would you say?" question, skips it as a
 * learner practising may, so the options are on screen. Returns at once when the story has ended.
 */
export async function reachChoices(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('button.choice, .ask, .ending:not([hidden])').first().waitFor({ timeout });
  if (await page.locator('.ask').count()) {
    await page.locator('.ask').getByRole('button', { name: 'Skip' }).click();
    await page.locator('button.choice').first().waitFor({ timeout });
  }
}

/**
 * Waits until the step a click led to is on screen: a choice is saved before its result shows, and
 * meanwhile the options stay, disabled, in a list marked busy.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('.choices[aria-busy="true"]').waitFor({ state: 'hidden' });
}

/** Clicks an option (the first by default) and waits until what it leads to is shown. */
export async function choose(page: Page, option = page.locator('button.choice').first()): Promise<void> {
  await reachChoices(page);
  await option.click();
  await settled(page);
}

/** Until the scenery's art has loaded and its first picture is up (its loading bar is done). */
export async function sceneryLoaded(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('.stage:has(canvas):not(:has(.stage-loading:not(.stage-loading--done)))').waitFor({ timeout });
}

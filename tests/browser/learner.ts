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
  await page.goto(`${baseUrl}#/profiles`);
  await page.locator(`.profile-button:has-text("${name}")`).click();
  await page.locator('.start-actions').waitFor();
}

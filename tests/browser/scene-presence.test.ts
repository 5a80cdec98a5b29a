import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, createProfile, reachChoices } from './learner';
import { useBrowser } from './use-browser';

/**
 * Who the picture shows follows #present, #enter and #leave. The scenery is a canvas, so the test
 * reads what it says it drew (`data-drawn` on the stage, set once the people are placed), what the
 * story puts in the room (`data-present`) and the words that stand in for the picture.
 */
const stage = (page: Page) => page.locator('.stage');
const words = (page: Page) => page.locator('#scene-description');
/** An option at the home visit, while Nkechi is out taking her call. */
const askHer = (page: Page) => page.locator('button.choice', { hasText: 'Ask her what she would like to happen' });
const drawn = (page: Page) => stage(page).getAttribute('data-drawn');

/** Waits for the options and reads down to them: the scene follows the text as it is read. */
async function readToChoices(page: Page): Promise<void> {
  await reachChoices(page);
  await page.locator('button.choice').last().scrollIntoViewIfNeeded();
}

async function start(page: Page, id: string): Promise<void> {
  await createProfile(page, inject('baseUrl'), 'Presence watcher');
  await page.goto(`${inject('baseUrl')}#/play/${id}`);
  const begin = page.getByRole('button', { name: 'Start the scenario' });
  await Promise.race([begin.waitFor(), page.locator('button.choice, .ask').first().waitFor()]);
  if (await begin.count()) await begin.click();
}

describe('who is in the scene', () => {
  const browser = useBrowser({ scenery: true });

  it('draws only those still in the room while a visitor takes a call, and the son when he arrives', { timeout: 120_000 }, async () => {
    const { page } = browser;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await start(page, 'pension-card');
    // The first option at each decision until the home visit: prep, then the meeting's decisions.
    let inMeeting = 0;
    for (let decision = 0; decision < 8; decision++) {
      await readToChoices(page);
      if (await askHer(page).count()) break;
      // In the meeting the three agencies are at the table; the tenant and her son are talked about, not there.
      if ((await stage(page).getAttribute('data-present'))?.includes('nkechi')) {
        await expect.poll(() => drawn(page)).toBe('nkechi gareth priya');
        inMeeting++;
      }
      await choose(page);
    }
    expect(inMeeting).toBeGreaterThan(0);
    // Nkechi has stepped into the hall to take her call: only Mrs Campbell is in the picture.
    await expect.poll(() => stage(page).getAttribute('data-present')).toBe('doreen');
    expect(await words(page).innerText()).toMatch(/^The scene: someone's home\. .*Doreen Campbell, Council tenant, aged 82/);
    expect(await words(page).innerText()).not.toContain('Nkechi');
    await expect.poll(() => drawn(page)).toBe('doreen');

    // Asked what she wants (no promise of secrecy), Nkechi comes back in, and then Lee lets himself in.
    await choose(page, askHer(page));
    await readToChoices(page);
    await expect.poll(() => stage(page).getAttribute('data-present')).toBe('doreen nkechi lee');
    // Who speaks last depends on the (shuffled) option taken; all three are in the picture either way.
    const scene = await words(page).innerText();
    for (const person of ['Doreen Campbell, Council tenant, aged 82', 'Nkechi Adeyemi, Chair, adult social care', "Lee Campbell, Mrs Campbell's son"]) expect(scene).toContain(person);
    await expect.poll(() => drawn(page)).toBe('doreen nkechi lee');
  });

  it('does not draw someone who is only heard, by email, in a scene that lists who is there', { timeout: 60_000 }, async () => {
    const { page } = browser;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await start(page, 'data-standoff');
    await readToChoices(page);
    // Craig wrote the email; Sunita reads it over the learner's shoulder and is the one drawn.
    expect(await page.locator('.transcript').innerText()).toContain('Craig Duffy');
    await expect.poll(() => words(page).innerText()).toContain('Sunita Varma, Team manager, adult social care at the council, your manager, is speaking');
    expect(await words(page).innerText()).not.toContain('Craig');
    expect(await stage(page).getAttribute('data-present')).toBe('sunita');
    await expect.poll(() => drawn(page)).toBe('sunita');
  });
});

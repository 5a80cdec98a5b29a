import { describe, expect, inject, it } from 'vitest';
import { DATABASE_NAME } from '../../src/storage/migrations';
import type { BrowserSession } from './browser';
import { choose, createProfile, pickProfile, reachChoices } from './learner';
import { editStoredEvent, readStoredSessions } from './stored-data';
import { PLAIN_SCENARIO as SCENARIO } from './test-scenario';
import { useBrowser } from './use-browser';

/** Plays `count` decisions (first choice each time) on the scenario, starting it afresh. */
async function play(page: BrowserSession['page'], count: number): Promise<void> {
  // By way of the title: going to the address the page is already at would not start a new attempt.
  await page.goto(`${inject('baseUrl')}#/`);
  await page.locator('.title').waitFor();
  await page.goto(`${inject('baseUrl')}#/play/${SCENARIO}`);
  for (let i = 0; i < count; i++) await choose(page);
}

async function playToEnd(page: BrowserSession['page']): Promise<void> {
  await play(page, 0);
  while (!(await page.locator('.ending:not([hidden])').count())) await choose(page);
}

/** Writes run behind play, each waiting its turn on a main thread the scenery keeps busy. */
const WRITES = { timeout: 45_000, interval: 200 };

/** Waits until `finished` attempts are saved to their end. */
async function savedSessions(page: BrowserSession['page'], finished: number) {
  await expect.poll(async () => (await readStoredSessions(page)).filter((s) => 'events' in s && s.events.some((e) => e.type === 'session-ended')).length, WRITES).toBe(finished);
  return readStoredSessions(page);
}

describe('saving on the device', () => {
  const browser = useBrowser();

  it('keeps playing in memory, with a visible warning, when the browser offers no IndexedDB', async () => {
    const { page } = browser;
    await page.addInitScript('delete window.indexedDB');
    await createProfile(page, inject('baseUrl'), 'Private mode');
    await expect.poll(() => page.locator('.save-warning').isVisible()).toBe(true);
    expect(await page.locator('.save-warning').innerText()).toMatch(/Not saved/);
    await play(page, 2);
    expect(await page.locator('.transcript .entry--player').count()).toBe(2);
    await page.goto(`${inject('baseUrl')}#/progress`);
    await page.locator('.attempt').first().waitFor();
    // On the projector the banner stays, and the presenter's footer (its keys) stays on screen below it.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${inject('baseUrl')}#/present/first-day`);
    await page.locator('.presenter-footer').waitFor();
    expect(await page.locator('.save-warning').isVisible()).toBe(true);
    const footer = await page.locator('.presenter-footer').boundingBox();
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(1080);
  });

  it('when the device fills up part-way, says what is not saved yet, plays on, and saves it all once space frees', async () => {
    const { page, context } = browser;
    await createProfile(page, inject('baseUrl'), 'Full disk');
    // From the eighth event on, every write fails as a full disk does.
    await page.addInitScript(`{
      const add = IDBObjectStore.prototype.add;
      let events = 0;
      IDBObjectStore.prototype.add = function (...args) {
        if (this.name === 'events' && !window.spaceFreed && ++events > 7) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return add.apply(this, args);
      };
    }`);
    await page.reload();
    await pickProfile(page, inject('baseUrl'), 'Full disk');
    await play(page, 3);
    await page.locator('.save-warning:not([hidden])').waitFor();
    // Says plainly what is not yet kept: the decisions since the device filled.
    const [saved] = await readStoredSessions(page);
    const stored = saved && 'events' in saved ? saved.events : [];
    const storedDecisions = stored.filter((e) => e.type === 'choice-made').length;
    expect(stored.length).toBeLessThanOrEqual(7);
    expect(await page.locator('.save-warning').innerText()).toMatch(new RegExp(`^${3 - storedDecisions} decisions? not saved yet`));
    expect(await page.locator('button.choice').count()).toBeGreaterThan(0);

    // Space frees: the next write carries everything held in memory, and the warning goes.
    await page.evaluate('window.spaceFreed = true');
    await choose(page);
    await page.locator('.save-warning').waitFor({ state: 'hidden' });
    const [all] = await readStoredSessions(page);
    expect(all && 'events' in all && all.events.filter((e) => e.type === 'choice-made').length).toBe(4);

    await page.close();
    const later = await context.newPage();
    await pickProfile(later, inject('baseUrl'), 'Full disk');
    await later.locator('.start-actions .continue').click();
    await later.locator('button.choice, .ask').first().waitFor();
    expect(await later.locator('.save-warning').isVisible()).toBe(false);
    expect(await later.locator('.transcript .entry--player').count()).toBe(4);
  });

  it('stores a choice before showing what follows: while the write waits the options are disabled and say Saving…', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Patient');
    await play(page, 0);
    await reachChoices(page);
    // Another connection holds the stores until the test lets go, so the game's write has to wait its turn.
    void page.evaluate(`(async () => {
      const db = await new Promise((resolve) => { const r = indexedDB.open(${JSON.stringify(DATABASE_NAME)}); r.onsuccess = () => resolve(r.result); });
      const tx = db.transaction(['sessions', 'events'], 'readwrite');
      const spin = () => { if (!window.releaseStores) tx.objectStore('sessions').count().onsuccess = spin; };
      spin();
      window.holding = true;
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    })()`);
    // A function, not a string: the page's own CSP refuses Playwright's eval of a string predicate.
    await page.waitForFunction(() => (window as unknown as { holding?: boolean }).holding === true);
    const before = await page.locator('.transcript .entry').count();
    await page.locator('button.choice').first().click();
    await page.locator('.choices .saving').waitFor();
    expect(await page.locator('button.choice:enabled').count()).toBe(0);
    expect(await page.locator('.transcript .entry--player').count()).toBe(0);
    await page.keyboard.press('2');
    await page.screenshot({ path: 'test-results/saving.png' });
    await page.evaluate(() => ((window as unknown as { releaseStores?: boolean }).releaseStores = true));
    await page.locator('.choices[aria-busy="true"]').waitFor({ state: 'hidden' });
    expect(await page.locator('.transcript .entry').count()).toBeGreaterThan(before);
    const [stored] = await readStoredSessions(page);
    expect(stored && 'events' in stored && stored.events.filter((e) => e.type === 'choice-made').length).toBe(1);
  });

  it('tells a second tab on the same attempt before it plays, and lets it continue there instead', async () => {
    const { page, context } = browser;
    await createProfile(page, inject('baseUrl'), 'Two tabs');
    await play(page, 1);
    const attempt = page.url();
    expect(attempt).toMatch(/#\/resume\//);

    const second = await context.newPage();
    await pickProfile(second, inject('baseUrl'), 'Two tabs');
    await second.goto(attempt);
    await second.locator('.open-elsewhere').waitFor();
    expect(await second.locator('button.choice').count()).toBe(0);
    await second.screenshot({ path: 'test-results/second-tab.png' });

    await second.locator('button:has-text("Continue here instead")').click();
    await second.locator('button.choice').first().waitFor();
    // The first tab stops writing and says so; its options are gone.
    await page.locator('.entry--handed-over').waitFor();
    expect(await page.locator('button.choice').count()).toBe(0);
    await page.screenshot({ path: 'test-results/first-tab-handed-over.png' });
    expect(await second.locator('.transcript .entry--player').count()).toBe(1);
    await choose(second);
    const [stored] = await readStoredSessions(second);
    expect(stored && 'events' in stored && stored.events.filter((e) => e.type === 'choice-made').length).toBe(2);
    expect(await second.locator('.save-warning').isVisible()).toBe(false);
  });

  it('reports a damaged attempt by profile and attempt, skips it, and shows the rest', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Damaged');
    await playToEnd(page);
    await playToEnd(page);
    const [first] = await savedSessions(page, 2);
    await editStoredEvent(page, first!.sessionId!, 1, 'event.text = 42');
    await page.reload();
    await pickProfile(page, inject('baseUrl'), 'Damaged');
    await page.goto(`${inject('baseUrl')}#/progress`);
    const report = page.locator('.store-problems');
    await report.waitFor();
    expect(await report.innerText()).toContain(`the attempt saved as ${first!.sessionId} in Damaged’s profile`);
    expect(await report.innerText()).toMatch(/event 1 is damaged/);
    expect(await page.locator('.attempt').count()).toBe(1);
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await page.locator('.best-result').first().waitFor();
  });

  it('flags a hand-edited attempt that still reads but no longer matches the scenario', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Editor');
    await playToEnd(page);
    const [attempt] = await savedSessions(page, 1);
    const made = 'events' in attempt! ? attempt.events.find((e) => e.type === 'choice-made')! : null;
    await editStoredEvent(page, attempt!.sessionId!, made!.seq, "event.text = event.text + ' (edited)'");
    // A fresh page: the one that played still holds the attempt's live log, unedited.
    await page.goto(`${inject('baseUrl')}#/debrief/${attempt!.sessionId}`);
    await page.reload();
    await page.locator('.record-warning').waitFor();
    expect(await page.locator('.record-warning').innerText()).toMatch(new RegExp(`does not match the scenario.*event ${made!.seq}`));
  });

  it('says plainly when a scenario changed since the attempt began, and offers the attempt to look back on', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Changed');
    await play(page, 2);
    await expect.poll(async () => (await readStoredSessions(page))[0], WRITES).toMatchObject({ events: expect.arrayContaining([expect.objectContaining({ type: 'choice-made' })]) });
    const [attempt] = await readStoredSessions(page);
    await editStoredEvent(page, attempt!.sessionId!, 0, `event.scenarioHash = '${'0'.repeat(64)}'`);
    await page.goto(`${inject('baseUrl')}#/`);
    await page.locator('.start-actions .continue').click();
    await page.locator('.cannot-resume').waitFor();
    expect(await page.locator('.cannot-resume').innerText()).toMatch(/has been updated since you started this attempt/);
    await page.locator('a:has-text("Look back at this attempt")').click();
    await page.locator('.decision').first().waitFor();
    expect(await page.locator('.unfinished-note').count()).toBe(1);
  });

  it('steps back in practice: the choice leaves the score but stays on record in the debrief', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Stepper');
    await play(page, 1);
    const undone = await page.locator('.transcript .entry--player').first().innerText();
    await page.locator('.step-back button').click();
    // The step back is stored before the page changes, so the choice leaves the screen a moment later.
    await expect.poll(() => page.locator('.transcript .entry--player').count(), { timeout: 15_000 }).toBe(0);
    await choose(page, page.locator('button.choice').last());
    while (!(await page.locator('.ending:not([hidden])').count())) await choose(page);
    await page.locator('a:has-text("See your debrief")').click();
    await page.locator('.undone').waitFor();
    expect(await page.locator('.undone-list s').allInnerTexts()).toEqual([undone.replace(/^You:\s*/, '')]);
  });
});

describe('profiles and their data', () => {
  const browser = useBrowser();

  it('opens a profile with a PIN only with the right PIN', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Locked', '4821');
    await page.goto(`${inject('baseUrl')}#/profiles`);
    await page.locator('.profile-button:has-text("Locked")').click();
    await page.locator('#pin-entry').fill('1111');
    await page.keyboard.press('Enter');
    await page.locator('#pin-message.field-error').waitFor();
    await page.locator('#pin-entry').fill('4821');
    await page.keyboard.press('Enter');
    await page.locator('.start-actions').waitFor();
    expect(await page.locator('.profile-bar').innerText()).toContain('Playing as Locked');
  });

  it('refuses a malformed file and a file from a newer version plainly, changing nothing', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Importer');
    await page.goto(`${inject('baseUrl')}#/profiles`);
    const tryFile = async (text: string) => {
      await page.locator('button:has-text("Import a profile from a file")').click();
      await page.locator('#import-file').setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      const message = await page.locator('.import-status .field-error').innerText();
      await page.keyboard.press('Escape');
      return message;
    };
    expect(await tryFile('{ this is not json')).toMatch(/not a Common Ground profile file/);
    expect(await tryFile(JSON.stringify({ format: 'common-ground/profile-export', version: 1, profile: { id: 'x' } }))).toMatch(/damaged.*at exportedAt/);
    expect(await tryFile(JSON.stringify({ format: 'common-ground/profile-export', version: 99 }))).toMatch(/newer version of Common Ground.*Nothing has been imported/);
    await expect.poll(() => page.locator('.profile-button').count()).toBe(1);
  });

  it('moves a profile to another device through a file, and deletes an attempt, a profile and everything after asking', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Mover');
    await playToEnd(page);
    await play(page, 1);
    await savedSessions(page, 1);
    await expect.poll(async () => (await readStoredSessions(page)).length, WRITES).toBe(2);
    await page.goto(`${inject('baseUrl')}#/progress`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button:has-text("Save a copy to a file")').click()]);
    const file = await download.path();

    // Delete one attempt: cancel first, then confirm.
    const deleteFirst = () => page.locator('.attempt').first().locator('button:has-text("Delete")').click();
    await deleteFirst();
    await page.locator('dialog button:has-text("Cancel")').click();
    expect(await page.locator('.attempt').count()).toBe(2);
    await deleteFirst();
    await page.locator('dialog button:has-text("Delete attempt")').click();
    await expect.poll(() => page.locator('.attempt').count()).toBe(1);

    // The file brings the deleted attempt back, into the same profile, adding only what is missing.
    await page.goto(`${inject('baseUrl')}#/profiles`);
    await page.locator('button:has-text("Import a profile from a file")').click();
    await page.locator('#import-file').setInputFiles(file);
    await page.locator('.import-summary').waitFor();
    expect(await page.locator('#import-target option:checked').innerText()).toContain('Mover (already on this device)');
    expect(await page.locator('.import-plan').innerText()).toMatch(/1 \w+ attempt will be added\n1 \w+ attempt is already here/);
    await page.locator('dialog button:has-text("Import")').click();
    await page.locator('dialog button:has-text("Done")').click();
    await page.goto(`${inject('baseUrl')}#/progress`);
    await expect.poll(() => page.locator('.attempt').count()).toBe(2);

    await page.locator('button:has-text("Delete this profile")').click();
    await page.locator('dialog button:has-text("Delete profile")').click();
    await page.locator('.new-profile').waitFor();
    expect(await page.locator('.profile-button').count()).toBe(0);
    expect(await readStoredSessions(page)).toEqual([]);

    await createProfile(page, inject('baseUrl'), 'Someone else');
    await page.goto(`${inject('baseUrl')}#/profiles`);
    await page.locator('button:has-text("Delete all data on this device")').click();
    await page.locator('dialog button:has-text("Delete everything")').click();
    await expect.poll(() => page.locator('.profile-button').count()).toBe(0);
  });
});

import { describe, expect, inject, it } from 'vitest';
import { PlaySession } from '../../src/session/play-session';
import type { SessionEvent } from '../../src/session/session-events';
import { DATABASE_NAME } from '../../src/storage/migrations';
import { buildProfileExport } from '../../src/storage/profile-export';
import { takeBrowserErrors, type BrowserSession } from './browser';
import { compileStory } from '../fixtures/compile-fixture';
import { choose, createProfile } from './learner';
import { readStoredSessions } from './stored-data';
import { PLAIN_SCENARIO as SCENARIO } from './test-scenario';
import { useBrowser } from './use-browser';

const scenario = compileStory(SCENARIO);
const incomer = { id: 'incomer', displayName: 'Incomer', pin: null, createdAt: '2026-11-20T09:00:00.000Z' };

/** A real unfinished attempt at the test scenario, one choice in. */
function attempt(sessionId: string): SessionEvent[] {
  const session = PlaySession.start({ scenario, sessionId, seed: 5, mode: 'practice' });
  session.choose(session.current.choices[0]!.index);
  return [...session.log.events];
}

function profileFile(change: (file: any) => void = () => undefined): string {
  const file = JSON.parse(buildProfileExport(incomer, [{ sessionId: 'a1', profileId: incomer.id, events: attempt('a1') }], new Date('2026-11-24T12:00:00Z')));
  change(file);
  return JSON.stringify(file);
}

describe('bad data never locks anyone out', () => {
  const browser = useBrowser();

  const base = () => inject('baseUrl');

  async function importFile(page: BrowserSession['page'], text: string): Promise<string> {
    await page.goto(`${base()}#/profiles`);
    await page.locator('button:has-text("Import a profile from a file")').click();
    await page.locator('#import-file').setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('.import-status .field-error, .import-summary').first().waitFor();
    return page.locator('.import-status').innerText();
  }

  it('refuses files with dates that are not dates and forged choices; a damaged stored date is named; picker, progress and delete-all still work', { timeout: 120_000 }, async () => {
    const { page } = browser;
    await createProfile(page, base(), 'Resident');

    expect(await importFile(page, profileFile((f) => (f.sessions[0].events[1].at = 'sometime')))).toMatch(/damaged.*expected a date and time/);
    await page.keyboard.press('Escape');
    expect(await importFile(page, profileFile((f) => (f.exportedAt = 'last Tuesday')))).toMatch(/damaged.*exportedAt.*expected a date and time/);
    await page.keyboard.press('Escape');

    // A forged choice (+2 on every axis) appended to the unfinished attempt is refused, with the reason.
    const forged = await importFile(page, profileFile((f) => {
      const events = f.sessions[0].events;
      const offered = events.at(-1);
      events.push({ type: 'choice-made', seq: events.length, at: offered.at, index: offered.choices[0].index, text: offered.choices[0].text, scores: { compliance: 2, communication: 2, challenge: 2 }, reason: null, ksbs: [], elapsedMs: 900 });
    }));
    expect(forged).toMatch(/One attempt will not be imported/);
    expect(forged).toMatch(/does not match the scenario/);
    // The profile itself may still come in; the forged attempt does not.
    await page.locator('dialog button:has-text("Import")').click();
    await page.locator('dialog button:has-text("Done")').click();
    expect((await readStoredSessions(page)).some((s) => s.sessionId === 'a1')).toBe(false);

    // A stored profile whose createdAt is not a date, as an older version or a damaged disk might leave it.
    await page.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => { const r = indexedDB.open(${JSON.stringify(DATABASE_NAME)}); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const tx = db.transaction('profiles', 'readwrite');
      tx.objectStore('profiles').put({ id: 'odd', displayName: 'Odd dates', pin: null, createdAt: 'yesterday' });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    })()`);
    await page.reload();
    await page.goto(`${base()}#/profiles`);
    await page.locator('.profile-button:has-text("Resident")').waitFor();
    expect(await page.locator('.store-problems').innerText()).toMatch(/createdAt/);
    // The forged file's profile came in without its attempt; none is orphaned yet.
    expect(await page.locator('.orphan-note').count()).toBe(0);
    await page.screenshot({ path: 'test-results/picker-with-bad-record.png', fullPage: true });
    await page.locator('.profile-button:has-text("Resident")').click();
    await page.goto(`${base()}#/progress`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('main').innerText()).toMatch(/Resident/);
    await page.goto(`${base()}#/settings`);
    await page.locator('fieldset').first().waitFor();

    await page.goto(`${base()}#/profiles`);
    await page.locator('button:has-text("Delete all data on this device")').click();
    await page.locator('dialog button:has-text("Delete everything")').click();
    await expect.poll(() => page.locator('.profile-button').count(), { timeout: 15_000 }).toBe(0); // deleting every database can take a few seconds on a busy machine
  });

  it('when a screen fails to draw, the error boundary says what failed and still offers profiles, Settings and Delete all data', async () => {
    const { page } = browser;
    await createProfile(page, base(), 'Resident');
    // Reading the profiles now fails outright, as a broken browser store might.
    await page.evaluate(`{
      const getAll = IDBObjectStore.prototype.getAll;
      IDBObjectStore.prototype.getAll = function (...args) {
        if (this.name === 'profiles' && window.breakProfiles) throw new TypeError('profiles cannot be read today');
        return getAll.apply(this, args);
      };
      window.breakProfiles = true;
    }`);
    await page.goto(`${base()}#/profiles`);
    await page.locator('.screen-error').waitFor();
    expect(await page.locator('.screen-error').innerText()).toMatch(/profiles cannot be read today/);
    await page.screenshot({ path: 'test-results/error-boundary.png' });
    await page.locator('.screen-error a:has-text("Settings")').click();
    await page.locator('fieldset').first().waitFor();
    await page.evaluate('window.breakProfiles = false');
    await page.goto(`${base()}#/profiles`);
    await page.locator('.profile-button:has-text("Resident")').waitFor();
    // The boundary logs what it caught (taken here, so the shared check sees nothing else went wrong).
    const logged = takeBrowserErrors();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.filter((e) => !/profiles cannot be read today/.test(e))).toEqual([]);
  });

  it('a profile file with no attempts adds the profile and says so; the dialog goes when the page changes', async () => {
    const { page } = browser;
    await createProfile(page, base(), 'Resident');
    await importFile(page, profileFile());
    await page.goto(`${base()}#/settings`);
    await page.goto(`${base()}#/profiles`);
    await importFile(page, profileFile());
    await page.goto(`${base()}#/settings`);
    // The keyboard help is a dialog of its own, always in the page; the import dialog must be gone.
    await expect.poll(() => page.locator('dialog.dialog').count(), { timeout: 10_000 }).toBe(0);
    expect(await importFile(page, profileFile((f) => (f.sessions = [])))).toMatch(/no attempts: importing adds the profile only/);
    await page.locator('dialog button:has-text("Import")').click();
    // The import is written in the background; wait for its own word that it has finished.
    await expect.poll(() => page.locator('.import-status').innerText(), { timeout: 15_000 }).toMatch(/the profile Incomer added/);
    await page.locator('dialog button:has-text("Done")').click();
    await page.locator('.profile-button:has-text("Incomer")').waitFor();
  });

  it("keeps a PIN-protected learner's attempt from another profile: no debrief, no continuing it", async () => {
    const { page } = browser;
    await createProfile(page, base(), 'Guarded', '4821');
    await page.goto(`${base()}#/play/${SCENARIO}`);
    await choose(page);
    const sessionId = /#\/resume\/([^/]+)$/.exec(page.url())![1]!;
    await createProfile(page, base(), 'Nosy');
    await page.goto(`${base()}#/debrief/${sessionId}`);
    await page.locator('h1:has-text("belongs to another profile")').waitFor();
    expect(await page.locator('.decision').count()).toBe(0);
    await page.goto(`${base()}#/resume/${sessionId}`);
    await page.locator('.cannot-resume').waitFor();
    expect(await page.locator('.cannot-resume').innerText()).toMatch(/belongs to another profile/);
    const [stored] = await readStoredSessions(page);
    expect(stored && 'events' in stored && stored.events.filter((e) => e.type === 'choice-made').length).toBe(1);
  });
});

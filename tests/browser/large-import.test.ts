import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PlaySession } from '../../src/session/play-session';
import type { SessionEvent } from '../../src/session/session-events';
import { IMPORT_BATCH } from '../../src/storage/import-plan';
import { buildProfileExport } from '../../src/storage/profile-export';
import { isStoreProblem } from '../../src/storage/learner-store';
import { compileStory } from '../fixtures/compile-fixture';
import type { BrowserSession } from './browser';
import { createProfile } from './learner';
import { readStoredSessions } from './stored-data';
import { PLAIN_SCENARIO as SCENARIO } from './test-scenario';
import { useBrowser } from './use-browser';

const ATTEMPTS = Number(process.env.CG_IMPORT_ATTEMPTS ?? 1_000);
const scenario = compileStory(SCENARIO);
const mover = { id: 'mover', displayName: 'Mover', pin: null, createdAt: '2026-11-20T09:00:00.000Z' };

/** Real attempts at the test scenario, each a choice or two in, as a learner who played a great deal would have. */
function attempts(n: number): { sessionId: string; profileId: string; events: SessionEvent[] }[] {
  return Array.from({ length: n }, (_, i) => {
    const session = PlaySession.start({ scenario, sessionId: `bulk-${i}`, seed: i, mode: 'practice' });
    for (let step = 0; step <= i % 2 && session.current.choices.length > 0; step++) session.choose(session.current.choices[0]!.index);
    return { sessionId: `bulk-${i}`, profileId: mover.id, events: [...session.log.events] };
  });
}

describe('a large profile file', () => {
  const browser = useBrowser({ per: 'file' });

  const moversAttempts = async (page: BrowserSession['page']) => (await readStoredSessions(page)).filter((s) => !isStoreProblem(s) && s.profileId === mover.id).length;

  async function importFile(page: BrowserSession['page'], file: string, escapeMidWay: boolean): Promise<string> {
    await page.goto(`${inject('baseUrl')}#/profiles`);
    await page.locator('button:has-text("Import a profile from a file")').click();
    // From a real file on disk, as a learner picks it: a big profile is more than Playwright sends in memory.
    const path = join(mkdtempSync(join(tmpdir(), 'cg-import-')), 'profile.json');
    writeFileSync(path, file);
    await page.locator('#import-file').setInputFiles(path);
    await page.locator('.import-summary').waitFor({ timeout: 180_000 });
    await page.locator('dialog button:has-text("Import")').click();
    if (escapeMidWay) {
      await page.locator('.import-progress', { hasText: /^Importing/ }).waitFor();
      await page.keyboard.press('Escape');
    }
    const done = page.locator('.import-status p[role="status"]', { hasText: /Imported:|Nothing was changed/ });
    await done.waitFor({ timeout: 180_000 });
    expect(await page.locator('dialog button:has-text("Done")').isVisible()).toBe(true);
    return done.innerText();
  }

  it(`imports ${ATTEMPTS} attempts in batches; Escape stops it after a whole batch, and importing again adds the rest`, { timeout: 300_000 }, async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Resident');
    const file = buildProfileExport(mover, attempts(ATTEMPTS), new Date('2026-11-24T12:00:00Z'));

    const first = await importFile(page, file, true);
    // Escape lands while a batch is being written, or after the last one: either way what it says is what is stored.
    const kept = /^Stopped\./.test(first) ? Number(/, (\d+) attempts? added/.exec(first)?.[1] ?? 0) : ATTEMPTS;
    expect(first).toMatch(kept < ATTEMPTS ? /^Stopped\. Imported: the profile Mover added(, \d+ attempts? added)?\. Importing the file again adds the rest\.$/ : /^Imported: the profile Mover added, \d+ attempts added\.$/);
    expect(kept % IMPORT_BATCH === 0 || kept === ATTEMPTS).toBe(true);
    expect(await moversAttempts(page)).toBe(kept);
    await page.locator('dialog button:has-text("Done")').click();

    if (kept < ATTEMPTS) expect(await importFile(page, file, false)).toBe(`Imported: ${ATTEMPTS - kept} attempts added.`);
    expect(await moversAttempts(page)).toBe(ATTEMPTS);
    await page.locator('dialog button:has-text("Done")').click();
    await page.locator('.profile-button:has-text("Mover")').waitFor();
  });
});

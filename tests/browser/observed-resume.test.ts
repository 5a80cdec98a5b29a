import { describe, expect, inject, it } from 'vitest';
import { choicesOnScreen, play, saveNote, startObservedSession } from './observation';
import { readStoredSessions } from './stored-data';
import { useBrowser } from './use-browser';

const FIRST_NOTE = 'Asked the daughter to step out before talking about money.';
const LATER_NOTE = 'Made while the apprentice’s screen was closed: explained the duty to share calmly.';
const SCREENSHOT = `${process.env.TMPDIR ?? '/tmp'}/assessor-not-connected.png`;

describe('an observed session whose apprentice’s tab is killed', () => {
  const browser = useBrowser();

  // Two tabs play and one reloads on a shared two-core machine: more time than the default minute.
  it('keeps the assessor working, then resumes where it stood, with every decision and note saved', { timeout: 180_000 }, async () => {
    const { page, context } = browser;
    await startObservedSession(page, 'window');
    const opened = context.waitForEvent('page');
    await page.locator('button:has-text("Start the observed session")').click();
    const popup = await opened;
    // The assessor's window on its own tab, as on a second screen: a pop-up shares the apprentice
    // tab's process, so a crash of that tab would take it too.
    const sessionId = decodeURIComponent(/#\/assess\/([^/]+)$/.exec(page.url())![1]!);
    await popup.close();
    const panel = await context.newPage();
    await panel.goto(`${inject('baseUrl')}#/assess/${encodeURIComponent(sessionId)}/panel`);
    await panel.locator('.panel-status').waitFor();

    await page.locator('button:has-text("Start the scenario")').click();
    await play(page, (d) => d === 2);
    await panel.locator('.panel-status:has-text("In progress: 2 decisions")').waitFor();
    const first = panel.locator('.assess-decision').first();
    await saveNote(first, FIRST_NOTE);
    await first.locator('.save-status:has-text("Saved in the record")').waitFor();
    const seen = await choicesOnScreen(page);
    expect(seen).toHaveLength(2);

    // Closed without warning (no beforeunload), as a tab shut mid-session. CDP's Page.crash was tried
    // first: here it hung for minutes and then took the whole browser, the assessor's tab with it.
    await page.close({ runBeforeUnload: false });

    // The assessor's window says so, where a screen reader hears it, and keeps what it has.
    const connection = panel.locator('.panel-connection');
    await connection.locator('text=The apprentice’s screen is not connected').waitFor();
    expect(await connection.getAttribute('aria-live')).toBe('polite');
    expect(await connection.isVisible()).toBe(true);
    await panel.locator('.panel-status:has-text("Paused: 2 decisions")').waitFor();
    expect(await first.locator('textarea.notes').inputValue()).toBe(FIRST_NOTE);
    expect(await first.locator('.save-status').innerText()).toMatch(/^Saved in the record at /);
    // A note made now waits for the apprentice's screen; it never sits on "Saving…".
    const second = panel.locator('.assess-decision').nth(1);
    await saveNote(second, LATER_NOTE);
    await second.locator('.save-status:has-text("Waiting for the apprentice’s screen")').waitFor();
    await panel.screenshot({ path: SCREENSHOT, fullPage: true });

    // The Observe screen lists it; Continue reopens the apprentice's screen where it stood.
    const apprentice = await context.newPage();
    await apprentice.goto(`${inject('baseUrl')}#/assess`);
    const listed = apprentice.locator(`.observation-to-continue[data-session="${sessionId}"]`);
    await listed.waitFor();
    expect(await listed.innerText()).toMatch(/Sam Jones playing “[^”]+”, observed by Priya Shah on \d+ \w+ \d{4} \(2 decisions made;/);
    const assessorAgain = context.waitForEvent('page');
    await listed.locator('button:has-text("Continue")').click();
    await (await assessorAgain).locator('.panel-status').waitFor();
    await apprentice.locator('.observe-bar:has-text("Sam Jones, observed by Priya Shah")').waitFor();
    await expect.poll(async () => (await choicesOnScreen(apprentice)).length).toBe(seen.length);
    expect(await choicesOnScreen(apprentice)).toEqual(seen);
    await apprentice.locator('button.choice:not([disabled]), .ask').first().waitFor();

    // The note that waited is in the record now, and stored, as is the first; no profile owns it.
    await second.locator('.save-status:has-text("Saved in the record")').waitFor();
    await panel.locator('.panel-status:has-text("In progress: 2 decisions")').waitFor();
    expect(await connection.innerText()).toBe('');
    const stored = (await readStoredSessions(apprentice)).find((s) => s.sessionId === sessionId);
    expect(stored && !('problem' in stored) ? stored.profileId : 'missing').toBeNull();
    const events = stored && 'events' in stored ? stored.events : [];
    expect(events[0]).toMatchObject({ type: 'session-started', mode: 'assessed' });
    expect(events.find((e) => e.type === 'observation-started')).toMatchObject({ apprentice: 'Sam Jones', assessor: { name: 'Priya Shah', role: 'Workplace assessor' }, uln: '1234567890' });
    const notes = events.flatMap((e) => (e.type === 'assessor-annotated' ? [e.notes] : []));
    expect(notes).toEqual([FIRST_NOTE, LATER_NOTE]);
    for (const { seq, text } of seen) expect(events[seq]).toMatchObject({ type: 'choice-made', text });

    // Reloaded, the assessor's window opens with the saved notes; saving again keeps them.
    await panel.reload();
    const reloaded = panel.locator('.assess-decision').first();
    await expect.poll(() => reloaded.locator('textarea.notes').inputValue()).toBe(FIRST_NOTE);
    expect(await panel.locator('.assess-decision').nth(1).locator('.annotation-form').last().locator('textarea.notes').inputValue()).toBe(LATER_NOTE);
    expect(await reloaded.locator('fieldset.judgement').first().locator('input[value="met"]').isChecked()).toBe(true);
    await reloaded.locator('button:has-text("Save notes and judgements")').click();
    await expect.poll(async () => {
      const again = (await readStoredSessions(apprentice)).find((s) => s.sessionId === sessionId);
      return again && 'events' in again ? again.events.filter((e) => e.type === 'assessor-annotated').map((e) => e.notes) : [];
    }).toEqual([FIRST_NOTE, LATER_NOTE, FIRST_NOTE]);

    // The reopened screen is the writer: the next decision reaches the assessor's window.
    await play(apprentice, (d) => d === 3, 2);
    await panel.locator('.panel-status:has-text("In progress: 3 decisions")').waitFor();
  });
});

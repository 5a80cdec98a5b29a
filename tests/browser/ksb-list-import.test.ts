import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { play, startObservedSession } from './observation';
import { readStoredSessions } from './stored-data';
import { useBrowser } from './use-browser';

/** An organisation's own list, with codes the built-in scenarios do not use. */
const OWN_LIST = {
  format: 'common-ground/ksbs',
  version: 2,
  standard: 'Customer service practitioner, Level 2',
  reference: 'ST0072',
  items: [
    { code: 'K1', kind: 'knowledge', title: 'Knowing your customers' },
    { code: 'S1', kind: 'skill', title: 'Interpersonal skills', axis: 'communication' },
    { code: 'B1', kind: 'behaviour', title: 'Takes ownership' },
  ],
};
/** A later version with two things wrong: no title on its second KSB and a kind that does not exist. */
const BAD_LIST = { ...OWN_LIST, version: 3, items: [OWN_LIST.items[0], { code: 'S1', kind: 'skill' }, { code: 'B1', kind: 'attitude', title: 'Takes ownership' }] };

const OWN_OPTIONS = ['Choose a KSB', 'K1 Knowing your customers', 'S1 Interpersonal skills', 'B1 Takes ownership'];

/** What a form's "Add a KSB you saw" offers: the list's KSBs not already on the form. */
function addable(form: Locator): Promise<string[]> {
  return form.locator('select.add-ksb option').allInnerTexts();
}

async function importFile(page: Page, name: string, value: unknown): Promise<void> {
  await page.locator('#ksb-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) });
}

/** The "In use" facts as term → value, e.g. { Reference: 'ST0072', Version: '2', … }. */
async function inUse(page: Page): Promise<Record<string, string>> {
  const terms = await page.locator('.ksb-facts dt').allInnerTexts();
  const values = await page.locator('.ksb-facts dd').allInnerTexts();
  return Object.fromEntries(terms.map((t, i) => [t, values[i]!]));
}

describe('an organisation’s own KSB list', () => {
  const browser = useBrowser();

  it('is imported in Settings, a bad file changes nothing, and an observed session offers and names it', { timeout: 120_000 }, async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}#/settings`);
    await page.locator('.ksb-facts').waitFor();
    expect(await inUse(page)).toMatchObject({ Reference: 'ST0314', Version: '1', Source: 'Built into the app' });

    await importFile(page, 'customer-service.json', OWN_LIST);
    const message = page.getByTestId('ksb-message');
    await message.locator('text=Imported ST0072 version 2 from customer-service.json').waitFor();
    expect(await inUse(page)).toMatchObject({ Standard: OWN_LIST.standard, Reference: 'ST0072', Version: '2', KSBs: '3 KSBs (1 knowledge, 1 skill, 1 behaviour)' });
    expect(await page.locator('input[name="ksb-list"][value="ST0072@2"]').isChecked()).toBe(true);

    // A bad file is refused with everything that is wrong, and the list in use stays, also after a reload.
    await importFile(page, 'customer-service-v3.json', BAD_LIST);
    const alert = message.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.locator('p').innerText()).toBe('customer-service-v3.json was not imported, and nothing has changed. What is wrong:');
    expect(await alert.locator('li').allInnerTexts()).toEqual(['KSB 2 (code S1) has no title.', 'KSB 3 (code B1) has kind "attitude"; a kind is knowledge, skill or behaviour.']);
    expect(await inUse(page)).toMatchObject({ Reference: 'ST0072', Version: '2' });
    expect(await page.locator('input[name="ksb-list"]').count()).toBe(2);
    await page.reload();
    await page.locator('.ksb-facts').waitFor();
    expect(await inUse(page)).toMatchObject({ Reference: 'ST0072', Version: '2' });

    // The observed session uses it: the start form says so, the assessor's window (a page of its
    // own, which finds the list in storage by the name the record gives) offers its KSBs.
    await startObservedSession(page, 'window');
    expect(await page.getByTestId('ksb-list-line').innerText()).toBe('KSB list: ST0072 version 2, “Customer service practitioner, Level 2”. Change the KSB list in Settings.');
    const opened = browser.context.waitForEvent('page');
    await page.locator('button:has-text("Start the observed session")').click();
    const panel = await opened;
    await panel.locator('.panel-status').waitFor();
    await page.locator('button:has-text("Start the scenario")').click();
    await play(page, (d) => d === 1);
    const form = panel.locator('.assess-decision').first().locator('.annotation-form').last();
    await expect.poll(() => addable(form)).toEqual(OWN_OPTIONS);
    // The scenario's own suggestions are codes of the built-in list, and say they are not in this one.
    expect(await form.locator('fieldset.judgement legend').first().innerText()).toMatch(/^P-\w+ \(not in this list\)$/);
    await form.locator('select.add-ksb').selectOption('S1');
    await form.locator('button:has-text("Add")').click();
    await form.locator('fieldset.judgement[data-ksb="S1"] input[value="met"]').check();
    await form.locator('textarea.notes').fill('Listened first, then explained.');
    await form.locator('button:has-text("Save notes and judgements")').click();
    await form.locator('.save-status:has-text("Saved in the record")').waitFor();

    // Going back to the built-in list changes new observations only: this record keeps its list.
    const settings = await browser.context.newPage();
    await settings.goto(`${inject('baseUrl')}#/settings`);
    await settings.locator('input[name="ksb-list"][value="built-in"]').check();
    await settings.getByTestId('ksb-message').locator('text=Now using ST0314 version 1.').waitFor();
    expect(await inUse(settings)).toMatchObject({ Reference: 'ST0314', Version: '1', Source: 'Built into the app' });
    await panel.reload();
    const reopened = panel.locator('.assess-decision').first().locator('.annotation-form').last();
    await expect.poll(() => reopened.locator('fieldset.judgement[data-ksb="S1"] legend').innerText().catch(() => '')).toBe('S1 Interpersonal skills (added)');
    expect(await reopened.locator('fieldset.judgement[data-ksb="S1"] input[value="met"]').isChecked()).toBe(true);
    expect(await addable(reopened)).toEqual(OWN_OPTIONS.filter((o) => !o.startsWith('S1')));

    // The stored record names the list by standard, reference and version, and holds the judgement.
    const observed = (await readStoredSessions(page)).flatMap((s) => ('events' in s && s.events[0]?.type === 'session-started' && s.events[0].mode === 'assessed' ? [s.events] : []));
    expect(observed).toHaveLength(1);
    expect(observed[0]!.find((e) => e.type === 'observation-started')).toMatchObject({ ksbList: { standard: OWN_LIST.standard, reference: 'ST0072', version: 2 } });
    expect(observed[0]!.find((e) => e.type === 'assessor-annotated')).toMatchObject({ addedKsbs: ['S1'], judgements: expect.arrayContaining([{ code: 'S1', judgement: 'met' }]) });
  });
});

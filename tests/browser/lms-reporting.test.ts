import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { statementsForLog } from '../../src/reporting/session-statements';
import { auId } from '../../src/reporting/package-manifests';
import { startTestLrs, type TestLrs } from '../lrs/test-lrs';
import { expectBrowserErrors, openBrowser, withoutScenery, type BrowserSession } from './browser';
import { createProfile } from './learner';
import { readStoredSessions } from './stored-data';
import { PLAIN_SCENARIO } from './test-scenario';

const verbsOf = (statements: Array<Record<string, unknown>>) => statements.map((s) => (s.verb as { id: string }).id.split('/').pop());
const anyTarget = { actor: { objectType: 'Agent' as const, account: { homePage: 'https://x.example', name: 'x' } }, scenarioTitle: 'x' };

/** Waits for the options, skipping a "What would you say?" question as practice allows. */
async function reachChoices(where: Page | Frame): Promise<void> {
  await where.locator('button.choice, .ask').first().waitFor();
  if (await where.locator('.ask').count()) await where.locator('.ask').getByRole('button', { name: 'Skip' }).click();
  await where.locator('button.choice:enabled').first().waitFor();
}

/** Makes one choice (the first on offer) and waits for the transcript to show it. */
async function chooseFirst(where: Page | Frame, made: number): Promise<void> {
  await reachChoices(where);
  await where.locator('button.choice').first().click();
  await where.locator('.transcript .entry--player').nth(made).waitFor();
}

async function playToEnd(where: Page | Frame, made: number): Promise<number> {
  while (!(await where.locator('.ending:not([hidden])').count())) await chooseFirst(where, made++);
  return made;
}

let lrs: TestLrs;
let browser: BrowserSession;
beforeAll(async () => {
  lrs = await startTestLrs({ key: 'cg-device', secret: 'cg-secret' });
});
afterAll(() => lrs.close());
beforeEach(async () => {
  lrs.statements.length = 0;
  browser = await openBrowser();
  await withoutScenery(browser.context);
});
afterEach(() => browser.close());

describe('reporting to a learning record store', () => {
  it('queues statements while the device is offline and delivers each one once, in order, when it is back', async () => {
    const { page, context } = browser;
    const base = inject('baseUrl');
    await createProfile(page, base, 'Reporting learner');
    await page.goto(`${base}#/settings`);
    await page.locator('#lrs-endpoint').fill(lrs.endpoint);
    await page.locator('#lrs-key').fill('cg-device');
    await page.locator('#lrs-secret').fill('cg-secret');
    await page.getByRole('button', { name: 'Save and start sending' }).click();
    await page.getByText('Everything has been sent.').waitFor();

    await page.goto(`${base}#/play/${PLAIN_SCENARIO}`);
    await chooseFirst(page, 0);
    await chooseFirst(page, 1);
    await expect.poll(() => lrs.statements.length).toBe(3);
    // The browser logs each request refused while the device is offline; that is the point of the test.
    expectBrowserErrors(/net::ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(true);
    const made = await playToEnd(page, 2);
    await page.goto(`${base}#/settings`);
    await expect.poll(() => page.getByTestId('lrs-queue').innerText()).toMatch(/^\d+ waiting to send/);
    await expect.poll(() => page.getByTestId('lrs-error').innerText()).toMatch(/Could not reach the learning record store/);
    await page.locator('.lrs-settings').screenshot({ path: 'test-results/lrs-settings-offline.png' });
    expect(lrs.statements).toHaveLength(3);

    await context.setOffline(false);
    await expect.poll(() => lrs.statements.length, { timeout: 20_000 }).toBe(made + 3);
    await page.getByText('Everything has been sent.').waitFor();
    const [stored] = await readStoredSessions(page);
    const expected = statementsForLog('events' in stored! ? stored.events : [], anyTarget);
    expect(lrs.statements.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    expect(verbsOf(lrs.statements)).toEqual(['initialized', ...Array(made).fill('responded'), 'completed', 'terminated']);
    expect(lrs.requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(browser.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });

  it('in a cmi5 launch, fetches the token once, reads the launch data and sends its statements in cmi5 order', async () => {
    const { page } = browser;
    const base = inject('baseUrl');
    const actor = { objectType: 'Agent', name: 'Cam Five', account: { homePage: 'https://lms.example.org', name: 'cam-5' } };
    const registration = '6a1f1b7e-3c0e-4e2b-9a55-0f3c2d1e4b5a';
    const activityId = auId(PLAIN_SCENARIO);
    const sessionExtension = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
    lrs.setState({ activityId, agent: actor, stateId: 'LMS.LaunchData', registration }, {
      contextTemplate: { extensions: { [sessionExtension]: 'lms-session-1' } },
      launchMode: 'Normal',
      moveOn: 'Completed',
      returnURL: `${base}#/`,
    });
    const fetchUrl = lrs.fetchUrl(Buffer.from('cmi5-user:token-1').toString('base64'));
    const query = new URLSearchParams({ lms: 'cmi5', scenario: PLAIN_SCENARIO, endpoint: lrs.endpoint, fetch: fetchUrl, actor: JSON.stringify(actor), registration, activityId });
    await page.goto(`${base}?${query}`);
    await page.getByText('Opened from your course').waitFor();
    const made = await playToEnd(page, 0);
    await expect.poll(() => lrs.statements.length, { timeout: 20_000 }).toBe(made + 3);

    expect(lrs.requests.filter((r) => r.path.startsWith('/fetch/'))).toHaveLength(1);
    expect(verbsOf(lrs.statements)).toEqual(['initialized', ...Array(made).fill('responded'), 'completed', 'terminated']);
    for (const statement of lrs.statements) {
      const context = statement.context as { registration: string; extensions: Record<string, unknown> };
      expect(context.registration).toBe(registration);
      expect(context.extensions[sessionExtension]).toBe('lms-session-1');
      expect(statement.actor).toMatchObject({ account: actor.account });
    }
    expect((lrs.statements[0]!.object as { id: string }).id).toBe(activityId);
    await page.getByRole('button', { name: 'Back to the course' }).click();
    await page.locator('.title').waitFor();
    expect(lrs.requests.filter((r) => r.status >= 400)).toEqual([]);
  });

  it('as a SCORM 2004 package in an LMS page, records interactions, score and completion, and resumes from suspend_data', async () => {
    const { page, context } = browser;
    const base = inject('baseUrl');
    const scormAgain = readFileSync(new URL('../../node_modules/scorm-again/dist/scorm2004.min.js', import.meta.url), 'utf8');
    // The LMS page: scorm-again as the API, the package's launch page in a frame (as Moodle does).
    await context.route(`${base}scorm-again.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: scormAgain }));
    await context.route(`${base}lms.html*`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>LMS</title><script src="scorm-again.js"></script><script>
          window.API_1484_11 = new Scorm2004API({ autocommit: false, logLevel: 5 });
          const saved = sessionStorage.getItem('lms-saved');
          window.API_1484_11.loadFromJSON(saved ? JSON.parse(saved) : { learner_id: 'L-42', learner_name: 'Scorm Learner' });
        </script><iframe name="sco" src="index.html?lms=scorm&scenario=${PLAIN_SCENARIO}" style="width:1200px;height:680px"></iframe>`,
      }),
    );
    await page.goto(`${base}lms.html`);
    let frame = page.frame({ name: 'sco' })!;
    await reachChoices(frame);
    await chooseFirst(frame, 0);
    await chooseFirst(frame, 1);
    const api = (expression: string) => page.evaluate(`window.API_1484_11.${expression}`);
    expect(await api(`GetValue('cmi.interactions._count')`)).toBe('2');
    expect(await api(`GetValue('cmi.interactions.0.type')`)).toBe('choice');
    expect(await api(`GetValue('cmi.interactions.1.learner_response')`)).toMatch(/^option-\d+$/);
    expect(await api(`GetValue('cmi.completion_status')`)).not.toBe('completed');
    const playerLines = await frame.locator('.transcript .entry--player').allInnerTexts();

    // The learner closes the course; the LMS keeps the attempt, then launches it again with entry "resume".
    await page.evaluate(`(() => {
      const cmi = window.API_1484_11.renderCMIToJSONObject().cmi;
      sessionStorage.setItem('lms-saved', JSON.stringify({ ...cmi, entry: 'resume' }));
    })()`);
    await page.reload();
    frame = page.frame({ name: 'sco' })!;
    await reachChoices(frame);
    // Back where the learner left off: both choices on the record, and the next decision on offer.
    await frame.locator('.transcript .entry--player').nth(1).waitFor();
    expect(await frame.locator('.transcript .entry--player').allInnerTexts()).toEqual(playerLines);
    const made = await playToEnd(frame, 2);
    expect(await api(`GetValue('cmi.interactions._count')`)).toBe(String(made));
    expect(await api(`GetValue('cmi.completion_status')`)).toBe('completed');
    expect(await api(`GetValue('cmi.success_status')`)).toMatch(/^(passed|failed)$/);
    expect(Number(await api(`GetValue('cmi.score.scaled')`))).toBeGreaterThanOrEqual(-1);
    expect(await api(`GetValue('cmi.score.scaled')`)).not.toBe('');
  });
});

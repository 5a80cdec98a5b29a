import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/compile/compile-ink';
import { startRelay, type Relay } from '../../src/relay/relay-server';
import { buildGroupDebrief } from '../../src/trainer/group-debrief';
import { TrainerSession } from '../../src/trainer/trainer-session';
import { CHROMIUM_PATH, openBrowser, withoutScenery, type BrowserSession } from './browser';
import { presenterSettled } from './presenter';

const SCENARIO = 'pension-card';
const PHONES = 5;
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

type Action = { kind: 'votes'; counts: { index: number; hands: number }[]; source: 'trainer-tally' | 'remote' } | { kind: 'take'; index: number };

let relay: Relay;
let presenter: BrowserSession;
let phoneBrowser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  relay = await startRelay({ port: 0, host: '127.0.0.1', distDir: dist });
  presenter = await openBrowser({ width: 1920, height: 1080 });
  await withoutScenery(presenter.context);
  phoneBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
});

afterAll(async () => {
  await presenter?.close();
  await phoneBrowser?.close();
  await relay?.close();
});

async function phonePage(context: BrowserContext, code: string | null): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${relay.url}/join${code ? `#${code}` : ''}`);
  return page;
}

const votedCount = async (p: Page) => (await p.locator('.phones-counts').innerText()).replace(/\s+/g, ' ');

describe('a live room', () => {
  it('plays a scenario with five phones and hands: the group debrief splits match the votes sent', async () => {
    const p = presenter.page;
    await p.goto(`${relay.url}/#/present/${SCENARIO}`);
    // Served by the relay, the presenter fills in the relay's own address.
    await expect.poll(() => p.locator('#phones-relay').inputValue()).toContain(relay.url);
    await p.locator('#phones-on').check();
    const code = await p.locator('.phones-code').innerText();
    expect(await p.locator('.phones-address').innerText()).toBe(`${relay.url}/join`);

    const phones: Page[] = [];
    for (let i = 0; i < PHONES - 1; i++) {
      const context = await phoneBrowser.newContext({ viewport: { width: 390, height: 844 } });
      contexts.push(context);
      phones.push(await phonePage(context, code));
    }
    for (const phone of phones) await phone.locator('.phone-heading', { hasText: 'You are in' }).waitFor();
    await expect.poll(() => votedCount(p)).toBe(`${PHONES - 1} joined`);
    await p.locator('.presenter-begin button').click();

    const actions: Action[] = [];
    let decision = 0;
    let askSeen = false;
    for (let guard = 0; guard < 150 && (await p.getAttribute('.presenter', 'data-phase')) !== 'ended'; guard++) {
      const phase = await p.getAttribute('.presenter', 'data-phase');
      if (phase === 'story') {
        await p.keyboard.press('Space');
        continue;
      }
      await p.keyboard.press('Space'); // hands up: voting opens on the phones
      const indices = await p.locator('.presenter-option').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.choiceIndex)));
      const favourite = decision % indices.length;
      const other = (favourite + 1) % indices.length;
      const phonesVote = new Map<number, number>(); // phone number → position

      const vote = async (n: number, position: number) => {
        await phones[n]!.locator('.phone-option').nth(position).click();
        await expect.poll(() => phones[n]!.locator('.phone-option').nth(position).getAttribute('aria-pressed')).toBe('true');
        phonesVote.set(n, position);
      };
      for (const phone of phones) await phone.locator('.phone-option:not([disabled])').first().waitFor();
      if (decision === 0) {
        await vote(0, other);
        await vote(0, favourite); // a changed vote: only the last one counts
        expect(await phones[0]!.locator('.phone-your-vote').innerText()).toContain(`option ${favourite + 1}`);
      }
      await vote(1, other);
      for (let n = 2; n < phones.length; n++) await vote(n, favourite);
      if (decision === 1) {
        // A phone that sleeps: the page goes, then comes back to the same decision with its vote kept.
        const context = phones[2]!.context();
        await phones[2]!.close();
        phones[2] = await phonePage(context, code);
        await expect.poll(() => phones[2]!.locator('.phone-option').nth(favourite).getAttribute('aria-pressed')).toBe('true');
        // A late joiner types the code, gets the decision at once and votes.
        const late = await phoneBrowser.newContext({ viewport: { width: 390, height: 844 } });
        contexts.push(late);
        const page = await phonePage(late, null);
        await page.locator('#room-code').fill(code.toLowerCase());
        await page.locator('#room-nickname').fill('Kit');
        await page.locator('.phone-join button').click();
        phones.push(page);
        await vote(phones.length - 1, favourite);
      }
      await expect.poll(() => votedCount(p)).toBe(`${phones.length} joined · ${phonesVote.size} voted`);

      if (await phones[0]!.locator('.phone-answer-form').isVisible()) {
        askSeen = true;
        await phones[0]!.locator('#phone-answer').fill('Ask Gareth what Mrs Evans has told us herself');
        await phones[0]!.locator('.phone-answer-form button').click();
        await phones[1]!.locator('#phone-answer').fill('<b>close it</b> and move on');
        await phones[1]!.locator('.phone-answer-form button').click();
        await p.locator('.phones-check-toggle', { hasText: 'Written answers: 2' }).click();
        await p.locator('.phones-answer-list').waitFor({ timeout: 5_000 }).catch(async (error: unknown) => {
          await p.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/live-room-answers.png` });
          throw error;
        });
        await p.locator('.phones-answer-list li', { hasText: 'close it' }).locator('button').click();
        await p.locator('.phones-answer-list li.is-hidden').waitFor();
        await p.locator('.phones-reveal').click();
        await p.locator('.phones-revealed li').first().waitFor();
        expect(await p.locator('.phones-revealed li').allInnerTexts()).toEqual(['Ask Gareth what Mrs Evans has told us herself']);
        await phones[3]!.locator('.phone-revealed li').first().waitFor();
        expect(await phones[3]!.locator('.phone-revealed li').allInnerTexts()).toEqual(['Ask Gareth what Mrs Evans has told us herself']);
      }

      // Hands as well as phones at the first decision: the room mixes both.
      const hands = indices.map((_, position) => (decision === 0 && position === other ? 1 : 0));
      if (decision === 0) {
        await p.keyboard.press(String(other + 1));
        await p.keyboard.press('+');
        actions.push({ kind: 'votes', counts: indices.map((index, i) => ({ index, hands: hands[i]! })), source: 'trainer-tally' });
      }
      const counts = indices.map((index, position) => ({ index, hands: [...phonesVote.values()].filter((v) => v === position).length }));
      actions.push({ kind: 'votes', counts, source: 'remote' });
      await p.keyboard.press('Enter'); // close: the phones' split joins the hands
      await p.locator('.result-status').waitFor();
      expect(await p.locator('.result-status').innerText()).not.toContain('tie');
      await Promise.all(phones.map((phone) => phone.locator('.phone-heading', { hasText: 'Voting is closed' }).waitFor({ timeout: 15_000 }))).catch(async (error: unknown) => {
        const seen = await Promise.all(phones.map(async (phone, n) => `phone ${n}: ${await phone.locator('.phone-room .phone-heading').innerText()} / ${await phone.locator('.phone-problem').innerText().catch(() => '')}`));
        throw new Error(`after closing decision ${decision}, presenter says "${await p.locator('.phones-connection').innerText()}"; ${seen.join('; ')}`, { cause: error });
      });
      expect(await phones[1]!.locator('.phone-option').nth(other).isDisabled()).toBe(true);
      actions.push({ kind: 'take', index: indices[favourite]! });
      await p.keyboard.press('Enter');
      // The room's choice is stored before the next step shows.
      await presenterSettled(p);
      decision++;
    }
    expect(await p.getAttribute('.presenter', 'data-phase')).toBe('ended');
    expect(askSeen).toBe(true);

    await p.keyboard.press('Enter');
    await p.locator('.group-debrief').waitFor();
    const file = new URL(`../../stories/${SCENARIO}.ink`, import.meta.url).pathname;
    const { json, hash } = compileInk(readFileSync(file, 'utf8'), file);
    const session = TrainerSession.start({ scenario: { id: SCENARIO, json, hash }, sessionId: 'expected', seed: 1 });
    for (const action of actions) {
      if (action.kind === 'votes') session.recordVotes(action.counts, action.source);
      else session.take(action.index);
    }
    const expected = buildGroupDebrief(session.log.events);
    const cards = p.locator('.gd-path .gd-decision');
    expect(await cards.count()).toBe(expected.path.length);
    for (const [i, d] of expected.path.entries()) {
      const shown = await cards.nth(i).locator('.gd-option').evaluateAll((rows) => rows.map((r) => [Number((r as HTMLElement).dataset.choiceIndex), Number((r as HTMLElement).dataset.hands)]));
      expect(shown.sort((a, b) => a[0]! - b[0]!)).toEqual(d.options.map((o) => [o.index, o.hands]).sort((a, b) => a[0]! - b[0]!));
    }
    // The first decision mixed a raised hand with the phones' own votes.
    expect(expected.path[0]!.totalHands).toBe(1 + PHONES - 1);
    expect(presenter.errors).toEqual([]);
  }, 120_000);
});

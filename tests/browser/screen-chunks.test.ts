import { describe, expect, inject, it } from 'vitest';
import { expectBrowserErrors } from './browser';
import { createProfile, reachChoices } from './learner';
import { useBrowser } from './use-browser';

/** Scripts the page asked for, by chunk name (the part before the build's hash). */
function chunkName(url: string): string | null {
  const file = /\/assets\/([^/]+)\.js$/.exec(new URL(url).pathname)?.[1];
  return file ? file.replace(/-[A-Za-z0-9_-]{8}$/, '') : null;
}

describe('screens other than play, each in its own chunk', () => {
  const browser = useBrowser();

  it('opens a scenario without fetching the code of Settings, the presenter or the evidence locker', async () => {
    const { page } = browser;
    const fetched: string[] = [];
    page.on('request', (request) => {
      const name = chunkName(request.url());
      if (name) fetched.push(name);
    });
    await page.goto(`${inject('baseUrl')}#/play/first-day`);
    await page.locator('.profile-button, #new-name').first().waitFor();
    expect(fetched).toContain('app');
    expect(fetched).not.toContain('settings-screen');
    expect(fetched).not.toContain('present-screen');
    expect(fetched).not.toContain('evidence-locker-screen');
    // The scenario named in the address is asked for as the page opens, before any profile is chosen:
    // the head's own script preloads it (src/build/preload-scenario.ts), not the app a round trip later.
    expect(fetched).toContain('first-day');
    expect(await page.locator('head link[rel="modulepreload"][href*="/first-day-"]').count()).toBe(1);
    // Settings' code comes when Settings is first opened.
    await page.goto(`${inject('baseUrl')}#/settings`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Settings');
    expect(fetched).toContain('settings-screen');
  });

  it('reaches the first choice without the scenario list, the reporting code or the import dialog', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Chunk learner');
    const fetched: string[] = [];
    page.on('request', (request) => {
      const name = chunkName(request.url());
      if (name) fetched.push(name);
    });
    await page.goto(`${inject('baseUrl')}#/play/pension-card`);
    await page.locator('button:has-text("Start the scenario")').click();
    await reachChoices(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe('The pension card');
    expect(fetched).toContain('pension-card');
    // Nor its summary (ranges, map, best routes): only the debrief and the like need that.
    expect(fetched).not.toContain('pension-card-summary');
    // The title and content notes above came with the scenario's own chunk.
    expect(fetched).not.toContain('_virtual_scenarios');
    // Nothing is reported anywhere on this device, so none of the xAPI, cmi5 or SCORM code comes.
    expect(fetched).not.toContain('reporting-service');
    expect(fetched).not.toContain('lms-launch');
    expect(fetched).not.toContain('import-dialog');
    // A screen that lists scenarios brings the list with it.
    await page.goto(`${inject('baseUrl')}#/scenarios`);
    await page.locator('.scenario-cards').first().waitFor();
    expect(fetched).toContain('_virtual_scenarios');
  });

  it('says a screen could not be loaded, and offers to try again, when its chunk does not come', async () => {
    const { page, context } = browser;
    await context.route(/\/assets\/settings-screen-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    expectBrowserErrors(/settings-screen|Failed to fetch dynamically imported module|net::ERR_INTERNET_DISCONNECTED/);
    await page.goto(`${inject('baseUrl')}#/settings`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('This page could not be loaded');
    expect(await page.locator('main').innerText()).toContain('Check the connection, then try again.');
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    // Once the connection is back, trying again shows the screen.
    await context.unroute(/\/assets\/settings-screen-[^/]*\.js$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Settings');
  });
});

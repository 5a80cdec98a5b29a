import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';
import { createProfile } from './learner';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCENARIO = 'first-day';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `vite` (the dev server of `npm run dev`) as a user would, on its own copy of the stories. */
async function startDevServer(storiesDir: string): Promise<{ url: string; process: ChildProcess; output: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    env: { ...process.env, CG_STORIES_DIR: storiesDir, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  while (!output.includes(`:${port}`)) {
    if (child.exitCode !== null) throw new Error(`vite exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`vite did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, process: child, output: () => output };
}

describe('the dev server (npm run dev)', () => {
  // Inside the project, so Vite serves and watches it as it does stories/.
  const stories = mkdtempSync(join(ROOT, '.dev-test-stories-'));
  let server: Awaited<ReturnType<typeof startDevServer>>;
  let browser: BrowserSession;

  beforeAll(async () => {
    cpSync(join(ROOT, 'stories'), stories, { recursive: true });
    server = await startDevServer(stories);
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.process.exitCode === null) {
      const exited = new Promise((r) => server.process.once('exit', r));
      server.process.kill('SIGTERM');
      await exited;
    }
    rmSync(stories, { recursive: true, force: true });
  });

  it('shows the title with no error overlay and no console error', async () => {
    const { page, errors } = browser;
    await page.goto(server.url);
    // The title or Vite's error overlay, whichever comes; the first load compiles every scenario.
    await page.locator('.title, vite-error-overlay').first().waitFor({ timeout: 120_000 });
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    await expect.poll(() => page.locator('.title').innerText()).toContain('Common Ground');
    expect(errors).toEqual([]);
  }, 180_000);

  it('reloads a scenario when its ink file is edited', async () => {
    const { page, errors } = browser;
    await createProfile(page, server.url, 'Dev learner');
    await page.goto(`${server.url}#/play/${SCENARIO}`);
    await page.locator('.entry', { hasText: 'Monday, quarter to nine.' }).waitFor({ timeout: 60_000 });

    const file = join(stories, `${SCENARIO}.ink`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Monday, quarter to nine.', 'Tuesday, ten past nine.'));
    // The page reloads by itself; the attempt under way was made with the old text, so it says so.
    await page.locator('.cannot-resume', { hasText: 'has been updated since you started' }).waitFor({ timeout: 60_000 });
    await page.goto(`${server.url}#/play/${SCENARIO}`);
    await page.locator('.entry', { hasText: 'Tuesday, ten past nine.' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.entry', { hasText: 'Monday, quarter to nine.' }).count()).toBe(0);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);

  it('remakes the summary (the debrief’s map and best routes) with the story when its ink file is edited', async () => {
    // The URL the app's loader asks for (virtual:scenario-loaders): the story's own file, queried.
    const summaryUrl = `${server.url}${basename(stories)}/${SCENARIO}.ink?import&summary`;
    const summary = async () => (await fetch(summaryUrl)).text();
    const before = 'Ask who you should go to when you are not sure about a rule';
    const after = 'Ask who to turn to when a rule is unclear';
    expect(await summary()).toContain(before);

    const file = join(stories, `${SCENARIO}.ink`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(before, after));
    await expect.poll(summary, { timeout: 60_000 }).toContain(after);
    expect(await summary()).not.toContain(before);
  }, 120_000);
});

import { describe, expect, inject, it } from 'vitest';
import { choose, createProfile, reachChoices } from './learner';
import { PLAIN_SCENARIO as SCENARIO } from './test-scenario';
import { useBrowser } from './use-browser';

describe('Content-Security-Policy', () => {
  const browser = useBrowser({ scenery: true });

  it('ships a strict policy (scripts from this site only, no eval) and the game plays, scenery and all, without a violation', { timeout: 90_000 }, async () => {
    const { page } = browser;
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI))`);
    await createProfile(page, inject('baseUrl'), 'Policy');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // This site's files, and the one fixed inline script by its hash (src/build/preload-scenario.ts).
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toMatch(/object-src 'none'/);
    await page.goto(`${inject('baseUrl')}#/play/${SCENARIO}`);
    await reachChoices(page);
    // The scenery (Phaser: textures, WebGL or canvas) loads after the first passage.
    await page.locator('.stage canvas, .stage--text-only').first().waitFor({ timeout: 45_000 });
    await choose(page);
    await choose(page);
    // A 10,000-character word, where author and learner text shows, never makes the page wider.
    await page.evaluate(`document.querySelector('.transcript').append(Object.assign(document.createElement('li'), { className: 'entry', textContent: 'x'.repeat(10000) }))`);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.goto(`${inject('baseUrl')}#/progress`);
    await page.locator('.attempt').first().waitFor();
    expect(violations).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { choose, createProfile } from './learner';
import { SCENARIO } from './test-scenario';
import { useBrowser } from './use-browser';

/** pdftotext and pdfinfo come with poppler-utils (installed by .ci/run). */
const poppler = (tool: 'pdftotext' | 'pdfinfo', file: string, ...args: string[]) => execFileSync(`/usr/bin/${tool}`, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });

describe("the learner's result PDF", () => {
  const browser = useBrowser();

  it('downloads from the debrief as one A4 page with the name, the ending and each decision against the best there', async () => {
    const { page } = browser;
    await createProfile(page, inject('baseUrl'), 'Robin Ellery');
    await page.goto(`${inject('baseUrl')}#/play/${SCENARIO}`);
    await page.locator('button:has-text("Start the scenario")').click();
    while (!(await page.locator('.ending:not([hidden])').count())) {
      await page.locator('button.choice, .ask').first().waitFor();
      if (await page.locator('.ask').count()) await page.locator('.ask button:has-text("Skip")').click();
      await choose(page);
    }
    await page.locator('a:has-text("See your debrief")').click();
    const ending = (await page.locator('.ending-reached #ending-heading').innerText()).replace(/^Your ending: /, '');
    const decisions = await page.locator('.decision-list > .decision').count();
    const bestOnScreen = await page.locator('.decision-list > .decision:has(.option--chosen.option--best)').count();

    const button = page.getByRole('button', { name: 'Download my result (PDF)' });
    const started = page.waitForEvent('download');
    await button.click();
    const download = await started;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^result-${SCENARIO}-robin-ellery-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    await expect.poll(() => page.locator('.result-download-status').innerText()).toBe('Your result is in your downloads.');
    expect(await button.isEnabled()).toBe(true);

    const file = join(process.env.TMPDIR ?? '/tmp', 'learner-result.pdf');
    writeFileSync(file, readFileSync((await download.path())!));
    expect(poppler('pdfinfo', file)).toMatch(/^Pages:\s+1$/m);
    expect(poppler('pdfinfo', file)).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)/m);
    const text = poppler('pdftotext', file).replace(/\s+/g, ' ');
    expect(text).toContain('Learner: Robin Ellery');
    expect(text).toContain(`Your ending: ${ending}`);
    expect(text).toContain(`Your ${decisions} decisions`);
    expect(text).toContain(`You chose the best option at ${bestOnScreen} of ${decisions} decisions.`);
    // Each decision says whether it was the best there or names the best option: "Best here" either way.
    expect(text.match(/\d+\. You chose: /g)).toHaveLength(decisions);
    expect(text.match(/Best here/g)).toHaveLength(decisions);
  });
});

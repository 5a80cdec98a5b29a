import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chainEvents } from '../../src/assessor/hash-chain';
import { verifyWitnessFile, type VerifyOptions } from '../../src/assessor/verify-witness';
import { signedPart, witnessFileText, type WitnessFile } from '../../src/assessor/witness-file';
import { makeWitnessKey, signText } from '../../src/assessor/witness-keys';
import { scenarioFromDisk } from '../../src/build/scenario-from-disk';
import { pdfPageTexts } from '../fixtures/pdf-text';
import { ANSWER, play, startObservedSession } from './observation';
import { useBrowser } from './use-browser';

const storiesDir = fileURLToPath(new URL('../../stories', import.meta.url));
const NOTES = 'Said aloud that only the minimum should be shared, and why.';

/** Trusts the key the browser made and put in the record (the locker test shows other keys refused). */
function trustingOwnKey(json: string): VerifyOptions {
  const { signature } = JSON.parse(json) as WitnessFile;
  return { trusted: [{ name: signature.signer, publicKey: signature.publicKey, fingerprint: signature.keyFingerprint }] };
}

/** What a forger who knows the format can do: change a passage, reseal the chain, and sign with a new key of their own or none. */
async function forge(json: string, withKey: boolean): Promise<string> {
  const file = JSON.parse(json) as WitnessFile;
  const events = file.events.map(({ prev: _p, hash: _h, ...e }, i) => (i === 1 ? { ...e, text: 'Nothing of note was said.' } : e));
  const chained = (await chainEvents(events)) as WitnessFile['events'];
  const rechained = { ...file, events: chained, fingerprint: chained.at(-1)!.hash };
  if (!withKey) {
    const { signature: _s, ...unsigned } = rechained;
    return JSON.stringify(unsigned, null, 2);
  }
  const key = await makeWitnessKey(file.signature.signer);
  const unsigned = { ...rechained, signature: { ...file.signature, publicKey: key.publicKey, keyFingerprint: key.fingerprint } };
  return witnessFileText({ ...unsigned, signature: { ...unsigned.signature, value: await signText(key, signedPart(unsigned)) } });
}

async function download(page: Page, button: string): Promise<Buffer> {
  const started = page.waitForEvent('download');
  await page.locator(`button:has-text("${button}")`).first().click();
  return readFileSync((await (await started).path())!);
}

describe('assessor mode', () => {
  // What is under test is the record, not the picture: software-rendered scenery in two windows
  // made each choice take seconds on a busy machine, and the first test ran out of time.
  const browser = useBrowser();

  it('records an observed session in a second window, signs it, exports a PDF and a JSON that verifies, and fails on a changed byte', async () => {
    const { page, context } = browser;
    await startObservedSession(page, 'window');
    const opened = context.waitForEvent('page');
    await page.locator('button:has-text("Start the observed session")').click();
    const panel = await opened;
    const panelErrors: string[] = [];
    panel.on('pageerror', (e) => panelErrors.push(e.message));
    await panel.locator('.panel-status').waitFor();

    await page.locator('button:has-text("Start the scenario")').click();
    // An observed session asks for the apprentice's own words before the options, and will not skip.
    const made = await play(page, (d) => d === 1);
    expect(made).toBe(1);
    const first = panel.locator('.assess-decision').first();
    await first.locator('textarea.notes').waitFor();
    await first.locator('textarea.notes').fill(NOTES);
    await first.locator('fieldset.judgement').first().locator('input[value="met"]').check();
    await first.locator('button:has-text("Save notes and judgements")').click();
    await first.locator('.save-status:has-text("Saved in the record")').waitFor();
    await first.locator('summary:has-text("Change an automatic score")').click();
    await first.locator('select[id$="-axis"]').selectOption('communication');
    const now = await first.locator('select[id$="-to"] option:checked').getAttribute('value');
    await first.locator('select[id$="-to"]').selectOption(now === '2' ? '1' : '2');
    await first.locator('textarea[id$="-reason"]').fill('Explained the rule to the group in plain English.');
    await first.locator('button:has-text("Change the score")').click();
    await first.locator('.override-line').waitFor();

    await play(page, () => false, made);
    await expect.poll(() => page.locator('.ask').count()).toBe(0);
    // pension-card asks twice; the first asked decision is the meeting, where Gareth proposes closing.
    const askedCard = panel.locator('.assess-decision:has(.ask-shown)').first();
    expect(await askedCard.locator('.answer-given').innerText()).toContain(ANSWER);
    // The assessor sees the author's model answer and checklist to mark the answer against.
    expect(await askedCard.locator('.ask-model').innerText()).toMatch(/^Model answer: I don't agree that this is only a family matter/);
    expect(await askedCard.locator('.ask-look-for li').count()).toBe(4);
    await askedCard.locator('.annotation-form').first().locator('fieldset.judgement').first().locator('input[value="partly-met"]').check();
    await askedCard.locator('.annotation-form').first().locator('button:has-text("Save notes and judgements")').click();
    await askedCard.locator('.annotation-form').first().locator('.save-status:has-text("Saved")').waitFor();

    await panel.locator('.panel-status:has-text("Finished")').waitFor();
    await panel.locator('#apprentice-seen').check();
    await panel.locator('#apprentice-comments').fill('I would ask the daughter to wait outside next time.');
    await panel.locator('#sign-agree').check();
    await panel.locator('#sign-name').fill('Priya Shah');
    await panel.locator('button:has-text("Sign the witness record")').click();
    await panel.locator('button:has-text("Download the PDF")').waitFor();
    const json = (await download(panel, 'Download the JSON')).toString('utf8');
    const pdf = await download(panel, 'Download the PDF');
    writeFileSync(`${process.env.TMPDIR ?? '/tmp'}/witness-record.pdf`, pdf);

    const verified = await verifyWitnessFile(json, scenarioFromDisk(storiesDir), trustingOwnKey(json));
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    expect(verified.file.summary).toMatchObject({ apprentice: 'Sam Jones', signedBy: 'Priya Shah', ended: true });
    expect(verified.file.summary.overrides).toEqual([expect.objectContaining({ decision: 1, axis: 'communication', by: 'Priya Shah' })]);
    expect(verified.record.decisions[0]!.annotation?.notes).toBe(NOTES);
    const asked = verified.record.decisions.find((d) => d.answer);
    expect(asked?.answer?.text).toBe(ANSWER);
    expect(asked?.answerAnnotation?.judgements[0]?.judgement).toBe('partly-met');
    // What an e-portfolio asks of witness testimony, in the signed record itself.
    expect(verified.record.observation).toMatchObject({
      assessor: { name: 'Priya Shah', role: 'Workplace assessor', relationship: 'Line manager', contact: 'p.shah@northshire.example' },
      employer: 'Northshire Council Housing',
      uln: '1234567890',
      ksbList: { reference: 'ST0314', version: 1 },
    });
    expect(verified.record.signOff?.apprentice).toEqual({ acknowledged: true, comments: 'I would ask the daughter to wait outside next time.' });

    const at = json.indexOf('"text": "Monday morning') + '"text": "'.length;
    const changed = `${json.slice(0, at)}m${json.slice(at + 1)}`;
    expect(await verifyWitnessFile(changed, scenarioFromDisk(storiesDir), trustingOwnKey(json))).toMatchObject({ ok: false, where: 'event 1 (passage-shown)', problem: expect.stringMatching(/changed/) });

    const pages = await pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) expect(text).toContain('Apprentice: Sam Jones  |  Witness: Priya Shah');
    const all = pages.join('\n');
    expect(all).toContain(`Witness notes: ${NOTES}`);
    for (const field of ['Line manager', 'p.shah@northshire.example', 'Northshire Council Housing', '1234567890', 'ST0314', 'Simulated, on-programme observation', 'The apprentice has read this record.', 'I would ask the daughter to wait outside next time.']) {
      expect(all.replace(/\s+/g, ' ')).toContain(field);
    }
    expect(all).toContain(verified.file.fingerprint);
    expect(panelErrors).toEqual([]);
  });

  it('keeps signed records in the evidence locker, exports the list as CSV and checks a dropped record', async () => {
    const { page } = browser;
    await startObservedSession(page, 'side');
    await page.locator('button:has-text("Start the observed session")').click();
    await page.locator('button:has-text("Start the scenario")').click();
    await play(page);
    // The side panel is hidden from the apprentice until the assessor opens it.
    const side = page.locator('#assessor-side-panel');
    expect(await side.isHidden()).toBe(true);
    await page.locator('button:has-text("Show the assessor panel")').click();
    await side.locator('#sign-agree').check();
    await side.locator('#sign-name').fill('Priya Shah');
    await side.locator('button:has-text("Sign the witness record")').click();
    const json = (await download(page, 'Download the JSON')).toString('utf8');
    await side.locator('button:has-text("Hide the panel")').click();
    expect(await side.isHidden()).toBe(true);
    await page.locator('button:has-text("Show the assessor panel")').click();
    await page.keyboard.press('Escape');
    expect(await side.isHidden()).toBe(true);

    await page.goto(`${inject('baseUrl')}#/evidence`);
    await page.locator('.locker-table').waitFor();
    expect(await page.locator('.locker-table tbody tr').count()).toBe(1);
    await page.fill('#filter-apprentice', 'nobody');
    await page.locator('.locker-count:has-text("0 of 1")').waitFor();
    await page.fill('#filter-apprentice', 'sam');
    // Which KSBs the record evidences depends on the options taken (their order is shuffled per
    // attempt), so filter by one the row itself lists, then by one it does not.
    const evidenced = (await page.locator('.locker-table tbody td.ksb-codes').innerText()).split(/,\s*/).filter(Boolean);
    expect(evidenced.length).toBeGreaterThan(0);
    await page.locator('#filter-ksb').selectOption(evidenced[0]!);
    await page.locator('.locker-count:has-text("1 of 1")').waitFor();
    const csv = (await download(page, 'Download this list as CSV')).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^[^,]+,Sam Jones,Priya Shah,Workplace assessor,Northshire Council,/);
    expect(csv).toContain(JSON.parse(json).fingerprint);

    await page.locator('#verify-file').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.locator('.verify-result--ok:has-text("Verified")').waitFor();
    // The typed signature, in the last event: the summary holds the name too, and is checked separately.
    const signature = json.lastIndexOf('"name": "Priya Shah"');
    const tampered = `${json.slice(0, signature)}"name": "Priya Shaw"${json.slice(signature + '"name": "Priya Shah"'.length)}`;
    await page.locator('#verify-file').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
    const failed = page.locator('.verify-result--failed');
    await failed.waitFor();
    expect(await failed.innerText()).toMatch(/Not verified: event \d+ \(witness-signed\): this event has been changed/);
    expect(await failed.innerText()).toMatch(/differs from the copy kept in this locker .*first difference is at events\[\d+\]\.name \(event \d+, witness-signed/);

    // Forged: the chain sealed again after an edit, signed with the forger's own key, or with none.
    await page.locator('#keys-heading').waitFor();
    expect(await page.locator('.trusted-keys li').innerText()).toMatch(/^Priya Shah \(made on this device\) [0-9a-f]{4} /);
    for (const [name, withKey, refusal] of [['other-key.json', true, /signed by a key this device does not trust \(Priya Shah, key /], ['no-key.json', false, /not signed with a witness key/]] as const) {
      await page.locator('#verify-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(await forge(json, withKey)) });
      const result = page.locator(`.verify-result--failed:has-text("${name}")`);
      await result.waitFor();
      expect(await result.innerText()).toMatch(refusal);
      expect(await result.innerText()).toMatch(/first difference is at events\[1\]\.text \(event 1, passage-shown/);
    }
    // Input that is not a record at all gets an answer, never a "Checking…" that stays.
    await page.locator('#verify-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1e400}') });
    await page.locator('.verify-result--failed:has-text("too large to hold")').waitFor();
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trustingWitness, witnessKey } from '../../fixtures/witness-key';
import { chainEvents } from '../../../src/assessor/hash-chain';
import { describeVerification, verifyWitnessFile } from '../../../src/assessor/verify-witness';
import { exportWitnessFile, signedPart, witnessFileText, type WitnessFile } from '../../../src/assessor/witness-file';
import { asNamedKey } from '../../../src/assessor/witness-key-store';
import { makeWitnessKey, signText, trustedKeysFile, type WitnessKey } from '../../../src/assessor/witness-keys';
import { PlaySession } from '../../../src/session/play-session';
import { compileFixture, compileSource, compileStory } from '../../fixtures/compile-fixture';
import { DECLARATION, OBSERVATION, observedSession } from '../../fixtures/observed-session';

const loader = async (id: string) => (id === 'ask-first' ? compileFixture(id) : null);

async function exported(): Promise<WitnessFile> {
  return exportWitnessFile(observedSession().session.log.events, 'Ask first', await witnessKey());
}

async function verify(file: WitnessFile | string, load = loader) {
  return verifyWitnessFile(typeof file === 'string' ? file : witnessFileText(file), load, await trustingWitness());
}

/** Signs a changed file again with a key: the witness's own (to test the checks after the signature) or another. */
async function resigned(file: WitnessFile, key: WitnessKey): Promise<WitnessFile> {
  const unsigned = { ...file, signature: { ...file.signature, signer: key.name, publicKey: key.publicKey, keyFingerprint: key.fingerprint } };
  return { ...unsigned, signature: { ...unsigned.signature, value: await signText(key, signedPart(unsigned)) } };
}

/** Edits one event and seals the chain again, as someone who knew the format might; signs with `key` if given. */
async function forged(file: WitnessFile, index: number, change: Record<string, unknown>, key?: WitnessKey): Promise<WitnessFile> {
  const events = file.events.map(({ prev: _p, hash: _h, ...e }, i) => (i === index ? { ...e, ...change } : e));
  const chained = await chainEvents(events);
  const rechained = { ...file, events: chained as WitnessFile['events'], fingerprint: chained.at(-1)!.hash };
  return key ? resigned(rechained, key) : rechained;
}

describe('exporting a witness record', () => {
  it('seals the events up to the signature and summarises them', async () => {
    const file = await exported();
    expect(file).toMatchObject({ format: 'common-ground/witness-record', version: 2, scenario: { id: 'ask-first', title: 'Ask first' } });
    expect(file.signature).toMatchObject({ algorithm: 'ECDSA-P256-SHA256', signer: 'Priya Shah', keyFingerprint: (await witnessKey()).fingerprint });
    expect(file.events.at(-1)).toMatchObject({ type: 'witness-signed', hash: file.fingerprint });
    expect(file.summary).toMatchObject({ apprentice: OBSERVATION.apprentice, signedBy: 'Priya Shah', totals: { final: { communication: 2 } } });
    expect(file.summary.overrides).toEqual([{ decision: 1, axis: 'communication', from: 1, to: 2, reason: 'Explained the test in plain English to the room.', by: 'Priya Shah' }]);
  });

  it('refuses a record the witness has not signed', async () => {
    await expect(exportWitnessFile(observedSession({ sign: false }).session.log.events, 'Ask first', await witnessKey())).rejects.toThrow(/not signed/);
  });
});

describe('verifying a witness record', () => {
  it('passes an unchanged export, replaying it to the same passages and scores', async () => {
    const result = await verify(await exported());
    expect(result.ok).toBe(true);
    expect(describeVerification(result)).toMatch(/^Verified: .*signed by Priya Shah with a trusted key \(key [0-9a-f ]{79}\).*Sam Jones, observed by Priya Shah on 24 November 2026/);
    expect(result.ok && result.signer).toEqual({ name: 'Priya Shah', fingerprint: (await witnessKey()).fingerprint, trustedAs: 'Priya Shah' });
  });

  it('names the event where one changed byte is', async () => {
    const text = witnessFileText(await exported());
    const at = text.indexOf('The chair wants to close');
    const changed = `${text.slice(0, at)}t${text.slice(at + 1)}`;
    expect(changed.length).toBe(text.length);
    const result = await verify(changed);
    expect(result).toMatchObject({ ok: false, where: 'event 1 (passage-shown)', eventIndex: 1, problem: expect.stringMatching(/changed since the record was sealed/) });
  });

  it('gives the line and column when a change breaks the JSON itself', async () => {
    const text = witnessFileText(await exported()).replace('"format": "common', '"format" "common');
    expect(await verify(text)).toMatchObject({ ok: false, where: 'line 2, column 12', problem: 'this is not valid JSON any more' });
  });

  it('catches a forged score even when the chain is sealed again, by replaying the scenario', async () => {
    const file = await exported();
    const choice = file.events.findIndex((e) => e.type === 'choice-made');
    const result = await verify(await forged(file, choice, { scores: { compliance: 2, communication: 2, challenge: 2 } }, await witnessKey()));
    expect(result).toMatchObject({ ok: false, eventIndex: choice, problem: expect.stringMatching(/^replaying the recorded choices: recorded choice-made does not match/) });
  });

  it('catches an edited summary, naming the field', async () => {
    const file = await exported();
    const result = await verify(await resigned({ ...file, summary: { ...file.summary, totals: { ...file.summary.totals, final: { compliance: 9, communication: 9, challenge: 9 } } } }, await witnessKey()));
    expect(result).toMatchObject({ ok: false, where: 'summary.totals', problem: 'the summary does not match what the events record' });
  });

  it('catches an edited scenario title', async () => {
    const file = await exported();
    expect(await verify(await resigned({ ...file, scenario: { ...file.scenario, title: 'Something else' } }, await witnessKey()))).toMatchObject({ ok: false, where: 'scenario.title' });
  });

  it('refuses a record without its signature at the end', async () => {
    const file = await exported();
    const chained = await chainEvents(file.events.slice(0, -1).map(({ prev: _p, hash: _h, ...e }) => e));
    const result = await verify(await resigned({ ...file, events: chained as WitnessFile['events'], fingerprint: chained.at(-1)!.hash }, await witnessKey()));
    expect(result).toMatchObject({ ok: false, problem: expect.stringMatching(/must end with the witness’s signature/) });
  });

  it('refuses to replay on a different version of the scenario', async () => {
    const changed = compileSource('ask-first', '# title: Ask first\n# family: tutorial\n# minutes: 1\n# summary: S\nHi.\n-> END\n');
    const result = await verify(await exported(), async () => changed);
    expect(result).toMatchObject({ ok: false, where: 'event 0 (session-started)', problem: expect.stringMatching(/made with version \w{12} of "ask-first", but this copy has version/) });
  });

  it('says when the scenario is not in this copy', async () => {
    expect(await verify(await exported(), async () => null)).toMatchObject({ ok: false, problem: expect.stringMatching(/no scenario called "ask-first"/) });
  });

  it('refuses a record from a newer version, and a file that is not a record', async () => {
    const file = await exported();
    expect(await verify({ ...file, version: 3 } as never)).toMatchObject({ ok: false, where: 'version', problem: expect.stringMatching(/newer version/) });
    expect(await verify(JSON.stringify({ hello: 'world' }))).toMatchObject({ ok: false, problem: expect.stringMatching(/not a Common Ground witness record/) });
  });
});

describe('the witness key signature', () => {
  it('refuses a record re-chained and signed with a different key, naming the key', async () => {
    const file = await exported();
    const forger = await makeWitnessKey('Priya Shah');
    const result = await verify(await forged(file, 0, { sessionId: 'obs-1' }, forger));
    expect(result).toMatchObject({ ok: false, where: 'signature', problem: expect.stringMatching(/signed by a key this device does not trust \(Priya Shah, key /) });
  });

  it('refuses a record re-chained with its old signature, or with none', async () => {
    const file = await exported();
    const passage = file.events.findIndex((e) => e.type === 'passage-shown');
    const rechained = await forged(file, passage, { text: 'Something else was said.' });
    expect(await verify(rechained)).toMatchObject({ ok: false, where: 'signature', problem: expect.stringMatching(/does not match the record/) });
    const { signature: _s, ...unsigned } = rechained;
    expect(await verify(JSON.stringify(unsigned))).toMatchObject({ ok: false, where: 'signature', problem: expect.stringMatching(/not signed with a witness key/) });
    expect(await verify(JSON.stringify({ ...unsigned, version: 1 }))).toMatchObject({ ok: false, where: 'signature', problem: expect.stringMatching(/not signed with a witness key/) });
  });

  it('refuses a signature by a trusted key that is not the witness named in the record', async () => {
    const other = await witnessKey('Alex Morgan');
    const result = await verifyWitnessFile(witnessFileText(await resigned(await exported(), other)), loader, { trusted: [asNamedKey(other)] });
    expect(result).toMatchObject({ ok: false, where: 'signature.signer', problem: 'the key signed as Alex Morgan, but the record was signed off by Priya Shah' });
  });

  it('refuses to sign in the name of someone other than the witness who signed off', async () => {
    await expect(exportWitnessFile(observedSession().session.log.events, 'Ask first', await witnessKey('Alex Morgan'))).rejects.toThrow(/signed by Priya Shah, but the key is Alex Morgan/);
  });

  it('refuses a key whose stated fingerprint is not its own', async () => {
    const file = await exported();
    const result = await verify({ ...file, signature: { ...file.signature, keyFingerprint: 'a'.repeat(64) } });
    expect(result).toMatchObject({ ok: false, where: 'signature.keyFingerprint' });
  });
});

describe('strict witness files', () => {
  it('refuses an unknown top-level field, naming it', async () => {
    const file = await exported();
    expect(await verify(JSON.stringify({ ...file, note: 'approved by EPAO' }))).toMatchObject({ ok: false, where: 'note', problem: expect.stringMatching(/not part of a witness record/) });
  });

  it('refuses an unknown field inside an event even when the chain and signature are made again', async () => {
    const file = await exported();
    const result = await verify(await forged(file, 1, { approvedBy: 'EPAO' }, await witnessKey()));
    expect(result).toMatchObject({ ok: false, eventIndex: 1, problem: expect.stringMatching(/^approvedBy: this field is not part of the event/) });
  });

  it('refuses a duplicate key and a number too large to hold, giving line and column', async () => {
    const text = witnessFileText(await exported());
    const duplicated = text.replace('"format": "common-ground/witness-record",', '"format": "common-ground/witness-record",\n  "format": "common-ground/witness-record",');
    expect(await verify(duplicated)).toMatchObject({ ok: false, where: 'line 3, column 3', problem: 'the key "format" appears twice in the same object' });
    const huge = text.replace('"version": 2', '"version": 1e400');
    expect(await verify(huge)).toMatchObject({ ok: false, problem: 'the number 1e400 is too large to hold' });
  });

  it('reads a file with a byte-order mark as it reads one without', async () => {
    expect((await verify(`\uFEFF${witnessFileText(await exported())}`)).ok).toBe(true);
  });
});

describe('npm run verify', () => {
  it('exits 0 on a good record and 1 on a copy with one changed byte, naming where', async () => {
    const session = PlaySession.start({ scenario: compileStory('pension-card'), sessionId: 'cli', seed: 9, mode: 'assessed' });
    session.log.append({ type: 'observation-started', ...OBSERVATION });
    while (!session.ended) {
      if (!session.readyToChoose) session.answer('I would say it is not a family matter.');
      session.choose(session.current.choices[0]!.index);
    }
    session.log.append({ type: 'witness-signed', name: 'Priya Shah', signedOn: '2026-11-24', declaration: DECLARATION });
    const text = witnessFileText(await exportWitnessFile(session.log.events, 'The pension card', await witnessKey()));
    const dir = mkdtempSync(join(tmpdir(), 'cg-verify-'));
    writeFileSync(join(dir, 'good.json'), text);
    const at = text.indexOf('"text": "Monday morning') + 9;
    writeFileSync(join(dir, 'bad.json'), text.slice(0, at) + 'm' + text.slice(at + 1));
    writeFileSync(join(dir, 'keys.json'), trustedKeysFile([asNamedKey(await witnessKey())]));
    const run = (...names: string[]) => {
      try {
        return { code: 0, out: execFileSync('npx', ['tsx', 'src/cli/verify.ts', '--trust', join(dir, 'keys.json'), ...names.map((n) => join(dir, n))], { encoding: 'utf8', stdio: 'pipe' }) };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { code: e.status, out: e.stderr };
      }
    };
    expect(run('good.json')).toMatchObject({ code: 0, out: expect.stringMatching(/good\.json: Verified/) });
    // A batch goes on past a missing file and says plainly what is missing.
    const batch = run('missing.json', 'bad.json');
    expect(batch.code).toBe(1);
    expect(batch.out).toContain(`Not verified: file not found: ${join(dir, 'missing.json')}.`);
    expect(batch.out).toMatch(/bad\.json: Not verified: event 1 \(passage-shown\): this event has been changed/);
  }, 30_000);
});

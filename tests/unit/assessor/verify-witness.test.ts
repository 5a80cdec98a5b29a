import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainEvents } from '../../../src/assessor/hash-chain';
import { describeVerification, verifyWitnessFile } from '../../../src/assessor/verify-witness';
import { exportWitnessFile, witnessFileText, type WitnessFile } from '../../../src/assessor/witness-file';
import { PlaySession } from '../../../src/session/play-session';
import { compileFixture, compileSource, compileStory } from '../../fixtures/compile-fixture';
import { DECLARATION, OBSERVATION, observedSession } from '../../fixtures/observed-session';

const loader = async (id: string) => (id === 'ask-first' ? compileFixture(id) : null);

async function exported(): Promise<WitnessFile> {
  return exportWitnessFile(observedSession().session.log.events, 'Ask first');
}

async function verify(file: WitnessFile | string, load = loader) {
  return verifyWitnessFile(typeof file === 'string' ? file : witnessFileText(file), load);
}

/** Edits one event and seals the chain again, as someone who knew the format might. */
async function forged(file: WitnessFile, index: number, change: Record<string, unknown>): Promise<WitnessFile> {
  const events = file.events.map(({ prev: _p, hash: _h, ...e }, i) => (i === index ? { ...e, ...change } : e));
  const chained = await chainEvents(events);
  return { ...file, events: chained as WitnessFile['events'], fingerprint: chained.at(-1)!.hash };
}

describe('exporting a witness record', () => {
  it('seals the events up to the signature and summarises them', async () => {
    const file = await exported();
    expect(file).toMatchObject({ format: 'common-ground/witness-record', version: 1, scenario: { id: 'ask-first', title: 'Ask first' } });
    expect(file.events.at(-1)).toMatchObject({ type: 'witness-signed', hash: file.fingerprint });
    expect(file.summary).toMatchObject({ apprentice: OBSERVATION.apprentice, signedBy: 'Priya Shah', totals: { final: { communication: 2 } } });
    expect(file.summary.overrides).toEqual([{ decision: 1, axis: 'communication', from: 1, to: 2, reason: 'Explained the test in plain English to the room.', by: 'Priya Shah' }]);
  });

  it('refuses a record the witness has not signed', async () => {
    await expect(exportWitnessFile(observedSession({ sign: false }).session.log.events, 'Ask first')).rejects.toThrow(/not signed/);
  });
});

describe('verifying a witness record', () => {
  it('passes an unchanged export, replaying it to the same passages and scores', async () => {
    const result = await verify(await exported());
    expect(result.ok).toBe(true);
    expect(describeVerification(result)).toMatch(/^Verified: .*Sam Jones, observed by Priya Shah on 24 November 2026/);
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
    const result = await verify(await forged(file, choice, { scores: { compliance: 2, communication: 2, challenge: 2 } }));
    expect(result).toMatchObject({ ok: false, eventIndex: choice, problem: expect.stringMatching(/^replaying the recorded choices: recorded choice-made does not match/) });
  });

  it('catches an edited summary, naming the field', async () => {
    const file = await exported();
    const result = await verify({ ...file, summary: { ...file.summary, totals: { ...file.summary.totals, final: { compliance: 9, communication: 9, challenge: 9 } } } });
    expect(result).toMatchObject({ ok: false, where: 'summary.totals', problem: 'the summary does not match what the events record' });
  });

  it('catches an edited scenario title', async () => {
    const file = await exported();
    expect(await verify({ ...file, scenario: { ...file.scenario, title: 'Something else' } })).toMatchObject({ ok: false, where: 'scenario.title' });
  });

  it('refuses a record without its signature at the end', async () => {
    const file = await exported();
    const chained = await chainEvents(file.events.slice(0, -1).map(({ prev: _p, hash: _h, ...e }) => e));
    const result = await verify({ ...file, events: chained as WitnessFile['events'], fingerprint: chained.at(-1)!.hash });
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
    expect(await verify({ ...file, version: 2 } as never)).toMatchObject({ ok: false, where: 'version', problem: expect.stringMatching(/newer version/) });
    expect(await verify(JSON.stringify({ hello: 'world' }))).toMatchObject({ ok: false, problem: expect.stringMatching(/not a Common Ground witness record/) });
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
    const text = witnessFileText(await exportWitnessFile(session.log.events, 'The pension card'));
    const dir = mkdtempSync(join(tmpdir(), 'cg-verify-'));
    writeFileSync(join(dir, 'good.json'), text);
    const at = text.indexOf('"text": "Monday morning') + 9;
    writeFileSync(join(dir, 'bad.json'), text.slice(0, at) + 'm' + text.slice(at + 1));
    const run = (name: string) => {
      try {
        return { code: 0, out: execFileSync('npx', ['tsx', 'src/cli/verify.ts', join(dir, name)], { encoding: 'utf8', stdio: 'pipe' }) };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { code: e.status, out: e.stderr };
      }
    };
    expect(run('good.json')).toMatchObject({ code: 0, out: expect.stringMatching(/good\.json: Verified/) });
    expect(run('bad.json')).toMatchObject({ code: 1, out: expect.stringMatching(/bad\.json: Not verified: event 1 \(passage-shown\): this event has been changed/) });
  }, 30_000);
});

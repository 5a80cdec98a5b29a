import { afterEach, describe, expect, it } from 'vitest';
import { checkAddition } from '../../../src/assessor/assessor-additions';
import { LocalPort, ObservationHost, RemotePort } from '../../../src/assessor/observation-channel';
import { observedSession } from '../../fixtures/observed-session';

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((o) => o.close()));

function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (condition() ? resolve() : setTimeout(check, 5));
    check();
  });
}

describe('checking what an assessor adds', () => {
  it('accepts notes on a choice and drops fields that are not in the schema', () => {
    const { session, second } = observedSession({ sign: false });
    const checked = checkAddition(session.log.events, { type: 'assessor-annotated', subjectSeq: second.seq, notes: 'n', judgements: [], addedKsbs: [], sneaky: true });
    expect(checked).toEqual({ addition: { type: 'assessor-annotated', subjectSeq: second.seq, notes: 'n', judgements: [], addedKsbs: [] } });
  });

  it.each([
    ['a story event', { type: 'choice-made', index: 0 }, /not a valid addition|cannot add/],
    ['notes after the signature', { type: 'assessor-annotated', subjectSeq: null, notes: 'late', judgements: [], addedKsbs: [] }, /after the witness has signed/],
    ['an override without a reason', { type: 'score-overridden', choiceSeq: 3, axis: 'compliance', from: 0, to: 1, reason: ' ', by: 'P' }, /reason/],
  ])('refuses %s', (_what, addition, reason) => {
    const { session } = observedSession();
    expect(checkAddition(session.log.events, addition)).toEqual({ refused: expect.stringMatching(reason) });
  });
});

describe('keeping a panel in step with the apprentice’s screen', () => {
  it('gives a side panel the log itself, and appends what it adds once checked', () => {
    const { session, second } = observedSession({ sign: false });
    const port = new LocalPort(session.log);
    open.push(port);
    const refusals: (string | undefined)[] = [];
    port.subscribe((refused) => refusals.push(refused));
    port.add({ type: 'assessor-annotated', subjectSeq: second.seq, notes: 'Good.', judgements: [], addedKsbs: [] });
    port.add({ type: 'assessor-annotated', subjectSeq: 1, notes: 'About a passage.', judgements: [], addedKsbs: [] });
    expect(port.events.at(-1)).toMatchObject({ type: 'assessor-annotated', notes: 'Good.' });
    expect(refusals).toEqual([undefined, expect.stringMatching(/not a choice or answer/)]);
  });

  it('copies the log to a second window, and that window’s notes back into the log', async () => {
    const { session, second } = observedSession({ sign: false });
    const host = new ObservationHost('obs-1', session.log);
    const panel = new RemotePort('obs-1');
    open.push(host, panel);
    await until(() => panel.events.length === session.log.events.length);
    expect(panel.events).toEqual(session.log.events);

    panel.add({ type: 'witness-signed', name: 'Priya Shah', signedOn: '2026-11-24', declaration: 'D' });
    await until(() => panel.events.at(-1)?.type === 'witness-signed');
    expect(session.log.events.at(-1)).toMatchObject({ type: 'witness-signed', seq: panel.events.length - 1 });

    const refused: string[] = [];
    panel.subscribe((reason) => reason && refused.push(reason));
    panel.add({ type: 'assessor-annotated', subjectSeq: second.seq, notes: 'Too late.', judgements: [], addedKsbs: [] });
    await until(() => refused.length > 0);
    expect(refused[0]).toMatch(/after the witness has signed/);
  });

  it('lets a panel opened part-way through catch up with everything so far', async () => {
    const { session } = observedSession({ sign: false });
    const host = new ObservationHost('obs-late', session.log);
    open.push(host);
    const late = new RemotePort('obs-late');
    open.push(late);
    await until(() => late.events.length === session.log.events.length);
    expect(late.events.map((e) => e.seq)).toEqual(session.log.events.map((_, i) => i));
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { checkAddition } from '../../../src/assessor/assessor-additions';
import { LocalPort, ObservationHost } from '../../../src/assessor/observation-channel';
import { RemotePort } from '../../../src/assessor/remote-port';
import { FakePresence, until } from '../../fixtures/observation-doubles';
import { observedSession } from '../../fixtures/observed-session';

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((o) => o.close()));

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
    void port.add({ type: 'assessor-annotated', subjectSeq: second.seq, notes: 'Good.', judgements: [], addedKsbs: [] });
    void port.add({ type: 'assessor-annotated', subjectSeq: 1, notes: 'About a passage.', judgements: [], addedKsbs: [] });
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

    expect(await panel.add({ type: 'witness-signed', name: 'Priya Shah', signedOn: '2026-11-24', declaration: 'D' })).toEqual({ kind: 'added' });
    expect(panel.events.at(-1)?.type).toBe('witness-signed');
    expect(session.log.events.at(-1)).toMatchObject({ type: 'witness-signed', seq: panel.events.length - 1 });

    const refused: string[] = [];
    panel.subscribe((reason) => reason && refused.push(reason));
    const late = await panel.add({ type: 'assessor-annotated', subjectSeq: second.seq, notes: 'Too late.', judgements: [], addedKsbs: [] });
    expect(late).toEqual({ kind: 'refused', reason: expect.stringMatching(/after the witness has signed/) });
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

/** A saver whose writes finish only when the test says so. */
function heldSaver() {
  const waiting: (() => void)[] = [];
  return {
    commit: () => new Promise<void>((done) => waiting.push(done)),
    finishWrites: () => waiting.splice(0).forEach((done) => done()),
    get writing() {
      return waiting.length;
    },
  };
}

describe('when the apprentice’s window goes and comes back', () => {
  const note = (subjectSeq: number, notes: string) => ({ type: 'assessor-annotated' as const, subjectSeq, notes, judgements: [], addedKsbs: [] });

  it('shares an event only once it is stored, and answers a note only once it is stored', async () => {
    const { session, second } = observedSession({ sign: false });
    const saver = heldSaver();
    const host = new ObservationHost('obs-stored', session.log, saver, new FakePresence());
    const panel = new RemotePort('obs-stored', { presence: new FakePresence() });
    open.push(host, panel);
    await until(() => saver.writing > 0);
    expect(panel.events).toEqual([]);
    saver.finishWrites();
    await until(() => panel.events.length === session.log.events.length);
    let answered = false;
    const added = panel.add(note(second.seq, 'Stored first.')).then((result) => ((answered = true), result));
    await until(() => session.log.events.at(-1)?.type === 'assessor-annotated' && saver.writing > 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    saver.finishWrites();
    expect(await added).toEqual({ kind: 'added' });
  });

  it('says the apprentice’s screen is not connected, keeps notes waiting, and sends them when it is open again', async () => {
    const { session, second } = observedSession({ sign: false });
    const presence = new FakePresence();
    const first = new ObservationHost('obs-away', session.log, null, presence);
    const panel = new RemotePort('obs-away', { presence });
    open.push(panel);
    await until(() => panel.connection === 'connected' && panel.events.length === session.log.events.length);
    const seen: string[] = [];
    panel.subscribe(() => seen.push(panel.connection));
    first.close();
    await until(() => panel.connection === 'not-connected');
    expect(seen).toContain('not-connected');

    const waiting = panel.add(note(second.seq, 'Made while the apprentice’s tab was closed.'));
    expect(panel.waiting.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(session.log.events.some((e) => e.type === 'assessor-annotated' && e.notes.startsWith('Made while'))).toBe(false);

    const reopened = new ObservationHost('obs-away', session.log, null, presence);
    open.push(reopened);
    expect(await waiting).toEqual({ kind: 'added' });
    expect(panel.connection).toBe('connected');
    expect(panel.waiting.length).toBe(0);
    expect(session.log.events.filter((e) => e.type === 'assessor-annotated' && e.notes.startsWith('Made while'))).toHaveLength(1);
    await until(() => panel.events.length === session.log.events.length);
  });

  it('opens on the stored log, and takes the owner’s whole log over its copy when they differ', async () => {
    const { session } = observedSession({ sign: false });
    const presence = new FakePresence();
    const panel = new RemotePort('obs-reload', { stored: [...session.log.events, { ...session.log.events[1]!, seq: session.log.events.length }], presence });
    open.push(panel);
    await until(() => panel.connection === 'not-connected');
    expect(panel.events.length).toBe(session.log.events.length + 1);
    const host = new ObservationHost('obs-reload', session.log, null, presence);
    open.push(host);
    await until(() => panel.connection === 'connected' && panel.events.length === session.log.events.length);
    expect(panel.events).toEqual(session.log.events);
  });
});

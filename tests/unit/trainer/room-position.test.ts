import { describe, expect, it } from 'vitest';
import { resumeSession } from '../../../src/session/replay';
import type { SessionEvent } from '../../../src/session/session-events';
import { buildGroupDebrief } from '../../../src/trainer/group-debrief';
import { PresenterFlow } from '../../../src/trainer/presenter-flow';
import { roomPosition, stepStartScenes } from '../../../src/trainer/room-position';
import { TrainerSession } from '../../../src/trainer/trainer-session';
import { compileFixture, compileSource } from '../../fixtures/compile-fixture';

const MOVES = [
  '# title: Moves',
  '# family: tutorial',
  '# minutes: 1',
  '# summary: Three places.',
  '#background: office',
  'In the office.',
  '* [Go out #score: comp 0, comm 0, chal 0 #reason: Out.]',
  '  #background: street',
  '  Out in the street.',
  '- Still there.',
  '* [Go home #score: comp 0, comm 0, chal 0 #reason: Home.]',
  '  #background: home',
  '  At home.',
  '* [Stay #score: comp 0, comm 0, chal 0 #reason: Stay.]',
  '  You stay.',
  '- The end. #ending: done',
  '-> END',
].join('\n');

function flowFor(fixture: string, source?: string): PresenterFlow {
  const scenario = source ? compileSource(fixture, source) : compileFixture(fixture);
  return new PresenterFlow(TrainerSession.start({ scenario, sessionId: 'room', seed: 4 }));
}

/** What a reload does: the stored log replayed on the same scenario and carried on. */
function reloaded(flow: PresenterFlow, fixture: string, source?: string): PresenterFlow {
  const scenario = source ? compileSource(fixture, source) : compileFixture(fixture);
  const resumed = resumeSession(scenario, flow.session.log.events);
  if (!resumed.ok) throw new Error(resumed.problem);
  return PresenterFlow.continueFrom(TrainerSession.continue(resumed.session));
}

function toVote(flow: PresenterFlow, hands: number[]): void {
  while (flow.phase === 'story') flow.advance();
  flow.advance();
  hands.forEach((h, position) => flow.setHands(position, h));
}

const shown = (flow: PresenterFlow) => flow.lines.slice(0, flow.revealed).map((l) => (l.kind === 'passage' ? l.passage.text : `ROOM: ${l.text}`));
const types = (events: readonly SessionEvent[]) => events.map((e) => e.type);

describe('carrying on a group session after a reload', () => {
  it('starts a session that had not reached a vote at the same decision, with its lines on screen', () => {
    const flow = flowFor('discussion');
    flow.advance();
    const again = reloaded(flow, 'discussion');
    expect(again).toMatchObject({ phase: 'story', rewoundTo: null, tally: [] });
    expect(again.session.decision).toBe(0);
    expect(shown(again)).toEqual(['The meeting starts.', 'Ana looks round the table.']);
  });

  it('puts the room back at the result of a vote that had closed, hands and phones apart', () => {
    const flow = flowFor('discussion');
    toVote(flow, [2, 5]);
    flow.setPhoneVotes(flow.choices.map((c, i) => ({ index: c.index, votes: i === 0 ? 4 : 0 })));
    flow.advance();
    const again = reloaded(flow, 'discussion');
    expect(again).toMatchObject({ phase: 'result', tally: [2, 5], phones: [4, 0], selected: 0 });
    expect(again.majority).toEqual(flow.majority);
    // The log is the same log, carried on: nothing recorded twice.
    expect(again.session.log.events).toEqual(flow.session.log.events);
  });

  it('shows what the room chose before the next decision, and an override and its note stay in the record', () => {
    const flow = flowFor('discussion');
    toVote(flow, [1, 6]);
    flow.advance();
    const overridden = flow.choices[0]!.text;
    flow.select(0);
    flow.note = 'To see the other side';
    flow.advance();
    const again = reloaded(flow, 'discussion');
    expect(again.session.decision).toBe(1);
    // Every line before the decision is on screen again, the room's choice first.
    flow.revealed = flow.lines.length;
    expect(shown(again)).toEqual(shown(flow));
    expect(shown(again)[0]).toBe(`ROOM: ${overridden}`);
    const line = again.lines[0]!;
    expect(line.kind === 'room-choice' && line.room).toMatchObject({ basis: 'override', note: 'To see the other side' });
  });

  it('carries on after a rewind, says so, and the debrief keeps every vote from before the reload', () => {
    const flow = flowFor('discussion');
    toVote(flow, [4, 1]);
    flow.advance();
    flow.advance();
    toVote(flow, [0, 3]);
    flow.advance();
    flow.advance();
    expect(flow.phase).not.toBe('result');
    flow.backTo(1);
    const again = reloaded(flow, 'discussion');
    expect(again).toMatchObject({ phase: 'story', rewoundTo: 1 });
    expect(again.session.decision).toBe(1);
    toVote(again, [5, 2]);
    again.advance();
    again.advance();
    while (again.phase === 'story') again.advance();
    expect(again.phase).toBe('ended');
    const debrief = buildGroupDebrief(again.session.log.events);
    expect(debrief.path.map((d) => d.totalHands)).toEqual([5, 7]);
    expect(debrief.explored.flatMap((b) => b.decisions.map((d) => d.totalHands))).toEqual([3]);
  });

  it('opens an ended session at its end, and ends a pause it was left in', () => {
    const flow = flowFor('two-doors');
    toVote(flow, [3, 1]);
    flow.advance();
    flow.advance();
    toVote(flow, [2, 0]);
    flow.advance();
    flow.advance();
    flow.session.pause();
    const again = reloaded(flow, 'two-doors');
    expect(again.phase).toBe('ended');
    expect(again.session.isPaused).toBe(false);
    expect(types(again.session.log.events).slice(-2)).toEqual(['session-paused', 'session-resumed']);
  });

  it('refuses to carry on a learner’s practice attempt as a group session', () => {
    const flow = flowFor('two-doors');
    const practice = resumeSession(compileFixture('two-doors'), flow.session.log.events.map((e) => (e.type === 'session-started' ? { ...e, mode: 'practice' as const } : e)));
    if (!practice.ok) throw new Error(practice.problem);
    expect(() => TrainerSession.continue(practice.session)).toThrow(/practice session, not a group one/);
  });
});

describe('roomPosition', () => {
  it('knows nothing at the start of a session', () => {
    expect(roomPosition(flowFor('discussion').session.log.events)).toEqual({ lastTake: null, rewoundTo: null, hands: null, phones: null });
  });

  it('forgets the votes once the next decision is offered', () => {
    const flow = flowFor('discussion');
    toVote(flow, [1, 2]);
    flow.advance();
    expect(roomPosition(flow.session.log.events).hands).toEqual(flow.choices.map((c, i) => ({ index: c.index, hands: [1, 2][i] })));
    flow.advance();
    expect(roomPosition(flow.session.log.events)).toMatchObject({ hands: null, lastTake: { text: expect.any(String) } });
  });
});

describe('stepStartScenes', () => {
  /** Votes for the option with this text and takes it. */
  function take(flow: PresenterFlow, text: string): void {
    toVote(flow, flow.choices.map((c) => (c.text === text ? 1 : 0)));
    flow.advance();
    flow.advance();
  }

  const places = (flow: PresenterFlow) => stepStartScenes(flow.session.log.events).map((scene) => scene.place);

  it('gives the place each decision began in, along the path that counts after a rewind', () => {
    const flow = flowFor('moves', MOVES);
    take(flow, 'Go out');
    expect(places(flow)).toEqual([null, 'office']);
    take(flow, 'Go home');
    expect(places(flow)).toEqual([null, 'office', 'street']);
    while (flow.phase === 'story') flow.advance();
    expect(flow.scene.place).toBe('home');
    flow.backTo(1);
    expect(places(flow)).toEqual([null, 'office']);
    expect(flow.scene.place).toBe('street');
    const again = reloaded(flow, 'moves', MOVES);
    expect(again.scene.place).toBe('street');
    // The road not taken starts where the decision was offered, not where the first road went.
    take(again, 'Stay');
    expect(places(again)).toEqual([null, 'office', 'street']);
  });
});

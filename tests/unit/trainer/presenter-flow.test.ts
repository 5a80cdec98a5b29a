import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMPT, PresenterFlow } from '../../../src/trainer/presenter-flow';
import { TrainerSession } from '../../../src/trainer/trainer-session';
import { compileFixture, compileSource } from '../../fixtures/compile-fixture';

function flowFor(fixture: string) {
  return new PresenterFlow(TrainerSession.start({ scenario: compileFixture(fixture), sessionId: 'f1', seed: 4 }));
}

const shownText = (flow: PresenterFlow) =>
  flow.lines.slice(0, flow.revealed).map((l) => (l.kind === 'passage' ? l.passage.text : `ROOM: ${l.text}`));
const eventsOf = (flow: PresenterFlow, type: string) => flow.session.log.events.filter((e) => e.type === type);

/** Steps through the story lines to the decision, then to the vote with these hands by position. */
function vote(flow: PresenterFlow, hands: number[]) {
  while (flow.phase === 'story') flow.advance();
  flow.advance();
  hands.forEach((h, position) => flow.setHands(position, h));
  flow.advance();
}

describe('the presenter flow', () => {
  it("adds a live room's phones to the hands and records each as its own count", () => {
    const flow = flowFor('discussion');
    while (flow.phase === 'story') flow.advance();
    flow.advance();
    flow.setHands(0, 3);
    const [first, second] = flow.choices.map((c) => c.index);
    flow.setPhoneVotes([{ index: first!, votes: 1 }, { index: second!, votes: 4 }]);
    flow.advance();
    expect(flow.split.slice(0, 2)).toEqual([4, 4]);
    expect(flow.majority).toEqual([0, 1]);
    const counts = eventsOf(flow, 'votes-recorded') as { source: string; counts: { index: number; hands: number }[] }[];
    expect(counts.map((e) => e.source)).toEqual(['trainer-tally', 'remote']);
    expect(counts[1]!.counts.find((c) => c.index === second)!.hands).toBe(4);
  });

  it('shows the story a line at a time, then the decision with the author’s prompt', () => {
    const flow = flowFor('discussion');
    expect(flow.phase).toBe('story');
    expect(shownText(flow)).toEqual(['The meeting starts.']);
    flow.advance();
    expect(shownText(flow)).toEqual(['The meeting starts.', 'Ana looks round the table.']);
    flow.previous();
    flow.previous();
    expect(flow.revealed).toBe(1);
    flow.advance();
    flow.advance();
    expect(flow.phase).toBe('discuss');
    expect(flow.prompts).toEqual(['Who in the room holds the most useful information?']);
  });

  it('gives a decision without a prompt a general question', () => {
    const flow = flowFor('two-doors');
    flow.advance();
    expect(flow.phase).toBe('discuss');
    expect(flow.prompts).toEqual([DEFAULT_PROMPT]);
  });

  it('puts a decision’s “What would you say?” question to the room when the author wrote no prompt', () => {
    const flow = flowFor('ask-first');
    while (flow.phase === 'story') flow.advance();
    expect(flow.prompts).toEqual(['What words would you use to challenge the chair?']);
  });

  it('counts hands for the selected option and takes the clear majority', () => {
    const flow = flowFor('two-doors');
    const [first, second] = flow.choices;
    flow.advance();
    flow.advance();
    expect(flow).toMatchObject({ phase: 'vote', tally: [0, 0], selected: 0 });
    flow.select(1);
    [1, 1, 1, -1].forEach((delta) => flow.addHands(delta));
    flow.setHands(0, 1);
    flow.addHands(-5);
    expect(flow.tally).toEqual([1, 0]);
    flow.select(1);
    flow.addHands(2);
    flow.advance();
    expect(flow).toMatchObject({ phase: 'result', majority: [1], selected: 1 });
    flow.advance();
    expect(eventsOf(flow, 'votes-recorded')).toEqual([
      expect.objectContaining({ decision: 0, counts: [{ index: first!.index, hands: 1 }, { index: second!.index, hands: 2 }] }),
    ]);
    expect(eventsOf(flow, 'room-choice')).toEqual([expect.objectContaining({ taken: second!.index, basis: 'majority', note: null })]);
    expect(flow.phase).toBe('story');
    expect(shownText(flow)[0]).toBe(`ROOM: ${second!.text}`);
  });

  it('waits for the trainer to settle a tie, and records it as a tie-break', () => {
    const flow = flowFor('two-doors');
    const [first, second] = flow.choices;
    vote(flow, [4, 4]);
    expect(flow.needsPick).toBe(true);
    flow.advance();
    expect(eventsOf(flow, 'room-choice')).toEqual([]);
    flow.select(0);
    flow.advance();
    expect(eventsOf(flow, 'room-choice')).toEqual([expect.objectContaining({ basis: 'tie-break', majority: [first!.index, second!.index], taken: first!.index })]);
  });

  it('takes an option with no votes once the trainer picks it, writing no vote', () => {
    const flow = flowFor('two-doors');
    vote(flow, [0, 0]);
    expect(flow.needsPick).toBe(true);
    flow.select(1);
    flow.advance();
    expect(eventsOf(flow, 'votes-recorded')).toEqual([]);
    expect(eventsOf(flow, 'room-choice')).toEqual([expect.objectContaining({ basis: 'no-votes', majority: [] })]);
  });

  it('overrides the majority to explore another option, keeping the trainer’s note', () => {
    const flow = flowFor('two-doors');
    const [first, second] = flow.choices;
    vote(flow, [9, 2]);
    flow.override();
    expect(flow).toMatchObject({ overriding: true, selected: 1 });
    flow.note = "Let's see what happens if we read it out";
    flow.advance();
    expect(eventsOf(flow, 'room-choice')).toEqual([
      expect.objectContaining({ basis: 'override', majority: [first!.index], taken: second!.index, note: "Let's see what happens if we read it out" }),
    ]);
  });

  it('treats picking a minority option after the vote as an override, and picking the majority again as none', () => {
    const flow = flowFor('two-doors');
    vote(flow, [9, 2]);
    flow.select(1);
    expect(flow.overriding).toBe(true);
    flow.select(0);
    expect(flow.overriding).toBe(false);
  });

  it('goes back to an earlier decision and offers it again for discussion', () => {
    const flow = flowFor('two-doors');
    vote(flow, [3, 1]);
    flow.advance();
    vote(flow, [0, 5]);
    flow.advance();
    while (flow.phase === 'story') flow.advance();
    expect(flow.phase).toBe('ended');
    flow.backTo(0);
    expect(flow).toMatchObject({ phase: 'discuss', rewoundTo: 0, tally: [], selected: null });
    expect(eventsOf(flow, 'rewound')).toEqual([expect.objectContaining({ toDecision: 0, reason: 'trainer-rewind' })]);
    vote(flow, [1, 6]);
    flow.advance();
    expect(flow.rewoundTo).toBeNull();
    expect(flow.session.decision).toBe(1);
  });

  it('knows the scene and speaker as of the last line shown, and again after going back', () => {
    const flow = flowFor('two-doors');
    expect(flow.scene).toMatchObject({ place: 'front-desk', speaker: { id: 'sam' }, mood: 'neutral' });
    vote(flow, [3, 1]);
    flow.advance();
    expect(flow.scene).toMatchObject({ place: 'front-desk', speaker: null });
    while (flow.phase === 'story') flow.advance();
    expect(flow.scene).toMatchObject({ place: 'front-desk', speaker: { id: 'sam' } });
    flow.backTo(0);
    expect(flow.scene).toMatchObject({ place: 'front-desk', speaker: { id: 'sam' }, mood: 'neutral' });
  });

  it('keeps the cues of a wordless line with a line that has words', () => {
    const source = [
      '# title: Cues',
      '# family: tutorial',
      '# minutes: 1',
      '# summary: A sound on a line of its own.',
      '# cast: ana = Ana Silva, Duty manager',
      'VAR loud = false',
      'Hello. #speaker: ana',
      // A line whose words are all conditional can print nothing and still carry its cue.
      '{loud: BANG.} #sound: door-knock',
      'Someone is at the door.',
      '#sound: phone-ring',
      '* [Answer it #score: comp 0, comm 1, chal 0 #reason: Answering helps.]',
      '  -> END',
    ].join('\n');
    const flow = new PresenterFlow(TrainerSession.start({ scenario: compileSource('cues', source), sessionId: 'c', seed: 1 }));
    const passages = flow.lines.map((l) => (l.kind === 'passage' ? l.passage : null));
    expect(passages).toEqual([
      expect.objectContaining({ text: 'Hello.', cues: [] }),
      // A cue before a line goes with that line; a cue after the last line goes with the last line.
      expect.objectContaining({ text: 'Someone is at the door.', cues: [{ kind: 'sound', sound: 'door-knock' }, { kind: 'sound', sound: 'phone-ring' }] }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../src/scoring/debrief';
import { PlaySession } from '../../../src/session/play-session';
import type { BestPathSource } from '../../../src/trainer/best-path';
import { buildGroupDebrief, percent } from '../../../src/trainer/group-debrief';
import { pausesText } from '../../../src/trainer/group-debrief-text';
import { TrainerSession } from '../../../src/trainer/trainer-session';
import { compileFixture } from '../../fixtures/compile-fixture';

const scenario = compileFixture('two-doors');
const CHECK = 0; // "Check the caller's identity": comp +2, comm +1
const READ = 1; // "Read out the address": comp -2
const ASK = 0; // "Ask what they need it for": comm +1, chal +1
const END = 1; // "End the call": comm -1

/** Two decisions with votes, an override, then a rewind to the first and a different road. */
function roomSession() {
  const s = TrainerSession.start({ scenario, sessionId: 'room-7', seed: 5 });
  s.recordVotes([{ index: CHECK, hands: 12 }, { index: READ, hands: 4 }]);
  s.take(CHECK);
  s.recordVotes([{ index: ASK, hands: 10 }, { index: END, hands: 6 }]);
  s.take(END, 'What if we just hang up?');
  s.backTo(0);
  s.recordVotes([{ index: CHECK, hands: 3 }, { index: READ, hands: 3 }]);
  s.take(READ);
  s.take(ASK);
  return s;
}

describe('the group debrief', () => {
  const s = roomSession();
  const debrief = buildGroupDebrief(s.log.events, { questions: ['Who should have asked first?'] });

  it("follows the room's path after the rewind, with its totals", () => {
    expect(debrief.path.map((d) => d.taken.text)).toEqual(['Read out the address', 'Ask what they need it for']);
    expect(debrief.totals).toEqual(s.play.scores);
    expect(debrief.totals).toEqual(buildDebrief(s.log.events).totals);
    expect(debrief).toMatchObject({ ended: true, ending: 'done', scenarioId: 'two-doors', sessionId: 'room-7' });
  });

  it('shows the vote split at each decision in the order the room saw the options', () => {
    const first = debrief.path[0]!;
    const offered = s.log.events.filter((e) => e.type === 'choices-offered' && e.seq < first.taken.seq).at(-1);
    expect(first.options.map((o) => o.index)).toEqual(offered?.type === 'choices-offered' ? offered.choices.map((c) => c.index) : 'no offer');
    expect(first.totalHands).toBe(6);
    expect(first.options.map((o) => [o.hands, o.share])).toEqual(first.options.map(() => [3, 0.5]));
    expect(first.options.every((o) => o.inMajority)).toBe(true);
    expect(first.basis).toBe('tie-break');
  });

  it('shows a decision taken without a vote as such', () => {
    const second = debrief.path[1]!;
    expect(second).toMatchObject({ number: 2, totalHands: 0, basis: 'no-votes' });
    expect(second.options.every((o) => o.hands === 0 && o.share === 0 && !o.inMajority)).toBe(true);
  });

  it('keeps the explored branch, with its votes and the override and why', () => {
    expect(debrief.explored).toHaveLength(1);
    const branch = debrief.explored[0]!;
    expect(branch.fromDecision).toBe(1);
    expect(branch.decisions.map((d) => [d.number, d.taken.text, d.basis])).toEqual([
      [1, "Check the caller's identity", 'majority'],
      [2, 'End the call', 'override'],
    ]);
    const overridden = branch.decisions[1]!;
    expect(overridden.note).toBe('What if we just hang up?');
    expect(overridden.options.find((o) => o.index === ASK)).toMatchObject({ hands: 10, inMajority: true, taken: false });
    expect(overridden.options.find((o) => o.index === END)).toMatchObject({ hands: 6, inMajority: false, taken: true });
    expect(debrief.overrides).toBe(1);
  });

  it("marks the best option offered at each decision and whether the room took it", () => {
    expect(debrief.path.map((d) => d.tookBest)).toEqual([false, true]);
    expect(debrief.path[0]!.options.find((o) => o.best)?.index).toBe(CHECK);
  });

  it("carries the author's debrief questions", () => {
    expect(debrief.questions).toEqual(['Who should have asked first?']);
  });

  it('asks a best-path source about each decision with the choices that led to it', () => {
    const asked: number[][] = [];
    const source: BestPathSource = { label: 'From the map', best: (_offered, pathSoFar) => (asked.push([...pathSoFar]), []) };
    const withMap = buildGroupDebrief(s.log.events, { bestPath: source });
    expect(withMap.bestLabel).toBe('From the map');
    // Path decisions first (after the rewind), then the explored branch.
    expect(asked).toEqual([[], [READ], [], [CHECK]]);
  });

  it('reads a solo session too, with no votes and no basis', () => {
    const solo = PlaySession.start({ scenario, sessionId: 'solo', seed: 1, mode: 'practice' });
    solo.choose(CHECK);
    const group = buildGroupDebrief(solo.log.events);
    expect(group.path).toHaveLength(1);
    expect(group.path[0]).toMatchObject({ basis: null, totalHands: 0, note: null });
    expect(group).toMatchObject({ ended: false, overrides: 0, questions: [] });
  });
});

describe('percent', () => {
  it('rounds a share to a whole percentage', () => {
    expect([0, 1 / 3, 0.5, 2 / 3, 1].map(percent)).toEqual(['0%', '33%', '50%', '67%', '100%']);
  });
});

describe('pauses in the group debrief', () => {
  /** A clock the test moves by hand, so pauses have known lengths. */
  function pausedSession(endWithPause: boolean) {
    let now = Date.parse('2026-12-02T10:00:00Z');
    const s = TrainerSession.start({ scenario, sessionId: 'room-8', seed: 5, clock: () => new Date(now) });
    s.pause();
    now += 6 * 60_000;
    s.resume();
    s.take(CHECK);
    s.pause();
    now += 20_000;
    s.resume();
    s.pause();
    now += 2 * 60_000;
    s.resume();
    s.take(ASK);
    if (endWithPause) s.pause();
    return s;
  }

  it('lists every pause with its length, and counts each against the decision it interrupted', () => {
    const debrief = buildGroupDebrief(pausedSession(false).log.events);
    expect(debrief.pauses).toEqual([{ ms: 360_000 }, { ms: 20_000 }, { ms: 120_000 }]);
    expect(debrief.path.map((d) => d.pausedMs)).toEqual([360_000, 140_000]);
    expect(pausesText(debrief.pauses)).toBe('Paused 3 times (8 min in all)');
  });

  it('says when a pause was never carried on, and when there was none', () => {
    expect(pausesText(buildGroupDebrief(pausedSession(true).log.events).pauses)).toBe('Paused 4 times (8 min in all; the last not carried on)');
    expect(pausesText(buildGroupDebrief(roomSession().log.events).pauses)).toBe('Not paused');
    expect(pausesText([{ ms: 25_000 }])).toBe('Paused once (under a minute)');
  });
});

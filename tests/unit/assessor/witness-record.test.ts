import { describe, expect, it } from 'vitest';
import { buildWitnessRecord, ksbsToJudge } from '../../../src/assessor/witness-record';
import { OBSERVATION, observedSession } from '../../fixtures/observed-session';

describe('buildWitnessRecord', () => {
  const { session, answer, first } = observedSession();
  const record = buildWitnessRecord(session.log.events);

  it('says who observed whom, for which scenario version, and who signed', () => {
    expect(record.observation).toEqual(OBSERVATION);
    expect(record).toMatchObject({ scenarioId: 'ask-first', scenarioHash: session.log.started.scenarioHash, ended: true, ending: 'done' });
    expect(record.signOff).toMatchObject({ name: 'Priya Shah', signedOn: '2026-11-24' });
    expect(record.problems).toEqual([]);
  });

  it('keeps each decision with its options, the choice, the time taken and the suggested KSBs', () => {
    const [d1] = record.decisions;
    expect(record.decisions).toHaveLength(2);
    expect(d1).toMatchObject({ number: 1, context: 'Everyone looks at you.', ask: 'What words would you use to challenge the chair?', suggestedKsbs: ['P-S8', 'P-B3'] });
    expect(d1!.options.map((o) => o.text).sort()).toEqual(['Agree to close', 'Ask for your disagreement to be minuted']);
    expect(d1!.chosen).toMatchObject({ text: 'Ask for your disagreement to be minuted', elapsedMs: 12_000 });
    expect(d1!.answer?.text).toBe(answer.text);
    expect(d1!.answerAnnotation?.notes).toBe('Clear, calm words.');
  });

  it('applies an override to the totals and keeps the original score, the reason and who made it', () => {
    const [d1] = record.decisions;
    expect(d1!.automatic).toEqual({ compliance: 1, communication: 1, challenge: 2 });
    expect(d1!.final).toEqual({ compliance: 1, communication: 2, challenge: 2 });
    expect(d1!.overrides).toEqual([expect.objectContaining({ axis: 'communication', from: 1, to: 2, reason: 'Explained the test in plain English to the room.', by: 'Priya Shah' })]);
    expect(record.totals).toEqual({ automatic: { compliance: 1, communication: 1, challenge: 2 }, final: { compliance: 1, communication: 2, challenge: 2 } });
  });

  it('tables KSB coverage across decisions, answers and the assessor’s additions', () => {
    expect(record.coverage).toEqual([
      { code: 'P-B3', decisions: [1], judgements: { met: 0, 'partly-met': 1, 'not-met': 0 } },
      { code: 'P-K3', decisions: [1], judgements: { met: 1, 'partly-met': 0, 'not-met': 0 } },
      { code: 'P-S8', decisions: [1], judgements: { met: 2, 'partly-met': 0, 'not-met': 0 } },
    ]);
    expect(ksbsToJudge(record.decisions[0]!)).toEqual(['P-S8', 'P-B3', 'P-K3']);
  });

  it('writes a transcript of passages, the answer and choices in the order they happened', () => {
    expect(record.transcript.map((t) => t.kind)).toEqual(['passage', 'passage', 'answer', 'choice', 'passage', 'passage', 'choice', 'passage']);
    expect(record.transcript.find((t) => t.kind === 'passage')).toMatchObject({ speakerId: 'chair', text: 'The chair wants to close the case.' });
  });

  it('uses the latest notes for a decision, and keeps the earlier ones in the log', () => {
    const { session: s, first: f } = observedSession({ sign: false });
    s.log.append({ type: 'assessor-annotated', subjectSeq: f.seq, notes: 'Revised after the follow-up question.', judgements: [], addedKsbs: [] });
    expect(buildWitnessRecord(s.log.events).decisions[0]!.annotation?.notes).toBe('Revised after the follow-up question.');
  });

  it.each([
    ['an override whose "from" is not the score it replaces', { type: 'score-overridden', choiceSeq: -1, axis: 'compliance', from: 2, to: 0, reason: 'r', by: 'b' }, /compliance score was 2, but it was 1/],
    ['an override for an event that is not a choice', { type: 'score-overridden', choiceSeq: 0, axis: 'compliance', from: 1, to: 0, reason: 'r', by: 'b' }, /event 0, which is not a choice/],
    ['notes about an event that is not a choice or answer', { type: 'assessor-annotated', subjectSeq: 1, notes: 'n', judgements: [], addedKsbs: [] }, /event 1, which is not a choice or answer/],
  ] as const)('reports %s as a problem with its event', (_what, addition, problem) => {
    const { session: s, first: f } = observedSession({ sign: false });
    const event = { ...addition, ...('choiceSeq' in addition && addition.choiceSeq === -1 ? { choiceSeq: f.seq } : {}) };
    const added = s.log.append(event as never);
    expect(buildWitnessRecord(s.log.events).problems).toEqual([{ seq: added.seq, problem: expect.stringMatching(problem) }]);
  });

  it('reports anything added after the signature', () => {
    const { session: s } = observedSession();
    const late = s.log.append({ type: 'assessor-annotated', subjectSeq: null, notes: 'An afterthought.', judgements: [], addedKsbs: [] });
    expect(buildWitnessRecord(s.log.events).problems).toEqual([{ seq: late.seq, problem: expect.stringMatching(/after the witness has signed/) }]);
  });
  void first;
});

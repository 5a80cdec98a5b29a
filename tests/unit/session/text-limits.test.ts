import { describe, expect, it } from 'vitest';
import { sessionEventSchema } from '../../../src/session/session-events';
import { TEXT_LIMITS } from '../../../src/session/text-limits';

const at = '2026-11-24T09:00:00.000Z';
const answer = (text: string) => sessionEventSchema.safeParse({ type: 'answer-given', seq: 3, at, offeredSeq: 2, prompt: 'What would you say?', text });

describe('text limits', () => {
  it('a learner’s answer may be as long as the form allows, and no longer', () => {
    expect(answer('a'.repeat(TEXT_LIMITS.answer)).success).toBe(true);
    expect(answer('a'.repeat(10_000)).success).toBe(false);
  });

  it('an override reason and a signature are capped too', () => {
    const override = (reason: string) => sessionEventSchema.safeParse({ type: 'score-overridden', seq: 5, at, choiceSeq: 4, axis: 'compliance', from: 0, to: 1, reason, by: 'A. Assessor' });
    expect(override('because').success).toBe(true);
    expect(override('x'.repeat(TEXT_LIMITS.reason + 1)).success).toBe(false);
    const signed = (name: string) => sessionEventSchema.safeParse({ type: 'witness-signed', seq: 9, at, name, signedOn: '2026-11-24', declaration: 'I saw it.' });
    expect(signed('A. Assessor').success).toBe(true);
    expect(signed('x'.repeat(10_000)).success).toBe(false);
  });
});

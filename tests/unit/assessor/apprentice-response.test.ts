import { describe, expect, it } from 'vitest';
import { apprenticeText } from '../../../src/assessor/apprentice-response';
import { sessionEventSchema, ulnSchema } from '../../../src/session/session-events';

describe("the apprentice's response on a witness record", () => {
  it('says whether the apprentice read the record, with their comments in their words', () => {
    expect(apprenticeText({ acknowledged: true, comments: 'Fair.' })).toBe('The apprentice has read this record. Their comments: “Fair.”');
    expect(apprenticeText({ acknowledged: false, comments: '' })).toBe('The apprentice has not confirmed reading this record. No comments.');
    expect(apprenticeText(undefined)).toMatch(/not asked for/);
  });

  it('takes a ULN of ten digits only', () => {
    expect(ulnSchema.safeParse('1234567890').success).toBe(true);
    for (const bad of ['123456789', '12345678901', '12345 67890', 'ABCDEFGHIJ']) expect(ulnSchema.safeParse(bad).success).toBe(false);
  });

  it('reads an observation with the newer fields and one from before them', () => {
    const base = { seq: 1, at: '2026-12-02T10:00:00.000Z', type: 'observation-started', apprentice: 'Sam', organisation: 'Org', observedOn: '2026-12-02', setting: 'Room', ksbList: { standard: 'S', version: 1 } };
    expect(sessionEventSchema.safeParse({ ...base, assessor: { name: 'A', role: 'R' } }).success).toBe(true);
    expect(sessionEventSchema.safeParse({ ...base, assessor: { name: 'A', role: 'R', relationship: 'Mentor', contact: 'a@b.example' }, uln: '1234567890', employer: 'E' }).success).toBe(true);
    expect(sessionEventSchema.safeParse({ ...base, assessor: { name: 'A', role: 'R' }, uln: '12' }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { migrateSessionEvents } from '../../../src/session/log-migrations';
import { SESSION_LOG_VERSION, sessionEventSchema } from '../../../src/session/session-events';
import { observedSession } from '../../fixtures/observed-session';

describe('bringing a version 3 log up to date', () => {
  it('carries an observed session over event for event: its additions simply have no id', () => {
    const { events } = observedSession().session.log;
    expect(SESSION_LOG_VERSION).toBe(5);
    expect(migrateSessionEvents(3, events)).toEqual(events);
    expect(events.filter((e) => 'additionId' in e)).toEqual([]);
  });

  it('reads the id an assessor’s window gave an addition, and refuses one that is not a short string', () => {
    const note = { seq: 3, at: '2026-11-24T10:00:00.000Z', type: 'assessor-annotated', subjectSeq: 2, notes: 'n', judgements: [], addedKsbs: [] };
    expect(sessionEventSchema.parse({ ...note, additionId: 'a1' })).toMatchObject({ additionId: 'a1' });
    expect(sessionEventSchema.safeParse({ ...note, additionId: '' }).success).toBe(false);
    expect(sessionEventSchema.safeParse({ ...note, additionId: 'x'.repeat(65) }).success).toBe(false);
  });
});

describe('bringing a version 4 log up to date', () => {
  it('carries it over event for event: it has no presence cues, and its scenes fill with whoever speaks', () => {
    const { events } = observedSession().session.log;
    expect(migrateSessionEvents(4, events)).toEqual(events);
  });

  it('reads the presence cues on a shown passage, "#present: nobody" as an empty list', () => {
    const shown = { seq: 1, at: '2026-11-24T10:00:00.000Z', type: 'passage-shown', text: 'Hello.', speakerId: null, mood: null };
    const cues = [{ kind: 'present', castIds: [] }, { kind: 'enter', castIds: ['lee'] }, { kind: 'leave', castIds: ['lee'] }];
    expect(sessionEventSchema.safeParse({ ...shown, cues }).success).toBe(true);
    expect(sessionEventSchema.safeParse({ ...shown, cues: [{ kind: 'enter', castIds: [] }] }).success).toBe(false);
  });
});

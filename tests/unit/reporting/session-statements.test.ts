import { describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import { statementsForEvent, statementsForLog } from '../../../src/reporting/session-statements';
import { attemptRegistration } from '../../../src/reporting/statement-ids';
import { CMI5, EXTENSIONS, scenarioIri } from '../../../src/reporting/xapi-iris';
import { playedSession, target } from './reporting-fixtures';

function finished(mode: 'practice' | 'trainer' | 'assessed' = 'practice') {
  const session = playedSession(mode);
  session.choose(0);
  session.choose(0);
  return session;
}

describe('statements from the session log', () => {
  it('gives initialized, one responded per choice, completed and terminated, each a valid xAPI statement', () => {
    const statements = statementsForLog(finished().log.events, target);
    expect(statements.map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'responded', 'responded', 'completed', 'terminated']);
    for (const statement of statements) expect(validateStatement(statement)).toEqual([]);
  });

  it('describes each decision as a choice interaction with its options and the one picked, and no correct answer', () => {
    const session = playedSession();
    const offered = session.log.events.findLast((e) => e.type === 'choices-offered')!;
    session.choose(1);
    const [responded] = statementsForEvent(session.log.events, session.log.events.findLast((e) => e.type === 'choice-made')!.seq, target);
    const object = responded!.object as unknown as { definition: Record<string, unknown> };
    expect(object.definition.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(object.definition.interactionType).toBe('choice');
    expect(object.definition).not.toHaveProperty('correctResponsesPattern');
    expect((object.definition.choices as Array<{ id: string }>).map((c) => c.id)).toEqual(offered.type === 'choices-offered' ? offered.choices.map((c) => `option-${c.index}`) : []);
    expect(responded!.result?.response).toBe('option-1');
    expect(responded!.result?.extensions).toMatchObject({ [EXTENSIONS.compliance]: -2, [EXTENSIONS.communication]: 0, [EXTENSIONS.challenge]: 0 });
    expect(responded!.context?.contextActivities?.parent?.[0]?.id).toBe(scenarioIri('two-doors'));
    expect(responded!.context?.extensions?.[EXTENSIONS.scenarioHash]).toMatch(/^[0-9a-f]{64}$/);
    expect(responded!.context?.extensions).toHaveProperty([EXTENSIONS.ksbs]);
  });

  it('gives the same ids every time for the same log, different ones for another session, and the attempt as registration', () => {
    const first = statementsForLog(finished().log.events, target);
    const again = statementsForLog(finished().log.events, target);
    expect(again.map((s) => s.id)).toEqual(first.map((s) => s.id));
    expect(new Set(first.map((s) => s.id)).size).toBe(first.length);
    const other = playedSession('practice', 's2');
    expect(statementsForLog(other.log.events, target)[0]!.id).not.toBe(first[0]!.id);
    expect(first.every((s) => s.context?.registration === attemptRegistration('s1'))).toBe(true);
  });

  it('puts the totals on completed with a scaled score from the scenario bounds', () => {
    const completed = statementsForLog(finished().log.events, target).find((s) => s.verb.id.endsWith('completed'))!;
    expect(completed.result).toMatchObject({ completion: true, score: { scaled: 0.4167 } /* 5 of a best 12, to four places */ });
    expect(completed.result?.extensions).toMatchObject({ [EXTENSIONS.compliance]: 2, [EXTENSIONS.communication]: 2, [EXTENSIONS.challenge]: 1 });
    expect(completed.result?.duration).toMatch(/^PT[\d.]+S$/);
  });

  it('reports a trainer session as the room (context.team) and an assessed one as assessed', () => {
    const trainer = statementsForLog(finished('trainer').log.events, target);
    expect(trainer.every((s) => s.context?.team?.objectType === 'Group')).toBe(true);
    for (const statement of trainer) expect(validateStatement(statement)).toEqual([]);
    const assessed = statementsForLog(finished('assessed').log.events, target);
    expect(assessed.every((s) => s.context?.extensions?.[EXTENSIONS.assessed] === true)).toBe(true);
    expect(statementsForLog(finished().log.events, target).some((s) => EXTENSIONS.assessed in (s.context?.extensions ?? {}))).toBe(false);
  });

  it('in a cmi5 launch, makes the AU the object of cmi5 statements, merges the context template and judges a pass when moveOn asks', () => {
    const template = { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'lms-session-9' }, contextActivities: { grouping: [{ id: 'https://lms.example.org/course/au-1', objectType: 'Activity' as const }] } };
    const cmi5 = { activityId: 'https://lms.example.org/au/1', registration: '0b9c2f5e-1d0f-4d46-9a33-4d2c8f8b7a11', contextTemplate: template, moveOn: 'CompletedAndPassed' as const, masteryScore: 0.4 };
    const statements = statementsForLog(finished().log.events, { ...target, cmi5 });
    expect(statements.map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'responded', 'responded', 'completed', 'passed', 'terminated']);
    for (const statement of statements) {
      expect(validateStatement(statement)).toEqual([]);
      expect(statement.context?.registration).toBe(cmi5.registration);
      expect(statement.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe('lms-session-9');
      expect(statement.context?.contextActivities?.grouping?.map((a) => a.id)).toContain('https://lms.example.org/course/au-1');
    }
    const defined = statements.filter((s) => !s.verb.id.endsWith('responded'));
    expect(defined.every((s) => (s.object as { id: string }).id === cmi5.activityId)).toBe(true);
    expect(defined.every((s) => s.context?.contextActivities?.category?.some((c) => c.id === CMI5.category))).toBe(true);
    const responded = statements.filter((s) => s.verb.id.endsWith('responded'));
    expect(responded.some((s) => s.context?.contextActivities?.category?.some((c) => c.id === CMI5.category))).toBe(false);
    const passed = statements.find((s) => s.verb.id.endsWith('passed'))!;
    expect(passed.context?.extensions?.[CMI5.masteryScore]).toBe(0.4);
  });

  it('sends no pass or fail when the LMS asks only for completion', () => {
    const cmi5 = { activityId: 'https://lms.example.org/au/1', registration: '0b9c2f5e-1d0f-4d46-9a33-4d2c8f8b7a11', contextTemplate: {}, moveOn: 'Completed' as const, masteryScore: null };
    const verbs = statementsForLog(finished().log.events, { ...target, cmi5 }).map((s) => s.verb.id.split('/').pop());
    expect(verbs).not.toContain('passed');
    expect(verbs).not.toContain('failed');
  });
});

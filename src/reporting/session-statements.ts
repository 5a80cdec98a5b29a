import type { Agent, Context, Extensions, Group, Statement } from '@xapi/xapi';
import type { ScenarioBounds } from '../content/scenario-summary';
import { AXES, type AxisScores } from '../core/axes';
import { effectiveEvents } from '../scoring/effective-path';
import type { EventOf, SessionEvent } from '../session/session-events';
import { DEFAULT_PASS_MARK, scaledScore } from './scaled-score';
import { attemptRegistration, decisionKey, statementId } from './statement-ids';
import { ACTIVITY_TYPES, CMI5, decisionIri, EXTENSIONS, IRI_BASE, scenarioIri, VERBS } from './xapi-iris';

export type MoveOn = 'Completed' | 'Passed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** What a cmi5 launch adds: the AU is the object of cmi5's own statements, its template goes into every one. */
export interface Cmi5Target {
  activityId: string;
  registration: string;
  contextTemplate: Context;
  moveOn: MoveOn;
  masteryScore: number | null;
}

/** Who the statements are about and where they go in the LRS's terms; the log supplies everything else. */
export interface ReportTarget {
  actor: Agent;
  scenarioTitle: string;
  bounds?: ScenarioBounds | null;
  cmi5?: Cmi5Target;
}

type Built = Statement & { id: string; timestamp: string };

const LANG = 'en-GB';

/**
 * The xAPI statements one session event gives rise to, worked out from the log alone: the same log
 * always gives the same statements, ids and all, so a resend after a crash is the same statement.
 * `events` is the log up to at least `seq`. Most events give none (passages, votes, notes).
 */
export function statementsForEvent(events: readonly SessionEvent[], seq: number, target: ReportTarget): Built[] {
  const event = events[seq];
  const started = events[0];
  if (!event || started?.type !== 'session-started') throw new RangeError(`no event ${seq} in a log that starts with session-started`);
  const base = new StatementBase(started, target, events);
  switch (event.type) {
    case 'session-started':
      return [base.aboutAttempt(event, 'initialized', VERBS.initialized, {})];
    case 'choice-made':
      return [base.responded(event)];
    case 'session-ended':
      return base.ended(event);
    default:
      return [];
  }
}

/** Every statement a whole log gives, in the order they are sent. */
export function statementsForLog(events: readonly SessionEvent[], target: ReportTarget): Built[] {
  return events.flatMap((_, seq) => statementsForEvent(events, seq, target));
}

class StatementBase {
  constructor(
    private readonly started: EventOf<'session-started'>,
    private readonly target: ReportTarget,
    private readonly events: readonly SessionEvent[],
  ) {}

  private get scenario() {
    return { id: scenarioIri(this.started.scenarioId), objectType: 'Activity' as const, definition: { type: ACTIVITY_TYPES.simulation, name: { [LANG]: this.target.scenarioTitle } } };
  }

  private get registration(): string {
    return this.target.cmi5?.registration ?? attemptRegistration(this.started.sessionId);
  }

  private context(extra: Extensions, cmi5Defined: boolean, parent: boolean): Context {
    const context: Context = {
      registration: this.registration,
      platform: 'Common Ground',
      language: LANG,
      extensions: {
        [EXTENSIONS.scenarioHash]: this.started.scenarioHash,
        [EXTENSIONS.sessionMode]: this.started.mode,
        ...(this.started.mode === 'assessed' ? { [EXTENSIONS.assessed]: true } : {}),
        ...extra,
      },
      contextActivities: {
        ...(parent ? { parent: [this.scenario] } : {}),
        ...(cmi5Defined ? { category: [{ id: CMI5.category, objectType: 'Activity' as const }] } : {}),
      },
    };
    if (this.started.mode === 'trainer') context.team = this.room();
    return this.target.cmi5 ? mergeTemplate(context, this.target.cmi5.contextTemplate) : context;
  }

  /** A trainer's session is the room's: the team is the group in the room, named for the session. */
  private room(): Group {
    return { objectType: 'Group', name: 'The room', account: { homePage: IRI_BASE, name: `room-${this.started.sessionId}` } };
  }

  private stamp(event: SessionEvent, part: string): { id: string; timestamp: string } {
    return { id: statementId(this.started.sessionId, event.seq, part), timestamp: event.at };
  }

  /** initialized, completed, passed/failed, terminated: about the attempt as a whole (the AU in cmi5). */
  aboutAttempt(event: SessionEvent, part: string, verb: Statement['verb'], result: Statement['result'] & object, extra: Extensions = {}, moveOn = false): Built {
    const cmi5 = this.target.cmi5;
    const object = cmi5 ? { id: cmi5.activityId, objectType: 'Activity' as const } : this.scenario;
    const context = this.context(extra, Boolean(cmi5), Boolean(cmi5));
    if (cmi5 && moveOn) context.contextActivities!.category!.push({ id: CMI5.moveOnCategory, objectType: 'Activity' });
    const statement: Built = { ...this.stamp(event, part), actor: this.target.actor, verb, object, context };
    if (Object.keys(result).length > 0) statement.result = result;
    return statement;
  }

  responded(choice: EventOf<'choice-made'>): Built {
    const offered = offerBefore(this.events, choice.seq);
    const options = offered?.choices ?? [{ index: choice.index, text: choice.text }];
    const room = this.started.mode === 'trainer' ? roomChoiceBefore(this.events, choice.seq) : null;
    const votes = room ? votesBefore(this.events, choice.seq) : null;
    return {
      ...this.stamp(choice, 'responded'),
      actor: this.target.actor,
      verb: VERBS.responded,
      object: {
        objectType: 'Activity',
        id: decisionIri(this.started.scenarioId, decisionKey(options.map((o) => o.text))),
        definition: {
          type: ACTIVITY_TYPES.interaction,
          name: { [LANG]: offered?.ask ?? `A decision in ${this.target.scenarioTitle}` },
          interactionType: 'choice',
          choices: options.map((o) => ({ id: optionId(o.index), description: { [LANG]: o.text } })),
        },
      },
      result: {
        response: optionId(choice.index),
        duration: isoDuration(choice.elapsedMs),
        extensions: { ...axisExtensions(choice.scores), [EXTENSIONS.elapsedMs]: choice.elapsedMs },
      },
      context: this.context(
        {
          [EXTENSIONS.ksbs]: choice.ksbs,
          ...(room ? { [EXTENSIONS.roomChoiceBasis]: room.basis } : {}),
          ...(votes ? { [EXTENSIONS.roomVotes]: votes.counts.map((c) => ({ option: optionId(c.index), hands: c.hands })) } : {}),
        },
        false,
        true,
      ),
    };
  }

  ended(event: EventOf<'session-ended'>): Built[] {
    const duration = isoDuration(Date.parse(event.at) - Date.parse(this.started.at));
    const scaled = scaledScore(event.totals, this.target.bounds);
    const score = scaled === null ? {} : { score: { scaled } };
    const totals = axisExtensions(event.totals);
    const ending = event.ending === null ? {} : { [EXTENSIONS.ending]: event.ending };
    const statements = [this.aboutAttempt(event, 'completed', VERBS.completed, { completion: true, duration, ...score, extensions: totals }, ending, true)];
    const judged = this.judged(scaled);
    if (judged) {
      const mastery = this.target.cmi5?.masteryScore;
      statements.push(
        this.aboutAttempt(event, judged, VERBS[judged], { success: judged === 'passed', duration, score: { scaled: scaled! }, extensions: totals }, mastery == null ? {} : { [CMI5.masteryScore]: mastery }, true),
      );
    }
    statements.push(this.aboutAttempt(event, 'terminated', VERBS.terminated, { duration }));
    return statements;
  }

  /** cmi5 only: whether moveOn asks for a pass, and if so whether this attempt passed. */
  private judged(scaled: number | null): 'passed' | 'failed' | null {
    const cmi5 = this.target.cmi5;
    if (!cmi5 || scaled === null || cmi5.moveOn === 'Completed' || cmi5.moveOn === 'NotApplicable') return null;
    return scaled >= (cmi5.masteryScore ?? DEFAULT_PASS_MARK) ? 'passed' : 'failed';
  }
}

export const optionId = (inkIndex: number) => `option-${inkIndex}`;

function axisExtensions(scores: AxisScores): Extensions {
  return Object.fromEntries(AXES.map((axis) => [EXTENSIONS[axis], scores[axis]]));
}

/** The options a choice was made from: the latest offer still in effect before it (after any step back). */
function offerBefore(events: readonly SessionEvent[], seq: number): EventOf<'choices-offered'> | undefined {
  return effectiveEvents(events.slice(0, seq)).findLast((e): e is EventOf<'choices-offered'> => e.type === 'choices-offered');
}

function roomChoiceBefore(events: readonly SessionEvent[], seq: number): EventOf<'room-choice'> | null {
  const previous = events[seq - 1];
  return previous?.type === 'room-choice' ? previous : null;
}

function votesBefore(events: readonly SessionEvent[], seq: number): EventOf<'votes-recorded'> | null {
  for (let i = seq - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'votes-recorded') return e;
    if (e.type === 'choices-offered' || e.type === 'choice-made') return null;
  }
  return null;
}

/** ISO 8601 duration in seconds to the hundredth, as xAPI and cmi5 write it. */
export function isoDuration(ms: number): string {
  return `PT${(Math.max(0, ms) / 1000).toFixed(2).replace(/\.?0+$/, '')}S`;
}

/**
 * cmi5 (section 10.2.1): every statement carries the LMS's context template. Its extensions and
 * context activities are added to ours; where both name the same extension, the LMS's value stands.
 */
export function mergeTemplate(context: Context, template: Context): Context {
  const merged: Context = { ...context, ...template, registration: context.registration };
  merged.extensions = { ...context.extensions, ...template.extensions };
  const kinds = ['parent', 'grouping', 'category', 'other'] as const;
  const activities: NonNullable<Context['contextActivities']> = {};
  for (const kind of kinds) {
    const list = [...(context.contextActivities?.[kind] ?? []), ...(template.contextActivities?.[kind] ?? [])];
    const unique = list.filter((a, i) => list.findIndex((b) => b.id === a.id) === i);
    if (unique.length > 0) activities[kind] = unique;
  }
  merged.contextActivities = activities;
  if (context.team) merged.team = context.team;
  return merged;
}

import { z } from '../core/zod';
import type { CompiledScenario } from '../content/compiled-scenario';
import { PlaySession } from '../session/play-session';
import type { SessionEvent, SessionMode } from '../session/session-events';

const sessionModeSchema = z.enum(['practice', 'trainer', 'assessed'] satisfies SessionMode[]);

/** SCORM 2004's cmi.suspend_data holds 64,000 characters (SPM), 4,096 in SCORM 1.2. */
export const SUSPEND_DATA_LIMIT = 64_000;

/**
 * The attempt in cmi.suspend_data: not the whole log (passage text would fill 64,000 characters in
 * a long scenario) but what replay needs to rebuild it exactly: the start, and each choice, undo and
 * rewind. The story's own events come back from the scenario; a pause is not kept.
 */
const actionSchema = z.union([
  z.tuple([z.literal('c'), z.int().check(z.minimum(0)), z.int().check(z.minimum(0))]),
  z.tuple([z.literal('u'), z.enum(['learner', 'trainer'])]),
  z.tuple([z.literal('r'), z.int().check(z.minimum(0)), z.enum(['undo', 'trainer-rewind'])]),
]);
const suspendSchema = z.object({
  v: z.literal(1),
  session: z.string().check(z.minLength(1)),
  scenario: z.string().check(z.minLength(1)),
  hash: z.string(),
  seed: z.int(),
  mode: sessionModeSchema,
  at: z.string(),
  acts: z.array(actionSchema),
});
export type SuspendData = z.infer<typeof suspendSchema>;

export function suspendDataFor(events: readonly SessionEvent[]): SuspendData {
  const started = events[0];
  if (started?.type !== 'session-started') throw new RangeError('a log starts with session-started');
  const acts: SuspendData['acts'] = [];
  for (const e of events) {
    if (e.type === 'choice-made') acts.push(['c', e.index, e.elapsedMs]);
    else if (e.type === 'choice-undone') acts.push(['u', e.by]);
    else if (e.type === 'rewound') acts.push(['r', e.toDecision, e.reason]);
  }
  return { v: 1, session: started.sessionId, scenario: started.scenarioId, hash: started.scenarioHash, seed: started.seed, mode: started.mode, at: started.at, acts };
}

/** The text to write, or null when even the compact form is over the limit (about 4,000 decisions). */
export function encodeSuspendData(events: readonly SessionEvent[]): string | null {
  const text = JSON.stringify(suspendDataFor(events));
  return text.length <= SUSPEND_DATA_LIMIT ? text : null;
}

export class SuspendDataError extends Error {}

export function decodeSuspendData(text: string): SuspendData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SuspendDataError('the LMS holds saved data that is not from Common Ground');
  }
  const parsed = suspendSchema.safeParse(raw);
  if (!parsed.success) throw new SuspendDataError('the LMS holds saved data from another version of Common Ground');
  return parsed.data;
}

/**
 * Plays the saved actions again on the scenario to get the attempt's log back. Refuses a scenario
 * that has changed since (its hash), as resume on the device does: the choices would mean other things.
 */
export function rebuildFromSuspendData(scenario: CompiledScenario, data: SuspendData): readonly SessionEvent[] {
  if (data.scenario !== scenario.id || data.hash !== scenario.hash) throw new SuspendDataError('the scenario has changed since this attempt was saved in the LMS');
  let elapsed = 0;
  const clock = () => new Date(Date.parse(data.at) + elapsed);
  const session = PlaySession.start({ scenario, sessionId: data.session, seed: data.seed, mode: data.mode, clock });
  for (const act of data.acts) {
    if (act[0] === 'c') {
      elapsed += act[2];
      if (session.ended || !session.current.choices.some((c) => c.index === act[1])) throw new SuspendDataError(`saved choice ${act[1]} is not on offer in this scenario`);
      session.choose(act[1]);
    } else if (act[0] === 'u') {
      if (!session.canUndo(act[1])) throw new SuspendDataError('a saved step back does not fit this scenario');
      session.undo(act[1]);
    } else {
      session.rewind(act[1], act[2]);
    }
  }
  return session.log.events;
}

import { withArticle } from '../core/english';
import { sessionEventSchema, type NewEvent, type SessionEvent } from '../session/session-events';
import { buildWitnessRecord } from './witness-record';

/** What an assessor's panel may add to an observed session's log. */
const ASSESSOR_EVENT_TYPES = ['assessor-annotated', 'score-overridden', 'witness-signed'] as const;
export type AssessorAddition = Extract<NewEvent, { type: (typeof ASSESSOR_EVENT_TYPES)[number] }>;

/**
 * The addition as it may be appended to `events` (unknown fields dropped), or why it may not. The
 * log's owner asks this before appending anything from a panel (possibly another window), so the
 * record never holds notes about a choice that does not exist, an override from the wrong score,
 * or anything after the signature.
 */
export function checkAddition(events: readonly SessionEvent[], input: unknown): { addition: AssessorAddition } | { refused: string } {
  const read = readAddition(input, events.length);
  if ('refused' in read) return read;
  const problem = buildWitnessRecord([...events, { ...read.addition, seq: events.length, at: new Date(0).toISOString() } as SessionEvent]).problems.find((p) => p.seq === events.length);
  return problem ? { refused: problem.problem } : read;
}

/** An addition's shape alone (unknown fields dropped), as the schema has it: for what comes from a window or from storage. */
export function readAddition(input: unknown, seq = 0): { addition: AssessorAddition } | { refused: string } {
  const parsed = sessionEventSchema.safeParse({ ...(input as object), seq, at: new Date(0).toISOString() });
  if (!parsed.success) return { refused: `not a valid addition: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` };
  const { seq: _seq, at: _at, ...addition } = parsed.data;
  if (!isAssessorAddition(addition)) return { refused: `an assessor cannot add ${withArticle(parsed.data.type)} event` };
  return { addition };
}

/** Whether the log already holds the addition made with this id (sent again after a crash, or by a second window). */
export function alreadyAdded(events: readonly SessionEvent[], additionId: string | undefined): boolean {
  return additionId !== undefined && events.some((e) => 'additionId' in e && e.additionId === additionId);
}

function isAssessorAddition(event: NewEvent): event is AssessorAddition {
  return (ASSESSOR_EVENT_TYPES as readonly string[]).includes(event.type);
}

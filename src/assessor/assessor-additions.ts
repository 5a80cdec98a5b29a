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
  const candidate = { ...(input as object), seq: events.length, at: new Date(0).toISOString() };
  const parsed = sessionEventSchema.safeParse(candidate);
  if (!parsed.success) return { refused: `not a valid addition: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` };
  const { seq: _seq, at: _at, ...addition } = parsed.data;
  if (!isAssessorAddition(addition)) return { refused: `an assessor cannot add ${withArticle(parsed.data.type)} event` };
  const problem = buildWitnessRecord([...events, parsed.data]).problems.find((p) => p.seq === events.length);
  return problem ? { refused: problem.problem } : { addition };
}

function isAssessorAddition(event: NewEvent): event is AssessorAddition {
  return (ASSESSOR_EVENT_TYPES as readonly string[]).includes(event.type);
}

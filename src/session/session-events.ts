import { z } from 'zod';

/**
 * The session event log's wire format. Everything the debrief, saves, group results and witness
 * evidence show is computed from these events, so the schema is the contract: change it only with
 * a new version and a migration.
 */
export const SESSION_LOG_FORMAT = 'common-ground/session-log';
export const SESSION_LOG_VERSION = 1;

const score = z.number().int().min(-2).max(2);
export const axisScoresSchema = z.object({ compliance: score, communication: score, challenge: score });
const totalsSchema = z.object({ compliance: z.number().int(), communication: z.number().int(), challenge: z.number().int() });

export const sessionModeSchema = z.enum(['practice', 'trainer', 'assessed']);
export type SessionMode = z.infer<typeof sessionModeSchema>;

const cueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('background'), place: z.string() }),
  z.object({ kind: z.literal('sound'), sound: z.string() }),
  z.object({ kind: z.literal('music'), track: z.string().nullable() }),
  z.object({ kind: z.literal('image'), src: z.string() }),
  z.object({ kind: z.literal('class'), className: z.string() }),
  z.object({ kind: z.literal('clear') }),
  z.object({ kind: z.literal('restart') }),
]);

export const offeredChoiceSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  scores: axisScoresSchema.nullable(),
  reason: z.string().nullable(),
  ksbs: z.array(z.string()),
});
export type OfferedChoice = z.infer<typeof offeredChoiceSchema>;

const base = { seq: z.number().int().min(0), at: z.string() };

/**
 * Where a room's votes came from. A trainer counts hands and types or taps them in; a later remote
 * source (learners' phones) will write the same event with `remote`, so everything downstream of the
 * log works unchanged.
 */
export const voteSourceSchema = z.enum(['trainer-tally', 'remote']);
export type VoteSource = z.infer<typeof voteSourceSchema>;

export const voteCountSchema = z.object({ index: z.number().int().min(0), hands: z.number().int().min(0).max(9999) });
export type VoteCount = z.infer<typeof voteCountSchema>;

/**
 * How the room's option was settled: the clear majority, the trainer breaking a tie, the trainer
 * overriding the majority to explore another branch, or no votes entered at all.
 */
export const roomChoiceBasisSchema = z.enum(['majority', 'tie-break', 'override', 'no-votes']);
export type RoomChoiceBasis = z.infer<typeof roomChoiceBasisSchema>;

const uniqueIndices = (counts: readonly VoteCount[]) => new Set(counts.map((c) => c.index)).size === counts.length;

export const sessionEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('session-started'),
    sessionId: z.string().min(1),
    scenarioId: z.string().min(1),
    scenarioHash: z.string().regex(/^[0-9a-f]{64}$/),
    seed: z.number().int(),
    mode: sessionModeSchema,
  }),
  z.object({
    ...base,
    type: z.literal('passage-shown'),
    text: z.string(),
    speakerId: z.string().nullable(),
    mood: z.string().nullable(),
    cues: z.array(cueSchema),
  }),
  /** `choices` are in the order they were shown (shuffled by the seed); `index` is ink's own. */
  z.object({ ...base, type: z.literal('choices-offered'), choices: z.array(offeredChoiceSchema).min(1) }),
  z.object({
    ...base,
    type: z.literal('choice-made'),
    index: z.number().int().min(0),
    text: z.string(),
    /** The score delta this choice adds; all zero when the author left the choice unscored. */
    scores: axisScoresSchema,
    reason: z.string().nullable(),
    ksbs: z.array(z.string()),
    /** Milliseconds from the choices being offered to this choice. */
    elapsedMs: z.number().int().min(0),
  }),
  z.object({ ...base, type: z.literal('session-ended'), ending: z.string().nullable(), totals: totalsSchema }),
  /**
   * Back to an earlier decision: only the first `toDecision` choices still count. The later ones
   * stay in the record as an explored branch. `undo` is a learner's step back in practice; a
   * `trainer-rewind` explores the road not taken with a group.
   */
  z.object({ ...base, type: z.literal('rewound'), toDecision: z.number().int().min(0), reason: z.enum(['undo', 'trainer-rewind']) }),
  /** The learner stepped out (a pause for wellbeing); never counted against them. */
  z.object({ ...base, type: z.literal('session-paused'), reason: z.enum(['step-out', 'trainer-pause']) }),
  z.object({ ...base, type: z.literal('session-resumed') }),
  /**
   * A room's hands for each option at one decision (0 is the first, as in `rewound`). The latest
   * count before the choice is the one that stands; a recount simply writes another event.
   */
  z.object({
    ...base,
    type: z.literal('votes-recorded'),
    decision: z.number().int().min(0),
    counts: z.array(voteCountSchema).min(1).refine(uniqueIndices, 'each option is counted once'),
    source: voteSourceSchema,
  }),
  /**
   * What the room went with at a decision, written just before the `choice-made` it leads to.
   * `majority` is every option with the most hands (more than one in a tie; none without votes).
   */
  z.object({
    ...base,
    type: z.literal('room-choice'),
    decision: z.number().int().min(0),
    majority: z.array(z.number().int().min(0)),
    taken: z.number().int().min(0),
    basis: roomChoiceBasisSchema,
    /** Who settled it: only a trainer can, today. */
    by: z.enum(['trainer']),
    /** The trainer's words for an override ("let's see what happens if…"), when they gave any. */
    note: z.string().nullable(),
  }),
]);

export type SessionEvent = z.infer<typeof sessionEventSchema>;
export type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;
/** An event as a caller hands it to the log: the log stamps the sequence number and time. */
export type NewEvent = SessionEvent extends infer E ? (E extends SessionEvent ? Omit<E, 'seq' | 'at'> : never) : never;

export const sessionLogFileSchema = z.object({
  format: z.literal(SESSION_LOG_FORMAT),
  version: z.literal(SESSION_LOG_VERSION),
  events: z.array(sessionEventSchema).min(1),
});
export type SessionLogFile = z.infer<typeof sessionLogFileSchema>;

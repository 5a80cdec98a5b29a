import { z } from '../core/zod';
import { AXES } from '../core/axes';
import { TEXT_LIMITS } from './text-limits';
import { isoTimestampSchema } from './timestamps';

/**
 * The session event log's wire format. Everything the debrief, saves, group results and witness
 * evidence show is computed from these events, so the schema is the contract: change it only with
 * a new version and a migration.
 */
export const SESSION_LOG_FORMAT = 'common-ground/session-log';
/**
 * The version this app writes. A reader accepts every version from MIN_SESSION_LOG_VERSION up to
 * this one and migrates older logs (log-migrations.ts); a log from a newer version is refused with a
 * clear message rather than half-read, because an older app would misread events it does not know.
 * Version 2 added `choice-undone` (step back in practice mode); nothing else changed. Version 3 gave
 * an image cue its words for someone who cannot see it (`alt`); older image cues simply have none.
 * Version 4 gave an assessor's additions the id their window made them with (`additionId`), so one
 * sent twice (after a crash) is recorded once; older additions have none. Version 5 added the cues
 * that say who is in the scene (`present`, `enter`, `leave`); older logs have none, and their scenes
 * fill with whoever speaks, as they did when they were played.
 */
export const SESSION_LOG_VERSION = 5;
export const MIN_SESSION_LOG_VERSION = 1;

const score = z.int().check(z.minimum(-2), z.maximum(2));
const axisScoresSchema = z.object({ compliance: score, communication: score, challenge: score });
const totalsSchema = z.object({ compliance: z.int(), communication: z.int(), challenge: z.int() });

export const SESSION_MODES = ['practice', 'trainer', 'assessed'] as const;
export const sessionModeSchema = z.enum(SESSION_MODES);
export type SessionMode = z.infer<typeof sessionModeSchema>;

const cueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('background'), place: z.string() }),
  // Empty for "#present: nobody".
  z.object({ kind: z.literal('present'), castIds: z.array(z.string()) }),
  z.object({ kind: z.literal('enter'), castIds: z.array(z.string()).check(z.minLength(1)) }),
  z.object({ kind: z.literal('leave'), castIds: z.array(z.string()).check(z.minLength(1)) }),
  z.object({ kind: z.literal('sound'), sound: z.string() }),
  z.object({ kind: z.literal('music'), track: z.nullable(z.string()) }),
  z.object({ kind: z.literal('image'), src: z.string(), alt: z.optional(z.string()) }),
  z.object({ kind: z.literal('class'), className: z.string() }),
  z.object({ kind: z.literal('clear') }),
  z.object({ kind: z.literal('restart') }),
]);

const offeredChoiceSchema = z.object({
  index: z.int().check(z.minimum(0)),
  text: z.string(),
  scores: z.nullable(axisScoresSchema),
  reason: z.nullable(z.string()),
  ksbs: z.array(z.string()),
});
export type AskGuide = z.infer<typeof askGuideSchema>;
export type OfferedChoice = z.infer<typeof offeredChoiceSchema>;

/**
 * The author's guide to an `#ask` question: a model answer (null when the author wrote none) and
 * what a strong answer would do. Optional on the events that carry it, so older logs still read.
 */
export const askGuideSchema = z.object({ model: z.nullable(z.string().check(z.minLength(1))), lookFor: z.array(z.string().check(z.minLength(1))) });

const undoerSchema = z.enum(['learner', 'trainer']);
export type Undoer = z.infer<typeof undoerSchema>;

const base = { seq: z.int().check(z.minimum(0)), at: isoTimestampSchema };
const seqRef = z.int().check(z.minimum(0));
/**
 * On an assessor's addition: the id the assessor's window gave it when it was written. The window
 * keeps it queued until the record holds it and may send it again after a crash; the id lets the
 * record's writer see it already has it.
 */
const additionId = z.optional(z.string().check(z.minLength(1), z.maxLength(64)));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'));

export const KSB_JUDGEMENTS = ['met', 'partly-met', 'not-met'] as const;
const ksbJudgementSchema = z.enum(KSB_JUDGEMENTS);
export type KsbJudgement = z.infer<typeof ksbJudgementSchema>;

const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(TEXT_LIMITS.name));
/** A Unique Learner Number: ten digits. */
export const ulnSchema = z.string().check(z.regex(/^\d{10}$/, 'a ULN is ten digits'));

/**
 * Who and what an observation is about. The fields after `ksbList` came later (what an e-portfolio
 * or EPA organisation asks of witness testimony), so records made before them still read.
 */
const observationDetailsSchema = z.object({
  apprentice: shortText,
  assessor: z.object({
    name: shortText,
    /** The witness's job title. */
    role: shortText,
    /** How the witness knows the apprentice's work, e.g. "line manager" or "workplace mentor". */
    relationship: z.optional(shortText),
    /** How to reach the witness to confirm the record (the declaration promises they can be). */
    contact: z.optional(shortText),
  }),
  organisation: shortText,
  observedOn: isoDate,
  /** Where or how the session took place, e.g. "training room, projector". */
  setting: shortText,
  /** Which KSB list the codes in this record come from, and the standard it is for. */
  ksbList: z.object({ standard: z.string(), version: z.int(), reference: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.name))) }),
  employer: z.optional(shortText),
  uln: z.optional(ulnSchema),
});
export type ObservationDetails = z.infer<typeof observationDetailsSchema>;

/**
 * Where a room's votes came from. A trainer counts hands and types or taps them in; a later remote
 * source (learners' phones) will write the same event with `remote`, so everything downstream of the
 * log works unchanged.
 */
const voteSourceSchema = z.enum(['trainer-tally', 'remote']);
export type VoteSource = z.infer<typeof voteSourceSchema>;

const voteCountSchema = z.object({ index: z.int().check(z.minimum(0)), hands: z.int().check(z.minimum(0), z.maximum(9999)) });
export type VoteCount = z.infer<typeof voteCountSchema>;

/**
 * How the room's option was settled: the clear majority, the trainer breaking a tie, the trainer
 * overriding the majority to explore another branch, or no votes entered at all.
 */
const roomChoiceBasisSchema = z.enum(['majority', 'tie-break', 'override', 'no-votes']);
export type RoomChoiceBasis = z.infer<typeof roomChoiceBasisSchema>;

const uniqueIndices = (counts: readonly VoteCount[]) => new Set(counts.map((c) => c.index)).size === counts.length;

export const sessionEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('session-started'),
    sessionId: z.string().check(z.minLength(1)),
    scenarioId: z.string().check(z.minLength(1)),
    scenarioHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    seed: z.int(),
    mode: sessionModeSchema,
  }),
  z.object({
    ...base,
    type: z.literal('passage-shown'),
    text: z.string(),
    speakerId: z.nullable(z.string()),
    mood: z.nullable(z.string()),
    cues: z.array(cueSchema),
  }),
  /**
   * `choices` are in the order they were shown (shuffled by the seed); `index` is ink's own.
   * `ask` is the author's "What would you say?" question, answered before the choices are shown;
   * `guide` is the model answer and checklist that go with it (present whenever `ask` is, in logs
   * written since the guide existed).
   */
  z.object({
    ...base,
    type: z.literal('choices-offered'),
    choices: z.array(offeredChoiceSchema).check(z.minLength(1)),
    ask: z.optional(z.string().check(z.minLength(1))),
    guide: z.optional(askGuideSchema),
  }),
  z.object({
    ...base,
    type: z.literal('choice-made'),
    index: z.int().check(z.minimum(0)),
    text: z.string(),
    /** The score delta this choice adds; all zero when the author left the choice unscored. */
    scores: axisScoresSchema,
    reason: z.nullable(z.string()),
    ksbs: z.array(z.string()),
    /** Milliseconds from the choices being offered to this choice. */
    elapsedMs: z.int().check(z.minimum(0)),
  }),
  z.object({
    ...base,
    type: z.literal('choice-undone'),
    /**
     * The seq of the choice-made taken back: always the latest choice still in effect. The story
     * returns to just before it; the undone choice stays in the log (see effective-path.ts).
     */
    undoneSeq: z.int().check(z.minimum(0)),
    /** A learner steps back only in practice; a trainer may rewind any session. */
    by: undoerSchema,
  }),
  z.object({ ...base, type: z.literal('session-ended'), ending: z.nullable(z.string()), totals: totalsSchema }),
  /**
   * Back to an earlier decision: only the first `toDecision` choices still count. The later ones
   * stay in the record as an explored branch. `undo` is a learner's step back in practice; a
   * `trainer-rewind` explores the road not taken with a group.
   */
  z.object({ ...base, type: z.literal('rewound'), toDecision: z.int().check(z.minimum(0)), reason: z.enum(['undo', 'trainer-rewind']) }),
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
    decision: z.int().check(z.minimum(0)),
    counts: z.array(voteCountSchema).check(z.minLength(1), z.refine(uniqueIndices, 'each option is counted once')),
    source: voteSourceSchema,
  }),
  /**
   * What the room went with at a decision, written just before the `choice-made` it leads to.
   * `majority` is every option with the most hands (more than one in a tie; none without votes).
   */
  z.object({
    ...base,
    type: z.literal('room-choice'),
    decision: z.int().check(z.minimum(0)),
    majority: z.array(z.int().check(z.minimum(0))),
    taken: z.int().check(z.minimum(0)),
    basis: roomChoiceBasisSchema,
    /** Who settled it: only a trainer can, today. */
    by: z.enum(['trainer']),
    /** The trainer's words for an override ("let's see what happens if…"), when they gave any. */
    note: z.nullable(z.string().check(z.maxLength(TEXT_LIMITS.reason))),
  }),

  // What people add in an observed ('assessed') session. None of it is the story's, so replay
  // ignores it; the witness record and its hash chain keep all of it.

  /** The learner's own words for an `#ask` question, given before the options at `offeredSeq` appeared. */
  z.object({
    ...base,
    type: z.literal('answer-given'),
    offeredSeq: seqRef,
    prompt: z.string().check(z.minLength(1)),
    text: z.string().check(z.trim(), z.minLength(1), z.maxLength(TEXT_LIMITS.answer)),
    /** What the answer is compared with afterwards; it never changes a score. */
    guide: z.optional(askGuideSchema),
  }),
  /** Who observed whom, where and when; written once, at the start of an observed session. */
  z.object({ ...base, type: z.literal('observation-started'), ...observationDetailsSchema.shape }),
  /**
   * The assessor's notes and KSB judgements on one choice-made or answer-given event (`subjectSeq`),
   * or on the session as a whole (null). A later annotation of the same subject replaces the earlier
   * one in the witness record; both stay in the log.
   */
  z.object({
    ...base,
    type: z.literal('assessor-annotated'),
    additionId,
    subjectSeq: z.nullable(seqRef),
    notes: z.string().check(z.maxLength(TEXT_LIMITS.notes)),
    judgements: z.array(z.object({ code: z.string().check(z.minLength(1)), judgement: ksbJudgementSchema })),
    /** KSBs the assessor saw that the scenario's tags did not suggest. */
    addedKsbs: z.array(z.string().check(z.minLength(1))),
  }),
  /** The assessor replaces the automatic score on one axis of one choice; `from` is the score it replaces. */
  z.object({
    ...base,
    type: z.literal('score-overridden'),
    additionId,
    choiceSeq: seqRef,
    axis: z.enum(AXES),
    from: score,
    to: score,
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(TEXT_LIMITS.reason)),
    by: z.string().check(z.trim(), z.minLength(1), z.maxLength(TEXT_LIMITS.name)),
  }),
  /** The witness's sign-off: typed name, date and the declaration they agreed to. Nothing may follow it in a record. */
  z.object({
    ...base,
    type: z.literal('witness-signed'),
    additionId,
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(TEXT_LIMITS.name)),
    signedOn: isoDate,
    declaration: z.string().check(z.minLength(1)),
    /** Whether the apprentice read the record before it was signed, and what they said about it. */
    apprentice: z.optional(z.object({ acknowledged: z.boolean(), comments: z.string().check(z.trim(), z.maxLength(TEXT_LIMITS.notes)) })),
  }),
]);

export type SessionEvent = z.infer<typeof sessionEventSchema>;
type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;
/** An event as a caller hands it to the log: the log stamps the sequence number and time. */
export type NewEvent = SessionEvent extends infer E ? (E extends SessionEvent ? Omit<E, 'seq' | 'at'> : never) : never;

export const sessionLogFileSchema = z.object({
  format: z.literal(SESSION_LOG_FORMAT),
  version: z.int().check(z.minimum(MIN_SESSION_LOG_VERSION), z.maximum(SESSION_LOG_VERSION)),
  events: z.array(sessionEventSchema).check(z.minLength(1)),
});
export type SessionLogFile = z.infer<typeof sessionLogFileSchema>;

import { z } from '../core/zod';

/**
 * What a live room's phones, presenter and relay say to one another. Pure data and zod, with no
 * Node or DOM, so the relay validates every message with it and the pages share its types.
 */

/** Join codes avoid letters and digits that look alike (0/O, 1/I/L), so a room reads them off a wall. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 5;
export const MAX_ANSWER_LENGTH = 280;
export const MAX_NICKNAME_LENGTH = 24;
export const MAX_OPTIONS = 9;
/** The largest message the relay reads; anything bigger is refused before it is parsed. */
export const MAX_MESSAGE_BYTES = 8 * 1024;

export const joinCodeSchema = z.string().check(z.trim(), z.toUpperCase(), z.regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), 'a join code is five letters and digits'));
/** A phone's anonymous token: random, made on the phone, kept in its localStorage, nothing else. */
export const deviceTokenSchema = z.string().check(z.regex(/^[0-9a-f]{32}$/, 'a device token is 32 hex digits'));
export const trainerSecretSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'not a trainer secret'));
/** One decision's vote, e.g. "2-41": the decision and the log entry that offered it, so a rewind gets a fresh vote. */
export const voteKeySchema = z.string().check(z.regex(/^[0-9]{1,4}-[0-9]{1,7}$/, 'not a decision key'));

export const roomOptionSchema = z.object({ index: z.int().check(z.minimum(0), z.maximum(99)), text: z.string().check(z.minLength(1), z.maxLength(600)) });
export type RoomOption = z.infer<typeof roomOptionSchema>;

const trainerAuth = { code: joinCodeSchema, secret: trainerSecretSchema };

export const phoneJoinSchema = z.strictObject({ code: joinCodeSchema, device: deviceTokenSchema, nickname: z.optional(z.string().check(z.maxLength(200))) });
export const phoneVoteSchema = z.strictObject({ code: joinCodeSchema, device: deviceTokenSchema, key: voteKeySchema, option: z.int().check(z.minimum(0), z.maximum(99)) });
export const phoneAnswerSchema = z.strictObject({
  code: joinCodeSchema,
  device: deviceTokenSchema,
  key: voteKeySchema,
  text: z.string().check(z.trim(), z.minLength(1, 'write something first'), z.maxLength(MAX_ANSWER_LENGTH, `at most ${MAX_ANSWER_LENGTH} characters`)),
});
export const trainerAttachSchema = z.strictObject(trainerAuth);
export const trainerOpenSchema = z.strictObject({
  ...trainerAuth,
  key: voteKeySchema,
  options: z.array(roomOptionSchema).check(z.minLength(1), z.maxLength(MAX_OPTIONS), z.refine((o) => new Set(o.map((x) => x.index)).size === o.length, 'each option once')),
  ask: z.nullable(z.string().check(z.minLength(1), z.maxLength(600))),
});
export const trainerHideSchema = z.strictObject({ ...trainerAuth, answer: z.int().check(z.minimum(0), z.maximum(10_000)), hidden: z.boolean() });

/** Every command a client may send, by its event name. */
export const commandSchemas = {
  'phone:join': phoneJoinSchema,
  'phone:vote': phoneVoteSchema,
  'phone:answer': phoneAnswerSchema,
  'trainer:create': z.strictObject({}),
  'trainer:attach': trainerAttachSchema,
  'trainer:open': trainerOpenSchema,
  'trainer:close': trainerAttachSchema,
  'trainer:hide': trainerHideSchema,
  'trainer:reveal': trainerAttachSchema,
  'trainer:end': trainerAttachSchema,
} as const;
export type CommandName = keyof typeof commandSchemas;
export type CommandOf<N extends CommandName> = z.infer<(typeof commandSchemas)[N]>;
export type RoomCommand = { [N in CommandName]: { name: N; body: CommandOf<N> } }[CommandName];

export type RoomStatus = 'waiting' | 'open' | 'closed' | 'ended';

/** What everyone in the room may see: no device, no nickname, no vote by anyone. */
export interface PublicRoom {
  code: string;
  status: RoomStatus;
  /** The decision on offer (open) or just closed; null before the first and after the room ends. */
  decision: { key: string; options: RoomOption[]; ask: string | null } | null;
  joined: number;
  voted: number;
  answered: number;
  /** Written answers the trainer has revealed, in a shuffled order and without who wrote them. */
  revealed: string[];
}

export interface TrainerAnswer {
  id: number;
  text: string;
  hidden: boolean;
}

/** The trainer's view: the public one plus the written answers (to check before revealing) and, once closed, the split. */
export interface TrainerRoom extends PublicRoom {
  answers: TrainerAnswer[];
  split: { index: number; votes: number }[] | null;
}

/** What a phone sees of itself: its own vote and answer at the current decision. */
export interface PhoneSelf {
  vote: number | null;
  answer: string | null;
  nickname: string | null;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; reason: string };

export const reply = {
  ok: <T>(value: T): Reply<T> => ({ ok: true, value }),
  no: (reason: string): Reply<never> => ({ ok: false, reason }),
};

/** Runs a message through its schema; a refusal names the first problem in plain words. */
export function parseCommand<N extends CommandName>(name: N, body: unknown): Reply<CommandOf<N>> {
  const parsed = commandSchemas[name].safeParse(body ?? {});
  if (parsed.success) return reply.ok(parsed.data as CommandOf<N>);
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return reply.no(`malformed message: ${where}${issue?.message ?? 'not understood'}`);
}

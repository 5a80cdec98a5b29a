import type { Agent, Context } from '@xapi/xapi';
import { z } from '../core/zod';
import type { Cmi5Target, MoveOn } from './session-statements';

/** What the LMS puts on the AU's address when it launches it (cmi5 section 8.1). */
export interface Cmi5LaunchParams {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

export class Cmi5LaunchError extends Error {}

const agentSchema = z.looseObject({
  objectType: z.optional(z.literal('Agent')),
  name: z.optional(z.string()),
  account: z.object({ homePage: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) }),
});

/**
 * Reads a cmi5 launch from the page's query string. null when it is not a cmi5 launch at all (no
 * `fetch` and no `endpoint`); a Cmi5LaunchError naming what is missing when it is one, but broken.
 */
export function parseCmi5Launch(search: string): Cmi5LaunchParams | null {
  const query = new URLSearchParams(search);
  if (!query.has('fetch') && !query.has('endpoint')) return null;
  const missing = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].filter((name) => !query.get(name));
  if (missing.length > 0) throw new Cmi5LaunchError(`The LMS launched this without ${missing.join(', ')}, so results cannot be reported.`);
  let actor: unknown;
  try {
    actor = JSON.parse(query.get('actor')!);
  } catch {
    throw new Cmi5LaunchError('The LMS sent an actor that is not JSON.');
  }
  const agent = agentSchema.safeParse(actor);
  if (!agent.success) throw new Cmi5LaunchError('The LMS sent an actor without an account (cmi5 requires one).');
  return {
    endpoint: query.get('endpoint')!,
    fetch: query.get('fetch')!,
    actor: agent.data as Agent,
    registration: query.get('registration')!,
    activityId: query.get('activityId')!,
  };
}

const fetchReplySchema = z.union([
  z.object({ 'auth-token': z.string().check(z.minLength(1)) }),
  z.object({ 'error-code': z.string(), 'error-text': z.string() }),
]);

/** POSTs once to the LMS's fetch URL for the LRS token (cmi5 section 8.2); a second POST would be refused. */
export async function fetchAuthToken(fetchUrl: string, fetcher: typeof fetch = (...args) => fetch(...args)): Promise<string> {
  let reply: unknown;
  try {
    const response = await fetcher(fetchUrl, { method: 'POST' });
    reply = await response.json();
  } catch {
    throw new Cmi5LaunchError('Could not reach the LMS to get permission to report results.');
  }
  const parsed = fetchReplySchema.safeParse(reply);
  if (!parsed.success) throw new Cmi5LaunchError('The LMS answered the token request with something that is not cmi5.');
  if ('error-code' in parsed.data) throw new Cmi5LaunchError(`The LMS refused the token request: ${parsed.data['error-text']} (cmi5 error ${parsed.data['error-code']}).`);
  return parsed.data['auth-token'];
}

export const LAUNCH_DATA_STATE = 'LMS.LaunchData';

const launchDataSchema = z.looseObject({
  contextTemplate: z.looseObject({}),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  moveOn: z.enum(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']),
  masteryScore: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  returnURL: z.optional(z.string()),
  launchParameters: z.optional(z.string()),
});
export type LaunchData = z.infer<typeof launchDataSchema>;

export function parseLaunchData(input: unknown): LaunchData {
  const parsed = launchDataSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Cmi5LaunchError(`The LMS's launch data is not cmi5's (${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}).`);
  }
  return parsed.data;
}

export function cmi5Target(launch: Cmi5LaunchParams, data: LaunchData): Cmi5Target {
  return {
    activityId: launch.activityId,
    registration: launch.registration,
    contextTemplate: data.contextTemplate as Context,
    moveOn: data.moveOn as MoveOn,
    masteryScore: data.masteryScore ?? null,
  };
}

/**
 * Where the learner goes when they finish: the LMS's returnURL, if it gave one. A launch in Browse or
 * Review mode must not record results (cmi5 section 10.2.2), so only Normal launches report.
 */
export function reportsResults(data: LaunchData): boolean {
  return data.launchMode === 'Normal';
}

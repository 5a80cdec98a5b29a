import { v5 as uuidv5 } from 'uuid';

/**
 * Every id we send is a name-based UUID (version 5) of something in the session log, so sending a
 * statement again gives it the same id and an LRS keeps one copy: a resend is never a duplicate.
 */
/** uuid5(URL namespace, IRI_BASE): fixed for ever, or every id changes. */
const NAMESPACE = '5546c454-d14e-59b3-8c8a-f73f18cc98da';

/** The attempt's xAPI registration, from its session id. */
export function attemptRegistration(sessionId: string): string {
  return uuidv5(`registration:${sessionId}`, NAMESPACE);
}

/** One statement's id: a session event can give rise to more than one statement, told apart by `part`. */
export function statementId(sessionId: string, seq: number, part: string): string {
  return uuidv5(`statement:${sessionId}:${seq}:${part}`, NAMESPACE);
}

/** A decision's identity across attempts: the same options give the same interaction activity. */
export function decisionKey(optionTexts: readonly string[]): string {
  return uuidv5(`decision:${[...optionTexts].sort().join('\u0000')}`, NAMESPACE);
}

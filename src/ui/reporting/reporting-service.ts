import type { Agent } from '@xapi/xapi';
import { basicAuthorization, connectLrs, type LrsConnection } from '../../reporting/lrs-client';
import { recordToScorm, type Scorm2004Api } from '../../reporting/scorm-runtime';
import { startReporting, type Reporter } from '../../reporting/session-reporter';
import type { Cmi5Target, ReportTarget } from '../../reporting/session-statements';
import { MemoryQueueStore, type StatementQueueStore } from '../../reporting/statement-queue';
import { openQueueStore, QUEUE_DATABASE } from '../../reporting/statement-queue-idb';
import { StatementSender, type SenderStatus } from '../../reporting/statement-sender';
import type { ScenarioBounds } from '../../content/scenario-summary';
import type { SessionLog } from '../../session/session-log';
import type { Profile } from '../../storage/learner-store';
import { loadScenarioSummary } from '../services/scenario-loading';
import { deviceId, loadLrsSettings } from './lrs-settings';

/**
 * Where this page's results go, if anywhere: nowhere (the default), the LRS typed into Settings, or
 * the LMS that launched the game (cmi5 or SCORM). Only this module decides; screens just hand it
 * each session as it starts.
 */
type Destination =
  | { kind: 'lrs'; connection: LrsConnection; queueName: string; cmi5?: Cmi5Target; actor?: Agent; onEnded?: () => void }
  | { kind: 'scorm'; api: Scorm2004Api; onEnded?: () => void };

let launched: Destination | null = null;
let sender: StatementSender | null = null;
let queue: StatementQueueStore | null = null;
let senderFor = '';
let status: SenderStatus | null = null;
const listeners = new Set<(status: SenderStatus | null) => void>();

/** An LMS launch (cmi5 or SCORM) decides the destination for this page, whatever Settings say. */
export function useLaunchDestination(destination: Destination): void {
  launched = destination;
}

export function launchKind(): Destination['kind'] | null {
  return launched?.kind ?? null;
}

function destination(): Destination | null {
  if (launched) return launched;
  const settings = loadLrsSettings();
  if (!settings) return null;
  return { kind: 'lrs', connection: { endpoint: settings.endpoint, authorization: basicAuthorization(settings.key, settings.secret) }, queueName: QUEUE_DATABASE };
}

/** The queue and its sender for an LRS destination, made once and remade when Settings change. */
async function senderTo(dest: Extract<Destination, { kind: 'lrs' }>): Promise<StatementSender> {
  const key = `${dest.queueName} ${dest.connection.endpoint} ${dest.connection.authorization}`;
  if (sender && senderFor === key) return sender;
  queue ??= await openQueueStore(dest.queueName).catch(() => new MemoryQueueStore());
  let client: Awaited<ReturnType<typeof connectLrs>> | null = null;
  const next = new StatementSender({
    queue,
    send: async (statements) => {
      client ??= await connectLrs(dest.connection);
      await client.sendStatements(statements);
    },
    onStatus: (s) => {
      status = s;
      for (const listener of listeners) listener(s);
    },
  });
  if (sender) await sender.stop();
  sender = next;
  senderFor = key;
  if (!launched && loadLrsSettings()?.stopped) await next.stop();
  return next;
}

export interface SessionFacts {
  log: SessionLog;
  title: string;
  profile: Profile | null;
}

/**
 * Starts reporting one session, if this page reports anywhere. Nothing is loaded or opened
 * otherwise: with no LRS configured and no LMS launch, this does nothing at all. The scaled score
 * needs the scenario's ranges (its summary chunk), so reporting starts once they have come; play
 * does not wait, and what was played meanwhile is caught up from the log.
 */
export async function reportSession(facts: SessionFacts): Promise<Reporter | null> {
  const dest = destination();
  if (!dest) return null;
  const bounds = await scenarioBounds(facts.log.started.scenarioId);
  if (dest.kind === 'scorm') {
    const stop = recordToScorm({ api: dest.api, log: facts.log, bounds, onError: (e) => console.error(e) });
    watchEnd(facts.log, dest.onEnded);
    return { settled: async () => {}, stop };
  }
  const send = await senderTo(dest);
  const target: ReportTarget = {
    actor: dest.actor ?? actorFor(facts.profile),
    scenarioTitle: facts.title,
    bounds,
    ...(dest.cmi5 ? { cmi5: dest.cmi5 } : {}),
  };
  const reporter = startReporting({ log: facts.log, queue: queue!, target, onQueued: () => void send.kick() });
  watchEnd(facts.log, dest.onEnded);
  return reporter;
}

// A summary that cannot be fetched costs the result its scaled score, not the record of the session.
async function scenarioBounds(scenarioId: string): Promise<ScenarioBounds | null> {
  return (await loadScenarioSummary(scenarioId).catch(() => null))?.bounds ?? null;
}

function watchEnd(log: SessionLog, onEnded: (() => void) | undefined): void {
  if (!onEnded) return;
  if (log.events.some((e) => e.type === 'session-ended')) onEnded();
  else log.onAppend((e) => e.type === 'session-ended' && onEnded());
}

/** The learner's profile as an xAPI account on this site; a trainer's or assessor's screen is the device. */
function actorFor(profile: Profile | null): Agent {
  const homePage = location.origin === 'null' ? 'https://common-ground.local' : location.origin;
  return profile
    ? { objectType: 'Agent', name: profile.displayName, account: { homePage, name: profile.id } }
    : { objectType: 'Agent', name: 'Common Ground on a shared screen', account: { homePage, name: `device-${deviceId()}` } };
}

/** Sends whatever is waiting (at start-up, when the network comes back, or on "Send now"). */
export async function sendWaiting(): Promise<SenderStatus | null> {
  const dest = destination();
  if (!dest || dest.kind !== 'lrs') return null;
  const s = await senderTo(dest);
  await s.sendNow();
  return s.current;
}

/** Waits (up to `ms`) for the queue to empty: before leaving for the LMS's return address. */
export async function flush(ms: number): Promise<void> {
  await Promise.race([sendWaiting(), new Promise((resolve) => setTimeout(resolve, ms))]);
}

export async function stopSending(): Promise<void> {
  await sender?.stop();
}

export async function startSending(): Promise<void> {
  await sender?.start();
}

/** The queue's state for the Settings screen; null when nothing is configured. */
export async function reportingStatus(): Promise<SenderStatus | null> {
  const dest = destination();
  if (!dest || dest.kind !== 'lrs') return null;
  const s = await senderTo(dest);
  await s.refresh();
  return s.current;
}

export function onReportingStatus(listener: (status: SenderStatus | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function lastStatus(): SenderStatus | null {
  return status;
}

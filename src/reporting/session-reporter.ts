import type { SessionLog } from '../session/session-log';
import { statementsForEvent, type ReportTarget } from './session-statements';
import type { Outgoing, StatementQueueStore } from './statement-queue';
import { VERBS } from './xapi-iris';

export interface ReporterOptions {
  log: SessionLog;
  queue: StatementQueueStore;
  target: ReportTarget;
  /** Called after each event's statements are queued, e.g. to start sending. */
  onQueued?: () => void;
  onFailure?: (error: Error) => void;
}

export interface Reporter {
  /** Resolves once every event appended so far has its statements queued. */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Turns a session's events into queued statements as they are appended, one event per queue
 * transaction, in order. It starts after the last event already queued for this session (a resumed
 * or reloaded attempt carries on; one reported from the start when reporting was switched on mid-way
 * sends the earlier events too), and keeps the target the session was first reported with, so the
 * same event always gives the same statement.
 */
export function startReporting(options: ReporterOptions): Reporter {
  const { log, queue } = options;
  const sessionId = log.started.sessionId;
  let failed = false;
  let next = 0;
  let target = options.target;
  let chain = queue.session(sessionId).then((known) => {
    next = (known?.queuedThrough ?? -1) + 1;
    if (known) target = known.target;
  });

  const catchUp = () => {
    chain = chain.then(async () => {
      while (!failed && next < log.events.length) {
        const seq = next;
        const outgoing = statementsForEvent(log.events, seq, target).map((statement): Outgoing => {
          const key = onceKey(statement.verb.id, target);
          return key ? { statement, onceKey: key } : { statement };
        });
        await queue.enqueue(sessionId, target, seq, outgoing);
        next = seq + 1;
        options.onQueued?.();
      }
    }).catch((error: unknown) => {
      failed = true;
      options.onFailure?.(error instanceof Error ? error : new Error(String(error)));
    });
  };

  catchUp();
  const unsubscribe = log.onAppend(catchUp);
  return { settled: () => chain, stop: unsubscribe };
}

/** cmi5 allows one completed and one passed (or failed) per registration, however many times it is launched. */
function onceKey(verbId: string, target: ReportTarget): string | undefined {
  const registration = target.cmi5?.registration;
  if (!registration) return undefined;
  if (verbId === VERBS.completed.id) return `${registration}:completed`;
  if (verbId === VERBS.passed.id || verbId === VERBS.failed.id) return `${registration}:judged`;
  return undefined;
}

import {
  SESSION_LOG_FORMAT,
  SESSION_LOG_VERSION,
  sessionLogFileSchema,
  type EventOf,
  type NewEvent,
  type SessionEvent,
  type SessionLogFile,
} from './session-events';
import { migrateSessionEvents } from './log-migrations';

export type Clock = () => Date;
type AppendListener = (event: SessionEvent) => void;

/** Append-only: events are stamped, frozen and never changed or removed once written. */
export class SessionLog {
  private readonly list: SessionEvent[] = [];
  private readonly listeners: AppendListener[] = [];

  constructor(private readonly clock: Clock = () => new Date()) {}

  static fromEvents(events: readonly SessionEvent[], clock?: Clock): SessionLog {
    const log = new SessionLog(clock);
    events.forEach((event, i) => {
      if (event.seq !== i) throw new Error(`event ${i} has sequence number ${event.seq}; the log has a gap`);
      log.list.push(Object.freeze(structuredClone(event)));
    });
    return log;
  }

  append(event: NewEvent): SessionEvent {
    const stamped = Object.freeze({ ...event, seq: this.list.length, at: this.clock().toISOString() }) as SessionEvent;
    this.list.push(stamped);
    for (const listener of this.listeners) listener(stamped);
    return stamped;
  }

  onAppend(listener: AppendListener): () => void {
    this.listeners.push(listener);
    return () => this.listeners.splice(this.listeners.indexOf(listener), 1);
  }

  get events(): readonly SessionEvent[] {
    return this.list;
  }

  get started(): EventOf<'session-started'> {
    const first = this.list[0];
    if (first?.type !== 'session-started') throw new Error('this log has no session-started event');
    return first;
  }

  toJSON(): SessionLogFile {
    return { format: SESSION_LOG_FORMAT, version: SESSION_LOG_VERSION, events: [...this.list] };
  }
}

export class SessionLogFormatError extends Error {}

/** Reads a saved or imported log, checking it against the schema; says what is wrong if it is not one. */
export function parseSessionLog(input: unknown): SessionLog {
  const header = input as { format?: unknown; version?: unknown } | null;
  if (header && header.format === SESSION_LOG_FORMAT && typeof header.version === 'number' && header.version > SESSION_LOG_VERSION) {
    throw new SessionLogFormatError(
      `this session was saved by a newer version of Common Ground (log version ${header.version}); update the app to open it`,
    );
  }
  const result = sessionLogFileSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new SessionLogFormatError(`not a valid session log${where}: ${issue?.message ?? 'unknown problem'}`);
  }
  if (result.data.events[0]?.type !== 'session-started') {
    throw new SessionLogFormatError('not a valid session log: it must begin with session-started');
  }
  try {
    return SessionLog.fromEvents(migrateSessionEvents(result.data.version, result.data.events));
  } catch (error) {
    throw new SessionLogFormatError(`not a valid session log: ${error instanceof Error ? error.message : String(error)}`);
  }
}

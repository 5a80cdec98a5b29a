import type { ScenarioBounds } from '../content/scenario-summary';
import type { EventOf, SessionEvent } from '../session/session-events';
import type { SessionLog } from '../session/session-log';
import { DEFAULT_PASS_MARK, scaledScore } from './scaled-score';
import { isoDuration, optionId } from './session-statements';
import { decisionKey } from './statement-ids';
import { encodeSuspendData } from './scorm-suspend';
import { effectiveEvents } from '../scoring/effective-path';

/** The SCORM 2004 run-time API an LMS puts on a window (IEEE 1484.11.2): strings in, strings out. */
export interface Scorm2004Api {
  Initialize(param: ''): string;
  Terminate(param: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(param: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

interface WindowLike {
  API_1484_11?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

/**
 * Finds the LMS's API the way SCORM 2004 says: this window, then up the parents (at most seven
 * frames), then the same from the opener. Reading a cross-origin frame throws; that is not an API.
 */
export function findScormApi(start: WindowLike): Scorm2004Api | null {
  const search = (from: WindowLike | null | undefined): Scorm2004Api | null => {
    let win = from;
    for (let depth = 0; win && depth < 8; depth++) {
      try {
        const api = win.API_1484_11 as Scorm2004Api | undefined;
        if (api && typeof api.Initialize === 'function') return api;
        if (!win.parent || win.parent === win) break;
        win = win.parent;
      } catch {
        break;
      }
    }
    return null;
  };
  return search(start) ?? search(safe(() => start.opener));
}

function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

export class ScormError extends Error {}

/** One SetValue, checked: the LMS's error code and words if it refuses. */
function set(api: Scorm2004Api, element: string, value: string): void {
  if (api.SetValue(element, value) !== 'true') {
    const code = api.GetLastError();
    throw new ScormError(`the LMS refused ${element} (${code}: ${api.GetErrorString(code)})`);
  }
}

/** SCORM's time(second,10,2): no time zone letter, at most hundredths. */
function scormTime(iso: string): string {
  return iso.replace(/(\.\d{2})\d*Z$/, '$1').replace(/Z$/, '');
}

export interface ScormRecorderOptions {
  api: Scorm2004Api;
  log: SessionLog;
  bounds?: ScenarioBounds | null;
  /** Told once when the log outgrows cmi.suspend_data: the attempt can then be resumed only from before that. */
  onSuspendFull?: () => void;
  onError?: (error: Error) => void;
}

/**
 * Records a session into an initialised SCORM 2004 attempt as it is played: one cmi.interactions
 * entry per choice (numbered by decision, so a resumed attempt adds only the new ones), the
 * suspend data after every choice, and at the end the scaled score, completion and success.
 */
export function recordToScorm(options: ScormRecorderOptions): () => void {
  const { api, log } = options;
  let suspendFull = false;
  const recorded = () => Number(api.GetValue('cmi.interactions._count')) || 0;

  const write = (event: SessionEvent) => {
    try {
      if (event.type === 'choice-made') recordChoice(event);
      if (event.type === 'choice-made' || event.type === 'choice-undone' || event.type === 'rewound') saveSuspend();
      if (event.type === 'session-ended') finish(event);
      if (event.type === 'choice-made' || event.type === 'session-ended') api.Commit('');
    } catch (error) {
      options.onError?.(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const recordChoice = (choice: EventOf<'choice-made'>) => {
    const n = log.events.filter((e) => e.type === 'choice-made' && e.seq < choice.seq).length;
    if (n < recorded()) return;
    const offered = effectiveEvents(log.events.slice(0, choice.seq)).findLast((e): e is EventOf<'choices-offered'> => e.type === 'choices-offered');
    const key = decisionKey((offered?.choices ?? [choice]).map((c) => c.text));
    const prefix = `cmi.interactions.${n}`;
    set(api, `${prefix}.id`, `urn:common-ground:${encodeURIComponent(log.started.scenarioId)}:decision:${key}`);
    set(api, `${prefix}.type`, 'choice');
    set(api, `${prefix}.timestamp`, scormTime(choice.at));
    set(api, `${prefix}.learner_response`, optionId(choice.index));
    // The sum of the three axes: SCORM allows a number as an interaction's result.
    set(api, `${prefix}.result`, String(choice.scores.compliance + choice.scores.communication + choice.scores.challenge));
    set(api, `${prefix}.latency`, isoDuration(choice.elapsedMs));
    set(api, `${prefix}.description`, choice.text.slice(0, 250));
  };

  const saveSuspend = () => {
    if (suspendFull) return;
    const text = encodeSuspendData(log.events);
    if (text === null) {
      suspendFull = true;
      options.onSuspendFull?.();
      return;
    }
    set(api, 'cmi.suspend_data', text);
    set(api, 'cmi.exit', 'suspend');
  };

  const finish = (ended: EventOf<'session-ended'>) => {
    const scaled = scaledScore(ended.totals, options.bounds);
    const raw = ended.totals.compliance + ended.totals.communication + ended.totals.challenge;
    set(api, 'cmi.score.raw', String(raw));
    if (scaled !== null) set(api, 'cmi.score.scaled', String(scaled));
    set(api, 'cmi.completion_status', 'completed');
    if (scaled !== null) {
      const mark = Number(api.GetValue('cmi.scaled_passing_score'));
      const passMark = api.GetValue('cmi.scaled_passing_score') !== '' && Number.isFinite(mark) ? mark : DEFAULT_PASS_MARK;
      set(api, 'cmi.success_status', scaled >= passMark ? 'passed' : 'failed');
    }
    set(api, 'cmi.exit', 'normal');
  };

  for (const event of log.events) write(event);
  return log.onAppend(write);
}

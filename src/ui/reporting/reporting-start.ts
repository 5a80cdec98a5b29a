import type { SessionFacts } from './reporting-service';
import { LRS_SETTINGS_KEY } from './lrs-settings-key';

/**
 * The reporting code (xAPI, cmi5, SCORM) is loaded only on a page that reports somewhere: one an
 * LMS launched, or a device with an LRS set in Settings. Everyone else never downloads it, and
 * nobody waits for it before the first choice.
 */

/** The address an LMS opens: `?lms=cmi5|scorm`, or cmi5's own launch parameters (cmi5-launch.ts). */
export function launchedFromLms(search: string): boolean {
  const query = new URLSearchParams(search);
  return query.has('lms') || query.has('fetch') || query.has('endpoint');
}

let loaded: Promise<typeof import('./reporting-service')> | null = null;

function mayReport(): boolean {
  if (loaded || launchedFromLms(location.search)) return true;
  try {
    return localStorage.getItem(LRS_SETTINGS_KEY) !== null;
  } catch {
    return false;
  }
}

function reporting(): Promise<typeof import('./reporting-service')> {
  loaded ??= import('./reporting-service');
  return loaded;
}

/** Starts reporting a session if this page reports anywhere; the reporter catches up on events already logged. */
export function reportSessionIfAny(facts: SessionFacts): void {
  if (mayReport()) void reporting().then((service) => service.reportSession(facts));
}

/** At start-up: send what an earlier visit left queued, and again whenever the device comes back online. */
export function startBackgroundSending(): void {
  const send = () => {
    // Checked each time: an LRS may be set in Settings after the page opened.
    if (mayReport()) void reporting().then((service) => service.sendWaiting());
  };
  send();
  window.addEventListener('online', send);
}

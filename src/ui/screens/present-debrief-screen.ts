import { combinedScore } from '../../scoring/scores';
import type { EventOf, SessionEvent } from '../../session/session-events';
import { buildGroupDebrief } from '../../trainer/group-debrief';
import { h } from '../dom';
import { routeHref } from '../services/routes';
import { scenarioMeta } from '../services/scenario-source';
import { enterScreen, type Cleanup } from '../widgets/screen';
import { findSession } from '../services/session-registry';
import { analysisFor } from '../trainer/analyser-seam';
import { downloadCsv, downloadPdf } from '../trainer/debrief-exports';
import { groupDebriefView } from '../trainer/group-debrief-view';
import { groupMapSection } from '../trainer/group-map';
import { loadGroupSession } from '../trainer/group-sessions';
import '../trainer/presenter.css';

/**
 * The group debrief on the projector: the room's path, the votes, the scores, and files to keep.
 * Built from the session log: the copy open in this page if there is one (it is never behind),
 * otherwise the one stored on this device, so a reload or a later day finds it again.
 */
export async function presentDebriefScreen(main: HTMLElement, sessionId: string): Promise<Cleanup | void> {
  const events = findSession(sessionId)?.events ?? (await storedEvents(sessionId));
  enterScreen(main, 'Group debrief');
  if (typeof events === 'string') {
    main.append(
      h('h1', {}, 'Group debrief not available'),
      h('p', {}, events),
      h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
    );
    return;
  }
  const started = events[0] as EventOf<'session-started'>;
  const { scenarioId } = started;
  const meta = scenarioMeta(scenarioId);
  const title = meta?.title ?? scenarioId;
  const address = location.hash;
  const analysis = await analysisFor(scenarioId);
  // The map comes with the scenario's chunk; if the trainer has moved on meanwhile, draw nothing.
  if (location.hash !== address) return;
  document.body.classList.add('presenting');
  const debrief = buildGroupDebrief(events, { questions: meta?.debriefQuestions ?? [], bestPath: analysis.bestPath });
  const view = groupDebriefView(debrief, title);
  const status = h('p', { class: 'gd-status', role: 'status' });
  const pdf = h('button', { type: 'button', class: 'button button--primary' }, 'Download PDF (one page)');
  pdf.addEventListener('click', () => {
    status.textContent = 'Making the PDF…';
    downloadPdf(debrief, title).then(
      () => (status.textContent = 'PDF saved to your downloads.'),
      (error: unknown) => (status.textContent = `The PDF could not be made: ${String(error)}`),
    );
  });
  const csv = h('button', { type: 'button', class: 'button', onclick: () => downloadCsv(debrief, title) }, 'Download CSV');
  // A session kept on the device can be picked up again too: the presenter offers to continue it.
  const resume = meta ? h('a', { class: 'button', href: routeHref({ screen: 'present', scenarioId, sessionId }) }, 'Back to the scenario') : null;
  view.append(h('nav', { class: 'gd-actions', 'aria-label': 'Keep or carry on' }, pdf, csv, resume, h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'), status));
  main.append(view);
  if (analysis.map) {
    const roomTotal = combinedScore(debrief.totals);
    view.querySelector('.gd-map-slot')?.replaceWith(groupMapSection(analysis.map, title, debrief.path.map((d) => d.taken.index), roomTotal));
  }
  return () => document.body.classList.remove('presenting');
}

/** The stored log, or what to tell the trainer when there is none to show. */
async function storedEvents(sessionId: string): Promise<readonly SessionEvent[] | string> {
  let stored;
  try {
    stored = await loadGroupSession(sessionId);
  } catch (error) {
    return `This device’s storage could not be read: ${error instanceof Error ? error.message : String(error)}.`;
  }
  if (stored === null) return 'There is no group session with this address on this device. Past group sessions are listed on the start screen of Run with a group.';
  if ('problem' in stored) return `This group session’s saved record could not be read: ${stored.problem}. It has been left as it is.`;
  return stored.events;
}

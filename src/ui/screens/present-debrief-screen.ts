import { buildGroupDebrief } from '../../trainer/group-debrief';
import { h } from '../dom';
import { routeHref } from '../routes';
import { scenarioMeta } from '../scenario-source';
import { enterScreen, type Cleanup } from '../screen';
import { findSession } from '../session-registry';
import { bestPathSource, scenarioMap } from '../trainer/analyser-seam';
import { downloadCsv, downloadPdf } from '../trainer/debrief-exports';
import { groupDebriefView } from '../trainer/group-debrief-view';
import { findLive } from '../trainer/live-sessions';
import '../trainer/presenter.css';

/** The group debrief on the projector: the room's path, the votes, the scores, and files to keep. */
export function presentDebriefScreen(main: HTMLElement, sessionId: string): Cleanup | void {
  const log = findSession(sessionId);
  enterScreen(main, 'Group debrief');
  if (!log) {
    main.append(
      h('h1', {}, 'Group debrief not available'),
      h('p', {}, 'This session is not open on this device any more. Sessions are kept only while the page is open.'),
      h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
    );
    return;
  }
  document.body.classList.add('presenting');
  const { scenarioId } = log.started;
  const meta = scenarioMeta(scenarioId);
  const title = meta?.title ?? scenarioId;
  const debrief = buildGroupDebrief(log.events, { questions: meta?.debriefQuestions ?? [], bestPath: bestPathSource(scenarioId) });
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
  const resume = findLive(sessionId) ? h('a', { class: 'button', href: routeHref({ screen: 'present', scenarioId, sessionId }) }, 'Back to the scenario') : null;
  view.append(h('nav', { class: 'gd-actions', 'aria-label': 'Keep or carry on' }, pdf, csv, resume, h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'), status));
  main.append(view);
  void scenarioMap(scenarioId, debrief.path.map((d) => d.taken.index)).then((map) => map && view.querySelector('.gd-map-slot')?.append(map));
  return () => document.body.classList.remove('presenting');
}

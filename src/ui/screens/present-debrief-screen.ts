import { combinedScore } from '../../scoring/scores';
import { buildGroupDebrief } from '../../trainer/group-debrief';
import { h } from '../dom';
import { routeHref } from '../routes';
import { scenarioMeta } from '../scenario-source';
import { enterScreen, type Cleanup } from '../screen';
import { findSession } from '../session-registry';
import { analysisFor } from '../trainer/analyser-seam';
import { downloadCsv, downloadPdf } from '../trainer/debrief-exports';
import { groupDebriefView } from '../trainer/group-debrief-view';
import { groupMapSection } from '../trainer/group-map';
import { findLive } from '../trainer/live-sessions';
import '../trainer/presenter.css';

/** The group debrief on the projector: the room's path, the votes, the scores, and files to keep. */
export async function presentDebriefScreen(main: HTMLElement, sessionId: string): Promise<Cleanup | void> {
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
  const { scenarioId } = log.started;
  const meta = scenarioMeta(scenarioId);
  const title = meta?.title ?? scenarioId;
  const address = location.hash;
  const analysis = await analysisFor(scenarioId);
  // The map comes with the scenario's chunk; if the trainer has moved on meanwhile, draw nothing.
  if (location.hash !== address) return;
  document.body.classList.add('presenting');
  const debrief = buildGroupDebrief(log.events, { questions: meta?.debriefQuestions ?? [], bestPath: analysis.bestPath });
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
  if (analysis.map) {
    const roomTotal = combinedScore(debrief.totals);
    view.querySelector('.gd-map-slot')?.replaceWith(groupMapSection(analysis.map, title, debrief.path.map((d) => d.taken.index), roomTotal));
  }
  return () => document.body.classList.remove('presenting');
}

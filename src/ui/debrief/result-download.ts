import type { DecisionLesson } from '../../analysis/best-per-decision';
import type { ScenarioBounds } from '../../content/scenario-summary';
import type { ScenarioMeta } from '../../narrative/scenario-meta';
import { learnerResult } from '../../portfolio/learner-result';
import type { Debrief } from '../../scoring/debrief';
import type { SessionEvent } from '../../session/session-events';
import { formatTimestamp } from '../../session/timestamps';
import { h } from '../dom';
import { downloadFile, fileSlug } from '../services/download';

interface ResultSource {
  events: readonly SessionEvent[];
  debrief: Debrief;
  lessons: readonly DecisionLesson[];
  bounds: ScenarioBounds | null;
  meta: ScenarioMeta | null;
  learner: string | null;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/**
 * "Download my result (PDF)": the finished attempt on one A4 page for the learner's portfolio,
 * made on this device. pdf-lib is large and most learners never press this, so it loads on the press.
 */
export function resultDownload(source: ResultSource): HTMLElement {
  const status = h('p', { class: 'result-download-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'button' }, 'Download my result (PDF)');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    status.textContent = 'Making your result…';
    try {
      const { name, bytes } = await resultPdf(source);
      downloadFile(name, bytes, 'application/pdf');
      status.textContent = 'Your result is in your downloads.';
    } catch (error) {
      status.textContent = `Your result could not be made: ${error instanceof Error ? error.message : String(error)}. The page itself can still be printed.`;
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
  return h('span', { class: 'result-download' }, button, status);
}

async function resultPdf({ events, learner, ...rest }: ResultSource): Promise<{ name: string; bytes: Uint8Array }> {
  const { buildLearnerResultPdf } = await import('../../portfolio/learner-result-pdf');
  // The day the attempt ended is the day of the result, however long after it is downloaded.
  const finishedAt = events.findLast((e) => e.type === 'session-ended')?.at ?? events.at(-1)?.at ?? '';
  const bytes = await buildLearnerResultPdf(learnerResult({ ...rest, learner, date: formatTimestamp(LONG_DATE, finishedAt) }));
  return { name: `result-${rest.debrief.scenarioId}-${fileSlug(learner ?? 'learner')}-${finishedAt.slice(0, 10) || 'undated'}.pdf`, bytes };
}

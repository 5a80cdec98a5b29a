import { groupDebriefCsv } from '../../trainer/group-debrief-csv';
import type { GroupDebrief } from '../../trainer/group-debrief';
import { h } from '../dom';
import { formatTimestamp } from '../../session/timestamps';

/** Files for the trainer's records, made on this device; nothing is uploaded anywhere. */
export function downloadCsv(debrief: GroupDebrief, scenarioTitle: string): void {
  // The byte-order mark makes Excel read the file as UTF-8 (curly quotes, accents).
  save(new Blob(['\uFEFF', groupDebriefCsv(debrief, scenarioTitle)], { type: 'text/csv;charset=utf-8' }), `${fileStem(debrief)}.csv`);
}

export async function downloadPdf(debrief: GroupDebrief, scenarioTitle: string): Promise<void> {
  // pdf-lib is large and only trainers need it, so it loads when the button is pressed.
  const { buildGroupDebriefPdf } = await import('../../trainer/group-debrief-pdf');
  const date = formatTimestamp(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }), debrief.startedAt);
  const bytes = await buildGroupDebriefPdf(debrief, { scenarioTitle, date });
  save(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), `${fileStem(debrief)}.pdf`);
}

function fileStem(debrief: GroupDebrief): string {
  return `group-debrief-${debrief.scenarioId}-${debrief.startedAt.slice(0, 10)}`;
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename, hidden: true });
  document.querySelector('main')?.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the address a little longer for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

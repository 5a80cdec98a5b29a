import { howFar, newestFirst, type GroupSessionSummary } from '../../trainer/group-session-summary';
import { confirmDialog } from '../dialogs/dialog';
import { h } from '../dom';
import { formatDateTime } from '../services/learner-data';
import { routeHref } from '../services/routes';
import { scenarioMeta } from '../services/scenario-source';
import { deleteGroupSession, type GroupSessions } from './group-sessions';

/**
 * The group sessions kept on this device, newest first: which scenario, when, how far the room got,
 * with the group debrief to open again, an unfinished one to continue, and a way to delete one.
 * Folded away by default: the start screen is on the projector. `onDeleted` hears of each deletion.
 */
export function pastSessionsPanel(loaded: GroupSessions, onDeleted: (sessionId: string) => void): HTMLElement | null {
  if (loaded.sessions.length === 0 && loaded.problems.length === 0) return null;
  const status = h('p', { class: 'past-sessions-status', role: 'status' });
  const count = h('span', { class: 'past-sessions-count' });
  const rows = h('tbody', {});
  const table = h(
    'table',
    { class: 'past-sessions-table' },
    h('caption', { class: 'visually-hidden' }, 'Past group sessions: scenario, when it started, and how far the room got'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Scenario'), h('th', { scope: 'col' }, 'Started'), h('th', { scope: 'col' }, 'How far'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    rows,
  );
  const left = () => rows.children.length;
  const recount = () => {
    count.textContent = String(left());
    table.hidden = left() === 0;
  };
  const remove = async (summary: GroupSessionSummary, row: HTMLElement) => {
    const what = describe(summary);
    const sure = await confirmDialog({ title: 'Delete this group session?', message: `${what}: its votes, choices and group debrief go from this device. It cannot be undone.`, confirmLabel: 'Delete', destructive: true });
    if (!sure) return;
    try {
      await deleteGroupSession(summary.sessionId);
    } catch (error) {
      status.textContent = `It could not be deleted: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
    // Focus would be lost with the row: move it to the list's heading.
    row.remove();
    recount();
    summaryLine.focus();
    status.textContent = left() === 0 ? `Deleted ${what}. No past group sessions are left.` : `Deleted ${what}.`;
    onDeleted(summary.sessionId);
  };
  for (const summary of newestFirst(loaded.sessions.map((s) => s.summary))) {
    const row: HTMLElement = sessionRow(summary, () => void remove(summary, row));
    rows.append(row);
  }
  const summaryLine = h('summary', {}, 'Past group sessions on this device (', count, ')');
  recount();
  const damaged = loaded.problems.length
    ? h('p', { class: 'past-sessions-problems' }, `${loaded.problems.length} stored group ${loaded.problems.length === 1 ? 'session' : 'sessions'} could not be read and ${loaded.problems.length === 1 ? 'is' : 'are'} left as ${loaded.problems.length === 1 ? 'it is' : 'they are'}: ${loaded.problems.map((p) => p.problem).join('; ')}.`)
    : null;
  return h(
    'details',
    { class: 'past-sessions' },
    summaryLine,
    h('p', { class: 'past-sessions-hint' }, 'Kept on this device only, with no names. Open a group debrief again, carry on a session that was not finished, or delete one.'),
    table,
    damaged,
    status,
  );
}

function sessionRow(summary: GroupSessionSummary, onDelete: () => void): HTMLElement {
  const what = describe(summary);
  const { sessionId, scenarioId } = summary;
  const known = scenarioMeta(scenarioId) !== null;
  return h(
    'tr',
    { 'data-session-id': sessionId },
    h('th', { scope: 'row' }, titleOf(scenarioId)),
    h('td', {}, formatDateTime(summary.startedAt)),
    h('td', {}, howFar(summary)),
    h(
      'td',
      {},
      h(
        'div',
        { class: 'past-sessions-actions' },
        h('a', { class: 'button', href: routeHref({ screen: 'present-debrief', sessionId }), 'aria-label': `Group debrief: ${what}` }, 'Group debrief'),
        !summary.ended && known ? h('a', { class: 'button', href: routeHref({ screen: 'present', scenarioId, sessionId }), 'aria-label': `Continue: ${what}` }, 'Continue') : null,
        h('button', { type: 'button', class: 'button button--danger', onclick: onDelete, 'aria-label': `Delete: ${what}` }, 'Delete'),
      ),
    ),
  );
}

function titleOf(scenarioId: string): string {
  return scenarioMeta(scenarioId)?.title ?? scenarioId;
}

/** "Pension card, started 2 Dec, 14:05": enough to tell two sessions apart when listening. */
function describe(summary: GroupSessionSummary): string {
  return `${titleOf(summary.scenarioId)}, started ${formatDateTime(summary.startedAt)}`;
}

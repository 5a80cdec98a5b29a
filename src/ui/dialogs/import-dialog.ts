import { learnerStore } from '../services/device-storage';
import { h } from '../dom';
import { applyImport, importTargets, planImport, type ImportPlan, type ImportResult, type ImportTarget, type PlannedSession } from '../../storage/import-plan';
import { ImportFileError, parseProfileExport, type ProfileExport } from '../../storage/profile-export';
import { formatDate } from '../services/learner-data';
import { loadScenario } from '../services/scenario-loading';
import { scenarioMeta } from '../services/scenario-source';
import type { CompiledScenario } from '../../content/compiled-scenario';
import { attemptProblem } from '../../session/attempt-check';
import { newSessionId } from '../services/session-ids';
import { showDialog } from './dialog';

/**
 * Import a profile file: pick it, see exactly what it would add and where, then confirm. Nothing is
 * written before "Import"; attempts that clash with ones here are replaced only if ticked.
 * Resolves true if anything was imported.
 */
export function openImportDialog(): Promise<boolean> {
  return showDialog<boolean>((close) => {
    const status = h('div', { class: 'import-status', 'aria-live': 'polite' });
    const input = h('input', { id: 'import-file', type: 'file', accept: '.json,application/json' });
    input.addEventListener('change', () => void readFile(input.files?.[0], status, close));
    return {
      title: 'Import a profile',
      content: [
        h('p', {}, 'Choose a file saved with “Save a copy to a file” on this or another device. You will see what it adds before anything changes.'),
        h('div', { class: 'field' }, h('label', { for: 'import-file' }, 'Profile file'), input),
        status,
        h('div', { class: 'dialog-actions', 'data-role': 'initial-actions' }, h('button', { type: 'button', class: 'button', onclick: () => close(false) }, 'Cancel')),
      ],
    };
  }, false);
}

async function readFile(file: File | undefined, status: HTMLElement, close: (imported: boolean) => void): Promise<void> {
  if (!file) return;
  let incoming: ProfileExport;
  try {
    incoming = parseProfileExport(await file.text());
  } catch (error) {
    const message = error instanceof ImportFileError ? error.message : `The file could not be read: ${String(error)}`;
    status.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, message));
    return;
  }
  const store = learnerStore();
  const [profiles, sessions] = await Promise.all([store.listProfiles(), store.listSessions()]);
  const device = { profiles: profiles.items, sessions: sessions.items, damaged: new Set(sessions.problems.flatMap((p) => (p.sessionId ? [p.sessionId] : []))) };
  const targets = importTargets(incoming, device, newSessionId);
  const checking = h('p', { role: 'status', class: 'import-progress' }, 'Checking the attempts against their scenarios…');
  status.replaceChildren(checking);
  const refused = await checkAttempts(incoming, (done, total) => (checking.textContent = `Checking the attempts against their scenarios: ${done} of ${total}…`));
  const draw = (target: ImportTarget) => showPlan(status, incoming, planImport(incoming, target, device, refused), targets, draw, close);
  draw(targets[0]!);
}

/** Plays every attempt in the file again on its scenario, as resuming does; those that do not match are refused. */
async function checkAttempts(incoming: ProfileExport, onProgress: (done: number, total: number) => void): Promise<Map<string, string>> {
  const scenarios = new Map<string, Promise<CompiledScenario | null>>();
  const refused = new Map<string, string>();
  for (const [done, { sessionId, events }] of incoming.sessions.entries()) {
    // A big file takes a while: let the page draw and say how far it has got.
    if (done % 100 === 99) {
      onProgress(done + 1, incoming.sessions.length);
      await new Promise((resolve) => setTimeout(resolve));
    }
    const started = events[0];
    const scenarioId = started?.type === 'session-started' ? started.scenarioId : '';
    if (!scenarios.has(scenarioId)) scenarios.set(scenarioId, loadScenario(scenarioId));
    let problem: string | null;
    try {
      problem = attemptProblem(await scenarios.get(scenarioId)!, events);
    } catch (error) {
      problem = `it could not be checked (${error instanceof Error ? error.message : String(error)})`;
    }
    if (problem) refused.set(sessionId, problem);
  }
  return refused;
}

/** A long list of refusals is summed up after this many: they are nearly always the same reason. */
const SHOWN_REFUSED = 20;

function showPlan(
  status: HTMLElement,
  incoming: ProfileExport,
  plan: ImportPlan,
  targets: ImportTarget[],
  redraw: (target: ImportTarget) => void,
  close: (imported: boolean) => void,
): void {
  status.closest('dialog')?.querySelector('[data-role="initial-actions"]')?.remove();
  const select = h('select', { id: 'import-target', onchange: () => redraw(targets[Number(select.value)]!) }, ...targets.map((t, i) => h('option', { value: i, selected: t === plan.target }, targetLabel(t, targets))));
  const conflicts = plan.sessions.filter((s) => s.action === 'conflict');
  const boxes = conflicts.map((s) => h('input', { type: 'checkbox', id: `replace-${s.sessionId}`, value: s.sessionId }));
  const adds = plan.sessions.filter((s) => s.action === 'add' || s.action === 'extend').length + (plan.target.kind === 'new' ? 1 : 0);
  const refusedOnes = plan.sessions.filter((s) => s.action === 'refused');
  const importButton = h('button', { type: 'button', class: 'button button--primary' }, 'Import');
  let partial: ImportResult | null = null;
  let stopping = false;
  const stopButton = h('button', { type: 'button', class: 'button', onclick: () => stop() }, 'Stop importing');
  const stop = () => {
    stopping = true;
    stopButton.disabled = true;
    stopButton.textContent = 'Stopping after this batch…';
  };
  importButton.addEventListener('click', async () => {
    importButton.disabled = true;
    const replace = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    const progress = h('p', { role: 'status', class: 'import-progress' }, 'Importing…');
    status.append(progress, h('div', { class: 'dialog-actions' }, stopButton));
    const release = holdPage(status.closest('dialog'), stop);
    try {
      let lastShown = 0;
      const result = await applyImport(
        learnerStore(),
        incoming,
        plan,
        replace,
        (done, total, soFar) => {
          partial = soFar;
          // Drawing every batch would slow a 10,000-attempt file; a few times a second is plenty.
          if (done !== total && performance.now() - lastShown < 250) return;
          lastShown = performance.now();
          progress.textContent = `Importing: ${done} of ${total} attempts looked at…`;
        },
        () => stopping,
      );
      const done = h('button', { type: 'button', class: 'button button--primary', onclick: () => close(true) }, 'Done');
      const parts = [plan.target.kind === 'new' && `the profile ${plan.target.profile.displayName} added`, result.added && `${count(result.added, 'attempt')} added`, result.extended && `${result.extended} brought up to date`, result.replaced && `${result.replaced} replaced`].filter(Boolean);
      const summary = parts.length ? `Imported: ${parts.join(', ')}.` : 'Nothing was changed.';
      status.replaceChildren(h('p', { role: 'status' }, stopping ? `Stopped. ${summary} Importing the file again adds the rest.` : summary), h('div', { class: 'dialog-actions' }, done));
      done.focus();
    } catch (error) {
      importButton.disabled = false;
      stopButton.remove();
      const kept = partial ? `${count(partial.added, 'attempt')} added and ${partial.extended} brought up to date before it stopped are kept` : 'Anything already added is kept';
      status.append(h('p', { class: 'field-error', role: 'alert' }, `The import stopped: ${error instanceof Error ? error.message : String(error)}. ${kept}; importing the file again adds the rest.`));
    } finally {
      release();
    }
  });
  const finished = incoming.sessions.filter((s) => s.events.some((e) => e.type === 'session-ended')).length;
  status.replaceChildren(
    h(
      'div',
      { class: 'import-summary' },
      h('p', {}, h('strong', {}, incoming.profile.displayName), ` — saved ${formatDate(incoming.exportedAt)}: ${count(finished, 'finished attempt')} and ${count(incoming.sessions.length - finished, 'unfinished one')}.`),
      h('div', { class: 'field' }, h('label', { for: 'import-target' }, 'Add them to'), select),
      h('ul', { class: 'import-plan' }, ...planLines(plan.sessions)),
      conflicts.length
        ? h(
            'fieldset',
            { class: 'import-conflicts' },
            h('legend', {}, 'These attempts are on this device too, but went differently. Keep the copy here unless you tick it:'),
            ...conflicts.map((s, i) => h('label', { class: 'checkbox' }, boxes[i]!, h('span', {}, `Replace the copy here of ${attemptName(s)} with the one in the file`))),
          )
        : null,
      refusedOnes.length
        ? h(
            'section',
            { class: 'import-refused' },
            h('h3', {}, refusedOnes.length === 1 ? 'One attempt will not be imported' : `${refusedOnes.length} attempts will not be imported`),
            h('ul', {}, ...refusedOnes.slice(0, SHOWN_REFUSED).map((s) => h('li', {}, `${attemptName(s)}: ${s.reason}.`))),
            refusedOnes.length > SHOWN_REFUSED ? h('p', {}, `… and ${refusedOnes.length - SHOWN_REFUSED} more.`) : null,
          )
        : null,
      incoming.sessions.length === 0 ? h('p', {}, plan.target.kind === 'new' ? 'The file has no attempts: importing adds the profile only.' : 'The file has no attempts, and this profile is already on this device.') : null,
      adds === 0 && conflicts.length === 0 && incoming.sessions.length > 0 ? h('p', {}, refusedOnes.length ? 'Nothing else in this file can be imported.' : 'Everything in this file is already on this device, so there is nothing to import.') : null,
      h(
        'div',
        { class: 'dialog-actions' },
        adds + conflicts.length > 0 ? importButton : null,
        h('button', { type: 'button', class: 'button', onclick: () => close(false) }, adds + conflicts.length > 0 ? 'Cancel' : 'Close'),
      ),
    ),
  );
}

/**
 * While an import runs, leaving the page asks first, and Escape asks the import to stop after the
 * batch it is writing rather than closing the dialog under it. Returns the function that lets go.
 */
function holdPage(dialog: HTMLDialogElement | null, stop: () => void): () => void {
  const warn = (event: BeforeUnloadEvent) => event.preventDefault();
  const escape = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
  };
  window.addEventListener('beforeunload', warn);
  dialog?.addEventListener('cancel', escape, { capture: true });
  return () => {
    window.removeEventListener('beforeunload', warn);
    dialog?.removeEventListener('cancel', escape, { capture: true });
  };
}

const ACTION_WORDS: Record<PlannedSession['action'], [one: string, many: string]> = {
  add: ['will be added', 'will be added'],
  extend: ['will be brought up to date (this device has only the start of it)', 'will be brought up to date (this device has only the start of them)'],
  'already-here': ['is already here', 'are already here'],
  'keep-local': ['is further along on this device, so the copy here is kept', 'are further along on this device, so the copies here are kept'],
  conflict: ['differs from the copy here (see below)', 'differ from the copies here (see below)'],
  refused: ['is refused (see below)', 'are refused (see below)'],
};

/** One line per kind of outcome, e.g. "2 finished attempts will be added". */
function planLines(sessions: readonly PlannedSession[]): HTMLElement[] {
  const lines: HTMLElement[] = [];
  for (const action of Object.keys(ACTION_WORDS) as PlannedSession['action'][]) {
    for (const finished of [true, false]) {
      const n = sessions.filter((s) => s.action === action && s.finished === finished).length;
      if (n === 0) continue;
      const what = `${n} ${finished ? 'finished' : 'unfinished'} ${n === 1 ? 'attempt' : 'attempts'}`;
      lines.push(h('li', { 'data-action': action }, `${what} ${ACTION_WORDS[action][n === 1 ? 0 : 1]}`));
    }
  }
  return lines;
}

function attemptName(session: PlannedSession): string {
  const title = scenarioMeta(session.scenarioId)?.title ?? session.scenarioId;
  return `${session.finished ? 'A finished attempt' : 'An unfinished attempt'} at ${title}`;
}

function targetLabel(target: ImportTarget, all: readonly ImportTarget[]): string {
  if (target.kind === 'existing') return `${target.profile.displayName} (already on this device)`;
  const clash = all.some((t) => t.kind === 'existing' && t.profile.displayName === target.profile.displayName);
  return clash ? `A separate new profile, also called ${target.profile.displayName}` : `A new profile called ${target.profile.displayName}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

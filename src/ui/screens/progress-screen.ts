import type { Profile, StoreProblem } from '../../storage/learner-store';
import { buildProfileExport, exportFileName } from '../../storage/profile-export';
import { endingTitleFor } from '../../narrative/scenario-meta';
import { axisStandings, scenarioHistories } from '../../scoring/progress-history';
import { suggestNext } from '../../scoring/try-next';
import { pickProfileThen, setActiveProfile } from '../services/active-profile';
import { learnerStore } from '../services/device-storage';
import { confirmDialog } from '../dialogs/dialog';
import { h } from '../dom';
import { activeProfile, formatDate, formatDateTime, loadAttempts, type ProfileAttempt } from '../services/learner-data';
import { scoreChips } from '../play/score-chips';
import { playedScenarioFacts } from '../progress/progress-facts';
import { scenarioHistorySection } from '../progress/scenario-history-view';
import { standingsSection } from '../progress/standings-view';
import { tryNextSection } from '../progress/try-next-view';
import { routeHref } from '../services/routes';
import { listScenarios, scenarioMeta } from '../services/scenario-source';
import { enterScreen, refreshScreen } from '../widgets/screen';
import { problemList } from '../widgets/store-problems';

/**
 * My progress: what to try next, strengths and the axis to work on, each scenario's own history,
 * every attempt, and the profile's own actions. The numbers come from scoring/progress-history.ts.
 */
export async function progressScreen(main: HTMLElement): Promise<void> {
  const profile = await activeProfile();
  if (!profile) return pickProfileThen({ screen: 'progress' });
  const { attempts, problems } = await loadAttempts(profile.id);
  const histories = scenarioHistories(attempts, await playedScenarioFacts(attempts));
  const standings = axisStandings(histories);
  const catalogue = listScenarios().flatMap((entry) => (entry.meta ? [entry.meta] : []));
  enterScreen(main, 'My progress');
  const sections = [
    h('h1', {}, 'My progress'),
    h('p', { class: 'profile-bar' }, `Playing as ${profile.displayName}. `, h('a', { href: routeHref({ screen: 'profiles' }) }, 'Not you? Switch profile')),
    tryNextSection(suggestNext(catalogue, histories, standings), titleOf),
    standingsSection(standings),
    scenarioHistorySection(histories, titleOf),
    problemList(problems, [profile], (problem) => deleteDamagedButton(problem)),
    attemptsSection(attempts),
    profileSection(profile),
  ];
  main.append(...sections.filter((s): s is HTMLElement => s !== null));
}

function attemptsSection(attempts: ProfileAttempt[]): HTMLElement {
  const newestFirst = [...attempts].reverse();
  return h(
    'section',
    { class: 'progress-section', 'aria-labelledby': 'attempts-heading' },
    h('h2', { id: 'attempts-heading' }, 'Every attempt'),
    newestFirst.length ? h('ol', { class: 'attempt-list', reversed: true }, ...newestFirst.map(attemptItem)) : h('p', {}, 'No attempts yet. ', h('a', { href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'), ' to begin.'),
  );
}

function attemptItem(attempt: ProfileAttempt): HTMLElement {
  const title = titleOf(attempt.scenarioId);
  const status = attempt.finished ? `Finished ${formatDateTime(attempt.lastAt)}${attempt.ending ? ` · ending: ${endingTitleFor(scenarioMeta(attempt.scenarioId), attempt.ending)}` : ''}` : `Not finished · last played ${formatDateTime(attempt.lastAt)}`;
  return h(
    'li',
    { class: 'attempt', 'data-session-id': attempt.sessionId },
    h('h3', {}, title),
    h('p', { class: 'attempt-facts' }, status, attempt.stepsBack ? ` · stepped back ${attempt.stepsBack} ${attempt.stepsBack === 1 ? 'time' : 'times'}` : ''),
    scoreChips(attempt.totals, 'Totals for this attempt'),
    attempt.path.length
      ? h('details', { class: 'attempt-path' }, h('summary', {}, `The ${attempt.path.length} ${attempt.path.length === 1 ? 'choice' : 'choices'} you made`), h('ol', {}, ...attempt.path.map((text) => h('li', {}, text))))
      : null,
    h(
      'div',
      { class: 'button-row' },
      attempt.finished
        ? h('a', { class: 'button', href: routeHref({ screen: 'debrief', sessionId: attempt.sessionId }) }, 'Debrief')
        : h('a', { class: 'button button--primary', href: routeHref({ screen: 'resume', sessionId: attempt.sessionId }) }, 'Continue'),
      h('button', { type: 'button', class: 'button button--quiet', onclick: () => void deleteAttempt(attempt, title) }, 'Delete', h('span', { class: 'visually-hidden' }, ` this attempt at ${title}`)),
    ),
  );
}

async function deleteAttempt(attempt: ProfileAttempt, title: string): Promise<void> {
  const sure = await confirmDialog({
    title: 'Delete this attempt?',
    message: `Your ${attempt.finished ? 'finished' : 'unfinished'} attempt at ${title} from ${formatDateTime(attempt.startedAt)} will be removed from this device for good.`,
    confirmLabel: 'Delete attempt',
    destructive: true,
  });
  if (!sure) return;
  await learnerStore().deleteSession(attempt.sessionId);
  refreshScreen();
}

function deleteDamagedButton(problem: StoreProblem): HTMLElement | null {
  const sessionId = problem.sessionId;
  if (!sessionId) return null;
  const remove = async () => {
    const sure = await confirmDialog({ title: 'Delete the damaged record?', message: 'It cannot be read, so it cannot be shown or continued. Deleting it cannot be undone.', confirmLabel: 'Delete record', destructive: true });
    if (!sure) return;
    await learnerStore().deleteSession(sessionId);
    refreshScreen();
  };
  return h('button', { type: 'button', class: 'button button--quiet', onclick: () => void remove() }, 'Delete damaged record');
}

function profileSection(profile: Profile): HTMLElement {
  return h(
    'section',
    { class: 'progress-section', 'aria-labelledby': 'profile-heading' },
    h('h2', { id: 'profile-heading' }, 'Your profile'),
    h('p', { class: 'hint' }, `${profile.displayName}, made on ${formatDate(profile.createdAt)}. Save a copy to move to another device, or to keep a backup.`),
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'button', class: 'button', onclick: () => void exportProfile(profile) }, 'Save a copy to a file'),
      h('button', { type: 'button', class: 'button button--danger', onclick: () => void deleteProfile(profile) }, 'Delete this profile'),
    ),
  );
}

async function exportProfile(profile: Profile): Promise<void> {
  const { items } = await learnerStore().listSessions(profile.id);
  const now = new Date();
  const url = URL.createObjectURL(new Blob([buildProfileExport(profile, items, now)], { type: 'application/json' }));
  const link = h('a', { href: url, download: exportFileName(profile, now), hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function deleteProfile(profile: Profile): Promise<void> {
  const sure = await confirmDialog({
    title: `Delete ${profile.displayName}?`,
    message: `This removes the profile ${profile.displayName} and every one of its attempts from this device for good. To keep them, save a copy to a file first.`,
    confirmLabel: 'Delete profile',
    destructive: true,
  });
  if (!sure) return;
  await learnerStore().deleteProfile(profile.id);
  setActiveProfile(null);
  location.hash = routeHref({ screen: 'profiles' });
}

function titleOf(scenarioId: string): string {
  return scenarioMeta(scenarioId)?.title ?? scenarioId;
}

import type { Profile } from '../../storage/learner-store';
import { h } from '../dom';
import { activeProfile, formatDateTime, latestUnfinished, loadAttempts } from '../services/learner-data';
import { routeHref } from '../services/routes';
import { catalogueReady, scenarioMeta } from '../services/scenario-source';
import { enterScreen } from '../widgets/screen';

export async function titleScreen(main: HTMLElement): Promise<void> {
  const profile = await activeProfile();
  const actions = profile ? await profileActions(profile) : [h('a', { class: 'button button--primary button--large', href: routeHref({ screen: 'profiles' }) }, 'Choose your profile')];
  enterScreen(main, 'Welcome');
  main.append(
    h(
      'section',
      { class: 'title-screen' },
      h('h1', { class: 'title' }, 'Common Ground'),
      h('p', { class: 'tagline' }, 'Practise the hard conversations of public service: safeguarding meetings, difficult partners and rules that are not clear-cut.'),
      h('p', {}, 'Every choice is scored on three things: ', h('strong', {}, 'compliance'), ' with law and procedure, ', h('strong', {}, 'communication'), ', and ', h('strong', {}, 'constructive challenge'), ' – raising concerns and asking when a rule is unclear.'),
      h('div', { class: 'start-actions' }, ...actions),
      h('p', { class: 'title-links' }, h('a', { href: routeHref({ screen: 'settings' }) }, 'Text size, colours, read aloud and feedback settings'), ' · Press ? for keyboard shortcuts.'),
    ),
  );
}

/** Continue (when an attempt is unfinished), a new scenario, progress, and whose profile this is. */
async function profileActions(profile: Profile): Promise<HTMLElement[]> {
  const unfinished = latestUnfinished((await loadAttempts(profile.id)).attempts);
  const title = unfinished ? await titleOf(unfinished.scenarioId) : '';
  const items: (HTMLElement | null)[] = [
    h('p', { class: 'profile-bar' }, `Playing as ${profile.displayName}. `, h('a', { href: routeHref({ screen: 'profiles' }) }, 'Not you? Switch profile')),
    unfinished
      ? h(
          'a',
          { class: 'button button--primary button--large continue', href: routeHref({ screen: 'resume', sessionId: unfinished.sessionId }) },
          'Continue',
          h('span', { class: 'button-detail' }, `${title} · decision ${unfinished.path.length + 1} · ${formatDateTime(unfinished.lastAt)}`),
        )
      : null,
    h('a', { class: `button ${unfinished ? '' : 'button--primary '}button--large`, href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
    h('a', { class: 'button button--large', href: routeHref({ screen: 'progress' }) }, 'My progress'),
  ];
  return items.filter((e): e is HTMLElement => e !== null);
}

// The scenario list is its own chunk; without it (offline before the game was kept) the id still says which.
async function titleOf(scenarioId: string): Promise<string> {
  const known = await catalogueReady().then(() => scenarioMeta(scenarioId)?.title, () => undefined);
  return known ?? scenarioId;
}

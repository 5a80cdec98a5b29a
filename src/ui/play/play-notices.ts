import { h } from '../dom';
import { routeHref } from '../services/routes';
import { refreshScreen } from '../widgets/screen';
import type { Claim } from './attempt-claim';

/** What the play screen shows instead of a decision: an attempt open elsewhere, a missing scenario (the end is ending-panel.ts). */

// The attempt is open in another tab: nothing here is playable until the learner moves it here.
export function showOpenElsewhere(main: HTMLElement, title: string, takeOver: () => Promise<Claim>): void {
  const status = h('p', { role: 'status' });
  const button = h('button', { type: 'button', class: 'button button--primary' }, 'Continue here instead');
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Asking the other tab to finish saving…';
    void takeOver().then(() => refreshScreen());
  });
  main.append(
    h(
      'section',
      { class: 'open-elsewhere', 'aria-labelledby': 'open-elsewhere-heading' },
      h('h1', { id: 'open-elsewhere-heading', tabindex: -1 }, 'This attempt is open in another tab'),
      h('p', {}, `Your attempt at ${title} is already being played in another tab or window on this device. Only one of them can save it.`),
      h('p', {}, 'You can continue here instead: the other tab saves what it has, stops, and says so.'),
      h('div', { class: 'button-row' }, button, h('a', { class: 'button', href: routeHref({ screen: 'title' }) }, 'Go to the start')),
      status,
    ),
  );
  main.querySelector<HTMLElement>('#open-elsewhere-heading')?.focus();
}

export function showMissing(main: HTMLElement, scenarioId: string): void {
  main.append(
    h('h1', {}, 'Scenario not found'),
    h('p', {}, `There is no scenario called "${scenarioId}" in this copy of Common Ground.`),
    h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
  );
}

import { h } from '../dom';
import { routeHref } from '../routes';
import { enterScreen } from '../screen';

export function titleScreen(main: HTMLElement): void {
  enterScreen(main, 'Welcome');
  main.append(
    h(
      'section',
      { class: 'title-screen' },
      h('h1', { class: 'title' }, 'Common Ground'),
      h('p', { class: 'tagline' }, 'Practise the hard conversations of public service: safeguarding meetings, difficult partners and rules that are not clear-cut.'),
      h('p', {}, 'Every choice is scored on three things: ', h('strong', {}, 'compliance'), ' with law and procedure, ', h('strong', {}, 'communication'), ', and ', h('strong', {}, 'constructive challenge'), ' – raising concerns and asking when a rule is unclear.'),
      h('a', { class: 'button button--primary button--large', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
      h('p', { class: 'title-links' }, h('a', { href: routeHref({ screen: 'settings' }) }, 'Text size, colours, read aloud and feedback settings'), ' · Press ? for keyboard shortcuts.'),
    ),
  );
}

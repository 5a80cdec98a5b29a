import { h } from '../dom';
import { loadPreferences, savePreferences, type FeedbackTiming } from '../preferences';
import { routeHref } from '../routes';
import { enterScreen } from '../screen';

const TIMINGS: { value: FeedbackTiming; label: string; hint: string }[] = [
  { value: 'after-each-choice', label: 'After each choice', hint: 'See the scores and the reason straight away.' },
  { value: 'at-debrief', label: 'At the debrief', hint: 'Play it through first, as you would at work.' },
];

export function titleScreen(main: HTMLElement): void {
  enterScreen(main, 'Welcome');
  const preferences = loadPreferences();
  const options = TIMINGS.map(({ value, label, hint }) =>
    h(
      'label',
      { class: 'radio' },
      h('input', {
        type: 'radio',
        name: 'feedback-timing',
        value,
        checked: preferences.feedbackTiming === value,
        onchange: () => savePreferences({ ...loadPreferences(), feedbackTiming: value }),
      }),
      h('span', {}, h('strong', {}, label), h('span', { class: 'hint' }, hint)),
    ),
  );
  main.append(
    h(
      'section',
      { class: 'title-screen' },
      h('h1', { class: 'title' }, 'Common Ground'),
      h('p', { class: 'tagline' }, 'Practise the hard conversations of public service: safeguarding meetings, difficult partners and rules that are not clear-cut.'),
      h('p', {}, 'Every choice is scored on three things: ', h('strong', {}, 'compliance'), ' with law and procedure, ', h('strong', {}, 'communication'), ', and ', h('strong', {}, 'constructive challenge'), ' – raising concerns and asking when a rule is unclear.'),
      h('a', { class: 'button button--primary button--large', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
      h('fieldset', { class: 'settings' }, h('legend', {}, 'When should feedback appear?'), ...options),
    ),
  );
}

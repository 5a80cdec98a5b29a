import type { PathView } from '../../analysis/best-per-decision';
import { h } from '../dom';

/**
 * The learner's route and the best route side by side, the same decision on one row (align-routes.ts):
 * a list, not a graph, so it reads on a projector and a phone alike and works however many branches
 * a scenario has.
 */
export function pathViewSection(view: PathView, endingTitle: (id: string) => string): HTMLElement {
  const ending = (id: string | null) => (id ? endingTitle(id) : 'no named ending');
  return h(
    'section',
    { class: 'path-view', 'aria-labelledby': 'path-heading' },
    h('h2', { id: 'path-heading' }, 'Your route and the best route'),
    h(
      'p',
      { class: 'hint' },
      view.fromAnalysis
        ? 'Step by step: what you chose, and the route that scores best overall from the start. The same decision is on one row; where the routes went different ways, a decision only one of them met has a gap on the other side.'
        : 'Step by step: what you chose, and the best-scoring option offered at each of your decisions.',
    ),
    h(
      'ol',
      { class: 'path-rows' },
      h('li', { class: 'path-row path-row--head', 'aria-hidden': 'true' }, h('span', {}, ''), h('span', {}, 'You'), h('span', {}, 'Best route')),
      ...view.rows.map((row) =>
        h(
          'li',
          { class: `path-row${row.same ? ' path-row--same' : ''}`, 'data-step': row.step },
          h('span', { class: 'path-row__step' }, row.decision === null ? 'Not on your route' : `Decision ${row.decision}`),
          h('span', { class: 'path-row__yours' }, h('span', { class: 'path-row__label' }, 'You: '), row.yours ?? gap('your route did not come here')),
          h('span', { class: 'path-row__best' }, h('span', { class: 'path-row__label' }, 'Best: '), row.best ?? gap('the best route does not come here'), row.same ? ' (the same)' : ''),
        ),
      ),
      h(
        'li',
        { class: 'path-row path-row--ending' },
        h('span', { class: 'path-row__step' }, 'Ending'),
        h('span', { class: 'path-row__yours' }, h('span', { class: 'path-row__label' }, 'You: '), ending(view.yourEnding)),
        h('span', { class: 'path-row__best' }, h('span', { class: 'path-row__label' }, 'Best: '), view.fromAnalysis ? ending(view.bestEnding) : 'not known'),
      ),
    ),
  );
}

/** Where one route never met the other's decision: said in words, and set back so the pairs stand out. */
function gap(text: string): HTMLElement {
  return h('span', { class: 'path-row__gap' }, `(${text})`);
}

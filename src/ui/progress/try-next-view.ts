import { AXIS_LABELS } from '../../core/axes';
import type { Suggestion } from '../../scoring/try-next';
import { assertNever } from '../../core/assert-never';
import { h } from '../dom';
import { FAMILY_LABELS } from '../services/family-labels';
import { routeHref } from '../services/routes';

/** "Try next": each suggestion with its reason and a link that starts it. */
export function tryNextSection(suggestions: readonly Suggestion[], titleOf: (id: string) => string): HTMLElement | null {
  if (suggestions.length === 0) return null;
  return h(
    'section',
    { class: 'progress-section', 'aria-labelledby': 'try-next-heading' },
    h('h2', { id: 'try-next-heading' }, 'Try next'),
    h(
      'ul',
      { class: 'try-next-list' },
      ...suggestions.map((s) => {
        const title = titleOf(s.scenarioId);
        return h(
          'li',
          { class: 'try-next', 'data-kind': s.kind, 'data-scenario-id': s.scenarioId },
          h('p', {}, h('strong', {}, title), ' · ', reason(s, titleOf)),
          h('a', { class: 'button', href: routeHref({ screen: 'play', scenarioId: s.scenarioId }) }, `Start ${title}`),
        );
      }),
    ),
  );
}

function reason(s: Suggestion, titleOf: (id: string) => string): string {
  switch (s.kind) {
    case 'start-here': return 'the place to start: it shows how choices are scored and what the debrief tells you.';
    case 'weak-axis-again': return `play it again: your ${AXIS_LABELS[s.axis].toLowerCase()} here was ${s.percent}% of the way up, your lowest axis in this scenario and across the scenarios you have finished.`;
    case 'untried-in-family': return `not tried yet. You have tried ${s.tried.map(titleOf).join(' and ')} in ${FAMILY_LABELS[s.family].toLowerCase()}; this is another.`;
    case 'new-family': return `a kind of scenario you have not tried yet: ${FAMILY_LABELS[s.family].toLowerCase()}.`;
    default: return assertNever(s, 'suggestion');
  }
}

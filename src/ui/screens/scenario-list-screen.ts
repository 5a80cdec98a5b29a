import type { Family } from '../../narrative/tags';
import { h } from '../dom';
import { routeHref } from '../routes';
import { listScenarios, type CatalogueEntry } from '../scenario-source';
import { enterScreen } from '../screen';

export const FAMILY_LABELS: Record<Family, string> = {
  tutorial: 'Getting started',
  safeguarding: 'Safeguarding meetings',
  partner: 'Difficult partners',
  rules: 'Ambiguous rules',
};

export function scenarioListScreen(main: HTMLElement): void {
  enterScreen(main, 'Choose a scenario');
  const entries = listScenarios();
  const families = Object.keys(FAMILY_LABELS) as Family[];
  main.append(
    h('h1', {}, 'Choose a scenario'),
    ...families
      .map((family) => [family, entries.filter((e) => e.meta?.family === family)] as const)
      .filter(([, inFamily]) => inFamily.length > 0)
      .map(([family, inFamily]) =>
        h('section', { class: 'family', 'aria-labelledby': `family-${family}` }, h('h2', { id: `family-${family}` }, FAMILY_LABELS[family]), h('ul', { class: 'scenario-cards' }, ...inFamily.map(card))),
      ),
    ...brokenEntries(entries),
  );
}

function card(entry: CatalogueEntry): HTMLElement {
  const meta = entry.meta!;
  return h(
    'li',
    { class: 'scenario-card' },
    h('h3', {}, h('a', { href: routeHref({ screen: 'play', scenarioId: entry.id }) }, meta.title)),
    h('p', { class: 'scenario-facts' }, `${FAMILY_LABELS[meta.family]} · about ${meta.minutes} minutes`),
    h('p', {}, meta.summary),
    h('p', { class: 'scenario-trainer-link' }, h('a', { href: routeHref({ screen: 'present', scenarioId: entry.id }) }, 'Run with a group (trainer mode, for a projector)')),
  );
}

// Only the dev server lists broken scenarios (a build fails instead); authors see why here.
function brokenEntries(entries: CatalogueEntry[]): HTMLElement[] {
  const broken = entries.filter((e) => e.error);
  if (broken.length === 0) return [];
  return [
    h(
      'section',
      { class: 'authoring-errors', role: 'alert' },
      h('h2', {}, 'Scenarios with authoring errors'),
      ...broken.map((e) => h('pre', {}, e.error!)),
    ),
  ];
}

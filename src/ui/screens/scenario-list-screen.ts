import type { Family } from '../../narrative/tags';
import { bestByScenario, type ScenarioRecord } from '../../scoring/attempt-summary';
import { activeProfile, loadAttempts } from '../learner-data';
import { scoreChips } from '../play/score-chips';
import { h } from '../dom';
import { routeHref } from '../routes';
import { listScenarios, type CatalogueEntry } from '../scenario-source';
import { enterScreen } from '../screen';

const FAMILY_LABELS: Record<Family, string> = {
  tutorial: 'Getting started',
  safeguarding: 'Safeguarding meetings',
  partner: 'Difficult partners',
  rules: 'Ambiguous rules',
};

export async function scenarioListScreen(main: HTMLElement): Promise<void> {
  const profile = await activeProfile();
  const best = profile ? bestByScenario((await loadAttempts(profile.id)).attempts) : new Map<string, ScenarioRecord>();
  enterScreen(main, 'Choose a scenario');
  const entries = listScenarios();
  const families = Object.keys(FAMILY_LABELS) as Family[];
  main.append(
    h('h1', {}, 'Choose a scenario'),
    ...families
      .map((family) => [family, entries.filter((e) => e.meta?.family === family)] as const)
      .filter(([, inFamily]) => inFamily.length > 0)
      .map(([family, inFamily]) =>
        h('section', { class: 'family', 'aria-labelledby': `family-${family}` }, h('h2', { id: `family-${family}` }, FAMILY_LABELS[family]), h('ul', { class: 'scenario-cards' }, ...inFamily.map((entry) => card(entry, best.get(entry.id))))),
      ),
    ...brokenEntries(entries),
  );
}

function card(entry: CatalogueEntry, record: ScenarioRecord | undefined): HTMLElement {
  const meta = entry.meta!;
  return h(
    'li',
    { class: 'scenario-card' },
    h('h3', {}, h('a', { href: routeHref({ screen: 'play', scenarioId: entry.id }) }, meta.title)),
    h('p', { class: 'scenario-facts' }, `${FAMILY_LABELS[meta.family]} · about ${meta.minutes} minutes`),
    h('p', {}, meta.summary),
    record ? bestResult(record) : null,
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

function bestResult(record: ScenarioRecord): HTMLElement {
  return h(
    'div',
    { class: 'best-result' },
    h('p', { class: 'best-result-label' }, `Your best of ${record.finishedCount} finished ${record.finishedCount === 1 ? 'attempt' : 'attempts'}:`),
    scoreChips(record.best.totals),
  );
}

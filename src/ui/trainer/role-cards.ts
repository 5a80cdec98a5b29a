import type { ScenarioMeta } from '../../narrative/scenario-meta';
import { h } from '../dom';

/**
 * Role cards are private to each group, so the projector shows only the groups' names; the briefs
 * go on paper. Printing shows a sheet of cards (one per group, to cut apart) and nothing else.
 */
export function roleCardsPanel(meta: ScenarioMeta): HTMLElement | null {
  if (meta.roleCards.length === 0) return null;
  const print = h('button', { type: 'button', class: 'button presenter-button', onclick: () => printRoleCards(meta) }, 'Print role cards');
  return h(
    'section',
    { class: 'presenter-role-cards', 'aria-labelledby': 'role-cards-heading' },
    h('h2', { id: 'role-cards-heading' }, 'Role cards'),
    h('p', {}, `Split the room into ${meta.roleCards.length} groups. Each group gets a private brief to argue from:`),
    h('ul', { class: 'role-card-groups' }, ...meta.roleCards.map((card) => h('li', {}, card.group))),
    print,
  );
}

function printRoleCards(meta: ScenarioMeta): void {
  const sheet = h(
    'section',
    { class: 'role-card-sheet' },
    ...meta.roleCards.map((card) =>
      h('article', { class: 'role-card' }, h('p', { class: 'role-card-scenario' }, `${meta.title}: role card`), h('h2', {}, card.group), h('p', {}, card.brief)),
    ),
  );
  document.body.append(sheet);
  document.body.classList.add('printing-role-cards');
  const tidy = () => {
    sheet.remove();
    document.body.classList.remove('printing-role-cards');
  };
  window.addEventListener('afterprint', tidy, { once: true });
  window.print();
}

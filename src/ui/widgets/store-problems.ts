import type { Profile, StoreProblem } from '../../storage/learner-store';
import { h } from '../dom';
import { describeProblem } from '../services/learner-data';

/** Damaged records, each named, so the rest of the screen still works and someone can act on it. */
export function problemList(problems: readonly StoreProblem[], profiles: readonly Profile[], actions?: (problem: StoreProblem) => Node | null): HTMLElement | null {
  if (problems.length === 0) return null;
  return h(
    'section',
    { class: 'store-problems', 'aria-labelledby': 'problems-heading' },
    h('h2', { id: 'problems-heading' }, problems.length === 1 ? 'One saved record could not be read' : `${problems.length} saved records could not be read`),
    h('ul', {}, ...problems.map((problem) => h('li', {}, h('p', {}, describeProblem(problem, profiles)), actions?.(problem) ?? null))),
  );
}

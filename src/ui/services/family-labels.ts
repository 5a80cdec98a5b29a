import type { Family } from '../../narrative/tags';

/** What each family of scenarios is called on screen, in the order the scenario list shows them. */
export const FAMILY_LABELS: Record<Family, string> = {
  tutorial: 'Getting started',
  safeguarding: 'Safeguarding meetings',
  partner: 'Difficult partners',
  rules: 'Ambiguous rules',
};

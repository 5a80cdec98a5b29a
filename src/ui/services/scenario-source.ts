import { catalogue } from 'virtual:scenarios';
import type { ScenarioMeta } from '../../narrative/scenario-meta';

export { loadScenario } from './scenario-loading';

export type CatalogueEntry = (typeof catalogue)[number];

export function listScenarios(): CatalogueEntry[] {
  return catalogue;
}

export function scenarioMeta(id: string): ScenarioMeta | null {
  return catalogue.find((entry) => entry.id === id)?.meta ?? null;
}


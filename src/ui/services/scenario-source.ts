import { catalogue, loaders } from 'virtual:scenarios';
import type { CompiledScenario } from '../../content/compiled-scenario';
import type { ScenarioMeta } from '../../narrative/scenario-meta';
import { ownEntry } from '../../core/own-entry';

export type CatalogueEntry = (typeof catalogue)[number];

export function listScenarios(): CatalogueEntry[] {
  return catalogue;
}

export function scenarioMeta(id: string): ScenarioMeta | null {
  return catalogue.find((entry) => entry.id === id)?.meta ?? null;
}

/** Loads one compiled scenario on demand; each is its own small chunk. */
export async function loadScenario(id: string): Promise<CompiledScenario | null> {
  const load = ownEntry(loaders, id);
  return load ? (await load()).default : null;
}

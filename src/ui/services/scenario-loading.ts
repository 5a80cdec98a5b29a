import { loaders } from 'virtual:scenario-loaders';
import type { CompiledScenario } from '../../content/compiled-scenario';
import { ownEntry } from '../../core/own-entry';
import type { ScenarioMeta } from '../../narrative/scenario-meta';

/** A scenario as the build ships it: compiled, with its metadata (the catalogue's entry for it). */
export interface ShippedScenario extends CompiledScenario {
  meta: ScenarioMeta;
}

/**
 * Loads one compiled scenario on demand; each is its own small chunk. Apart from the catalogue
 * (scenario-source.ts) so the page's entry can ask for a scenario without every scenario's metadata.
 */
export async function loadScenario(id: string): Promise<ShippedScenario | null> {
  const load = ownEntry(loaders, id);
  return load ? (await load()).default : null;
}

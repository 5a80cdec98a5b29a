import { loaders, summaries } from 'virtual:scenario-loaders';
import type { CompiledScenario } from '../../content/compiled-scenario';
import type { ScenarioSummary } from '../../content/scenario-summary';
import { ownEntry } from '../../core/own-entry';
import type { ScenarioMeta } from '../../narrative/scenario-meta';

/** A scenario as the build ships it: compiled, with its metadata (the catalogue's entry for it). */
export interface ShippedScenario extends CompiledScenario {
  meta: ScenarioMeta;
}

/**
 * Loads one compiled scenario on demand; each is its own small chunk. Apart from the catalogue
 * (scenario-source.ts) so the page's entry can ask for a scenario without every scenario's metadata.
 * It holds what play needs and nothing else.
 */
export async function loadScenario(id: string): Promise<ShippedScenario | null> {
  const load = ownEntry(loaders, id);
  return load ? (await load()).default : null;
}

/**
 * What the build worked out about a scenario (its ranges, map and best routes), for the debrief,
 * progress, the trainer's map and reporting. A chunk of its own, about as big as the story, that
 * play never waits for.
 */
export async function loadScenarioSummary(id: string): Promise<ScenarioSummary | null> {
  const load = ownEntry(summaries, id);
  return load ? (await load()).default : null;
}

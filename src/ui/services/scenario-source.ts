import type { ScenarioMeta } from '../../narrative/scenario-meta';

type Catalogue = (typeof import('virtual:scenarios'))['catalogue'];
export type CatalogueEntry = Catalogue[number];

/**
 * Every scenario's metadata is its own chunk: play takes its scenario's from the scenario's chunk,
 * so nothing on the way to the first choice waits for the whole list. Screens that list or name
 * scenarios wait for it first (ui/app.ts, the title screen); the sync reads below come after.
 */
let catalogue: Catalogue | null = null;
let loading: Promise<void> | null = null;

export function catalogueReady(): Promise<void> {
  loading ??= import('virtual:scenarios').then(
    (module) => void (catalogue = module.catalogue),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

function loaded(): Catalogue {
  if (!catalogue) throw new Error('the scenario list was read before it loaded (await catalogueReady() first)');
  return catalogue;
}

export function listScenarios(): CatalogueEntry[] {
  return loaded();
}

export function scenarioMeta(id: string): ScenarioMeta | null {
  return loaded().find((entry) => entry.id === id)?.meta ?? null;
}

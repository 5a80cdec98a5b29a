declare module 'virtual:scenarios' {
  import type { ScenarioMeta } from '../narrative/scenario-meta';
  import type { CompiledScenario } from './compiled-scenario';
  /** Every scenario in stories/, metadata only; `error` is set in the dev server for a broken file. */
  export const catalogue: { id: string; meta: ScenarioMeta | null; error: string | null }[];
  export const loaders: Record<string, () => Promise<{ default: CompiledScenario }>>;
}

declare module '*.ink' {
  import type { CompiledScenario } from './compiled-scenario';
  const scenario: CompiledScenario;
  export default scenario;
}

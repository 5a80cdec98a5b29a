/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:scenarios' {
  /** Every scenario in stories/, metadata only; `error` is set in the dev server for a broken file. */
  export const catalogue: {
    id: string;
    meta: import('./narrative/scenario-meta').ScenarioMeta | null;
    /** Set in the dev server for a scenario that does not build (a production build fails instead). */
    error: string | null;
  }[];
}

declare module 'virtual:scenario-loaders' {
  /** A lazy import per scenario in stories/, by id (its file name): what play needs. */
  export const loaders: Record<string, () => Promise<{ default: import('./ui/services/scenario-loading').ShippedScenario }>>;
  /** A lazy import per scenario of what the build worked out about it (`<file>.ink?summary`), by id. */
  export const summaries: Record<string, () => Promise<{ default: import('./content/scenario-summary').ScenarioSummary }>>;
}

declare module '*.ink' {
  const scenario: import('./ui/services/scenario-loading').ShippedScenario;
  export default scenario;
}

declare module '*.ink?summary' {
  const summary: import('./content/scenario-summary').ScenarioSummary;
  export default summary;
}

declare module 'virtual:ksb-catalogue' {
  /** stories/ksbs.json, validated at build time. */
  const catalogue: import('./content/ksb-catalogue').KsbCatalogue;
  export default catalogue;
}

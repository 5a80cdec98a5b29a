import type { RouteTable } from '../analysis/best-route';
import type { ScenarioMapGraph } from '../analysis/map-graph';
import type { ScenarioBounds } from './scenario-summary';

/** What the build makes of one `.ink` file. */
export interface CompiledScenario {
  id: string;
  /** SHA-256 of `json`; a session log records it so a replay can prove it ran the same version. */
  hash: string;
  json: string;
  /** The scenario map the debrief draws, worked out at build time; absent in tests that compile ink themselves. */
  map?: ScenarioMapGraph | null;
  /** Each axis's lowest and highest achievable total, for the debrief's shares; also worked out at build time. */
  bounds?: ScenarioBounds | null;
  /** The best option from every state the analysis reached, for the debrief's "best here". */
  route?: RouteTable | null;
  /** Each `# IMAGE:` path as written in the scenario, and the URL the build gave the picture. */
  images?: Readonly<Record<string, string>>;
}

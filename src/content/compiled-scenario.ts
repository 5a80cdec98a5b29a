/**
 * What the build makes of one `.ink` file for play: the story and its pictures, nothing more. What
 * the build works out about it (ranges, map, best routes) is a ScenarioSummary in a chunk of its
 * own (scenario-summary.ts), so starting a scenario never downloads the debrief's data.
 */
export interface CompiledScenario {
  id: string;
  /** SHA-256 of `json`; a session log records it so a replay can prove it ran the same version. */
  hash: string;
  json: string;
  /** Each `# IMAGE:` path as written in the scenario, and the URL the build gave the picture. */
  images?: Readonly<Record<string, string>>;
}

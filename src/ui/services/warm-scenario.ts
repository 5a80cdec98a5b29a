import { parseRoute } from './routes';
import { loadScenario } from './scenario-loading';

/**
 * Starts fetching the scenario an address names (play or present), so it arrives while the app
 * loads and opens storage. The play screen's own request then finds it there; a failure here is
 * left for that request to meet and report.
 */
export function warmScenarioFor(hash: string): void {
  const route = parseRoute(hash);
  const id = route.screen === 'play' || route.screen === 'present' ? route.scenarioId : null;
  if (id !== null) loadScenario(id).catch(() => undefined);
}

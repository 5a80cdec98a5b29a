import { loaders } from 'virtual:scenario-loaders';
import { ownEntry } from '../../core/own-entry';
import { parseRoute } from './routes';

/**
 * Starts fetching the scenario an address names (play or present), so it arrives while the app
 * loads and opens storage. The play screen's own request then finds it there; a failure here is
 * left for that request to meet and report.
 */
export function warmScenarioFor(hash: string): void {
  const route = parseRoute(hash);
  const id = route.screen === 'play' || route.screen === 'present' ? route.scenarioId : null;
  const load = id === null ? undefined : ownEntry(loaders, id);
  load?.().catch(() => undefined);
}

// The page's entry, as small as it can be: it asks for the scenario the address names at once,
// while the app (src/start.ts, fetched alongside: src/build/preload-app.ts) is still coming.
import './ui/styles.css';
import { warmScenarioFor } from './ui/services/warm-scenario';

warmScenarioFor(location.hash);
import('./start').catch((error: unknown) => {
  console.error(error);
  const main = document.getElementById('main');
  if (main) main.textContent = 'Common Ground could not be loaded. Check the connection, then reload the page.';
});

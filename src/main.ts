// The page's entry, as small as it can be: the page's head has already asked for the app's chunks
// (src/build/preload-app.ts) and the scenario the address names (src/build/preload-scenario.ts).
import './ui/styles.css';
// The fonts Settings offer, declared with the page's styles: a sheet of the app's own would be one
// more file the app waits for before it runs. A font file itself comes only when it is chosen.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';

import('./start').catch((error: unknown) => {
  console.error(error);
  const main = document.getElementById('main');
  if (main) main.textContent = 'Common Ground could not be loaded. Check the connection, then reload the page.';
});

import { parseRoute, routeHref, type Route } from './services/routes';
import { enterScreen, type Cleanup } from './widgets/screen';
import { h } from './dom';
import { showScreenError } from './widgets/screen-error';
import { assessStartScreen } from './screens/assess-start-screen';
import { assessorWindowScreen } from './screens/assessor-window-screen';
import { debriefScreen } from './screens/debrief-screen';
import { evidenceLockerScreen } from './screens/evidence-locker-screen';
import { observeScreen } from './screens/observe-screen';
import { playScreen } from './screens/play-screen';
import { presentDebriefScreen } from './screens/present-debrief-screen';
import { presentScreen } from './screens/present-screen';
import { profilePickerScreen } from './screens/profile-picker-screen';
import { progressScreen } from './screens/progress-screen';
import { resumeScreen } from './screens/resume-screen';
import { scenarioListScreen } from './screens/scenario-list-screen';
import { settingsScreen } from './screens/settings-screen';
import { titleScreen } from './screens/title-screen';

/** Shows the screen for the current address and swaps screens when the address changes. */
export function startApp(main: HTMLElement): void {
  let cleanup: Cleanup | void;
  let generation = 0;
  let rendering = Promise.resolve();
  // Screens read the device's storage before they draw, so they take a moment. One draws at a time,
  // and a screen the user has already left is skipped, so two never write into the page at once.
  const show = () => {
    const mine = ++generation;
    rendering = rendering.then(async () => {
      if (mine !== generation) return;
      // A dialog belongs to the screen it was opened on.
      for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog[open]')) dialog.close();
      cleanup?.();
      const route = parseRoute(location.hash);
      try {
        cleanup = await render(main, route);
      } catch (error) {
        // The error boundary: one screen failing never takes the way out (profiles, Settings, delete) with it.
        cleanup = undefined;
        if (mine === generation) showScreenError(main, route, error);
      }
    }).catch((error: unknown) => console.error(error));
  };
  window.addEventListener('hashchange', show);
  // Every screen sets its own scroll (the top, or play's current decision); the browser's restoring
  // an old position after a reload would land somewhere else once the screen has drawn.
  history.scrollRestoration = 'manual';
  show();
}

async function render(main: HTMLElement, route: Route): Promise<Cleanup | void> {
  // Lets the style sheet dress screen changes, such as the debrief fading in.
  main.dataset.screen = route.screen;
  switch (route.screen) {
    case 'title': return titleScreen(main);
    case 'scenarios': return scenarioListScreen(main);
    case 'settings': return settingsScreen(main);
    case 'profiles': return profilePickerScreen(main);
    case 'progress': return progressScreen(main);
    case 'play': return playScreen(main, route.scenarioId);
    case 'resume': return resumeScreen(main, route.sessionId);
    case 'debrief': return debriefScreen(main, route.sessionId);
    case 'present': return presentScreen(main, route.scenarioId, route.sessionId);
    case 'present-debrief': return presentDebriefScreen(main, route.sessionId);
    case 'assess': return assessStartScreen(main);
    case 'observe': return observeScreen(main, route.sessionId);
    case 'assessor-window': return assessorWindowScreen(main, route.sessionId);
    case 'evidence': return evidenceLockerScreen(main);
    case 'not-found':
      enterScreen(main, 'Page not found');
      main.append(h('h1', {}, 'Page not found'), h('p', {}, `Nothing lives at "${route.path}".`), h('a', { class: 'button', href: routeHref({ screen: 'title' }) }, 'Go to the start'));
  }
}

import { parseRoute, routeHref, type Route } from './services/routes';
import { enterScreen, type Cleanup } from './widgets/screen';
import { h } from './dom';
import { showScreenError } from './widgets/screen-error';
import { loadingScreen, ScreenLoadError } from './widgets/screen-loading';
import { ksbListsReady } from './services/ksb-list';
import { catalogueReady } from './services/scenario-source';
import { playScreen } from './screens/play-screen';
import { profilePickerScreen } from './screens/profile-picker-screen';
import { titleScreen } from './screens/title-screen';

// Play, and the picker and title on the way to it, come with the app; every other screen is its own
// chunk, fetched when first visited, so the first choice never waits for code it does not need.
const screens = {
  scenarios: () => import('./screens/scenario-list-screen'),
  settings: () => import('./screens/settings-screen'),
  progress: () => import('./screens/progress-screen'),
  resume: () => import('./screens/resume-screen'),
  debrief: () => import('./screens/debrief-screen'),
  present: () => import('./screens/present-screen'),
  presentDebrief: () => import('./screens/present-debrief-screen'),
  assess: () => import('./screens/assess-start-screen'),
  observe: () => import('./screens/observe-screen'),
  assessorWindow: () => import('./screens/assessor-window-screen'),
  evidence: () => import('./screens/evidence-locker-screen'),
};

/**
 * A screen's chunk, with "Loading…" on the page while it comes; a chunk that cannot come is a
 * ScreenLoadError. Lazy screens are the ones that label KSBs and list or name scenarios, so they
 * also wait for the device's KSB lists and the scenario list.
 */
async function lazy<M>(main: HTMLElement, load: () => Promise<M>): Promise<M> {
  const stopShowing = loadingScreen(main);
  try {
    const fetched = Promise.all([load(), catalogueReady()]).catch((error: unknown) => Promise.reject(new ScreenLoadError(error)));
    const [[screen]] = await Promise.all([fetched, ksbListsReady()]);
    return screen;
  } finally {
    stopShowing();
  }
}

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
    case 'profiles': return profilePickerScreen(main);
    case 'play': return playScreen(main, route.scenarioId);
    case 'scenarios': return (await lazy(main, screens.scenarios)).scenarioListScreen(main);
    case 'settings': return (await lazy(main, screens.settings)).settingsScreen(main);
    case 'progress': return (await lazy(main, screens.progress)).progressScreen(main);
    case 'resume': return (await lazy(main, screens.resume)).resumeScreen(main, route.sessionId);
    case 'debrief': return (await lazy(main, screens.debrief)).debriefScreen(main, route.sessionId);
    case 'present': return (await lazy(main, screens.present)).presentScreen(main, route.scenarioId, route.sessionId);
    case 'present-debrief': return (await lazy(main, screens.presentDebrief)).presentDebriefScreen(main, route.sessionId);
    case 'assess': return (await lazy(main, screens.assess)).assessStartScreen(main);
    case 'observe': return (await lazy(main, screens.observe)).observeScreen(main, route.sessionId);
    case 'assessor-window': return (await lazy(main, screens.assessorWindow)).assessorWindowScreen(main, route.sessionId);
    case 'evidence': return (await lazy(main, screens.evidence)).evidenceLockerScreen(main);
    case 'not-found':
      enterScreen(main, 'Page not found');
      main.append(h('h1', {}, 'Page not found'), h('p', {}, `Nothing lives at "${route.path}".`), h('a', { class: 'button', href: routeHref({ screen: 'title' }) }, 'Go to the start'));
  }
}

import { deleteEverythingAfterAsking } from '../dialogs/delete-everything';
import { h } from '../dom';
import { routeHref, type Route } from '../services/routes';
import { enterScreen } from './screen';
import { ScreenLoadError } from './screen-loading';

/**
 * The error boundary every screen is drawn inside (app.ts): whatever breaks one screen, the page
 * says what failed and still offers the profile picker, Settings and "Delete all data", so nobody is
 * locked out by one bad record.
 */
export function showScreenError(main: HTMLElement, route: Route, error: unknown): void {
  if (error instanceof ScreenLoadError) return showLoadError(main, error);
  console.error(error);
  enterScreen(main, 'Something went wrong');
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  main.append(
    h(
      'section',
      { class: 'screen-error', 'aria-labelledby': 'screen-error-heading' },
      h('h1', { id: 'screen-error-heading', tabindex: -1 }, 'This page could not be shown'),
      h('p', {}, 'Something on this device could not be read or drawn. Nothing has been changed or deleted. The rest of Common Ground still works.'),
      h('details', { open: true }, h('summary', {}, 'What failed'), h('p', { class: 'screen-error-detail' }, `On the "${route.screen}" page: ${detail}`)),
      h(
        'div',
        { class: 'button-row' },
        route.screen === 'profiles' ? null : h('a', { class: 'button button--primary', href: routeHref({ screen: 'profiles' }) }, 'Choose a profile'),
        route.screen === 'settings' ? null : h('a', { class: 'button', href: routeHref({ screen: 'settings' }) }, 'Settings'),
        h('a', { class: 'button', href: routeHref({ screen: 'title' }) }, 'Go to the start'),
        h('button', { type: 'button', class: 'button button--danger', onclick: () => void deleteEverythingAfterAsking() }, 'Delete all data on this device'),
      ),
    ),
  );
  main.querySelector<HTMLElement>('#screen-error-heading')?.focus();
}

/** Nothing on the device is wrong when a screen's code cannot be fetched, so the page says so and offers to try again. */
function showLoadError(main: HTMLElement, error: ScreenLoadError): void {
  console.warn(error.cause);
  enterScreen(main, 'Could not load');
  main.append(
    h(
      'section',
      { class: 'screen-error', 'aria-labelledby': 'screen-error-heading' },
      h('h1', { id: 'screen-error-heading', tabindex: -1 }, 'This page could not be loaded'),
      h('p', {}, `${error.message} Nothing on this device has been changed.`),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'button', class: 'button button--primary', onclick: () => location.reload() }, 'Try again'),
        h('a', { class: 'button', href: routeHref({ screen: 'title' }) }, 'Go to the start'),
      ),
    ),
  );
  main.querySelector<HTMLElement>('#screen-error-heading')?.focus();
}

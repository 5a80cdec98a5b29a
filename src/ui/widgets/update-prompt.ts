import { registerSW } from 'virtual:pwa-register';
import { h } from '../dom';
import { parseRoute } from '../services/routes';
import { afterPaint } from '../services/after-paint';

/**
 * Installs the offline copy and, when a new version has been deployed, says so under the header.
 * The new version waits ('prompt' in vite.config.ts) until the learner reloads: never swapped in
 * under them in the middle of a scenario. Registering fetches the worker's client code and then the
 * whole offline copy, so it waits for a paint and a quiet moment rather than running in the app's
 * own start-up turn (it can still fall in an idle gap of start-up, e.g. while storage opens).
 */
export function mountUpdatePrompt(after: Element): void {
  const banner = h('div', { class: 'update-prompt', role: 'status', hidden: true });
  after.after(banner);
  afterPaint(() => register(banner), { idleWithinMs: 5000 });
}

function register(banner: HTMLElement): void {
  const updateNow = registerSW({
    onNeedRefresh() {
      const reload = h('button', { type: 'button', class: 'button button--small' }, 'Reload now');
      reload.addEventListener('click', () => void updateNow(true));
      const advice = h('span', {});
      // The advice follows the learner: in a scenario, finish it first.
      const advise = () => {
        advice.textContent = parseRoute(location.hash).screen === 'play' ? 'reload when you finish this scenario. ' : 'reload to use it. ';
      };
      advise();
      window.addEventListener('hashchange', advise);
      banner.replaceChildren(h('strong', {}, 'A new version is ready: '), advice, reload);
      banner.hidden = false;
    },
    onRegisterError(error: unknown) {
      // Offline play is a bonus: the game works online without it.
      console.warn('Offline copy not installed:', error);
    },
  });
}

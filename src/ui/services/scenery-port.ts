import type { SceneState, Scenery } from '../../game/scenery-contract';
import { reducedMotion } from './apply-preferences';
import { h } from '../dom';

/** The share of the bar for downloading Phaser itself; the art fills the rest. */
const CODE_SHARE = 0.25;

/**
 * Loads the Phaser scenery after the text is on screen and keeps it in step with the story. Until
 * it arrives, or if it cannot load (no WebGL, a failed download), the text alone carries the scene.
 * A progress bar fills the stage meanwhile; the text never waits for it.
 */
export function mountScenery(container: HTMLElement, onError: (error: unknown) => void): Scenery {
  // Until the scenery is ready, every state since the place last changed is kept and handed over,
  // so everyone who spoke in this place is in the room when it appears.
  let waiting: SceneState[] = [];
  let scenery: Scenery | null = null;
  let destroyed = false;
  const progress = loadingBar(container);
  import('../../game/scenery')
    .then(({ createScenery }) => {
      if (destroyed) return;
      progress.set(CODE_SHARE);
      scenery = createScenery(container, {
        onProgress: (fraction) => progress.set(CODE_SHARE + (1 - CODE_SHARE) * fraction),
        onReady: () => progress.done(),
        reducedMotion: () => reducedMotion(),
      });
      for (const state of waiting) scenery.show(state);
      waiting = [];
    })
    .catch((error: unknown) => {
      progress.done();
      onError(error);
    });
  return {
    show(state) {
      if (scenery) {
        scenery.show(state);
        return;
      }
      if (waiting.at(-1)?.place !== state.place) waiting = [];
      waiting.push(state);
    },
    destroy() {
      destroyed = true;
      scenery?.destroy();
    },
  };
}

// Decorative: the stage is an image described in words next to it, so the bar is hidden from
// assistive technology, which has the words already.
function loadingBar(container: HTMLElement): { set(fraction: number): void; done(): void } {
  const fill = h('span', { class: 'stage-loading-fill' });
  const bar = h('div', { class: 'stage-loading', 'aria-hidden': 'true' }, h('span', { class: 'stage-loading-label' }, 'Setting the scene'), h('span', { class: 'stage-loading-track' }, fill));
  container.append(bar);
  return {
    set(fraction) {
      fill.style.width = `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
    },
    done() {
      fill.style.width = '100%';
      bar.classList.add('stage-loading--done');
      // It fades away (see styles.css); the timer also covers reduced motion, with no fade.
      setTimeout(() => bar.remove(), 700);
    },
  };
}

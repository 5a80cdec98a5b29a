import type { SceneState, Scenery } from '../../game/scenery-contract';
import { reducedMotion } from './apply-preferences';
import { h } from '../dom';
import { afterPaint } from './after-paint';
import { SceneGate } from './scene-gate';

/** The share of the bar for downloading Phaser itself; the art fills the rest. */
const CODE_SHARE = 0.25;

/**
 * Loads the Phaser scenery after the text is on screen and keeps it in step with the story. Until
 * it arrives, or if it cannot load (no WebGL, a failed download), the text alone carries the scene.
 * A progress bar fills the stage meanwhile; the text never waits for it.
 *
 * Nothing here runs in the caller's turn: `show` only notes the state, and the scenery draws it
 * after the page has painted (see after-paint.ts), so a click's text is never held up by a redraw
 * of the picture; `hold` keeps it from drawing at all while a step is on its way (scene-gate.ts).
 * Phaser itself is fetched only once the first text is painted and the page is idle.
 */
export function mountScenery(container: HTMLElement, onError: (error: unknown) => void): SceneryPort {
  let scenery: Scenery | null = null;
  let destroyed = false;
  const gate = new SceneGate<SceneState>(afterPaint, (state) => scenery?.show(state));
  const progress = loadingBar(container);
  const cancelLoad = afterPaint(() => {
    import('../../game/scenery')
      .then(({ createScenery }) => {
        if (destroyed) return;
        progress.set(CODE_SHARE);
        scenery = createScenery(container, {
          onProgress: (fraction) => progress.set(CODE_SHARE + (1 - CODE_SHARE) * fraction),
          onReady: () => progress.done(),
          // Who the canvas shows, for anyone (or any test) that cannot look at it.
          onDrawn: (castIds) => {
            container.dataset.drawn = castIds.join(' ');
          },
          reducedMotion: () => reducedMotion(),
        });
        gate.opened();
      })
      .catch((error: unknown) => {
        progress.done();
        onError(error);
      });
  }, { idleWithinMs: 2000 });
  return {
    show: (state) => gate.offer(state),
    hold: () => gate.hold(),
    release: () => gate.release(),
    destroy() {
      destroyed = true;
      cancelLoad();
      gate.close();
      scenery?.destroy();
    },
  };
}

/** The scenery as the play screen sees it: it can be held still while a step is on its way. */
export interface SceneryPort extends Scenery {
  hold(): void;
  release(): void;
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

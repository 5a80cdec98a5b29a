import * as Phaser from 'phaser';
import type { Scenery, SceneryOptions } from './scenery-contract';
import { STAGE_BACKGROUND } from './palette';
import { PlaceScene, WORLD_HEIGHT, WORLD_WIDTH } from './place-scene';

/** The canvas is as many pixels as the stage shows (device pixels), within these bounds. */
const MIN_CANVAS_WIDTH = 640;
const MAX_CANVAS_WIDTH = 1920;

/** Starts Phaser in the given element; the only entry point from the DOM layer into Phaser. */
export function createScenery(parent: HTMLElement, options: SceneryOptions): Scenery {
  const stageWidth = parent.clientWidth || 960;
  const pixelRatio = Math.min(window.devicePixelRatio || 1, 3);
  // Phaser 4 has no renderer resolution setting: the canvas itself is sized in device pixels and
  // the art is rasterised to match, so it is crisp from a phone to a projector.
  const width = Math.round(Math.min(MAX_CANVAS_WIDTH, Math.max(MIN_CANVAS_WIDTH, stageWidth * pixelRatio)));
  const height = Math.round((width * WORLD_HEIGHT) / WORLD_WIDTH);
  const scene = new PlaceScene({ ...options, zoom: width / WORLD_WIDTH, stageWidth });
  const game = keepingPageListeners(() => new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width,
    height,
    backgroundColor: STAGE_BACKGROUND,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene,
  }));
  return {
    show: (state) => scene.show(state),
    destroy: () => {
      // Phaser destroys a game on its next frame, so a sleeping loop is woken to do it.
      game.instance.destroy(true);
      if (game.instance.loop.started) game.instance.loop.wake();
      game.removeListeners();
    },
  };
}

/**
 * Phaser adds a document visibility listener for each game and never removes it; the listener
 * keeps the game's event emitter alive after the game is gone. It is added when the game starts,
 * which is after the constructor returns (once its textures are ready), so listeners added while
 * the game is built and while it starts are both noted, and destroying the scenery takes them away.
 */
function keepingPageListeners(build: () => Phaser.Game): { instance: Phaser.Game; removeListeners(): void } {
  const added: [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] = [];
  const noting = <T>(run: () => T): T => {
    const original = document.addEventListener;
    document.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      added.push([type, listener, options]);
      original.call(this, type, listener, options);
    } as typeof document.addEventListener;
    try {
      return run();
    } finally {
      document.addEventListener = original;
    }
  };
  const instance = noting(build);
  // Game#start (protected) is looked up on the instance when the textures are ready, so this runs instead.
  const starting = instance as unknown as { start(): void };
  const start = starting.start.bind(instance);
  let removed = false;
  const removeListeners = () => {
    removed = true;
    for (const [type, listener, options] of added.splice(0)) document.removeEventListener(type, listener, options);
    // Phaser also sets these two handlers on the window, each game over the last.
    window.onblur = null;
    window.onfocus = null;
  };
  starting.start = () => {
    noting(start);
    // Left before its textures were ready: the game still starts (to be destroyed), so tidy again.
    if (removed) removeListeners();
  };
  return { instance, removeListeners };
}

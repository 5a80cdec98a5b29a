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
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width,
    height,
    backgroundColor: STAGE_BACKGROUND,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene,
  });
  return {
    show: (state) => scene.show(state),
    destroy: () => game.destroy(true),
  };
}

import * as Phaser from 'phaser';
import type { Scenery } from '../ui/scenery-port';
import { HEIGHT, PlaceScene, WIDTH } from './place-scene';

/** Starts Phaser in the given element; the only entry point from the DOM layer into Phaser. */
export function createScenery(parent: HTMLElement): Scenery {
  const scene = new PlaceScene();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: '#1d2b3a',
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

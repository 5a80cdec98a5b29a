import * as Phaser from 'phaser';
import type { ArtFile } from './art';

/** Portraits are rasterised a little larger than they are drawn, so the speaker's lean-in stays sharp. */
const PORTRAIT_HEADROOM = 1.06;
const WORLD = { width: 1920, height: 1080 };

/**
 * Loads SVG art into textures at the resolution the canvas needs, on demand and once per file.
 * Whole frames are rasterised at the canvas size; portraits at the camera zoom (with headroom).
 * A file that fails to load resolves too: the scene draws without it rather than stopping.
 */
export class AssetQueue {
  readonly portraitScale: number;
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly zoom: number,
  ) {
    this.portraitScale = zoom * PORTRAIT_HEADROOM;
  }

  load(files: readonly ArtFile[], onProgress?: (fraction: number) => void): Promise<void> {
    const loader = this.scene.load;
    const waits = files.map((file) => this.pending.get(file.key) ?? this.add(file));
    if (onProgress) {
      const progress = (value: number) => onProgress(value);
      loader.on(Phaser.Loader.Events.PROGRESS, progress);
      void Promise.all(waits).then(() => {
        loader.off(Phaser.Loader.Events.PROGRESS, progress);
        onProgress(1);
      });
    }
    if (!loader.isLoading()) loader.start();
    return Promise.all(waits).then(() => undefined);
  }

  private add(file: ArtFile): Promise<void> {
    const { textures, load } = this.scene;
    if (textures.exists(file.key)) return Promise.resolve();
    const done = new Promise<void>((resolve) => {
      const finish = () => {
        load.off(Phaser.Loader.Events.FILE_LOAD_ERROR, failed);
        resolve();
      };
      const failed = (failedFile: Phaser.Loader.File) => {
        if (failedFile.key === file.key) finish();
      };
      load.once(`${Phaser.Loader.Events.FILE_KEY_COMPLETE}svg-${file.key}`, finish);
      load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, failed);
    });
    const size =
      file.kind === 'frame'
        ? { width: Math.round(WORLD.width * this.zoom), height: Math.round(WORLD.height * this.zoom) }
        : { scale: this.portraitScale };
    load.svg(file.key, file.url, size);
    this.pending.set(file.key, done);
    return done;
  }
}

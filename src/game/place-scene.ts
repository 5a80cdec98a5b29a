import * as Phaser from 'phaser';
import { castLooks, type LookId } from '../content/cast-looks';
import type { CastMember } from '../narrative/tags';
import type { SceneState, SceneryOptions } from './scenery-contract';
import { AssetQueue } from './asset-queue';
import { allExpressionArt, placeArt, portraitArt, type ArtFile } from './art';
import { DEPTH, Figure } from './figure';
import { FramePace } from './frame-pace';
import { DEFAULT_ROOM, STAGE_BACKGROUND } from './palette';
import { layoutFor, slotsFor } from './place-layouts';

/** The art is drawn in a 1920 × 1080 world; the camera zooms it to the canvas. */
export const WORLD_WIDTH = 1920;
export const WORLD_HEIGHT = 1080;

const FADE_OUT_MS = 380;
const FADE_IN_MS = 520;

interface PlaceSceneOptions extends SceneryOptions {
  /** Canvas pixels per world unit. */
  zoom: number;
  /** Width of the stage on screen in CSS pixels, for sizing name cards. */
  stageWidth: number;
}

/**
 * Draws the place and the people in it; knows nothing of the story, only the state it is shown.
 * Changing place fades the camera out and in (instantly under reduced motion). Art loads on
 * demand: the cast and the first place while a progress bar shows, later places as they come.
 */
export class PlaceScene extends Phaser.Scene {
  private assets!: AssetQueue;
  private looks = new Map<string, LookId>();
  private figures = new Map<string, Figure>();
  private room: Phaser.GameObjects.GameObject[] = [];
  /** The newest state not yet drawn; states shown meanwhile replace it, so only the last is drawn. */
  private latest: SceneState | null = null;
  private drawnPlace: string | null | undefined;
  private busy = false;
  private drawQueued = false;
  private readonly pace = new FramePace();

  constructor(private readonly options: PlaceSceneOptions) {
    super('place');
  }

  create(): void {
    this.cameras.main.setZoom(this.options.zoom).centerOn(WORLD_WIDTH / 2, WORLD_HEIGHT / 2).setBackgroundColor(STAGE_BACKGROUND);
    this.assets = new AssetQueue(this, this.options.zoom);
    this.game.events.on(Phaser.Core.Events.POST_RENDER, (_renderer: unknown, time: number) => {
      this.pace.frame(time);
      this.sleepIfStill();
    });
    this.scale.on(Phaser.Scale.Events.RESIZE, () => {
      this.cameras.main.centerOn(WORLD_WIDTH / 2, WORLD_HEIGHT / 2);
      this.wake();
    });
    if (this.latest) this.queueDraw();
  }

  // Decided once a frame is drawn: if nothing is on its way, the next frame would be the same
  // picture, and without a GPU each frame drawn is read back on the main thread (30 to 130 ms with
  // the CPU slowed), so a still scene draws nothing at all. Every change made while asleep wakes the loop (queueDraw, resize).
  private sleepIfStill(): void {
    const moving = this.busy || this.drawQueued || this.latest !== null || this.tweens.getTweens().length > 0 || this.cameras.main.fadeEffect.isRunning;
    if (!moving) this.game.loop.sleep();
  }

  /** Starts the frame loop again (it sleeps while the scene is still); also needed for a destroy to run. */
  wake(): void {
    this.pace.restart();
    this.game.loop.wake(true);
  }

  /** Notes the state; it is drawn after the current turn (queueDraw), whoever it shows. */
  show(state: SceneState): void {
    this.latest = state;
    if (this.assets) this.queueDraw();
  }

  // States shown together (the passages of one click) are drawn once, for the newest of them.
  private queueDraw(): void {
    if (this.drawQueued) return;
    this.drawQueued = true;
    queueMicrotask(() => {
      this.drawQueued = false;
      // The synchronous part of update$ places the cast, so the frame that waking draws at once is
      // already the new picture rather than the old one again.
      void this.update$();
      this.wake();
    });
  }

  // One change at a time: a place change (fade out, load, redraw, fade in) finishes before the
  // next state is drawn, and only the newest state is drawn after it.
  private async update$(): Promise<void> {
    if (this.busy || !this.latest) return;
    this.busy = true;
    try {
      while (this.latest) {
        const state: SceneState = this.latest;
        if (this.looks.size === 0 && state.cast.length > 0) this.looks = castLooks(state.cast);
        if (this.drawnPlace === undefined) await this.firstLoad(state);
        else if (state.place !== this.drawnPlace || (this.room.length === 0 && state.present.length > 0)) await this.changePlace(state);
        if (state === this.latest) {
          this.placeCast(state);
          this.latest = null;
        }
      }
    } finally {
      this.busy = false;
    }
  }

  private async firstLoad(state: SceneState): Promise<void> {
    const files = [...this.castArt(), ...allExpressionArt(), ...this.placeFiles(state.place)];
    await this.assets.load(files, (fraction) => this.options.onProgress(fraction));
    this.drawRoom(state.place, state.present.length > 0);
    this.options.onReady();
  }

  private async changePlace(state: SceneState): Promise<void> {
    const animate = this.animates();
    const loading = this.assets.load(this.placeFiles(state.place));
    // From an empty stage there is nothing to fade out: the place simply fades in.
    if (animate && this.room.length > 0) await this.fade('out');
    await loading;
    for (const figure of this.figures.values()) figure.destroy();
    this.figures.clear();
    this.drawRoom(state.place, state.present.length > 0);
    if (animate) void this.fade('in');
  }

  // Motion only where the learner wants it and the device can draw it (frame-pace.ts).
  private animates(): boolean {
    return !this.options.reducedMotion() && !this.pace.tooSlowToAnimate;
  }

  private fade(direction: 'in' | 'out'): Promise<void> {
    const camera = this.cameras.main;
    const [r, g, b] = fadeColour();
    return new Promise((resolve) => {
      if (direction === 'out') camera.fadeOut(FADE_OUT_MS, r, g, b, (_: unknown, progress: number) => progress >= 1 && resolve());
      else camera.fadeIn(FADE_IN_MS, r, g, b, (_: unknown, progress: number) => progress >= 1 && resolve());
    });
  }

  private castArt(): ArtFile[] {
    return [...new Set(this.looks.values())].map(portraitArt).filter((f): f is ArtFile => f !== null);
  }

  private placeFiles(place: string | null): ArtFile[] {
    const { background, foreground } = placeArt(place);
    return [background, foreground].filter((f): f is ArtFile => f !== null);
  }

  // Before the story names a place or anyone is in the scene, the stage stays empty.
  private drawRoom(place: string | null, someoneHere: boolean): void {
    this.drawnPlace = place;
    for (const object of this.room) object.destroy();
    const { background, foreground } = placeArt(place);
    this.room = [];
    if (place === null && !someoneHere) return;
    if (background && this.textures.exists(background.key)) {
      this.room.push(this.frameImage(background.key, DEPTH.room));
    } else {
      const g = this.add.graphics().setDepth(DEPTH.room);
      g.fillStyle(DEFAULT_ROOM.wall, 1).fillRect(0, 0, WORLD_WIDTH, WORLD_HEIGHT * 0.7);
      g.fillStyle(DEFAULT_ROOM.skirting, 1).fillRect(0, WORLD_HEIGHT * 0.7 - 12, WORLD_WIDTH, 12);
      g.fillStyle(DEFAULT_ROOM.floor, 1).fillRect(0, WORLD_HEIGHT * 0.7, WORLD_WIDTH, WORLD_HEIGHT * 0.3);
      this.room.push(g);
    }
    if (foreground && this.textures.exists(foreground.key)) this.room.push(this.frameImage(foreground.key, DEPTH.foreground));
  }

  private frameImage(key: string, depth: number): Phaser.GameObjects.Image {
    return this.add.image(0, 0, key).setOrigin(0, 0).setDisplaySize(WORLD_WIDTH, WORLD_HEIGHT).setDepth(depth);
  }

  // Exactly the people in the state are drawn, in the order they came in: whoever has left is
  // taken away, newcomers are added, and the speaker stands out only if they are in the room.
  private placeCast(state: SceneState): void {
    const here = new Set(state.present.map((p) => p.id));
    for (const [id, figure] of this.figures) {
      if (here.has(id)) continue;
      figure.destroy();
      this.figures.delete(id);
    }
    const figures = new Map(state.present.map((person) => [person.id, this.figures.get(person.id) ?? this.figureFor(person, state.cast)]));
    this.figures = figures;
    const layout = layoutFor(this.drawnPlace ?? null);
    const slots = slotsFor(layout, figures.size);
    const animate = this.animates();
    [...figures.entries()].forEach(([id, figure], i) => {
      figure.place(slots[i]!, layout.frame, layout.chairs);
      const speaking = state.speaker?.id === id;
      if (speaking) figure.setMood(state.mood ?? 'neutral');
      figure.setSpeaking(speaking, animate);
    });
    this.options.onDrawn([...figures.keys()]);
  }

  private figureFor(person: CastMember, cast: readonly CastMember[]): Figure {
    return new Figure(this, {
      look: this.looks.get(person.id) ?? castLooks([person]).get(person.id)!,
      name: person.name,
      role: person.role,
      rasterScale: this.assets.portraitScale,
      listenerLabels: this.options.stageWidth >= 560,
      labelSize: nameCardSize(this.options.stageWidth),
      index: Math.max(0, cast.findIndex((m) => m.id === person.id)),
    });
  }
}

function fadeColour(): [number, number, number] {
  return [(STAGE_BACKGROUND >> 16) & 255, (STAGE_BACKGROUND >> 8) & 255, STAGE_BACKGROUND & 255];
}

/** Name cards stay about 12 CSS pixels high or more, whatever the size of the stage. */
function nameCardSize(stageWidth: number): number {
  return Math.min(64, Math.max(28, (12.5 * 1920) / Math.max(stageWidth, 1)));
}

import * as Phaser from 'phaser';
import type { SceneState } from '../ui/scenery-port';
import { Figure } from './figure';
import { DEFAULT_PLACE, PLACE_COLOURS } from './palette';

export const WIDTH = 960;
export const HEIGHT = 540;

/** Draws the room and the people in it; knows nothing of the story, only the state it is shown. */
export class PlaceScene extends Phaser.Scene {
  private room!: Phaser.GameObjects.Graphics;
  private figures = new Map<string, Figure>();
  private pending: SceneState | null = null;
  private ready = false;
  private drawnPlace: string | null | undefined;

  constructor() {
    super('place');
  }

  create(): void {
    this.room = this.add.graphics();
    this.ready = true;
    if (this.pending) this.show(this.pending);
  }

  show(state: SceneState): void {
    this.pending = state;
    if (!this.ready) return;
    if (state.place !== this.drawnPlace) this.drawRoom(state.place);
    this.placeCast(state);
    const animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    for (const [id, figure] of this.figures) {
      const speaking = state.speaker?.id === id;
      figure.setSpeaking(speaking, animate);
      if (speaking) figure.setMood(state.mood ?? 'neutral');
    }
  }

  private drawRoom(place: string | null): void {
    this.drawnPlace = place;
    const colours = (place && PLACE_COLOURS[place]) || DEFAULT_PLACE;
    const g = this.room;
    g.clear();
    g.fillStyle(colours.wall, 1).fillRect(0, 0, WIDTH, HEIGHT * 0.62);
    g.fillStyle(colours.floor, 1).fillRect(0, HEIGHT * 0.62, WIDTH, HEIGHT * 0.38);
    g.fillStyle(colours.accent, 0.85).fillRect(WIDTH * 0.08, HEIGHT * 0.12, WIDTH * 0.22, HEIGHT * 0.26);
    g.fillStyle(0xffffff, 0.08).fillRect(WIDTH * 0.62, HEIGHT * 0.08, WIDTH * 0.3, HEIGHT * 0.34);
    g.fillStyle(0x000000, 0.25).fillRoundedRect(WIDTH * 0.1, HEIGHT * 0.7, WIDTH * 0.8, HEIGHT * 0.12, 16);
  }

  // Everyone who has spoken so far stays at the table, so the room fills as the meeting goes on.
  private placeCast(state: SceneState): void {
    if (state.speaker && !this.figures.has(state.speaker.id)) {
      const index = state.cast.findIndex((m) => m.id === state.speaker!.id);
      const figure = new Figure(this, 0, HEIGHT * 0.42, Math.max(index, 0), state.speaker.name);
      this.figures.set(state.speaker.id, figure);
    }
    const present = [...this.figures.values()];
    const gap = WIDTH / (present.length + 1);
    present.forEach((figure, i) => figure.setX(gap * (i + 1)));
  }
}

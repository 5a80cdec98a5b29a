import * as Phaser from 'phaser';
import { lookSize, type LookId } from '../content/cast-looks';
import type { Mood } from '../narrative/tags';
import { browColour, expressionArt, portraitArt } from './art';
import { PORTRAIT_HEIGHT } from './portrait-size';
import { NameCard } from './name-card';
import { CALL_CARD, CHAIR, LISTENER_TINT, TILE_BACKDROPS, TILE_SPEAKING_BORDER } from './palette';
import { CALL_CARD_HEADER, type Frame, type Slot } from './place-layouts';

/** Draw order: the room, what stands behind people, people, the furniture in front, then labels. */
export const DEPTH = { room: 0, behind: 5, people: 10, foreground: 20, labels: 30 } as const;

interface FigureOptions {
  look: LookId;
  name: string;
  role: string;
  /** Texture pixels per portrait unit (portraits are rasterised once at this size). */
  rasterScale: number;
  /** Name cards for people who are not speaking; off on small screens, where they would crowd. */
  listenerLabels: boolean;
  /** Name card text size in world units, chosen so it stays readable on the screen in use. */
  labelSize: number;
  /** Which of the tile backdrops to use on a video call. */
  index: number;
}

const SPEAKING_SCALE = 1.03;

/**
 * One person in the scene: their portrait and expression, what frames them (a chair, a video tile
 * or a phone card) and their name card. The speaker is brighter, a touch larger and has a light
 * name card; the speaker nods as a line begins, unless the learner prefers reduced motion.
 */
export class Figure {
  private readonly behind: Phaser.GameObjects.Graphics;
  private readonly frameTop: Phaser.GameObjects.Graphics;
  private readonly body: Phaser.GameObjects.Container;
  private readonly breath: Phaser.GameObjects.Container;
  private readonly portrait: Phaser.GameObjects.Image;
  private readonly features: Phaser.GameObjects.Image;
  private readonly brows: Phaser.GameObjects.Image;
  private readonly label: NameCard;
  private slot: Slot = { x: 0, y: 0, scale: 1, box: null, visibleHeight: PORTRAIT_HEIGHT, labelWidth: 600 };
  private frame: Frame = 'seat';
  private chairs = false;
  private speaking = false;
  private mood: Mood = 'neutral';
  private tweens: Phaser.Tweens.Tween[] = [];
  private nodding: Phaser.Tweens.Tween | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: FigureOptions,
  ) {
    const face = expressionArt('neutral');
    this.behind = scene.add.graphics().setDepth(DEPTH.behind);
    this.portrait = this.image(portraitArt(options.look)?.key);
    this.features = this.image(face.features?.key);
    this.brows = this.image(face.brows?.key).setTint(browColour(options.look));
    this.breath = scene.add.container(0, 0, [this.portrait, this.features, this.brows]);
    this.body = scene.add.container(0, 0, [this.breath]).setDepth(DEPTH.people);
    this.frameTop = scene.add.graphics().setDepth(DEPTH.labels);
    this.label = new NameCard(scene, { name: options.name, role: options.role, size: options.labelSize, forListeners: options.listenerLabels, depth: DEPTH.labels });
  }

  /** Puts the person in a slot of the current place. */
  place(slot: Slot, frame: Frame, chairs: boolean): void {
    this.slot = slot;
    this.frame = frame;
    this.chairs = chairs;
    this.body.setPosition(slot.x, slot.y).setScale(slot.scale * this.emphasis());
    for (const image of [this.portrait, this.features, this.brows]) {
      if (slot.visibleHeight >= PORTRAIT_HEIGHT) image.setCrop();
      else image.setCrop(0, 0, image.frame.width, (image.frame.height * slot.visibleHeight) / PORTRAIT_HEIGHT);
    }
    this.redraw();
  }

  setMood(mood: Mood): void {
    if (mood === this.mood) return;
    this.mood = mood;
    const face = expressionArt(mood);
    if (face.features && this.scene.textures.exists(face.features.key)) this.features.setTexture(face.features.key);
    if (face.brows && this.scene.textures.exists(face.brows.key)) this.brows.setTexture(face.brows.key);
  }

  /**
   * Called for every line: the speaker nods as each line begins. `animate` is false when the
   * learner prefers reduced motion, and then nothing moves at all.
   */
  setSpeaking(speaking: boolean, animate: boolean): void {
    const changed = speaking !== this.speaking || this.tweens.length === 0;
    this.speaking = speaking;
    const scale = this.slot.scale * this.emphasis();
    if (!animate) {
      this.stopTweens();
      this.breath.setY(0).setScale(1);
      this.body.setScale(scale);
    } else if (changed) {
      this.stopTweens();
      this.breath.setY(0).setScale(1);
      this.tweens.push(this.scene.tweens.add({ targets: this.body, scale, duration: 260, ease: 'Sine.easeOut' }));
    }
    // In a video tile the frame lights up instead: a nod would lift the person out of their tile.
    if (speaking && animate && this.frame !== 'tile') this.nod();
    this.redraw();
  }

  /** The speaker leans in a little, except in a video tile, which crops them; children are smaller. */
  private emphasis(): number {
    return (this.speaking && this.frame !== 'tile' ? SPEAKING_SCALE : 1) * lookSize(this.options.look);
  }

  destroy(): void {
    this.stopTweens();
    for (const object of [this.behind, this.frameTop, this.body, this.label]) object.destroy();
  }

  private image(key: string | undefined): Phaser.GameObjects.Image {
    const image = this.scene.add.image(0, 0, key && this.scene.textures.exists(key) ? key : '__MISSING').setOrigin(0.5, 1);
    image.setScale(1 / this.options.rasterScale);
    if (!key || !this.scene.textures.exists(key)) image.setVisible(false);
    return image;
  }

  // The speaker's small nod as their line begins. Once, and nothing moves while people listen (no
  // idle breathing): a still scene lets the frame loop sleep (place-scene.ts), and without a GPU
  // every frame drawn costs the text a frame's time.
  private nod(): void {
    this.nodding?.stop();
    this.breath.setY(0);
    this.nodding = this.scene.tweens.add({ targets: this.breath, y: -7, duration: 170, yoyo: true, ease: 'Sine.easeInOut' });
  }

  private stopTweens(): void {
    for (const tween of [...this.tweens, this.nodding]) tween?.stop();
    this.tweens = [];
    this.nodding = null;
  }

  private redraw(): void {
    const listening = !this.speaking;
    const tint = listening ? LISTENER_TINT : 0xffffff;
    this.portrait.setTint(tint);
    this.features.setTint(tint);
    this.brows.setTint(listening ? multiply(browColour(this.options.look), LISTENER_TINT) : browColour(this.options.look));
    const labelHeight = this.label.draw(this.slot, this.frame, this.speaking);
    this.drawFrame(labelHeight);
  }

  private drawFrame(labelHeight: number): void {
    const g = this.behind.clear();
    const top = this.frameTop.clear();
    const { x, y, scale } = this.slot;
    let box = this.slot.box;
    if (this.frame === 'seat' && this.chairs) {
      // A high-backed chair, its top showing either side of the person's neck.
      const w = 300 * scale;
      const h = 250 * scale;
      g.fillStyle(CHAIR.back, 1).fillRoundedRect(x - w / 2, y - h, w, h, 38 * scale);
      g.fillStyle(CHAIR.edge, 1).fillRect(x - w / 2, y - h * 0.35, w, h * 0.35);
    }
    if (this.frame === 'tile' && box) {
      const backdrop = TILE_BACKDROPS[this.options.index % TILE_BACKDROPS.length]!;
      g.fillStyle(backdrop, 1).fillRoundedRect(box.x, box.y, box.width, box.height, 14);
      // A shelf line and a picture, so each tile reads as someone's own room.
      g.fillStyle(0xffffff, 0.08).fillRect(box.x, box.y + box.height * 0.3, box.width, box.height * 0.025);
      g.fillStyle(0x000000, 0.08).fillRect(box.x + box.width * 0.72, box.y + box.height * 0.1, box.width * 0.14, box.height * 0.18);
      if (this.speaking) top.lineStyle(6, TILE_SPEAKING_BORDER, 1).strokeRoundedRect(box.x, box.y, box.width, box.height, 14);
      if (!this.speaking) g.fillStyle(0x000000, 0.12).fillRoundedRect(box.x, box.y, box.width, box.height, 14);
    }
    if (this.frame === 'call' && box) {
      // A long name makes the header taller; the card grows upwards so the face stays clear.
      const header = Math.max(CALL_CARD_HEADER * scale * 1.25, labelHeight + 10);
      const grow = header - CALL_CARD_HEADER * scale * 1.25;
      box = { ...box, y: box.y - grow, height: box.height + grow };
      g.fillStyle(CALL_CARD.fill, 1).fillRoundedRect(box.x, box.y, box.width, box.height, 22);
      g.fillStyle(CALL_CARD.header, 1).fillRoundedRect(box.x, box.y, box.width, header, { tl: 22, tr: 22, bl: 0, br: 0 });
      top.lineStyle(5, this.speaking ? TILE_SPEAKING_BORDER : CALL_CARD.border, 1).strokeRoundedRect(box.x, box.y, box.width, box.height, 22);
    }
  }
}

function multiply(a: number, b: number): number {
  const channel = (shift: number) => Math.round((((a >> shift) & 255) * ((b >> shift) & 255)) / 255) << shift;
  return channel(16) | channel(8) | channel(0);
}

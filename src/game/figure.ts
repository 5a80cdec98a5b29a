import * as Phaser from 'phaser';
import type { Mood } from '../narrative/tags';
import { FIGURE_COLOURS } from './palette';

const HEAD_RADIUS = 34;

/** One person at the table: a simple figure with a face that shows their mood and a name card. */
export class Figure extends Phaser.GameObjects.Container {
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly nameCard: Phaser.GameObjects.Text;
  private bob: Phaser.Tweens.Tween | null = null;

  constructor(scene: Phaser.Scene, x: number, y: number, colourIndex: number, name: string) {
    super(scene, x, y);
    const colours = FIGURE_COLOURS[colourIndex % FIGURE_COLOURS.length]!;
    const body = scene.add.graphics();
    body.fillStyle(colours.clothes, 1);
    body.fillRoundedRect(-52, 40, 104, 120, 28);
    body.fillStyle(colours.skin, 1);
    body.fillCircle(0, 0, HEAD_RADIUS);
    this.face = scene.add.graphics();
    this.nameCard = scene.add
      .text(0, 176, name, { fontFamily: 'system-ui, sans-serif', fontSize: '22px', color: '#ffffff', backgroundColor: '#00000088', padding: { x: 8, y: 4 } })
      .setOrigin(0.5, 0);
    this.add([body, this.face, this.nameCard]);
    scene.add.existing(this);
    this.setMood('neutral');
  }

  setMood(mood: Mood): void {
    const g = this.face;
    g.clear();
    g.fillStyle(0x1b1b1b, 1);
    g.fillCircle(-12, -6, 4);
    g.fillCircle(12, -6, 4);
    g.lineStyle(3, 0x1b1b1b, 1);
    const brow = { neutral: 0, concerned: 4, frustrated: -5, relieved: 0 }[mood];
    g.lineBetween(-20, -16 - brow, -6, -16 + brow);
    g.lineBetween(6, -16 + brow, 20, -16 - brow);
    const smile = { neutral: 0, concerned: -4, frustrated: -7, relieved: 7 }[mood];
    g.beginPath();
    g.moveTo(-12, 14);
    g.lineTo(0, 14 + smile);
    g.lineTo(12, 14);
    g.strokePath();
  }

  setSpeaking(speaking: boolean, animate: boolean): void {
    this.setAlpha(speaking ? 1 : 0.55);
    this.nameCard.setStyle({ backgroundColor: speaking ? '#f5c518' : '#00000088', color: speaking ? '#111111' : '#ffffff' });
    this.bob?.stop();
    this.bob = null;
    this.y = this.getData('baseY') ?? this.y;
    this.setData('baseY', this.y);
    if (speaking && animate) {
      this.bob = this.scene.tweens.add({ targets: this, y: this.y - 6, duration: 600, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    }
  }
}

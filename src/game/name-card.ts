import * as Phaser from 'phaser';
import { NAME_CARD } from './palette';
import { CALL_CARD_HEADER, type Frame, type Slot } from './place-layouts';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';
/** A role longer than this many lines is shortened with an ellipsis; the transcript has it whole. */
const ROLE_LINES = 2;
/** Below this width (world units) listeners' cards show the name alone. */
const ROOM_FOR_ROLE = 330;

interface NameCardOptions {
  name: string;
  role: string;
  /** Text size in world units, chosen so it stays readable on the screen in use. */
  size: number;
  /** Cards for people who are not speaking; off on small screens, where they would crowd. */
  forListeners: boolean;
  depth: number;
}

/**
 * A person's name and role. At a table it stands in front of them (light when they speak); on a
 * video call it sits in the corner of their tile; on a phone call it is the call card's header.
 */
export class NameCard {
  private readonly container: Phaser.GameObjects.Container;
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly role: Phaser.GameObjects.Text;
  /** What the card was last drawn for, and its height then: text is costly to redraw (a texture upload each time). */
  private drawn: { key: string; height: number } | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly options: NameCardOptions,
  ) {
    const text = (value: string, size: number, bold: boolean) =>
      scene.add.text(0, 0, value, { fontFamily: FONT, fontSize: `${Math.round(size)}px`, fontStyle: bold ? 'bold' : 'normal', color: NAME_CARD.text });
    this.name = text(options.name, options.size, true);
    this.role = text(options.role, options.size * 0.72, false);
    this.back = scene.add.graphics();
    this.container = scene.add.container(0, 0, [this.back, this.name, this.role]).setDepth(options.depth);
  }

  /** Draws the card for this slot and returns its height (a call card's header grows to fit it). */
  draw(slot: Slot, frame: Frame, speaking: boolean): number {
    const key = JSON.stringify([slot, frame, speaking]);
    if (this.drawn?.key === key) return this.drawn.height;
    const height = this.redraw(slot, frame, speaking);
    this.drawn = { key, height };
    return height;
  }

  private redraw(slot: Slot, frame: Frame, speaking: boolean): number {
    const { size, forListeners } = this.options;
    const pad = size * 0.45;
    const onCall = frame === 'call';
    // When only the speaker has a card (small screens) it may be as wide as the room allows.
    const wrap = (forListeners || onCall || frame === 'tile' ? slot.labelWidth : Math.max(slot.labelWidth, 1000)) - pad * 2;
    this.name.setWordWrapWidth(wrap);
    this.role.setWordWrapWidth(wrap);
    this.role.setText(shorten(this.role, this.options.role, ROLE_LINES));
    // A small video tile, or a crowded row of listeners, has room for the name alone.
    this.role.setVisible(!(frame === 'tile' && !forListeners) && (speaking || onCall || slot.labelWidth >= ROOM_FOR_ROLE));
    this.name.setColor(speaking && !onCall ? NAME_CARD.speakingText : NAME_CARD.text);
    this.role.setColor(speaking && !onCall ? NAME_CARD.speakingRole : NAME_CARD.role);
    const roleHeight = this.role.visible ? this.role.height : 0;
    const width = Math.max(this.name.width, this.role.visible ? this.role.width : 0) + pad * 2;
    const height = this.name.height + roleHeight + pad * 1.2;
    this.name.setPosition(pad - width / 2, pad * 0.6);
    this.role.setPosition(pad - width / 2, pad * 0.6 + this.name.height);
    const g = this.back.clear();
    const { x, y, scale, box } = slot;
    if (onCall && box) {
      const grow = Math.max(0, height + 10 - CALL_CARD_HEADER * scale * 1.25);
      this.container.setPosition(x, box.y - grow + 4).setVisible(true);
      return height;
    }
    g.fillStyle(speaking ? NAME_CARD.speakingFill : NAME_CARD.fill, speaking ? 1 : NAME_CARD.fillAlpha);
    g.fillRoundedRect(-width / 2, 0, width, height, size * 0.35);
    if (frame === 'tile' && box) this.container.setPosition(box.x + width / 2 + 14, box.y + box.height - height - 14);
    else this.container.setPosition(x, y - 96 * scale + height * 0.1);
    // The speaker's card is drawn over any neighbour's it overlaps.
    this.container.setVisible(speaking || forListeners).setDepth(this.options.depth + (speaking ? 1 : 0));
    return height;
  }

  destroy(): void {
    this.container.destroy();
  }
}

function shorten(text: Phaser.GameObjects.Text, value: string, maxLines: number): string {
  const lines = text.getWrappedText(value);
  if (lines.length <= maxLines) return value;
  return `${lines.slice(0, maxLines).join(' ').replace(/[\s,;:(]+\S*$/, '')}…`;
}

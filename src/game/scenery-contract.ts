import type { CastMember, Mood } from '../narrative/tags';

/**
 * The contract between the page and the Phaser scenery, kept beside the scenery so game/ needs
 * nothing from ui/; ui/scenery-port.ts loads the scenery on demand and speaks this contract.
 */

/** What the scenery layer draws: the place, who is present and who is speaking. */
export interface SceneState {
  place: string | null;
  cast: readonly CastMember[];
  /** Everyone drawn in the room (narrative/presence.ts decides); the speaker is highlighted if among them. */
  present: readonly CastMember[];
  speaker: CastMember | null;
  mood: Mood | null;
}

export interface Scenery {
  show(state: SceneState): void;
  destroy(): void;
}

/** What the scenery tells the page while it loads its art. */
export interface SceneryOptions {
  /** 0 to 1, as the first place and the cast load. */
  onProgress(fraction: number): void;
  /** The first picture is on screen. */
  onReady(): void;
  /** The cast ids of the people now drawn, in order, each time the people in the picture are placed. */
  onDrawn(castIds: readonly string[]): void;
  /** The learner's motion setting (or the device's): true means no animation at all. */
  reducedMotion(): boolean;
}

import type { SceneState } from '../../game/scenery-contract';
import type { Passage } from '../../narrative/story-runner';
import { castPresent, NOBODY_YET, presenceAfter, type Presence } from '../../narrative/presence';
import type { CastMember } from '../../narrative/tags';
import { h } from '../dom';
import { describeScene } from '../services/scene-description';
import { mountScenery, type SceneryPort } from '../services/scenery-port';

type Scene = SceneState & { presence: Presence };

/**
 * The picture and the words that stand in for it, kept in step with the passages on screen. The
 * words are always there; the scenery joins when it has loaded, and is left out if it cannot.
 */
export class StageView {
  private readonly words = h('p', { class: 'scene-description', id: 'scene-description' });
  private readonly stage = h('div', { class: 'stage', role: 'img', 'aria-labelledby': 'scene-description' });
  readonly element = h('div', { class: 'stage-column' }, this.stage, this.words);
  private readonly scene: Scene;
  // Mounted with the first passages, so Phaser is fetched only once there is text on screen.
  private scenery: SceneryPort | null = null;

  constructor(cast: readonly CastMember[]) {
    this.scene = { place: null, cast, present: [], speaker: null, mood: null, presence: NOBODY_YET };
    this.describe();
  }

  /** Passages just shown: the scene after them goes to the scenery, which says who is in the room. */
  follow(passages: readonly Passage[]): void {
    for (const passage of passages) updateScene(this.scene, passage);
    this.describe();
    this.mounted().show({ ...this.scene });
  }

  /** The scene as it stands after `passages`, drawn once (a redraw from the log, not a replay). */
  reset(passages: readonly Passage[]): void {
    Object.assign(this.scene, { place: null, present: [], speaker: null, mood: null, presence: NOBODY_YET });
    for (const passage of passages) updateScene(this.scene, passage);
    this.describe();
    this.mounted().show({ ...this.scene });
  }

  /** A step is on its way: the picture keeps still until `release`, however the words move meanwhile. */
  hold(): void {
    this.scenery?.hold();
  }

  /** The step is on screen: the picture catches up after the next paint. */
  release(): void {
    this.scenery?.release();
  }

  destroy(): void {
    this.scenery?.destroy();
  }

  private mounted(): SceneryPort {
    this.scenery ??= mountScenery(this.stage, () => this.stage.classList.add('stage--text-only'));
    return this.scenery;
  }

  // The words, and who the story puts in the room as cast ids (the scenery adds data-drawn once it
  // has drawn them), so a test can tell the picture and the story agree.
  private describe(): void {
    this.words.textContent = describeScene(this.scene);
    this.stage.dataset.present = this.scene.present.map((p) => p.id).join(' ');
  }
}

function updateScene(scene: Scene, passage: Passage): void {
  const speaker = passage.text ? passage.speaker : null;
  scene.presence = presenceAfter(scene.presence, { cues: passage.cues, speakerId: speaker?.id ?? null }).presence;
  scene.place = scene.presence.place;
  scene.present = castPresent(scene.presence, scene.cast);
  if (passage.text) {
    scene.speaker = passage.speaker;
    scene.mood = passage.mood;
  }
}

import type { CastMember, Mood } from '../narrative/tags';

/** What the scenery layer draws: the place, who is present and who is speaking. */
export interface SceneState {
  place: string | null;
  cast: readonly CastMember[];
  speaker: CastMember | null;
  mood: Mood | null;
}

export interface Scenery {
  show(state: SceneState): void;
  destroy(): void;
}

/**
 * Loads the Phaser scenery after the text is on screen and keeps it in step with the story. Until
 * it arrives, or if it cannot load (no WebGL, a failed download), the text alone carries the scene.
 */
export function mountScenery(container: HTMLElement, onError: (error: unknown) => void): Scenery {
  let latest: SceneState | null = null;
  let scenery: Scenery | null = null;
  let destroyed = false;
  import('../game/scenery')
    .then(({ createScenery }) => {
      if (destroyed) return;
      scenery = createScenery(container);
      if (latest) scenery.show(latest);
    })
    .catch(onError);
  return {
    show(state) {
      latest = state;
      scenery?.show(state);
    },
    destroy() {
      destroyed = true;
      scenery?.destroy();
    },
  };
}

import { ambienceFor, isAmbienceId, isEffectId, isMusicId } from '../../audio/audio-manifest';
import type { Step } from '../../narrative/story-runner';
import type { SessionMode } from '../../session/session-events';
import { sound } from '../services/sound-port';

interface SceneAudio {
  /** Plays what a step's cues ask for: the place's ambience, effects and music. */
  show(step: Pick<Step, 'passages' | 'ended'>): void;
  /** The learner chose; `feedbackShown` when feedback appeared with it. */
  chose(feedbackShown: boolean): void;
  destroy(): void;
}

/**
 * What the play screen hears. Hover and "continue" sounds are picked up from the screen's own
 * buttons, so the screen needs no sound code of its own. The feedback chime is for practice: in
 * an assessed session there is no feedback cue.
 */
export function sceneAudio(root: HTMLElement, options: { mode: SessionMode }): SceneAudio {
  sound.enterScene();
  let hovered: Element | null = null;
  const onPointerOver = (event: PointerEvent) => {
    const choice = (event.target as Element | null)?.closest('button.choice') ?? null;
    if (choice && choice !== hovered && event.pointerType === 'mouse') sound.effect('hover');
    hovered = choice;
  };
  const onClick = (event: MouseEvent) => {
    if ((event.target as Element | null)?.closest('.button')) sound.effect('continue');
  };
  root.addEventListener('pointerover', onPointerOver);
  root.addEventListener('click', onClick);

  return {
    show(step) {
      for (const passage of step.passages) {
        for (const cue of passage.cues) {
          if (cue.kind === 'background') sound.sceneAmbience(ambienceFor(cue.place));
          else if (cue.kind === 'sound') playStorySound(cue.sound);
          else if (cue.kind === 'music') sound.sceneMusic(cue.track !== null && isMusicId(cue.track) ? cue.track : null);
        }
      }
      // The story is over: the room goes quiet before the debrief.
      if (step.ended) sound.sceneAmbience(null);
    },
    chose(feedbackShown) {
      sound.effect('choose');
      if (feedbackShown && options.mode !== 'assessed') sound.feedback();
    },
    destroy() {
      root.removeEventListener('pointerover', onPointerOver);
      root.removeEventListener('click', onClick);
      sound.leaveScene();
    },
  };
}

// `#sound:` names a short effect, or (rarely) an ambience the author wants under the scene.
function playStorySound(id: string): void {
  if (isEffectId(id)) sound.effect(id);
  else if (isAmbienceId(id)) sound.sceneAmbience(id);
}

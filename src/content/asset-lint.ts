import { isAmbienceId, isEffectId, isMusicId } from '../audio/audio-manifest';
import { AMBIENCE_CAPTIONS, EFFECT_CAPTIONS, MUSIC_CAPTIONS } from '../audio/captions';
import type { ScenarioMeta } from '../narrative/scenario-meta';
import { parseTagInItsOwnScope, TagSyntaxError } from '../narrative/tags';
import { LOOK_OVERRIDES } from './cast-looks';
import { isPlaceId, PLACES } from './places';
import { ownEntry } from '../core/own-entry';

/**
 * Checks that everything a scenario asks to see or hear exists: every `#background` is a place
 * with art, every `#sound` and `#music` has a sound file and a caption, and every cast member has
 * a chosen look. Returns one message per problem; empty means the scenario is fully dressed.
 * Tag syntax is the tag lint's job: tags that do not parse are skipped here.
 */
export function lintScenarioAssets(meta: Pick<ScenarioMeta, 'id' | 'cast'>, rawTags: readonly string[]): string[] {
  const problems = new Set<string>();
  for (const raw of rawTags) {
    let tag;
    try {
      tag = parseTagInItsOwnScope(raw).tag;
    } catch (error) {
      if (error instanceof TagSyntaxError) continue;
      throw error;
    }
    if (tag.kind === 'background' && !isPlaceId(tag.place)) {
      problems.add(`${meta.id}: #background: ${tag.place} has no art; use one of ${PLACES.join(', ')}`);
    }
    if (tag.kind === 'sound' && !((isEffectId(tag.sound) && EFFECT_CAPTIONS[tag.sound]) || (isAmbienceId(tag.sound) && AMBIENCE_CAPTIONS[tag.sound]))) {
      problems.add(`${meta.id}: #sound: ${tag.sound} has no sound file and caption (see src/audio/audio-manifest.ts)`);
    }
    if (tag.kind === 'music' && tag.track !== null && !(isMusicId(tag.track) && MUSIC_CAPTIONS[tag.track])) {
      problems.add(`${meta.id}: #music: ${tag.track} has no music file and caption (see src/audio/audio-manifest.ts)`);
    }
  }
  for (const member of meta.cast) {
    const key = member.name.trim().toLowerCase();
    if (!ownEntry(LOOK_OVERRIDES, key)) {
      problems.add(`${meta.id}: cast member "${member.id}" (${member.name}) has no chosen look: add '${key}' to LOOK_OVERRIDES in src/content/cast-looks.ts`);
    }
  }
  return [...problems];
}

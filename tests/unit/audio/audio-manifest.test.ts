import { describe, expect, it } from 'vitest';
import { AMBIENCES, EFFECT_SPRITE, EFFECTS, MUSIC, PLACE_AMBIENCE, ambienceFor } from '../../../src/audio/audio-manifest';
import { AMBIENCE_CAPTIONS, EFFECT_CAPTIONS, MUSIC_CAPTIONS, musicCaption, placeSoundCaption, soundCaption } from '../../../src/audio/captions';
import { PLACES } from '../../../src/content/places';

describe('sounds and captions', () => {
  it('has a caption for every sound, and a sound for every caption', () => {
    expect(Object.keys(EFFECT_CAPTIONS).sort()).toEqual([...EFFECTS].sort());
    expect(Object.keys(AMBIENCE_CAPTIONS).sort()).toEqual([...AMBIENCES].sort());
    expect(Object.keys(MUSIC_CAPTIONS).sort()).toEqual([...MUSIC].sort());
    for (const caption of [...Object.values(EFFECT_CAPTIONS), ...Object.values(AMBIENCE_CAPTIONS), ...Object.values(MUSIC_CAPTIONS)]) {
      expect(caption).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('has every short sound in the sprite, each after the one before', () => {
    const spans = EFFECTS.map((id) => EFFECT_SPRITE[id]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![0] + spans[i - 1]![1]);
  });

  it('gives every place an ambience, and an unknown place a quiet room', () => {
    expect(Object.keys(PLACE_AMBIENCE).sort()).toEqual([...PLACES].sort());
    expect(ambienceFor('ballroom')).toBe('room-tone');
    expect(placeSoundCaption('phone-call')).toBe(AMBIENCE_CAPTIONS['phone-line']);
  });

  it('captions ids it does not know from the id itself', () => {
    expect(soundCaption('distant-siren')).toBe('Sound: Distant siren.');
    expect(soundCaption('office-murmur')).toBe(AMBIENCE_CAPTIONS['office-murmur']);
    expect(musicCaption(null)).toBe('The music stops.');
    expect(musicCaption('calm')).toBe('Calm music plays.');
  });
});

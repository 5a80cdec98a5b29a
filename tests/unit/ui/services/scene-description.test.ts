import { describe, expect, it } from 'vitest';
import { describeScene, presentAfter } from '../../../../src/ui/services/scene-description';

describe('describeScene', () => {
  const rosa = { id: 'rosa', name: 'Rosa Mendes', role: 'chair' };
  const dev = { id: 'dev', name: 'Dev Patel', role: 'housing officer' };
  const gareth = { id: 'gareth', name: 'Gareth Lloyd', role: 'police sergeant' };
  it("names the place, the speaker and the speaker's expression", () => {
    expect(describeScene({ place: 'meeting-room', present: [rosa], speaker: rosa, mood: 'concerned' })).toBe('The scene: a council meeting room. Rosa Mendes, chair, is speaking, looking concerned.');
    expect(describeScene({ place: 'meeting-room', present: [rosa], speaker: rosa, mood: 'neutral' })).toBe('The scene: a council meeting room. Rosa Mendes, chair, is speaking, looking calm.');
  });
  it('names everyone else drawn in the picture, not only the speaker', () => {
    expect(describeScene({ place: 'meeting-room', present: [rosa, dev, gareth], speaker: dev, mood: 'frustrated' })).toBe(
      'The scene: a council meeting room. Dev Patel, housing officer, is speaking, looking frustrated. Also in the picture: Rosa Mendes, chair and Gareth Lloyd, police sergeant.',
    );
  });
  it('copes with a place it has no name for and with no place yet', () => {
    expect(describeScene({ place: 'community-hall', present: [], speaker: null, mood: null })).toBe('The scene: community hall.');
    expect(describeScene({ place: null, present: [], speaker: null, mood: null })).toBe('The scene is not set yet.');
  });
});

describe('presentAfter', () => {
  const rosa = { id: 'rosa', name: 'Rosa Mendes', role: 'chair' };
  const dev = { id: 'dev', name: 'Dev Patel', role: 'housing officer' };
  it('keeps everyone who has spoken in this place and starts again when the place changes', () => {
    const one = presentAfter([], null, 'meeting-room', rosa);
    const two = presentAfter(one, 'meeting-room', 'meeting-room', dev);
    expect(two.map((p) => p.id)).toEqual(['rosa', 'dev']);
    expect(presentAfter(two, 'meeting-room', 'meeting-room', rosa).map((p) => p.id)).toEqual(['rosa', 'dev']);
    expect(presentAfter(two, 'meeting-room', 'front-desk', dev).map((p) => p.id)).toEqual(['dev']);
  });
});

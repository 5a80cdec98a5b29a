import { describe, expect, it } from 'vitest';
import { describeScene } from '../../../../src/ui/services/scene-description';

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

describe('describeScene with someone heard, not seen', () => {
  const marcus = { id: 'marcus', name: 'Marcus Bell', role: 'team leader' };
  const imran = { id: 'imran', name: 'Imran Qureshi', role: 'resident' };
  it('says a speaker not in the room is heard, and names only those in the picture', () => {
    expect(describeScene({ place: 'meeting-room', present: [marcus], speaker: imran, mood: 'frustrated' })).toBe(
      'The scene: a council meeting room. Imran Qureshi, resident, is heard, sounding frustrated, but is not in the room. In the picture: Marcus Bell, team leader.',
    );
    expect(describeScene({ place: 'phone-call', present: [], speaker: imran, mood: null })).toBe(
      'The scene: a phone call. Imran Qureshi, resident, is heard, sounding calm, but is not in the room. Nobody is in the picture.',
    );
  });
});

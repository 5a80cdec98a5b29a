import { describe, expect, it } from 'vitest';
import { describeScene } from '../../../src/ui/scene-description';

describe('describeScene', () => {
  const rosa = { id: 'rosa', name: 'Rosa Mendes', role: 'chair' };
  it('names the place, the speaker and a mood worth mentioning', () => {
    expect(describeScene('meeting-room', rosa, 'concerned')).toBe('The scene: a council meeting room. Rosa Mendes, chair, is speaking, looking concerned.');
    expect(describeScene('meeting-room', rosa, 'neutral')).toBe('The scene: a council meeting room. Rosa Mendes, chair, is speaking.');
  });
  it('copes with a place it has no name for and with no place yet', () => {
    expect(describeScene('community-hall', null, null)).toBe('The scene: community hall.');
    expect(describeScene(null, null, null)).toBe('The scene is not set yet.');
  });
});

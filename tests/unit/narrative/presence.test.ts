import { describe, expect, it } from 'vitest';
import { castPresent, NOBODY_YET, presenceAfter, type Presence, type PresenceLine } from '../../../src/narrative/presence';
import type { Cue } from '../../../src/narrative/story-step';

const at = (place: string): Cue => ({ kind: 'background', place });
const present = (...castIds: string[]): Cue => ({ kind: 'present', castIds });
const enter = (...castIds: string[]): Cue => ({ kind: 'enter', castIds });
const leave = (...castIds: string[]): Cue => ({ kind: 'leave', castIds });

/** Plays lines through the rule; returns who is in the room after each and every problem met. */
function play(lines: PresenceLine[], start: Presence = NOBODY_YET): { rooms: string[][]; problems: string[] } {
  const rooms: string[][] = [];
  const problems: string[] = [];
  let presence = start;
  for (const line of lines) {
    const next = presenceAfter(presence, line);
    presence = next.presence;
    rooms.push([...presence.present]);
    problems.push(...next.problems);
  }
  return { rooms, problems };
}

const line = (cues: Cue[], speakerId: string | null = null): PresenceLine => ({ cues, speakerId });

describe('presenceAfter', () => {
  it('without presence tags, fills the room with whoever speaks and empties it at a #background, as before', () => {
    const { rooms, problems } = play([line([at('meeting-room')], 'rosa'), line([], 'dev'), line([], 'rosa'), line([at('front-desk')], 'dev')]);
    expect(rooms).toEqual([['rosa'], ['rosa', 'dev'], ['rosa', 'dev'], ['dev']]);
    expect(problems).toEqual([]);
  });

  it('empties the room at a #background of the same place again: the scene has moved on', () => {
    expect(play([line([at('meeting-room')], 'rosa'), line([at('meeting-room')], 'dev')]).rooms).toEqual([['rosa'], ['dev']]);
  });

  it('#present sets the room, also on the line that changes place, and an unlisted speaker is heard without joining', () => {
    const { rooms } = play([line([at('meeting-room')], 'rosa'), line([at('phone-call'), present('dev')]), line([], 'caller'), line([], 'dev')]);
    expect(rooms).toEqual([['rosa'], ['dev'], ['dev'], ['dev']]);
  });

  it('an empty #present (#present: nobody) leaves the room listed and empty, so an email read out is heard, not drawn', () => {
    const { rooms } = play([line([at('meeting-room'), present()]), line([], 'craig'), line([enter('sunita')], 'sunita')]);
    expect(rooms).toEqual([[], [], ['sunita']]);
  });

  it('#enter adds and #leave removes, after the #present on the same line', () => {
    const { rooms, problems } = play([line([at('home-visit'), enter('lee'), present('doreen', 'nkechi')]), line([leave('nkechi')]), line([enter('nkechi', 'lee')])]);
    expect(rooms).toEqual([['doreen', 'nkechi', 'lee'], ['doreen', 'lee'], ['doreen', 'lee', 'nkechi']]);
    expect(problems).toEqual(['"#enter: lee", but lee is already in the scene']);
  });

  it('lets someone who left an unlisted room come back by speaking', () => {
    expect(play([line([at('front-desk')], 'rosa'), line([leave('rosa')]), line([], 'rosa')]).rooms).toEqual([['rosa'], [], ['rosa']]);
  });

  it('names the mistakes: #enter of someone here, #leave of someone not here', () => {
    const { problems } = play([line([present('rosa')]), line([enter('rosa')]), line([leave('dev')]), line([at('street'), leave('rosa')])]);
    expect(problems).toEqual(['"#enter: rosa", but rosa is already in the scene', '"#leave: dev", but dev is not in the scene', '"#leave: rosa", but rosa is not in the scene']);
  });

  it('does not change the presence it is given', () => {
    const before: Presence = { place: 'office', present: ['rosa'], listed: true };
    presenceAfter(before, line([enter('dev'), leave('rosa')]));
    expect(before).toEqual({ place: 'office', present: ['rosa'], listed: true });
  });
});

describe('castPresent', () => {
  it('gives the cast members in the room, in the order they came in, leaving out ids the cast lacks', () => {
    const cast = [{ id: 'rosa', name: 'Rosa Mendes', role: 'chair' }, { id: 'dev', name: 'Dev Patel', role: 'officer' }];
    expect(castPresent({ place: null, present: ['dev', 'nobody', 'rosa'], listed: true }, cast).map((m) => m.name)).toEqual(['Dev Patel', 'Rosa Mendes']);
  });
});

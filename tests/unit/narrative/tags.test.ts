import { describe, expect, it } from 'vitest';
import { parseScores, parseTag, TagSyntaxError } from '../../../src/narrative/tags';

describe('score tags', () => {
  it('reads all three axes by short or long name', () => {
    expect(parseScores('comp +2, comm 0, chal -1')).toEqual({ compliance: 2, communication: 0, challenge: -1 });
    expect(parseScores('challenge 1, compliance -2, communication 2')).toEqual({ compliance: -2, communication: 2, challenge: 1 });
  });

  it.each([
    ['comp +2, comm 0', /missing challenge/],
    ['comp +3, comm 0, chal 0', /outside -2 to \+2/],
    ['comp +1, comp 0, comm 0, chal 0', /scored twice/],
    ['kindness +1, comm 0, chal 0', /not an axis/],
    ['comp two, comm 0, chal 0', /cannot read/],
  ])('rejects "%s"', (value, message) => {
    expect(() => parseScores(value)).toThrow(message);
  });
});

describe('parseTag', () => {
  it('turns each known tag into its typed form', () => {
    expect(parseTag('speaker: rosa', 'line')).toEqual({ kind: 'speaker', castId: 'rosa' });
    expect(parseTag('mood: Concerned', 'line')).toEqual({ kind: 'mood', mood: 'concerned' });
    expect(parseTag('music: stop', 'line')).toEqual({ kind: 'music', track: null });
    expect(parseTag('ksb: P-K3, P-S5', 'choice')).toEqual({ kind: 'ksb', codes: ['P-K3', 'P-S5'] });
    expect(parseTag('cast: rosa = Rosa Mendes, Chair, adult social care', 'global')).toEqual({
      kind: 'cast',
      member: { id: 'rosa', name: 'Rosa Mendes', role: 'Chair, adult social care' },
    });
  });

  it('reads who is in the scene as cast ids, "#present: nobody" as an empty room, and rejects an empty or doubled list', () => {
    expect(parseTag('present: doreen, nkechi', 'line')).toEqual({ kind: 'present', castIds: ['doreen', 'nkechi'] });
    expect(parseTag('present: nobody', 'line')).toEqual({ kind: 'present', castIds: [] });
    expect(parseTag('enter: lee', 'line')).toEqual({ kind: 'enter', castIds: ['lee'] });
    expect(parseTag('leave: lee, doreen', 'line')).toEqual({ kind: 'leave', castIds: ['lee', 'doreen'] });
    expect(() => parseTag('present: ,', 'line')).toThrow(/needs at least one cast id.*"#present: nobody"/);
    expect(() => parseTag('enter: nobody', 'line')).toThrow(/"nobody" is not a cast id/);
    expect(() => parseTag('leave: lee, lee', 'line')).toThrow(/names "lee" twice/);
    expect(() => parseTag('present: lee', 'choice')).toThrow(TagSyntaxError);
  });

  it("reads an #ask's model answer and checklist points as line tags, and nowhere else", () => {
    expect(parseTag('model: I disagree, and I would like that minuted.', 'line')).toEqual({ kind: 'model', text: 'I disagree, and I would like that minuted.' });
    expect(parseTag('look-for: names the risk', 'line')).toEqual({ kind: 'look-for', text: 'names the risk' });
    expect(() => parseTag('model:', 'line')).toThrow(/needs some text/);
    expect(() => parseTag('look-for: names the risk', 'choice')).toThrow(/belongs on a line of text/);
  });

  it('reads a #rubric-exception and its reason on a choice', () => {
    expect(parseTag('rubric-exception: the lie is the lesson', 'choice')).toEqual({ kind: 'rubric-exception', reason: 'the lie is the lesson' });
    expect(() => parseTag('rubric-exception:', 'choice')).toThrow(/needs some text/);
    expect(() => parseTag('rubric-exception: why', 'line')).toThrow(/belongs inside a choice/);
  });

  it('reads a discussion prompt on a line and a role card at the top of the file', () => {
    expect(parseTag('prompt: Whose job is it to speak up here?', 'line')).toEqual({ kind: 'prompt', text: 'Whose job is it to speak up here?' });
    expect(parseTag('role-card: GP practice = You know her memory is failing, but not why.', 'global')).toEqual({
      kind: 'role-card',
      card: { group: 'GP practice', brief: 'You know her memory is failing, but not why.' },
    });
    // Only the first "=" separates the group from its brief.
    expect(parseTag('role-card: Police = Ask whether 2 + 2 = 4 here', 'global')).toMatchObject({ card: { group: 'Police', brief: 'Ask whether 2 + 2 = 4 here' } });
  });

  it('reads a "What would you say?" question on a line', () => {
    expect(parseTag('ask: What words would you use to challenge the chair?', 'line')).toEqual({
      kind: 'ask',
      prompt: 'What words would you use to challenge the chair?',
    });
    expect(() => parseTag('ask:', 'line')).toThrow(/ask needs some text/);
    expect(() => parseTag('ask: Why?', 'choice')).toThrow(/belongs on a line of text, but was found on a choice/);
  });

  it("accepts Inky's web-player tags", () => {
    expect(parseTag('AUDIO: knock.ogg', 'line')).toEqual({ kind: 'sound', sound: 'knock.ogg' });
    expect(parseTag('AUDIOLOOP: rain.ogg', 'line')).toEqual({ kind: 'music', track: 'rain.ogg' });
    expect(parseTag('IMAGE: room.png', 'line')).toEqual({ kind: 'image', src: 'room.png' });
    expect(parseTag('CLEAR', 'line')).toEqual({ kind: 'clear' });
    expect(parseTag('RESTART', 'line')).toEqual({ kind: 'restart' });
    expect(parseTag('CLASS: whisper', 'line')).toEqual({ kind: 'class', className: 'whisper' });
  });

  it('takes a picture as a file path from the scenario, with its words in #alt', () => {
    expect(parseTag('IMAGE: images/estate map.JPG', 'line')).toEqual({ kind: 'image', src: 'images/estate map.JPG' });
    expect(parseTag('IMAGE: ../assets/pictures/map.svg', 'line')).toEqual({ kind: 'image', src: '../assets/pictures/map.svg' });
    expect(parseTag('alt: A map of the estate', 'line')).toEqual({ kind: 'alt', text: 'A map of the estate' });
    expect(() => parseTag('alt:', 'line')).toThrow(/needs some text/);
    expect(() => parseTag('alt: A map', 'choice')).toThrow(/belongs on a line of text/);
  });

  it.each([
    // What ink hands over for "# IMAGE: https://example.org/map.png": the rest was read as a comment.
    ['IMAGE: https:', /web address \(ink read the "\/\/" after "https:" as the start of a comment, so the address was cut there\); a picture must be a file in the project/],
    ['IMAGE: https://example.org/map.png', /is a web address; a picture must be a file in the project, since the game works offline/],
    ['IMAGE: data:image/png;base64,AAAA', /web address/],
    ['IMAGE: /home/me/map.png', /a path from the scenario's folder/],
    ['IMAGE: C:\\pictures\\map.png', /a path from the scenario's folder/],
    ['IMAGE: images/notes.txt', /not a picture the game can show; use a png, jpg/],
    ['IMAGE: images/map', /not a picture/],
  ])('refuses "%s" as a picture, saying what to write instead', (raw, message) => {
    expect(() => parseTag(raw, 'line')).toThrow(message);
  });

  it('rejects an unknown tag by name', () => {
    expect(() => parseTag('speeker: rosa', 'line')).toThrow(/unknown tag "#speeker: rosa"/);
  });

  it('tells the author a score after the brackets belongs inside them', () => {
    expect(() => parseTag('score: comp +1, comm 0, chal 0', 'line')).toThrow(/inside a choice's square brackets/);
  });

  it.each([
    ['mood: furious', 'line', /mood must be one of/],
    ['speaker', 'line', /needs a value/],
    ['CLEAR: now', 'line', /takes no value/],
    ['background: Meeting Room', 'line', /lower-case words/],
    ['minutes: 0', 'global', /whole number/],
    ['cast: rosa = Rosa Mendes', 'global', /id = Full Name, role/],
    ['reason:', 'choice', /needs some text/],
    ['prompt:', 'line', /needs some text/],
    ['role-card: Police', 'global', /group = brief/],
    ['role-card: = Argue for closing the case', 'global', /group = brief/],
    ['role-card: Police =', 'global', /group = brief/],
    ['prompt: What now?', 'choice', /on a line of text/],
    ['role-card: Police = Argue', 'line', /at the top of the file/],
  ] as const)('rejects malformed "%s"', (raw, scope, message) => {
    expect(() => parseTag(raw, scope)).toThrow(TagSyntaxError);
    expect(() => parseTag(raw, scope)).toThrow(message);
  });
});

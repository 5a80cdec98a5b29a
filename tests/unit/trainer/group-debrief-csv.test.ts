import { describe, expect, it } from 'vitest';
import { buildGroupDebrief } from '../../../src/trainer/group-debrief';
import { GROUP_CSV_HEADER, groupDebriefCsv } from '../../../src/trainer/group-debrief-csv';
import { TrainerSession } from '../../../src/trainer/trainer-session';
import { compileFixture } from '../../fixtures/compile-fixture';

/** Reads CSV as a spreadsheet would: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('the group debrief as CSV', () => {
  let now = Date.parse('2026-12-02T10:00:00Z');
  const s = TrainerSession.start({ scenario: compileFixture('two-doors'), sessionId: 'c1', seed: 5, clock: () => new Date(now) });
  s.recordVotes([{ index: 0, hands: 2 }, { index: 1, hands: 6 }]);
  s.pause();
  now += 90_000;
  s.resume();
  s.take(0, 'Let\'s see what happens if we check, "properly"');
  s.take(1);
  s.backTo(1);
  s.take(0);
  const rows = parseCsv(groupDebriefCsv(buildGroupDebrief(s.log.events), 'Two doors, a test'));
  const column = (name: (typeof GROUP_CSV_HEADER)[number]) => GROUP_CSV_HEADER.indexOf(name);

  it('has a header and one row per option per decision, path first, then explored branches', () => {
    expect(rows[0]).toEqual([...GROUP_CSV_HEADER]);
    expect(rows.slice(1).map((r) => `${r[column('branch')]} ${r[column('decision')]}`)).toEqual([
      "room's path 1",
      "room's path 1",
      "room's path 2",
      "room's path 2",
      'explored from decision 2 2',
      'explored from decision 2 2',
    ]);
    expect(rows.every((r) => r.length === GROUP_CSV_HEADER.length)).toBe(true);
  });

  it('keeps commas and quotes in the scenario title and the trainer’s note intact', () => {
    const taken = rows.find((r) => r[column('decision')] === '1' && r[column('room_took')] === 'yes')!;
    expect(taken[column('scenario')]).toBe('Two doors, a test');
    expect(taken[column('trainer_note')]).toBe('Let\'s see what happens if we check, "properly"');
    expect(taken[column('how_settled')]).toBe('override');
    expect(taken[column('hands')]).toBe('2');
    expect(taken[column('share_percent')]).toBe('25');
    expect(taken[column('compliance')]).toBe('2');
  });

  it('puts the minutes paused at a decision on the row the room took, so the column adds up', () => {
    const taken = rows.slice(1).filter((r) => r[column('room_took')] === 'yes');
    expect(taken.map((r) => r[column('paused_minutes')])).toEqual(['1.5', '0', '0']);
    expect(rows.slice(1).filter((r) => r[column('room_took')] === 'no').every((r) => r[column('paused_minutes')] === '')).toBe(true);
  });

  it('leaves the share empty where the room did not vote', () => {
    const unvoted = rows.filter((r) => r[column('decision')] === '2');
    expect(unvoted.every((r) => r[column('share_percent')] === '' && r[column('hands')] === '0')).toBe(true);
  });
});

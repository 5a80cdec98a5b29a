import { describe, expect, it } from 'vitest';
import { trustingWitness, witnessKey } from '../../fixtures/witness-key';
import { filterRows, lockerRow, rowsToCsv, type LockerRow } from '../../../src/assessor/evidence-locker';
import { csvField } from '../../../src/core/csv';
import { exportWitnessFile } from '../../../src/assessor/witness-file';
import { lockerEntryFor } from '../../../src/assessor/witness-store';
import { observedSession } from '../../fixtures/observed-session';
import { readFileSync } from 'node:fs';
import { parseKsbCatalogue } from '../../../src/content/ksb-catalogue';

const ksbs = parseKsbCatalogue(JSON.parse(readFileSync(new URL('../../../stories/ksbs.json', import.meta.url), 'utf8')));

function row(change: Partial<LockerRow>): LockerRow {
  return {
    id: 'r', apprentice: 'Sam Jones', assessor: 'Priya Shah', assessorRole: 'Assessor', organisation: 'Northshire Council', observedOn: '2026-11-24',
    setting: 'Training room', scenarioId: 'pension-card', scenarioTitle: 'The pension card', decisions: 7, ksbs: ['P-K3', 'P-S8'], ksbsMet: ['P-S8'],
    signedBy: 'Priya Shah', signedOn: '2026-11-24', fingerprint: 'ab'.repeat(32), ...change,
  };
}

const rows = [
  row({ id: 'a', apprentice: 'Sam Jones', observedOn: '2026-11-20', ksbs: ['P-K3'] }),
  row({ id: 'b', apprentice: 'Alex Brown', observedOn: '2026-11-24', scenarioId: 'the-backlog' }),
  row({ id: 'c', apprentice: 'Samira Khan', observedOn: '2026-12-01', ksbs: ['P-S8'] }),
  row({ id: 'z', apprentice: 'Zoë Ng', observedOn: '2026-10-01', scenarioId: 'other', ksbs: [] }),
];

describe('the evidence locker list', () => {
  it('makes a row from a saved witness record', async () => {
    const file = await exportWitnessFile(observedSession().session.log.events, 'Ask first', await witnessKey());
    expect(lockerRow(lockerEntryFor(file, new Date('2026-11-24T12:00:00Z')), ksbs)).toEqual({
      id: 'obs-1', apprentice: 'Sam Jones', assessor: 'Priya Shah', assessorRole: 'Workplace assessor', organisation: 'Northshire Council',
      observedOn: '2026-11-24', setting: 'Training room, projector', scenarioId: 'ask-first', scenarioTitle: 'Ask first', decisions: 2,
      ksbs: ['P-B3', 'P-K3', 'P-S8'], ksbsMet: ['P-K3', 'P-S8'], signedBy: 'Priya Shah', signedOn: '2026-11-24', fingerprint: file.fingerprint,
    });
  });

  it('lists the newest observation first', () => {
    expect(filterRows(rows, {}).map((r) => r.id)).toEqual(['c', 'b', 'a', 'z']);
  });

  it.each([
    ['part of the apprentice’s name, any case', { apprentice: 'SAM' }, ['c', 'a']],
    ['a name without its accents', { apprentice: 'zoe' }, ['z']],
    ['scenario', { scenarioId: 'the-backlog' }, ['b']],
    ['KSB', { ksb: 'P-K3' }, ['b', 'a']],
    ['date range, inclusive', { from: '2026-11-24', to: '2026-11-30' }, ['b']],
    ['several at once', { apprentice: 'sam', ksb: 'P-S8' }, ['c']],
  ] as const)('filters by %s', (_what, filter, ids) => {
    expect(filterRows(rows, filter).map((r) => r.id)).toEqual(ids);
  });
});

describe('CSV export', () => {
  it('has a header row and one row per record, with CRLF line ends', () => {
    const csv = rowsToCsv([row({})]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('Record ID,Apprentice,Witness,Witness role,Organisation,Date observed,Setting,Scenario ID,Scenario,Decisions,KSBs evidenced (not counting a suggested KSB whose choice scored -2 on its axis),KSBs judged met (latest judgement met; never judged not met),Signed by,Signed on,Record fingerprint (SHA-256)');
    expect(lines[1]).toBe(`r,Sam Jones,Priya Shah,Assessor,Northshire Council,2026-11-24,Training room,pension-card,The pension card,7,P-K3; P-S8,P-S8,Priya Shah,2026-11-24,${'ab'.repeat(32)}`);
    expect(lines[2]).toBe('');
  });

  it.each([
    ['a comma', 'Room 2, first floor', '"Room 2, first floor"'],
    ['double quotes', 'The "blue" room', '"The ""blue"" room"'],
    ['a line break', 'Line one\nline two', '"Line one\nline two"'],
    ['nothing special', 'Plain', 'Plain'],
    ['a leading = a spreadsheet would run', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading @', '@SUM(A1)', "'@SUM(A1)"],
  ])('quotes a field with %s', (_what, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('keeps a tricky name in one column when read back', () => {
    const csv = rowsToCsv([row({ apprentice: 'O\'Neill, "Jo"', setting: 'Hall\r\nStage' })]);
    expect(csv).toContain('"O\'Neill, ""Jo"""');
    expect(csv).toContain('"Hall\r\nStage"');
  });
});

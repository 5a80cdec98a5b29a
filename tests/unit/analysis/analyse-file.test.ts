import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/analysis/analyse-file';
import { compileFixture, fixturePath } from '../../fixtures/compile-fixture';

describe('analyseFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-analyse-'));

  it('analyses an .ink file as the build compiles it', () => {
    expect(analyseFile(fixturePath('analysis/clean'))).toMatchObject({ scenarioId: 'clean', complete: true, findings: [] });
  });

  it('analyses a compiled .json, such as Inky exports (byte order mark and all), the same way', () => {
    const file = join(dir, 'clean.json');
    writeFileSync(file, '\uFEFF' + compileFixture('analysis/clean').json);
    const fromJson = analyseFile(file);
    const fromInk = analyseFile(fixturePath('analysis/clean'));
    expect(fromJson.bounds).toEqual(fromInk.bounds);
    expect(fromJson.endings).toEqual(fromInk.endings);
  });

  it("gives the compiler's errors and warnings with their line numbers", () => {
    expect(analyseFile(fixturePath('analysis/compile-error')).findings).toEqual([
      expect.objectContaining({ code: 'compile-error', severity: 'error', where: 'compile-error.ink line 9' }),
    ]);
    expect(analyseFile(fixturePath('analysis/dead-end')).findings.filter((f) => f.code === 'compile-warning').map((f) => f.where)).toEqual([
      'dead-end.ink line 17',
      'dead-end.ink line 19',
    ]);
  });

  it('says so when a .json file is not a compiled story', () => {
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"todo": []}');
    expect(analyseFile(file).findings).toEqual([expect.objectContaining({ code: 'not-a-story', severity: 'error' })]);
  });
});

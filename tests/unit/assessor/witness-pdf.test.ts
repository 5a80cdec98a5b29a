import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { trustingWitness, witnessKey } from '../../fixtures/witness-key';
import { buildWitnessPdf } from '../../../src/assessor/witness-pdf';
import { exportWitnessFile } from '../../../src/assessor/witness-file';
import { spacedFingerprint } from '../../../src/assessor/witness-keys';
import { buildWitnessRecord } from '../../../src/assessor/witness-record';
import { parseKsbCatalogue } from '../../../src/content/ksb-catalogue';
import { observedSession } from '../../fixtures/observed-session';
import { pdfPageTexts } from '../../fixtures/pdf-text';

const ksbs = parseKsbCatalogue(JSON.parse(readFileSync(new URL('../../../stories/ksbs.json', import.meta.url), 'utf8')));
const cast = [{ id: 'chair', name: 'Ade Bello', role: 'Chair' }];

async function pdf() {
  const { session } = observedSession();
  const file = await exportWitnessFile(session.log.events, 'Ask first', await witnessKey());
  const bytes = await buildWitnessPdf({ file, record: buildWitnessRecord(session.log.events), cast, ksbs });
  return { file, bytes, pages: await pdfPageTexts(bytes) };
}

describe('the witness testimony PDF', () => {
  it('is an A4 PDF that pdf-lib can read back, titled for the apprentice and scenario', async () => {
    const { bytes } = await pdf();
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(doc.getTitle()).toBe('Witness testimony: Sam Jones, Ask first');
    expect(doc.getAuthor()).toBe('Priya Shah');
  });

  it('names the apprentice and witness, the sign-off and the page number on every page', async () => {
    const { pages } = await pdf();
    pages.forEach((text, i) => {
      expect(text).toContain('Apprentice: Sam Jones  |  Witness: Priya Shah');
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain('Signed by Priya Shah, 24 November 2026');
    });
  });

  it('holds the details, scores with the override, coverage, notes, answer, transcript and declaration', async () => {
    const { pages, file } = await pdf();
    const all = pages.join('\n');
    for (const expected of [
      'Northshire Council',
      'Training room, projector',
      `Ask first (ask-first)`,
      file.scenario.hash,
      'Communication +1 (changed to +2)',
      'Explained the test in plain English to the room.',
      'Raises concerns and escalates',
      'Met x2',
      'Partly met x1',
      'Witness notes: Said aloud that the adult does not need to complain.',
      'Apprentice’s answer: "Gareth, I disagree: the three parts of the test are met.',
      'Ade Bello',
      'Ask for your disagreement to be minuted (chosen)',
      'I am not making the assessment decision.',
      file.fingerprint,
      'Signed with the key of',
      spacedFingerprint(file.signature.keyFingerprint).slice(0, 39),
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('keeps line breaks in notes as line breaks', async () => {
    const { session } = observedSession({ sign: false });
    session.log.append({ type: 'assessor-annotated', subjectSeq: null, notes: 'First point.\nSecond point.', judgements: [], addedKsbs: [] });
    session.log.append({ type: 'witness-signed', name: 'Priya Shah', signedOn: '2026-11-24', declaration: 'D' });
    const file = await exportWitnessFile(session.log.events, 'Ask first', await witnessKey());
    const all = (await pdfPageTexts(await buildWitnessPdf({ file, record: buildWitnessRecord(session.log.events), cast, ksbs }))).join('\n');
    expect(all).toContain('First point.\nSecond point.');
  });

  it('shows both totals when a score was changed', async () => {
    const all = (await pdf()).pages.join('\n');
    expect(all).toMatch(/Communication\n\+1\n\+2/);
  });

  it('replaces characters the standard fonts cannot draw instead of failing', async () => {
    const { session } = observedSession({ sign: false });
    session.log.append({ type: 'assessor-annotated', subjectSeq: null, notes: 'Arrows → and emoji 🙂 and Łódź', judgements: [], addedKsbs: [] });
    session.log.append({ type: 'witness-signed', name: 'Priya Shah', signedOn: '2026-11-24', declaration: 'D' });
    const file = await exportWitnessFile(session.log.events, 'Ask first', await witnessKey());
    const pages = await pdfPageTexts(await buildWitnessPdf({ file, record: buildWitnessRecord(session.log.events), cast, ksbs }));
    expect(pages.join('\n')).toContain('Arrows -> and emoji ? and ?ód?');
  });
});

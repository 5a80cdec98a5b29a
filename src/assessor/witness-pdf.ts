import { PDFDocument } from 'pdf-lib';
import { findKsb, type KsbCatalogue } from '../content/ksb-catalogue';
import type { CastMember } from '../narrative/tags';
import { AXES, AXIS_LABELS, formatScore } from '../core/axes';
import { KSB_JUDGEMENTS, type KsbJudgement } from '../session/session-events';
import { apprenticeText } from './apprentice-response';
import { JUDGEMENT_LABELS } from './judgement-labels';
import { EVIDENCED_RULE, JUDGED_MET_RULE, ksbEvidence } from './ksb-evidence';
import { MUTED, standardFonts } from '../pdf/page-text';
import { PdfFlow } from './pdf-layout';
import { formatDuration, longUkDate, ukClockTime } from './uk-time';
import type { StoredWitnessFile } from './witness-file';
import { spacedFingerprint } from './witness-keys';
import type { Annotation, WitnessDecision, WitnessRecord } from './witness-record';

interface WitnessPdfInput {
  file: StoredWitnessFile;
  record: WitnessRecord;
  cast: readonly CastMember[];
  ksbs: KsbCatalogue;
}

/**
 * The witness testimony as an A4 PDF for a portfolio: readable on paper, with the apprentice's and
 * witness's names, the sign-off and page numbers on every page, and the fingerprint that ties the
 * paper to the verifiable JSON. Pure: the same record always gives the same document.
 */
export async function buildWitnessPdf(input: WitnessPdfInput): Promise<Uint8Array> {
  const { file, record } = input;
  const doc = await PDFDocument.create();
  const o = record.observation;
  doc.setTitle(`Witness testimony: ${o?.apprentice ?? 'apprentice'}, ${file.scenario.title}`);
  doc.setAuthor(o?.assessor.name ?? 'Unknown witness');
  doc.setSubject('Witness testimony of an observed role-play, with KSB references');
  doc.setCreator('Common Ground');
  doc.setProducer('Common Ground (pdf-lib)');
  const signedAt = new Date(record.signOff?.at ?? record.startedAt);
  doc.setCreationDate(signedAt);
  doc.setModificationDate(signedAt);
  const flow = new PdfFlow(doc, await standardFonts(doc));
  details(flow, input);
  scores(flow, record);
  coverage(flow, input);
  decisions(flow, input);
  overallNotes(flow, record.overall);
  transcript(flow, input);
  signOff(flow, input);
  const sign = record.signOff ? `Signed by ${record.signOff.name}, ${longUkDate(record.signOff.signedOn)}` : 'Not signed';
  flow.decorate(
    `Witness testimony  |  Apprentice: ${o?.apprentice ?? '-'}  |  Witness: ${o?.assessor.name ?? '-'}  |  ${file.scenario.title}`,
    (page, of) => `Page ${page} of ${of}   |   ${sign}   |   Fingerprint ${file.fingerprint.slice(0, 16)}   |   Key ${file.signature?.keyFingerprint.slice(0, 16) ?? 'none'}`,
  );
  return doc.save();
}

function details(flow: PdfFlow, { file, record }: WitnessPdfInput): void {
  const o = record.observation;
  flow.heading('Witness testimony: observed role-play', 1);
  flow.paragraph('Simulated, on-programme observation.', { size: 11 });
  flow.paragraph('The witness records what they saw and heard while the apprentice played a Common Ground scenario, referenced to the apprenticeship standard’s knowledge, skills and behaviours (KSBs). The automatic scores and the game log are supporting work product. Where the witness marks a KSB, that mark is the witness’s view of what they saw, not an assessment decision.', { color: MUTED, size: 9.5 });
  flow.space(8);
  flow.keyValues([
    ['Apprentice', o?.apprentice ?? '-'],
    ['Unique Learner Number', o?.uln ?? 'Not given'],
    ['Employer', o?.employer ?? 'Not given'],
    ['Witness', o ? `${o.assessor.name}, ${o.assessor.role}` : '-'],
    ['Relationship to the apprentice', o?.assessor.relationship ?? 'Not recorded'],
    ['Witness contact', o?.assessor.contact ?? 'Not recorded'],
    ['Organisation', o?.organisation ?? '-'],
    ['Date observed', o ? longUkDate(o.observedOn) : '-'],
    ['Time (UK)', `${ukClockTime(record.startedAt)} to ${ukClockTime(record.signOff?.at ?? record.startedAt)}`],
    ['Setting', o?.setting ?? '-'],
    ['Kind of evidence', 'Simulated, on-programme observation: a role-play of a workplace scenario in Common Ground, not an end-point assessment'],
    ['Scenario', `${file.scenario.title} (${file.scenario.id})`],
    ['Scenario version', file.scenario.hash],
    ['How it ended', record.ended ? `Finished${record.ending ? `: ending "${record.ending}"` : ''}` : 'Stopped before the end of the scenario'],
    ['Standard and KSB list', o ? `${o.ksbList.reference ? `${o.ksbList.reference} ` : ''}${o.ksbList.standard}, KSB list version ${o.ksbList.version}` : '-'],
  ]);
}

function scores(flow: PdfFlow, record: WitnessRecord): void {
  flow.heading('Scores');
  flow.paragraph('Each choice is scored automatically from -2 to +2 on three axes. Where the witness changed a score, the total after the change is shown beside the automatic one.', { color: MUTED, size: 9.5 });
  flow.space(4);
  flow.table(
    [{ heading: 'Axis', width: 2 }, { heading: 'Automatic total', width: 1.2 }, { heading: 'Total after witness changes', width: 1.6 }],
    AXES.map((axis) => [AXIS_LABELS[axis], formatScore(record.totals.automatic[axis]), formatScore(record.totals.final[axis])]),
  );
  const overrides = record.decisions.flatMap((d) => d.overrides.map((o) => ({ d, o })));
  flow.space(6);
  if (overrides.length === 0) return flow.paragraph('No scores were changed.');
  flow.heading('Scores changed by the witness', 3);
  flow.table(
    [{ heading: 'Decision', width: 0.8 }, { heading: 'Axis', width: 1.3 }, { heading: 'Was', width: 0.5 }, { heading: 'Now', width: 0.5 }, { heading: 'Reason', width: 3 }, { heading: 'Changed by', width: 1.2 }],
    overrides.map(({ d, o }) => [String(d.number), AXIS_LABELS[o.axis], formatScore(o.from), formatScore(o.to), o.reason, `${o.by}, ${ukClockTime(o.at)}`]),
  );
}

function coverage(flow: PdfFlow, { record, ksbs }: WitnessPdfInput): void {
  flow.heading('KSB coverage');
  flow.paragraph('KSBs suggested by the scenario for the choices made, and any the witness added, with the witness’s judgements.', { color: MUTED, size: 9.5 });
  flow.space(4);
  const byList = (code: string) => ksbs.items.findIndex((k) => k.code === code);
  const rows = [...record.coverage].sort((a, b) => byList(a.code) - byList(b.code));
  flow.table(
    [{ heading: 'Code', width: 0.8 }, { heading: 'Knowledge, skill or behaviour', width: 3 }, { heading: 'Decisions', width: 1 }, { heading: 'The witness’s view', width: 1.7 }],
    rows.map((row) => [row.code, findKsb(ksbs, row.code)?.title ?? '(not in this KSB list)', row.decisions.join(', ') || 'overall', judgementCounts(row.judgements)]),
  );
  const unseen = ksbs.items.filter((k) => !record.coverage.some((c) => c.code === k.code)).map((k) => k.code);
  const counted = ksbEvidence(record, ksbs);
  flow.space(4);
  flow.paragraph(`KSBs evidenced: ${counted.evidenced.join(', ') || 'none'}. ${EVIDENCED_RULE}`, { size: 9.5 });
  flow.paragraph(`Judged met in the witness’s view: ${counted.judgedMet.join(', ') || 'none'}. ${JUDGED_MET_RULE}`, { size: 9.5 });
  if (unseen.length) flow.paragraph(`Not seen in this session: ${unseen.join(', ')}.`, { size: 9.5, color: MUTED });
}

function judgementCounts(counts: Record<KsbJudgement, number>): string {
  const parts = KSB_JUDGEMENTS.filter((j) => counts[j] > 0).map((j) => `${JUDGEMENT_LABELS[j]} x${counts[j]}`);
  return parts.join(', ') || 'Not judged';
}

function decisions(flow: PdfFlow, input: WitnessPdfInput): void {
  flow.heading('Decisions, notes and judgements');
  if (input.record.decisions.length === 0) flow.paragraph('No decisions were made.');
  for (const d of input.record.decisions) decision(flow, d, input.ksbs);
}

function decision(flow: PdfFlow, d: WitnessDecision, ksbs: KsbCatalogue): void {
  flow.heading(`Decision ${d.number}  (${ukClockTime(d.chosen.at)}, took ${formatDuration(d.chosen.elapsedMs)})`, 3);
  if (d.context) flow.paragraph(`Just before: "${d.context}"`, { color: MUTED, size: 9.5 });
  if (d.ask) {
    flow.paragraph(`Question asked: ${d.ask}`, { font: 'bold', size: 10 });
    flow.paragraph(`Apprentice’s answer: "${d.answer?.text ?? '(no answer)'}"`, { indent: 12 });
    annotation(flow, d.answerAnnotation, 'On the answer', ksbs);
  }
  flow.paragraph('Options shown, in order:', { size: 10 });
  d.options.forEach((option, i) => {
    const chosen = option.index === d.chosen.index;
    flow.paragraph(`${i + 1}. ${option.text}${chosen ? '  (chosen)' : ''}`, { indent: 12, font: chosen ? 'bold' : 'regular', size: 10 });
  });
  const scoreText = AXES.map((axis) => `${AXIS_LABELS[axis]} ${formatScore(d.automatic[axis])}${d.final[axis] !== d.automatic[axis] ? ` (changed to ${formatScore(d.final[axis])})` : ''}`).join(';  ');
  flow.paragraph(`Scores: ${scoreText}`, { size: 10 });
  if (d.chosen.reason) flow.paragraph(`Scenario’s reason: ${d.chosen.reason}`, { size: 10, color: MUTED });
  flow.paragraph(`KSBs suggested by the scenario: ${d.suggestedKsbs.join(', ') || 'none'}`, { size: 10 });
  annotation(flow, d.annotation, 'Witness', ksbs);
  flow.space(6);
}

function annotation(flow: PdfFlow, a: Annotation | null, label: string, ksbs: KsbCatalogue): void {
  if (!a) return flow.paragraph(`${label}: no notes or judgements recorded.`, { size: 10, color: MUTED });
  if (a.notes.trim()) flow.paragraph(`${label} notes: ${a.notes.trim()}`, { size: 10 });
  if (a.addedKsbs.length) flow.paragraph(`KSBs added by the witness: ${a.addedKsbs.join(', ')}`, { size: 10 });
  for (const j of a.judgements) flow.paragraph(`${j.code} ${findKsb(ksbs, j.code)?.title ?? ''}: ${JUDGEMENT_LABELS[j.judgement]}`, { size: 10, indent: 12 });
}

function overallNotes(flow: PdfFlow, overall: Annotation | null): void {
  flow.heading('Overall notes and follow-up questions');
  flow.paragraph(overall?.notes.trim() || 'None recorded.');
}

function transcript(flow: PdfFlow, { record, cast }: WitnessPdfInput): void {
  flow.heading('Transcript');
  flow.paragraph('Everything the apprentice saw and did, in order, with the time in UK time.', { color: MUTED, size: 9.5 });
  flow.space(4);
  const speaker = (id: string | null) => (id ? (cast.find((c) => c.id === id)?.name ?? id) : 'Narration');
  flow.table(
    [{ heading: 'Time', width: 0.75 }, { heading: 'Who', width: 1.35 }, { heading: 'What', width: 5 }],
    record.transcript.map((t) => {
      switch (t.kind) {
        case 'passage': return [ukClockTime(t.at), speaker(t.speakerId), t.text];
        case 'answer': return [ukClockTime(t.at), 'Apprentice (own words)', `${t.prompt}\n"${t.text}"`];
        case 'choice': return [ukClockTime(t.at), 'Apprentice chose', `${t.text}  (after ${formatDuration(t.elapsedMs)})`];
        case 'note': return [ukClockTime(t.at), '', t.text];
      }
    }),
  );
}

function signOff(flow: PdfFlow, { file, record }: WitnessPdfInput): void {
  flow.heading('Declaration and sign-off');
  flow.ensure(160);
  flow.paragraph(record.signOff?.declaration ?? 'This record has not been signed.');
  flow.space(8);
  flow.paragraph(record.signOff ? apprenticeText(record.signOff.apprentice) : 'The apprentice’s response: not yet given.', { size: 10 });
  flow.space(6);
  flow.keyValues([
    ['Typed signature', record.signOff?.name ?? '-'],
    ['Date', record.signOff ? longUkDate(record.signOff.signedOn) : '-'],
    ['Signed at (UK time)', record.signOff ? ukClockTime(record.signOff.at) : '-'],
    ['Record fingerprint', file.fingerprint],
    ['Signed with the key of', file.signature?.signer ?? 'No key: made before records were signed, so it cannot be verified'],
    ['Key fingerprint (SHA-256)', file.signature ? spacedFingerprint(file.signature.keyFingerprint) : '-'],
  ]);
  flow.space(8);
  flow.paragraph('To check this record: open the matching JSON file in Common Ground’s evidence locker, or run "npm run verify -- --trust keys.json record.json". Its record fingerprint must match the one above, and the key fingerprint must be one you trust (ask the witness or their organisation for theirs). Verification checks the witness’s signature, the hash chain over every event, and replays the recorded choices on this version of the scenario.', { size: 9, color: MUTED });
}

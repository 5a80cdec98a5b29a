import { assertNever } from '../core/assert-never';
import { AXES, type Axis, type AxisScores } from '../core/axes';
import { sumScores, zeroScores } from '../scoring/scores';
import type { AskGuide, EventOf, KsbJudgement, ObservationDetails, OfferedChoice, SessionEvent } from '../session/session-events';

/**
 * The witness record: everything a witness testimony shows, computed from the session log alone
 * (so a verifier recomputes it from the events and gets the same thing). KSB codes are kept as
 * codes; titles come from the KSB list when it is displayed.
 */
export interface Annotation {
  seq: number;
  notes: string;
  judgements: { code: string; judgement: KsbJudgement }[];
  addedKsbs: string[];
}

interface ScoreOverride {
  seq: number;
  at: string;
  axis: Axis;
  from: number;
  to: number;
  reason: string;
  by: string;
}

export interface WitnessDecision {
  /** 1 for the first decision that counts. */
  number: number;
  offeredSeq: number;
  choiceSeq: number;
  context: string;
  /** In the order they were shown. */
  options: OfferedChoice[];
  chosen: EventOf<'choice-made'>;
  ask: string | null;
  /** The author's model answer and checklist for `ask`, to mark the answer against. */
  guide: AskGuide | null;
  answer: EventOf<'answer-given'> | null;
  answerAnnotation: Annotation | null;
  /** The KSBs the scenario's tags give for the option chosen. */
  suggestedKsbs: string[];
  annotation: Annotation | null;
  automatic: AxisScores;
  /** With the assessor's overrides applied; equal to `automatic` when there are none. */
  final: AxisScores;
  overrides: ScoreOverride[];
}

type TranscriptEntry =
  | { kind: 'passage'; seq: number; at: string; speakerId: string | null; text: string }
  | { kind: 'answer'; seq: number; at: string; prompt: string; text: string }
  | { kind: 'choice'; seq: number; at: string; text: string; elapsedMs: number }
  | { kind: 'note'; seq: number; at: string; text: string };

export interface KsbCoverage {
  code: string;
  /** Decision numbers where the KSB was suggested, added or judged. */
  decisions: number[];
  judgements: Record<KsbJudgement, number>;
}

export interface WitnessRecord {
  sessionId: string;
  scenarioId: string;
  scenarioHash: string;
  startedAt: string;
  observation: ObservationDetails | null;
  transcript: TranscriptEntry[];
  decisions: WitnessDecision[];
  totals: { automatic: AxisScores; final: AxisScores };
  coverage: KsbCoverage[];
  overall: Annotation | null;
  ended: boolean;
  ending: string | null;
  signOff: EventOf<'witness-signed'> | null;
  /** Additions that refer to something not in the record, by event; a sound record has none. */
  problems: { seq: number; problem: string }[];
}

interface Builder {
  record: WitnessRecord;
  context: string;
  offered: EventOf<'choices-offered'> | null;
  answers: Map<number, EventOf<'answer-given'>>;
  annotations: Map<number | null, Annotation>;
  overrides: EventOf<'score-overridden'>[];
}

export function buildWitnessRecord(events: readonly SessionEvent[]): WitnessRecord {
  const started = events[0];
  if (started?.type !== 'session-started') throw new Error('a witness record needs a log that begins with session-started');
  const b: Builder = { record: emptyRecord(started), context: '', offered: null, answers: new Map(), annotations: new Map(), overrides: [] };
  for (const event of events) {
    if (b.record.signOff) b.record.problems.push({ seq: event.seq, problem: 'nothing may be added after the witness has signed' });
    apply(b, event);
  }
  attachAdditions(b);
  b.record.totals = totalsOf(b.record.decisions);
  b.record.coverage = coverageOf(b.record.decisions, b.record.overall);
  return b.record;
}

function emptyRecord(started: EventOf<'session-started'>): WitnessRecord {
  const { sessionId, scenarioId, scenarioHash, at } = started;
  const totals = { automatic: zeroScores(), final: zeroScores() };
  return { sessionId, scenarioId, scenarioHash, startedAt: at, observation: null, transcript: [], decisions: [], totals, coverage: [], overall: null, ended: false, ending: null, signOff: null, problems: [] };
}

function apply(b: Builder, event: SessionEvent): void {
  const { record } = b;
  switch (event.type) {
    case 'passage-shown':
      if (event.text) b.context = event.text;
      if (event.text) record.transcript.push({ kind: 'passage', seq: event.seq, at: event.at, speakerId: event.speakerId, text: event.text });
      break;
    case 'choices-offered': b.offered = event; break;
    case 'choice-made': addDecision(b, event); break;
    case 'answer-given': addAnswer(b, event); break;
    case 'rewound':
      record.decisions.splice(event.toDecision);
      record.ended = false;
      record.transcript.push({ kind: 'note', seq: event.seq, at: event.at, text: `Went back to decision ${event.toDecision + 1}; the later choices no longer count.` });
      break;
    case 'choice-undone':
      // Only a trainer can take a choice back outside practice; the record says so rather than hiding it.
      record.decisions.splice(-1);
      record.transcript.push({ kind: 'note', seq: event.seq, at: event.at, text: 'The last choice was taken back; it no longer counts.' });
      break;
    case 'session-ended': record.ended = true; record.ending = event.ending; break;
    case 'session-paused': {
      const text = event.reason === 'step-out' ? 'The apprentice stepped out (a pause that is never counted against them).' : 'The trainer paused the session.';
      record.transcript.push({ kind: 'note', seq: event.seq, at: event.at, text });
      break;
    }
    case 'session-resumed': record.transcript.push({ kind: 'note', seq: event.seq, at: event.at, text: 'The apprentice came back to the scenario.' }); break;
    case 'observation-started': { const { seq: _s, at: _a, type: _t, ...details } = event; record.observation = details; break; }
    case 'assessor-annotated': b.annotations.set(event.subjectSeq, { seq: event.seq, notes: event.notes, judgements: event.judgements, addedKsbs: event.addedKsbs }); break;
    case 'score-overridden': b.overrides.push(event); break;
    case 'witness-signed': record.signOff = event; break;
    case 'session-started': break;
    // A room's votes belong to trainer mode, never to an observed session's witness record.
    case 'votes-recorded': case 'room-choice': break;
    default: assertNever(event, 'event');
  }
}

function addDecision(b: Builder, chosen: EventOf<'choice-made'>): void {
  const offered = b.offered;
  if (!offered) return void b.record.problems.push({ seq: chosen.seq, problem: 'a choice was made with no options on offer' });
  b.offered = null;
  b.record.transcript.push({ kind: 'choice', seq: chosen.seq, at: chosen.at, text: chosen.text, elapsedMs: chosen.elapsedMs });
  b.record.decisions.push({
    number: b.record.decisions.length + 1,
    offeredSeq: offered.seq,
    choiceSeq: chosen.seq,
    context: b.context,
    options: offered.choices,
    chosen,
    ask: offered.ask ?? null,
    guide: offered.guide ?? null,
    answer: null,
    answerAnnotation: null,
    suggestedKsbs: chosen.ksbs,
    annotation: null,
    automatic: chosen.scores,
    final: chosen.scores,
    overrides: [],
  });
}

function addAnswer(b: Builder, answer: EventOf<'answer-given'>): void {
  if (b.offered?.seq !== answer.offeredSeq || b.offered.ask !== answer.prompt) {
    return void b.record.problems.push({ seq: answer.seq, problem: 'this answer does not belong to the question on offer' });
  }
  b.answers.set(answer.offeredSeq, answer);
  b.record.transcript.push({ kind: 'answer', seq: answer.seq, at: answer.at, prompt: answer.prompt, text: answer.text });
}

/** Answers, annotations and overrides are matched to the decisions that still count, once all are known. */
function attachAdditions(b: Builder): void {
  const byChoice = new Map(b.record.decisions.map((d) => [d.choiceSeq, d]));
  const byAnswer = new Map<number, WitnessDecision>();
  for (const decision of b.record.decisions) {
    decision.answer = b.answers.get(decision.offeredSeq) ?? null;
    if (decision.answer) byAnswer.set(decision.answer.seq, decision);
  }
  for (const [subject, annotation] of b.annotations) {
    if (subject === null) b.record.overall = annotation;
    else if (byChoice.has(subject)) byChoice.get(subject)!.annotation = annotation;
    else if (byAnswer.has(subject)) byAnswer.get(subject)!.answerAnnotation = annotation;
    else b.record.problems.push({ seq: annotation.seq, problem: `these notes are about event ${subject}, which is not a choice or answer that counts` });
  }
  for (const override of b.overrides) applyOverride(b, byChoice.get(override.choiceSeq), override);
}

function applyOverride(b: Builder, decision: WitnessDecision | undefined, o: EventOf<'score-overridden'>): void {
  if (!decision) return void b.record.problems.push({ seq: o.seq, problem: `this override is for event ${o.choiceSeq}, which is not a choice that counts` });
  if (decision.final[o.axis] !== o.from) {
    return void b.record.problems.push({ seq: o.seq, problem: `this override says the ${o.axis} score was ${o.from}, but it was ${decision.final[o.axis]}` });
  }
  decision.final = { ...decision.final, [o.axis]: o.to };
  decision.overrides.push({ seq: o.seq, at: o.at, axis: o.axis, from: o.from, to: o.to, reason: o.reason, by: o.by });
}

function totalsOf(decisions: readonly WitnessDecision[]): WitnessRecord['totals'] {
  return {
    automatic: sumScores(decisions.map((d) => d.automatic)),
    final: sumScores(decisions.map((d) => d.final)),
  };
}

function coverageOf(decisions: readonly WitnessDecision[], overall: Annotation | null): KsbCoverage[] {
  const rows = new Map<string, KsbCoverage>();
  const row = (code: string) => rows.get(code) ?? rows.set(code, { code, decisions: [], judgements: { met: 0, 'partly-met': 0, 'not-met': 0 } }).get(code)!;
  const seenAt = (code: string, number: number) => {
    const r = row(code);
    if (!r.decisions.includes(number)) r.decisions.push(number);
  };
  for (const d of decisions) {
    for (const annotation of [d.annotation, d.answerAnnotation]) {
      for (const code of annotation?.addedKsbs ?? []) seenAt(code, d.number);
      for (const j of annotation?.judgements ?? []) {
        seenAt(j.code, d.number);
        row(j.code).judgements[j.judgement]++;
      }
    }
    for (const code of d.suggestedKsbs) seenAt(code, d.number);
  }
  for (const code of overall?.addedKsbs ?? []) row(code);
  for (const j of overall?.judgements ?? []) row(j.code).judgements[j.judgement]++;
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

/** The KSBs a decision's notes can be judged against: suggested first, then the assessor's own. */
export function ksbsToJudge(decision: WitnessDecision): string[] {
  return [...new Set([...decision.suggestedKsbs, ...(decision.annotation?.addedKsbs ?? [])])];
}

export function overridden(decision: WitnessDecision): Axis[] {
  return AXES.filter((axis) => decision.final[axis] !== decision.automatic[axis]);
}

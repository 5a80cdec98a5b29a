import { WITNESS_DECLARATION } from '../../assessor/declaration';
import type { Connection, ObservationPort } from '../../assessor/observation-channel';
import { ukClockTime } from '../../assessor/uk-time';
import { buildWitnessRecord, type WitnessRecord } from '../../assessor/witness-record';
import type { WitnessStore } from '../../assessor/witness-store';
import type { KsbCatalogue } from '../../content/ksb-catalogue';
import type { EventOf, SessionEvent } from '../../session/session-events';
import { h } from '../dom';
import { ksbListFor } from '../services/ksb-list';
import { scenarioMeta } from '../services/scenario-source';
import { AnnotationForm, type WaitingNote } from './annotation-form';
import { DecisionCard, type DecisionActions, type DecisionView } from './decision-card';
import { RecordExport } from './record-export';
import { SignOffForm } from './sign-off-form';

interface AssessorPanel {
  element: HTMLElement;
  destroy(): void;
}

/**
 * The assessor's side of an observed session: a card per decision with notes, KSB judgements and
 * score overrides, overall notes, the sign-off, then the export. It reads only what the log holds
 * (through `port`), so it works the same beside the apprentice or in a second window.
 */
export function assessorPanel(port: ObservationPort, store: WitnessStore): AssessorPanel {
  const status = h('p', { class: 'panel-status', role: 'status' }, 'Waiting for the apprentice’s screen. Keep this open: it fills in as they play.');
  // Always in the page, so a screen reader hears it when the apprentice's window goes or comes back.
  const connection = h('p', { class: 'panel-connection', 'aria-live': 'polite' });
  const refusal = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const body = h('div', { class: 'panel-body', hidden: true });
  const element = h('div', { class: 'assessor-panel' }, h('h2', { class: 'panel-title' }, 'Witness record'), connection, status, refusal, body);
  let parts: PanelParts | null = null;

  const render = (refused?: string) => {
    refusal.hidden = !refused;
    refusal.textContent = refused ? `That was not added to the record: ${refused}.` : '';
    showConnection(connection, port);
    const events = port.events;
    const started = events[0];
    // The forms offer the KSBs of the list the observation names, so they wait for its details.
    const observed = events.find((e): e is EventOf<'observation-started'> => e.type === 'observation-started');
    if (started?.type !== 'session-started' || !observed) return;
    parts ??= buildParts(port, store, body, started, ksbListFor(observed.ksbList));
    body.hidden = false;
    parts.update(events, status);
  };
  const unsubscribe = port.subscribe(render);
  render();
  return { element, destroy: unsubscribe };
}

interface PanelParts {
  update(events: readonly SessionEvent[], status: HTMLElement): void;
}

function buildParts(port: ObservationPort, store: WitnessStore, body: HTMLElement, started: EventOf<'session-started'>, ksbs: KsbCatalogue): PanelParts {
  const meta = scenarioMeta(started.scenarioId);
  const title = meta?.title ?? started.scenarioId;
  const heading = h('p', { class: 'panel-who' });
  const list = h('ol', { class: 'assess-decisions' });
  const cards = new Map<number, DecisionCard>();
  let record: WitnessRecord | null = null;
  let events: readonly SessionEvent[] = [];
  const savedAt = (seq: number) => (events[seq] ? ukClockTime(events[seq]!.at) : null);
  const actions: DecisionActions = {
    annotate: (subjectSeq, draft) => port.add({ type: 'assessor-annotated', subjectSeq, ...draft }),
    override: (decision, { axis, to, reason }) =>
      void port.add({ type: 'score-overridden', choiceSeq: decision.choiceSeq, axis, from: decision.final[axis], to, reason, by: record?.observation?.assessor.name ?? 'assessor' }),
    savedAt,
    waiting: (subjectSeq) => latestWaiting(port, subjectSeq),
    ksbs,
    connected: () => port.connection !== 'not-connected',
  };
  const overall = new AnnotationForm({ id: 'overall', title: 'Overall notes and follow-up questions', notesLabel: 'Your follow-up questions and their answers, and anything else you saw', suggested: [], ksbs, onSave: (draft) => actions.annotate(null, draft), connected: actions.connected });
  const signOff = new SignOffForm(
    (name, signedOn, apprentice) => void port.add({ type: 'witness-signed', name, signedOn, declaration: WITNESS_DECLARATION, apprentice }),
    () => ({ name: record?.observation?.assessor.name ?? null, observedOn: record?.observation?.observedOn ?? null }),
  );
  const exporter = new RecordExport(store);
  body.append(
    heading,
    h('section', { 'aria-labelledby': 'assess-decisions-heading' }, h('h3', { id: 'assess-decisions-heading' }, 'Decisions'), list),
    h('section', { class: 'overall', 'aria-label': 'Overall notes' }, overall.element),
    signOff.element,
    exporter.element,
  );
  return {
    update(latest, status) {
      events = latest;
      record = buildWitnessRecord(latest);
      heading.textContent = whoLine(record, title);
      status.textContent = progress(record, port.connection);
      for (const view of decisionViews(latest, record)) {
        const card = cards.get(view.offered.seq);
        if (card) {
          card.update(view);
          continue;
        }
        const added = new DecisionCard(view, actions);
        cards.set(view.offered.seq, added);
        list.append(added.element);
      }
      overall.showSaved(record.overall, record.overall && savedAt(record.overall.seq), actions.waiting(null));
      signOff.update(record.ended, record.signOff);
      if (record.signOff) lockForms(body);
      if (record.signOff) void exporter.prepare(latest, title, meta?.cast ?? []);
    },
  };
}

/** The newest notes on one subject still waiting for the record: they will replace what it holds. */
function latestWaiting(port: ObservationPort, subjectSeq: number | null): WaitingNote | null {
  const found = port.waiting.findLast((w) => w.addition.type === 'assessor-annotated' && w.addition.subjectSeq === subjectSeq);
  if (found?.addition.type !== 'assessor-annotated') return null;
  const { additionId, notes, judgements, addedKsbs } = found.addition;
  return additionId ? { additionId, notes, judgements, addedKsbs, kept: found.kept } : null;
}

/** After sign-off nothing can be added, so every form says so by being read-only and looking it. */
function lockForms(body: HTMLElement): void {
  body.classList.add('signed-off');
  for (const control of body.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLButtonElement>('.decision-forms input, .decision-forms textarea, .decision-forms select, .decision-forms button, .overall input, .overall textarea, .overall select, .overall button')) {
    control.disabled = true;
  }
}

function whoLine(record: WitnessRecord, title: string): string {
  const o = record.observation;
  return o ? `${o.apprentice} playing “${title}”, observed by ${o.assessor.name} (${o.assessor.role}), ${o.organisation}` : `“${title}”`;
}

function progress(record: WitnessRecord, connection: Connection): string {
  const made = `${record.decisions.length} decision${record.decisions.length === 1 ? '' : 's'}`;
  if (record.signOff) return 'Signed.';
  if (record.ended) return `Finished after ${made}. Add your notes, then sign.`;
  if (connection === 'not-connected') return `Paused: ${made} made so far.`;
  return `In progress: ${made} made so far.`;
}

/**
 * Said only when the apprentice's window has gone: the forms keep working, and what is saved meanwhile
 * waits on this device until that window is open again (it alone writes the record).
 */
function showConnection(element: HTMLElement, port: ObservationPort): void {
  const gone = port.connection === 'not-connected';
  element.classList.toggle('panel-connection--lost', gone);
  element.textContent = gone
    ? 'The apprentice’s screen is not connected. You can keep working: notes you save are kept on this device and go into the record when the observation is open on that screen again (Observe, then Continue).'
    : '';
}

/** The decisions made, plus the one on offer now (if the story has not ended). */
function decisionViews(events: readonly SessionEvent[], record: WitnessRecord): DecisionView[] {
  const offeredAt = (seq: number) => events[seq] as EventOf<'choices-offered'>;
  const views: DecisionView[] = record.decisions.map((made) => ({ number: made.number, offered: offeredAt(made.offeredSeq), answer: made.answer, made }));
  const lastOffer = [...events].reverse().find((e): e is EventOf<'choices-offered'> => e.type === 'choices-offered');
  const pending = lastOffer && !record.ended && !record.decisions.some((d) => d.offeredSeq === lastOffer.seq);
  if (pending) {
    const answer = events.find((e): e is EventOf<'answer-given'> => e.type === 'answer-given' && e.offeredSeq === lastOffer.seq) ?? null;
    views.push({ number: record.decisions.length + 1, offered: lastOffer, answer, made: null });
  }
  return views;
}

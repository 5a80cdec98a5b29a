import { formatDuration, ukClockTime } from '../../assessor/uk-time';
import type { AddResult } from '../../assessor/observation-channel';
import type { WitnessDecision } from '../../assessor/witness-record';
import { AXIS_LABELS, formatScore } from '../../core/axes';
import type { EventOf } from '../../session/session-events';
import { h } from '../dom';
import type { KsbCatalogue } from '../../content/ksb-catalogue';
import { ksbLabel } from '../services/ksb-list';
import { AnnotationForm, type AnnotationDraft, type WaitingNote } from './annotation-form';
import { overrideForm, type OverrideRequest } from './override-form';

export interface DecisionView {
  number: number;
  offered: EventOf<'choices-offered'>;
  answer: EventOf<'answer-given'> | null;
  /** Null while the apprentice is still deciding. */
  made: WitnessDecision | null;
}

export interface DecisionActions {
  /** `subjectSeq` null: notes on the session as a whole. */
  annotate(subjectSeq: number | null, draft: AnnotationDraft): Promise<AddResult>;
  override(decision: WitnessDecision, request: OverrideRequest): void;
  savedAt(seq: number): string | null;
  /** The latest notes on this subject that the record does not hold yet. */
  waiting(subjectSeq: number | null): WaitingNote | null;
  /** The KSB list the observation named. */
  ksbs: KsbCatalogue;
  /** Whether the apprentice's window, which writes the record, can be reached now. */
  connected(): boolean;
}

/**
 * One decision in the assessor's panel: what was offered and chosen, the answer to any "What would
 * you say?", and the assessor's forms. The summary is redrawn as the record changes; the forms are
 * made once, so nothing the assessor is typing is lost.
 */
export class DecisionCard {
  readonly element: HTMLElement;
  private readonly summary = h('div', { class: 'decision-summary' });
  private readonly forms = h('div', { class: 'decision-forms' });
  private decisionForm: AnnotationForm | null = null;
  private answerForm: AnnotationForm | null = null;
  private refreshOverride: (() => void) | null = null;
  private view!: DecisionView;

  constructor(view: DecisionView, private readonly actions: DecisionActions) {
    this.element = h('li', { class: 'assess-decision', 'data-decision': view.number }, this.summary, this.forms);
    this.update(view);
  }

  update(view: DecisionView): void {
    this.view = view;
    this.summary.replaceChildren(...summaryParts(view, this.actions.ksbs));
    if (view.answer && !this.answerForm) this.addAnswerForm(view, view.answer);
    if (view.made && !this.decisionForm) this.addDecisionForms(view.made);
    this.refreshOverride?.();
    const { savedAt, waiting } = this.actions;
    if (view.made) this.decisionForm!.showSaved(view.made.annotation, view.made.annotation && savedAt(view.made.annotation.seq), waiting(view.made.choiceSeq));
    if (view.made && this.answerForm) this.answerForm.showSaved(view.made.answerAnnotation, view.made.answerAnnotation && savedAt(view.made.answerAnnotation.seq), view.answer && waiting(view.answer.seq));
  }

  private addAnswerForm(view: DecisionView, answer: EventOf<'answer-given'>): void {
    const suggested = [...new Set(view.offered.choices.flatMap((c) => c.ksbs))];
    this.answerForm = new AnnotationForm({
      id: `answer-${answer.seq}`,
      title: 'Mark the answer against the KSBs',
      notesLabel: 'Notes on the answer',
      suggested,
      ksbs: this.actions.ksbs,
      onSave: (draft) => this.actions.annotate(answer.seq, draft),
      connected: this.actions.connected,
    });
    this.forms.prepend(this.answerForm.element);
  }

  private addDecisionForms(made: WitnessDecision): void {
    this.decisionForm = new AnnotationForm({
      id: `decision-${made.choiceSeq}`,
      title: 'Your observation of this decision',
      notesLabel: 'What you saw and heard (for example, the reasoning they voiced)',
      suggested: made.suggestedKsbs,
      ksbs: this.actions.ksbs,
      onSave: (draft) => this.actions.annotate(made.choiceSeq, draft),
      connected: this.actions.connected,
    });
    const override = overrideForm(`override-${made.choiceSeq}`, () => this.view.made!.final, (request) => this.actions.override(this.view.made!, request));
    this.refreshOverride = override.refresh;
    this.forms.append(this.decisionForm.element, override.element);
  }
}

function summaryParts({ number, offered, answer, made }: DecisionView, ksbs: KsbCatalogue): HTMLElement[] {
  const timing = made ? `${ukClockTime(made.chosen.at)}, took ${formatDuration(made.chosen.elapsedMs)}` : 'the apprentice is deciding';
  const parts: HTMLElement[] = [h('h4', { class: 'decision-heading' }, `Decision ${number}`, h('span', { class: 'decision-timing' }, ` (${timing})`))];
  if (offered.ask) {
    parts.push(h('p', { class: 'ask-shown' }, h('strong', {}, 'They were asked: '), offered.ask));
    parts.push(h('p', { class: 'answer-given' }, h('strong', {}, 'Their answer: '), answer ? `“${answer.text}”` : 'not given yet'));
    const guide = offered.guide;
    if (guide?.model) parts.push(h('p', { class: 'ask-model' }, h('strong', {}, 'Model answer: '), guide.model));
    if (guide && guide.lookFor.length > 0) {
      parts.push(h('p', { class: 'ask-look-for-heading' }, h('strong', {}, 'A strong answer would:')));
      parts.push(h('ul', { class: 'ask-look-for' }, ...guide.lookFor.map((item) => h('li', {}, item))));
    }
  }
  parts.push(
    h('ol', { class: 'offered' }, ...offered.choices.map((c) => h('li', { class: c.index === made?.chosen.index ? 'offered--chosen' : '' }, c.text, c.index === made?.chosen.index ? h('strong', {}, ' (chosen)') : null))),
  );
  if (!made) return parts;
  parts.push(h('p', { class: 'scores-line' }, scoresText(made)));
  for (const o of made.overrides) parts.push(h('p', { class: 'override-line' }, `${AXIS_LABELS[o.axis]} changed from ${formatScore(o.from)} to ${formatScore(o.to)} by ${o.by}: ${o.reason}`));
  parts.push(h('p', { class: 'suggested' }, h('strong', {}, 'KSBs suggested: '), made.suggestedKsbs.map((code) => ksbLabel(ksbs, code)).join('; ') || 'none'));
  return parts;
}

function scoresText(made: WitnessDecision): string {
  return (Object.keys(AXIS_LABELS) as (keyof typeof AXIS_LABELS)[])
    .map((axis) => `${AXIS_LABELS[axis]} ${formatScore(made.final[axis])}${made.final[axis] !== made.automatic[axis] ? ` (was ${formatScore(made.automatic[axis])})` : ''}`)
    .join(' · ');
}

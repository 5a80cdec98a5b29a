import type { Annotation } from '../../assessor/witness-record';
import { KSB_JUDGEMENTS, type KsbJudgement } from '../../session/session-events';
import { JUDGEMENT_LABELS } from '../../assessor/judgement-labels';
import { h } from '../dom';
import type { KsbCatalogue } from '../../content/ksb-catalogue';
import { ksbLabel } from '../services/ksb-list';
import { limitText } from '../widgets/text-limit';
import { TEXT_LIMITS } from '../../session/text-limits';

export interface AnnotationDraft {
  notes: string;
  judgements: { code: string; judgement: KsbJudgement }[];
  addedKsbs: string[];
}

interface AnnotationFormOptions {
  /** Unique on the page; names the form's fields. */
  id: string;
  title: string;
  notesLabel: string;
  /** The KSBs the scenario suggests; the assessor can add others. */
  suggested: readonly string[];
  /** The list the record names: its KSBs can be added, and a suggested code it lacks says so. */
  ksbs: KsbCatalogue;
  onSave(draft: AnnotationDraft): void;
}

/**
 * Notes and a met / partly met / not met judgement per KSB, for one decision, one answer or the
 * session as a whole. Keeps what the assessor is typing; `showSaved` only updates the status line.
 */
export class AnnotationForm {
  readonly element: HTMLElement;
  private readonly judgementList = h('div', { class: 'judgements' });
  private readonly notes: HTMLTextAreaElement;
  private readonly status = h('p', { class: 'save-status', role: 'status' });
  private readonly added: string[] = [];
  private readonly addSelect: HTMLSelectElement;

  constructor(private readonly options: AnnotationFormOptions) {
    const notesId = `${options.id}-notes`;
    this.notes = h('textarea', { id: notesId, rows: 3, class: 'notes' });
    this.addSelect = h('select', { id: `${options.id}-add`, class: 'add-ksb' });
    for (const code of options.suggested) this.judgementList.append(this.judgementFieldset(code, false));
    this.refreshAddOptions();
    this.element = h(
      'div',
      { class: 'annotation-form' },
      h('h4', { class: 'form-title' }, options.title),
      this.judgementList,
      h('div', { class: 'add-ksb-row' }, h('label', { for: this.addSelect.id, class: 'field-label' }, 'Add a KSB you saw'), h('div', { class: 'inline-controls' }, this.addSelect, h('button', { type: 'button', class: 'button button--small', onclick: () => this.addKsb() }, 'Add'))),
      h('label', { for: notesId, class: 'field-label' }, options.notesLabel),
      this.notes,
      limitText(this.notes, TEXT_LIMITS.notes),
      h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'button button--primary button--small', onclick: () => this.save() }, 'Save notes and judgements'), this.status),
    );
  }

  /** Shows when the latest saved version reached the record. */
  showSaved(annotation: Annotation | null, at: string | null): void {
    this.status.textContent = annotation && at ? `Saved in the record at ${at}` : '';
  }

  private judgementFieldset(code: string, added: boolean): HTMLElement {
    const name = `${this.options.id}-${code}`;
    const choices = [...KSB_JUDGEMENTS, 'none' as const].map((value) =>
      h('label', { class: 'judgement-choice' }, h('input', { type: 'radio', name, value, checked: value === 'none' }), value === 'none' ? 'Not judged' : JUDGEMENT_LABELS[value]),
    );
    return h('fieldset', { class: 'judgement', 'data-ksb': code }, h('legend', {}, ksbLabel(this.options.ksbs, code), added ? h('span', { class: 'added-tag' }, ' (added)') : null), h('div', { class: 'judgement-choices' }, ...choices));
  }

  private refreshAddOptions(): void {
    const listed = new Set([...this.options.suggested, ...this.added]);
    this.addSelect.replaceChildren(
      h('option', { value: '' }, 'Choose a KSB'),
      ...this.options.ksbs.items.filter((k) => !listed.has(k.code)).map((k) => h('option', { value: k.code }, `${k.code} ${k.title}`)),
    );
  }

  private addKsb(): void {
    const code = this.addSelect.value;
    if (!code) return;
    this.added.push(code);
    this.judgementList.append(this.judgementFieldset(code, true));
    this.refreshAddOptions();
  }

  private save(): void {
    const judgements = [...this.judgementList.querySelectorAll<HTMLFieldSetElement>('fieldset[data-ksb]')].flatMap((fieldset) => {
      const value = fieldset.querySelector<HTMLInputElement>('input:checked')?.value;
      return value && value !== 'none' ? [{ code: fieldset.dataset.ksb!, judgement: value as KsbJudgement }] : [];
    });
    this.status.textContent = 'Saving…';
    this.options.onSave({ notes: this.notes.value.trim(), judgements, addedKsbs: [...this.added] });
  }
}

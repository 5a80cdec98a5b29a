import type { AddResult, Kept } from '../../assessor/observation-channel';
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
  /** Settles once the notes are in the record (and stored), or refused. */
  onSave(draft: AnnotationDraft): Promise<AddResult>;
  /** Whether the apprentice's window, which writes the record, can be reached now. */
  connected(): boolean;
}

const WAITING: Record<Exclude<Kept, 'storing'>, string> = {
  'on-device': 'Waiting for the apprentice’s screen: these notes are kept on this device and saved in the record when it is open again.',
  'in-window': 'Waiting for the apprentice’s screen: these notes could not be stored on this device, so keep this window open; they are saved in the record when that screen is open again.',
};

/** Notes written and not in the record yet (sent, or queued on the device for the apprentice's screen). */
export interface WaitingNote extends AnnotationDraft {
  additionId: string;
  kept: Kept;
}

/**
 * Notes and a met / partly met / not met judgement per KSB, for one decision, one answer or the
 * session as a whole. Opens with the latest of what the record holds and what still waits for it
 * (a reloaded window shows the saved and the waiting notes, so saving again never replaces them
 * with empty or older ones) and never overwrites what the assessor is typing. A save says
 * "Saving…" only while the record's writer can be reached; otherwise, once the notes are kept on
 * the device, it says they are waiting for it.
 */
export class AnnotationForm {
  readonly element: HTMLElement;
  private readonly judgementList = h('div', { class: 'judgements' });
  private readonly notes: HTMLTextAreaElement;
  private readonly status = h('p', { class: 'save-status', role: 'status' });
  private readonly added: string[] = [];
  private readonly addSelect: HTMLSelectElement;
  /** Saves sent and not yet answered. */
  private outstanding = 0;
  private refused: string | null = null;
  /** Changed by the assessor since it last matched the record: then the record does not refill it. */
  private edited = false;
  private filledFrom = -1;
  private filledWaiting: string | null = null;
  private saved: { annotation: Annotation | null; at: string | null } = { annotation: null, at: null };
  private waiting: WaitingNote | null = null;

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
      h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'button button--primary button--small', onclick: () => void this.save() }, 'Save notes and judgements'), this.status),
    );
    const edit = () => (this.edited = true);
    this.element.addEventListener('input', edit);
    this.element.addEventListener('change', edit);
  }

  /**
   * The latest version in the record and when it reached it, and the latest still waiting for it
   * (always the newer of the two); fills the form with the newer if the assessor has not changed it.
   */
  showSaved(annotation: Annotation | null, at: string | null, waiting: WaitingNote | null = null): void {
    this.saved = { annotation, at };
    this.waiting = waiting;
    const free = !this.edited && this.outstanding === 0;
    if (waiting && free && waiting.additionId !== this.filledWaiting) {
      this.filledWaiting = waiting.additionId;
      this.fill(waiting);
    } else if (!waiting && annotation && annotation.seq > this.filledFrom && free) {
      this.filledFrom = annotation.seq;
      this.fill(annotation);
    }
    this.refreshStatus();
  }

  private fill(annotation: AnnotationDraft): void {
    this.notes.value = annotation.notes;
    for (const code of annotation.addedKsbs) if (!this.judgementList.querySelector(`fieldset[data-ksb="${code}"]`)) this.addKsbField(code);
    for (const fieldset of this.judgementList.querySelectorAll<HTMLFieldSetElement>('fieldset[data-ksb]')) {
      const judgement = annotation.judgements.find((j) => j.code === fieldset.dataset.ksb)?.judgement ?? 'none';
      const input = fieldset.querySelector<HTMLInputElement>(`input[value="${judgement}"]`);
      if (input) input.checked = true;
    }
    // Not bubbling, so the length counter hears it and the form does not count it as an edit.
    this.notes.dispatchEvent(new Event('input'));
  }

  private refreshStatus(): void {
    const { annotation, at } = this.saved;
    // The form's own save shows in `waiting` once the port has it; `outstanding` covers a port that never queues.
    const pending = this.outstanding > 0 || this.waiting !== null;
    const kept = this.waiting?.kept ?? 'in-window';
    const away = pending && !this.options.connected() && kept !== 'storing';
    this.status.classList.toggle('save-status--waiting', away);
    if (pending) this.status.textContent = away ? WAITING[kept] : 'Saving…';
    else if (this.refused) this.status.textContent = `Not saved: ${this.refused}.`;
    else this.status.textContent = annotation && at ? `Saved in the record at ${at}` : '';
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
    if (code) this.addKsbField(code);
  }

  private addKsbField(code: string): void {
    this.added.push(code);
    this.judgementList.append(this.judgementFieldset(code, true));
    this.refreshAddOptions();
  }

  private async save(): Promise<void> {
    const judgements = [...this.judgementList.querySelectorAll<HTMLFieldSetElement>('fieldset[data-ksb]')].flatMap((fieldset) => {
      const value = fieldset.querySelector<HTMLInputElement>('input:checked')?.value;
      return value && value !== 'none' ? [{ code: fieldset.dataset.ksb!, judgement: value as KsbJudgement }] : [];
    });
    this.outstanding++;
    this.refused = null;
    this.edited = false;
    this.refreshStatus();
    const result = await this.options.onSave({ notes: this.notes.value.trim(), judgements, addedKsbs: [...this.added] });
    this.outstanding--;
    if (result.kind === 'refused') this.refused = result.reason;
    this.refreshStatus();
  }
}

import { WITNESS_DECLARATION } from '../../assessor/declaration';
import { signingProblem } from '../../assessor/sign-off-rules';
import { apprenticeText, type ApprenticeResponse } from '../../assessor/apprentice-response';
import { longUkDate } from '../../assessor/uk-time';
import type { EventOf } from '../../session/session-events';
import { h } from '../dom';
import { todayIso } from '../services/today';
import { TEXT_LIMITS } from '../../session/text-limits';

/**
 * The declaration, the witness's typed name and the date. Signing seals the record: nothing can be
 * added after it, so the form says plainly if the apprentice has not finished.
 */
export class SignOffForm {
  readonly element = h('section', { class: 'sign-off', 'aria-labelledby': 'sign-off-heading' });
  private readonly early = h('p', { class: 'warning' }, 'The apprentice has not reached the end of the scenario. If you sign now, the record will say it stopped early.');
  private readonly body: HTMLElement;
  private signedShown = false;

  /** `witness` gives the witness named when the observation began, and the date observed, as they stand now. */
  constructor(onSign: (name: string, signedOn: string, apprentice: ApprenticeResponse) => void, witness: () => { name: string | null; observedOn: string | null } = () => ({ name: null, observedOn: null })) {
    const agree = h('input', { type: 'checkbox', id: 'sign-agree' });
    const name = h('input', { type: 'text', id: 'sign-name', autocomplete: 'name', 'aria-describedby': 'sign-name-hint' });
    name.maxLength = TEXT_LIMITS.name;
    const date = h('input', { type: 'date', id: 'sign-date', value: todayIso() });
    const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
    const seen = h('input', { type: 'checkbox', id: 'apprentice-seen' });
    const comments = h('textarea', { id: 'apprentice-comments', rows: 3, 'aria-describedby': 'apprentice-comments-hint' });
    comments.maxLength = TEXT_LIMITS.notes;
    const sign = () => {
      const problem = !agree.checked ? 'Tick the box to agree with the declaration.' : !name.value.trim() ? 'Type your name as your signature.' : !date.value ? 'Give the date.' : signingProblem(name.value.trim(), date.value, witness(), todayIso());
      error.textContent = problem;
      error.hidden = !problem;
      if (!problem) onSign(name.value.trim(), date.value, { acknowledged: seen.checked, comments: comments.value.trim() });
    };
    this.body = h(
      'div',
      {},
      this.early,
      h(
        'fieldset',
        { class: 'apprentice-response' },
        h('legend', {}, 'The apprentice’s response'),
        h('label', { class: 'checkbox' }, seen, h('span', {}, 'The apprentice has read this record')),
        h('label', { for: comments.id, class: 'field-label' }, 'The apprentice’s comments (optional)'),
        h('p', { class: 'hint', id: 'apprentice-comments-hint' }, 'In their words: anything they want to add or disagree with. It is part of the signed record.'),
        comments,
      ),
      h('blockquote', { class: 'declaration', id: 'declaration' }, WITNESS_DECLARATION),
      h('label', { class: 'checkbox' }, agree, h('span', {}, 'I agree with this declaration')),
      h('label', { for: name.id, class: 'field-label' }, 'Your name, typed as your signature'),
      h('p', { class: 'hint', id: 'sign-name-hint' }, 'Your full name. It is printed on every page of the PDF.'),
      name,
      h('label', { for: date.id, class: 'field-label' }, 'Date'),
      date,
      error,
      h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'button button--primary', onclick: sign }, 'Sign the witness record')),
    );
    this.element.append(h('h3', { id: 'sign-off-heading' }, 'Declaration and sign-off'), this.body);
  }

  update(ended: boolean, signed: EventOf<'witness-signed'> | null): void {
    this.early.hidden = ended;
    if (!signed || this.signedShown) return;
    this.signedShown = true;
    this.body.replaceChildren(
      h('blockquote', { class: 'declaration' }, signed.declaration),
      h('p', { class: 'apprentice-said' }, apprenticeText(signed.apprentice)),
      h('p', { class: 'signed', role: 'status' }, `Signed by ${signed.name} on ${longUkDate(signed.signedOn)}. Nothing more can be added to this record.`),
    );
  }
}


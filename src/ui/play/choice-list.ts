import type { ChoiceOption } from '../../narrative/story-runner';
import { h } from '../dom';

/**
 * The choices on offer as a numbered list of buttons. Keys 1–9 pick by position; Tab and Enter
 * work as for any button. The button's accessible name is the choice text itself.
 */
export class ChoiceList {
  // Hidden while empty: an empty region would point its name at a heading that is not there.
  readonly element = h('section', { class: 'choices', 'aria-labelledby': 'choices-heading', hidden: true });
  private options: readonly ChoiceOption[] = [];
  /** A choice has been made and is being saved: nothing more can be picked until the next step shows. */
  private waiting = false;
  private slowTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  constructor(private readonly onChoose: (index: number) => void) {
    document.addEventListener('keydown', this.onKey);
  }

  show(options: readonly ChoiceOption[]): void {
    this.endWait();
    this.options = options;
    const heading = h('h2', { id: 'choices-heading', class: 'choices-heading' }, 'What do you do?');
    const list = h(
      'ol',
      { class: 'choice-list' },
      ...options.map((option, position) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'choice', 'data-choice-index': option.index, onclick: () => this.pick(option.index) },
            h('span', { class: 'choice-key', 'aria-hidden': 'true' }, `${position + 1}`),
            h('span', { class: 'choice-text' }, option.text),
          ),
        ),
      ),
    );
    this.element.replaceChildren(heading, list);
    this.element.hidden = false;
  }

  clear(): void {
    this.endWait();
    this.options = [];
    this.element.replaceChildren();
    this.element.hidden = true;
  }

  destroy(): void {
    this.endWait();
    document.removeEventListener('keydown', this.onKey);
  }

  /**
   * The options stay in place, disabled, while the choice is saved; if that takes longer than
   * `slowMs` they say "Saving…". `show` or `clear` ends the wait.
   */
  waitForSave(chosen: number | null, slowMs = 150): void {
    this.waiting = true;
    this.element.setAttribute('aria-busy', 'true');
    for (const button of this.element.querySelectorAll<HTMLButtonElement>('button.choice')) {
      button.disabled = true;
      if (Number(button.dataset.choiceIndex) === chosen) button.classList.add('choice--chosen');
    }
    this.slowTimer = setTimeout(() => {
      this.element.append(h('p', { class: 'saving', role: 'status' }, 'Saving…'));
    }, slowMs);
  }

  private endWait(): void {
    if (this.slowTimer !== null) clearTimeout(this.slowTimer);
    this.slowTimer = null;
    this.waiting = false;
    this.element.removeAttribute('aria-busy');
    this.element.querySelector('.saving')?.remove();
  }

  private pick(index: number): void {
    if (this.waiting || !this.options.some((o) => o.index === index)) return;
    this.waitForSave(index);
    this.onChoose(index);
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    // While a dialog (such as "step out") is open the story is paused.
    if (document.querySelector('dialog[open]')) return;
    const position = Number(event.key);
    if (!Number.isInteger(position) || position < 1 || position > 9) return;
    const option = this.options[position - 1];
    if (!option) return;
    event.preventDefault();
    this.pick(option.index);
  }
}

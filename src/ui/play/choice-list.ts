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
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  constructor(private readonly onChoose: (index: number) => void) {
    document.addEventListener('keydown', this.onKey);
  }

  show(options: readonly ChoiceOption[]): void {
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
    this.options = [];
    this.element.replaceChildren();
    this.element.hidden = true;
  }

  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  private pick(index: number): void {
    if (!this.options.some((o) => o.index === index)) return;
    this.clear();
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

import { h } from '../dom';
import { limitText } from '../widgets/text-limit';
import { TEXT_LIMITS } from '../../session/text-limits';

/**
 * "What would you say?": the author's question, answered in the learner's own words before the
 * options appear. Required in an observed session (the assessor marks it); optional in practice.
 * Calls `onDone` once, with the answer or null when skipped, and removes itself.
 */
export function askBox(prompt: string, required: boolean, onDone: (answer: string | null) => void): HTMLElement {
  const answer = h('textarea', { id: 'ask-answer', class: 'ask-answer', rows: 4, 'aria-describedby': 'ask-prompt ask-hint' });
  const error = h('p', { class: 'field-error', id: 'ask-error', role: 'alert', hidden: true }, 'Write your answer first, then the options will appear.');
  const hint = required ? 'Your assessor will read your answer. The options appear after it.' : 'Optional when you practise. The options appear after it.';
  const box = h(
    'section',
    { class: 'ask', 'aria-labelledby': 'ask-heading' },
    h('h2', { id: 'ask-heading', class: 'ask-heading', tabindex: -1 }, 'What would you say?'),
    h('p', { class: 'ask-prompt', id: 'ask-prompt' }, prompt),
    h('label', { for: 'ask-answer', class: 'field-label' }, 'Your answer, in your own words'),
    answer,
    limitText(answer, TEXT_LIMITS.answer),
    h('p', { class: 'hint', id: 'ask-hint' }, hint),
    error,
  );
  const finish = (value: string | null) => {
    box.remove();
    onDone(value);
  };
  const submit = h('button', { type: 'button', class: 'button button--primary' }, 'Show the options');
  submit.addEventListener('click', () => {
    const text = answer.value.trim();
    if (text || !required) return finish(text || null);
    error.hidden = false;
    answer.setAttribute('aria-invalid', 'true');
    answer.focus();
  });
  const skip = required ? null : h('button', { type: 'button', class: 'button' }, 'Skip');
  skip?.addEventListener('click', () => finish(null));
  box.append(h('div', { class: 'button-row' }, submit, skip));
  return box;
}

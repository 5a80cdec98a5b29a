import { h } from '../dom';

/**
 * Caps a text field at `max` characters (the same limit the record's schema holds, text-limits.ts)
 * and returns a counter to place after it. The counter speaks up once the text is near the limit,
 * so nobody loses words to a silent cut.
 */
export function limitText(field: HTMLInputElement | HTMLTextAreaElement, max: number): HTMLElement {
  field.maxLength = max;
  const counter = h('p', { class: 'char-count hint', 'aria-live': 'polite', id: field.id ? `${field.id}-count` : undefined });
  const update = () => {
    const used = field.value.length;
    counter.hidden = used < max * 0.8;
    counter.textContent = used >= max ? `That is the most this box takes: ${max} characters.` : `${used} of ${max} characters`;
    counter.classList.toggle('char-count--full', used >= max);
  };
  field.addEventListener('input', update);
  update();
  return counter;
}

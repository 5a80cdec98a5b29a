import { percent } from '../../trainer/group-debrief';
import { handsText as hands } from '../../trainer/group-debrief-text';
import type { PresenterFlow } from '../../trainer/presenter-flow';
import { h } from '../dom';

export interface VoteHandlers {
  select(position: number): void;
  addHands(position: number, delta: 1 | -1): void;
  /** Typed counts change the tally without redrawing, so typing is never interrupted. */
  typeHands(position: number, hands: number): void;
  focusHands(position: number): void;
  typeNote(note: string): void;
}

const TITLES = { discuss: 'Discuss', vote: 'Hands up', result: "The room's vote" } as const;

/** A decision on the projector: the options, then hands per option, then the result as bars. */
export function votePanel(flow: PresenterFlow, handlers: VoteHandlers): HTMLElement {
  const phase = flow.phase as keyof typeof TITLES;
  const total = (phase === 'result' ? flow.split : flow.tally).reduce((a, b) => a + b, 0);
  return h(
    'section',
    { class: `presenter-decision presenter-decision--${phase}`, 'aria-labelledby': 'decision-heading' },
    h('h2', { id: 'decision-heading', class: 'decision-heading' }, `Decision ${flow.session.decision + 1}: ${TITLES[phase]}`),
    h('ol', { class: 'presenter-options' }, ...flow.choices.map((choice, position) => optionRow(flow, position, choice.text, total, handlers))),
    phase === 'vote' ? h('p', { class: 'vote-total' }, handsText(total)) : null,
    phase === 'result' ? resultStatus(flow, total) : null,
    phase === 'result' && flow.overriding ? noteField(flow, handlers) : null,
  );
}

function optionRow(flow: PresenterFlow, position: number, text: string, total: number, handlers: VoteHandlers): HTMLElement {
  const selected = flow.selected === position && flow.phase !== 'discuss';
  const row = h(
    'li',
    {
      class: ['presenter-option', selected ? 'is-selected' : '', flow.phase === 'result' && flow.majority.includes(position) ? 'is-majority' : ''].join(' ').trim(),
      'data-position': position,
      'data-choice-index': flow.choices[position]!.index,
    },
    h('button', { type: 'button', class: 'option-key', 'aria-label': `Pick option ${position + 1}`, onclick: () => handlers.select(position) }, String(position + 1)),
    h('p', { class: 'option-text' }, text),
  );
  if (flow.phase === 'vote') row.append(handsControl(flow, position, handlers));
  if (flow.phase === 'result') row.append(resultBar(flow, position, total));
  return row;
}

function handsControl(flow: PresenterFlow, position: number, handlers: VoteHandlers): HTMLElement {
  const input = h('input', {
    type: 'number',
    inputmode: 'numeric',
    min: 0,
    max: 9999,
    class: 'hands-input',
    value: flow.tally[position] ?? 0,
    'aria-label': `Hands for option ${position + 1}`,
    oninput: (event: Event) => handlers.typeHands(position, Number((event.target as HTMLInputElement).value)),
    // Typing replaces the count rather than adding digits to it.
    onfocus: (event: Event) => {
      (event.target as HTMLInputElement).select();
      handlers.focusHands(position);
    },
  });
  return h(
    'div',
    { class: 'hands' },
    h('button', { type: 'button', class: 'hands-button', 'aria-label': `One fewer hand for option ${position + 1}`, onclick: () => handlers.addHands(position, -1) }, '−'),
    input,
    h('button', { type: 'button', class: 'hands-button', 'aria-label': `One more hand for option ${position + 1}`, onclick: () => handlers.addHands(position, 1) }, '+'),
  );
}

function resultBar(flow: PresenterFlow, position: number, total: number): HTMLElement {
  const hands = flow.split[position] ?? 0;
  const share = total === 0 ? 0 : hands / total;
  const label = flow.selected === position ? (flow.overriding ? 'To explore' : "Room's choice") : flow.majority.includes(position) ? (flow.phones.some((votes) => votes > 0) ? 'Most votes' : 'Most hands') : '';
  return h(
    'div',
    { class: 'result' },
    h('div', { class: 'bar', 'aria-hidden': 'true' }, h('div', { class: 'bar-fill', style: `width: ${(share * 100).toFixed(1)}%` })),
    h('p', { class: 'result-count', 'data-hands': hands }, total === 0 ? 'no votes' : `${hands} (${percent(share)})`),
    label ? h('p', { class: 'result-label' }, label) : null,
  );
}

function resultStatus(flow: PresenterFlow, total: number): HTMLElement {
  const majority = flow.majority;
  let text: string;
  if (flow.overriding) text = `Override: the room chose option ${majority.map((p) => p + 1).join(' or ')}; we'll explore option ${flow.selected! + 1} instead. Enter to go on.`;
  else if (total === 0) text = flow.selected === null ? "No votes entered. Press the number of the room's option." : 'Enter to go on.';
  else if (majority.length > 1 && flow.selected === null) text = `A tie between options ${majority.map((p) => p + 1).join(' and ')}. Press a number to choose.`;
  else text = `${votesText(flow, total)}. Enter to go on, or O to explore another option.`;
  return h('p', { class: 'result-status', role: 'status' }, text);
}

function noteField(flow: PresenterFlow, handlers: VoteHandlers): HTMLElement {
  return h(
    'label',
    { class: 'override-note' },
    h('span', {}, 'Why explore it? (optional)'),
    h('input', {
      type: 'text',
      class: 'override-input',
      value: flow.note,
      placeholder: 'Let’s see what happens if…',
      oninput: (event: Event) => handlers.typeNote((event.target as HTMLInputElement).value),
    }),
  );
}

/** Brings the picked row and the total up to date after typing, leaving the fields alone. */
export function refreshTally(panel: HTMLElement, flow: PresenterFlow): void {
  panel.querySelectorAll<HTMLElement>('.presenter-option').forEach((row) => {
    row.classList.toggle('is-selected', Number(row.dataset.position) === flow.selected);
  });
  const total = panel.querySelector('.vote-total');
  if (total) total.textContent = handsText(flow.tally.reduce((a, b) => a + b, 0));
}

function handsText(total: number): string {
  return `${hands(total)} in all`;
}

/** The total, and where the votes came from when phones voted too. */
function votesText(flow: PresenterFlow, total: number): string {
  const phones = flow.phones.reduce((a, b) => a + b, 0);
  if (phones === 0) return handsText(total);
  const raised = total - phones;
  return `${total} ${total === 1 ? 'vote' : 'votes'} in all: ${phones} from phones${raised > 0 ? `, ${hands(raised)}` : ''}`;
}

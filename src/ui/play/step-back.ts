import type { PlaySession } from '../../session/play-session';
import { h } from '../dom';

/**
 * "Step back": takes back the last decision in practice. Shown only when the session allows it
 * (never in assessed or trainer-led sessions); the undo is recorded in the log, not erased.
 */
export class StepBack {
  readonly element = h('div', { class: 'step-back', hidden: true });
  private readonly button = h('button', { type: 'button', class: 'button button--quiet' }, '↶ Step back', h('span', { class: 'visually-hidden' }, ' and change your last decision'));

  constructor(onStepBack: () => void) {
    this.button.addEventListener('click', onStepBack);
    this.element.append(this.button, h('span', { class: 'hint' }, 'Practice only: change your last decision. The debrief will show that you did.'));
  }

  update(session: PlaySession): void {
    this.element.hidden = !session.canUndo();
  }
}

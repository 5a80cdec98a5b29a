import type { ScenarioMeta } from '../../narrative/scenario-meta';
import { h } from '../dom';
import type { ResumeOffer } from './resume-offer';
import { roleCardsPanel } from './role-cards';

const SIGNPOST = 'If anything in this scenario brings up something difficult, anyone can step out at any time; talk to the trainer afterwards.';
const BEGIN_KEYS = new Set([' ', 'Enter', 'ArrowRight', 'PageDown']);
const HELP_KEYS = new Set(['?', 'h', 'H']);

/** How the trainer began: a new session, or carrying on the unfinished one offered. */
export type StartChoice = 'new' | 'continue';

interface StartParts {
  /** An unfinished session to carry on (resume-offer.ts); with its own "new" button, Space continues it. */
  offer?: ResumeOffer | null;
  /** Something to say first when there is no offer (a session that cannot be continued). */
  notice?: HTMLElement | null;
  /** Phones, under the notes and role cards. */
  extra?: HTMLElement | null;
  /** The past group sessions on this device, last. */
  past?: HTMLElement | null;
}

/**
 * Before a trainer-led session: what the scenario is about, its content notes for the whole room,
 * and the role cards if it has any. `begun` resolves when the trainer begins (Space, a clicker, or
 * a button) with what they chose; `cancel` stops listening if they leave first.
 */
export function startPanel(
  meta: ScenarioMeta,
  toggleHelp: () => void,
  parts: StartParts = {},
): { element: HTMLElement; begun: Promise<StartChoice>; cancel(): void; withdrawOffer(): void } {
  let { offer = null } = parts;
  const { notice = null, extra = null, past = null } = parts;
  const begin = h('button', { type: 'button', class: 'button button--primary presenter-button' }, 'Begin');
  const beginRow = h('div', { class: 'presenter-begin' }, begin, h('p', {}, 'When the room is ready, press Space or the clicker to begin.'));
  const element = h(
    'section',
    { class: 'presenter-start', 'aria-labelledby': 'presenter-start-heading' },
    h('h2', { id: 'presenter-start-heading' }, 'Before we start'),
    offer?.element ?? notice,
    h('p', { class: 'presenter-summary' }, meta.summary),
    h(
      'div',
      { class: 'presenter-start-columns' },
      meta.contentNotes.length > 0
        ? h('div', { class: 'presenter-notes' }, h('p', {}, h('strong', {}, 'This scenario includes:')), h('ul', {}, ...meta.contentNotes.map((n) => h('li', {}, n))), h('p', {}, SIGNPOST))
        : null,
      roleCardsPanel(meta),
    ),
    // After a reload the offer's own buttons begin: continue, or start a new session.
    offer?.newButton ? null : beginRow,
    extra,
    past,
  );
  let cancel = () => {};
  const begun = new Promise<StartChoice>((resolve) => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (HELP_KEYS.has(event.key)) {
        event.preventDefault();
        event.stopPropagation();
        return toggleHelp();
      }
      // Space and Enter belong to an open dialog (the keys) until it closes.
      if (!BEGIN_KEYS.has(event.key) || document.querySelector('dialog[open]')) return;
      // A focused button (Print role cards) keeps its own Enter and Space, and a field its own keys.
      if ((event.target as HTMLElement | null)?.closest('button, a, summary') && (event.key === 'Enter' || event.key === ' ')) return;
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      event.preventDefault();
      event.stopPropagation();
      done(offer?.newButton ? 'continue' : 'new');
    };
    const done = (choice: StartChoice) => {
      window.removeEventListener('keydown', onKey, true);
      resolve(choice);
    };
    window.addEventListener('keydown', onKey, true);
    begin.addEventListener('click', () => done('new'));
    offer?.continueButton.addEventListener('click', () => done('continue'));
    offer?.newButton?.addEventListener('click', () => done('new'));
    cancel = () => window.removeEventListener('keydown', onKey, true);
  });
  // The offered session was deleted from the list: only a new session can begin now.
  const withdrawOffer = () => {
    if (!offer) return;
    if (offer.newButton) offer.element.replaceWith(beginRow);
    else offer.element.remove();
    offer = null;
  };
  return { element, begun, cancel, withdrawOffer };
}

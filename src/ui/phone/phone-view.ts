import type { PhoneSelf, PublicRoom } from '../../relay/room-protocol';
import { MAX_ANSWER_LENGTH, MAX_NICKNAME_LENGTH } from '../../relay/room-protocol';
import { h } from '../dom';

export type Connection = 'connecting' | 'connected' | 'lost';

export interface PhoneHandlers {
  join(code: string, nickname: string): void;
  vote(option: number): void;
  answer(text: string): void;
}

const CONNECTION_TEXT: Record<Connection, string> = {
  connecting: 'Connecting to the room…',
  connected: 'Connected.',
  lost: 'Connection lost. Trying again: your vote is kept.',
};

/**
 * The phone's one screen: join with the code, then whatever the room is doing (waiting, voting,
 * closed, ended). Built once and updated in place, so a half-written answer and the focus survive
 * every update. Everything from the room is set as text, never as HTML.
 */
export class PhoneView {
  readonly root = h('div', { class: 'phone-screen' });
  private readonly connection = h('p', { class: 'phone-connection', role: 'status' });
  private readonly problem = h('p', { class: 'phone-problem', role: 'alert' });
  private readonly codeInput = h('input', { id: 'room-code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 5, class: 'phone-input phone-code', required: true });
  private readonly nameInput = h('input', { id: 'room-nickname', name: 'nickname', autocomplete: 'nickname', maxlength: MAX_NICKNAME_LENGTH, class: 'phone-input' });
  private readonly joinForm: HTMLFormElement;
  private readonly room = h('section', { class: 'phone-room', 'aria-labelledby': 'phone-heading', hidden: true });
  private readonly heading = h('h1', { id: 'phone-heading', class: 'phone-heading', tabindex: -1 });
  private readonly message = h('p', { class: 'phone-message' });
  private readonly options = h('div', { class: 'phone-options', role: 'group', 'aria-labelledby': 'phone-heading' });
  private readonly yourVote = h('p', { class: 'phone-your-vote', 'aria-live': 'polite' });
  private readonly answerBox = h('textarea', { id: 'phone-answer', class: 'phone-input phone-answer', maxlength: MAX_ANSWER_LENGTH, rows: 3 });
  private readonly askText = h('span', { class: 'phone-ask' });
  private readonly answerSent = h('p', { class: 'phone-answer-sent', 'aria-live': 'polite' });
  private readonly answerForm: HTMLFormElement;
  private readonly revealed = h('section', { class: 'phone-revealed', 'aria-labelledby': 'phone-revealed-heading', hidden: true });
  private shownKey: string | null = null;
  private shownStatus: string | null = null;

  constructor(private readonly handlers: PhoneHandlers) {
    this.joinForm = h(
      'form',
      { class: 'phone-join', 'aria-labelledby': 'phone-join-heading' },
      h('h1', { id: 'phone-join-heading', class: 'phone-heading' }, 'Join the room'),
      h('label', { for: 'room-code', class: 'phone-label' }, 'Room code', h('span', { class: 'phone-hint' }, 'Five letters and numbers, on the screen at the front.')),
      this.codeInput,
      h('label', { for: 'room-nickname', class: 'phone-label' }, 'Nickname (optional)', h('span', { class: 'phone-hint' }, 'Nobody sees it: the trainer only sees how many have joined.')),
      this.nameInput,
      h('button', { type: 'submit', class: 'phone-button phone-button--primary' }, 'Join'),
    );
    this.joinForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.handlers.join(this.codeInput.value.trim().toUpperCase(), this.nameInput.value);
    });
    this.answerForm = h(
      'form',
      { class: 'phone-answer-form', hidden: true },
      h('label', { for: 'phone-answer', class: 'phone-label' }, 'Your answer, in a sentence', this.askText, h('span', { class: 'phone-hint' }, 'Shown without your name, if the trainer shares the answers.')),
      this.answerBox,
      h('button', { type: 'submit', class: 'phone-button' }, 'Send answer'),
      this.answerSent,
    );
    this.answerForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.answerBox.value.trim();
      if (text) this.handlers.answer(text);
    });
    this.room.append(this.heading, this.message, this.options, this.yourVote, this.answerForm, this.revealed);
    this.root.append(this.connection, this.problem, this.joinForm, this.room);
    this.showConnection('connecting');
  }

  prefillCode(code: string): void {
    this.codeInput.value = code;
  }

  showConnection(state: Connection): void {
    this.connection.textContent = CONNECTION_TEXT[state];
    this.connection.dataset.state = state;
  }

  showProblem(text: string | null): void {
    this.problem.textContent = text ?? '';
  }

  /** The room as it stands, with this phone's own vote and answer. */
  showRoom(room: PublicRoom, self: PhoneSelf): void {
    this.joinForm.hidden = true;
    this.room.hidden = false;
    this.root.dataset.status = room.status;
    const key = room.decision?.key ?? null;
    const changed = key !== this.shownKey || room.status !== this.shownStatus;
    if (key !== this.shownKey) {
      this.answerBox.value = self.answer ?? '';
      this.answerSent.textContent = '';
    }
    if (changed) {
      this.heading.textContent = headingFor(room);
      this.message.textContent = messageFor(room, self);
      this.options.replaceChildren(
        ...(room.decision?.options ?? []).map((option, position) =>
          h(
            'button',
            { type: 'button', class: 'phone-button phone-option', 'data-option': option.index, disabled: room.status !== 'open', onclick: () => this.handlers.vote(option.index) },
            h('span', { class: 'phone-option-number', 'aria-hidden': 'true' }, String(position + 1)),
            h('span', { class: 'phone-option-text' }, option.text),
          ),
        ),
      );
    }
    this.options.hidden = !room.decision || room.status === 'ended';
    this.askText.textContent = room.decision?.ask ? ` (${room.decision.ask})` : '';
    this.answerForm.hidden = !(room.status === 'open' && room.decision?.ask);
    this.showSelf(room, self);
    this.showRevealed(room.revealed);
    if (changed && this.shownStatus !== null && document.activeElement !== this.answerBox) this.heading.focus();
    this.shownKey = key;
    this.shownStatus = room.status;
  }

  showSelf(room: PublicRoom, self: PhoneSelf): void {
    const options = room.decision?.options ?? [];
    this.options.querySelectorAll<HTMLButtonElement>('.phone-option').forEach((button) => {
      const mine = Number(button.dataset.option) === self.vote;
      button.setAttribute('aria-pressed', String(mine));
    });
    const position = options.findIndex((o) => o.index === self.vote);
    const closed = room.status !== 'open';
    if (position < 0) this.yourVote.textContent = room.decision && room.status === 'closed' ? 'You did not vote at this decision.' : '';
    else this.yourVote.textContent = closed ? `You voted for option ${position + 1}.` : `Your vote: option ${position + 1}. You can change it until voting closes.`;
    if (self.answer) this.answerSent.textContent = 'Your answer is in. You can change it until voting closes.';
  }

  private showRevealed(answers: readonly string[]): void {
    this.revealed.hidden = answers.length === 0;
    this.revealed.replaceChildren(
      h('h2', { id: 'phone-revealed-heading' }, 'What the room wrote'),
      h('ul', {}, ...answers.map((text) => h('li', {}, text))),
    );
  }
}

function headingFor(room: PublicRoom): string {
  switch (room.status) {
    case 'waiting': return 'You are in';
    case 'open': return 'Vote now';
    case 'closed': return 'Voting is closed';
    case 'ended': return 'This room has ended';
  }
}

function messageFor(room: PublicRoom, self: PhoneSelf): string {
  const you = self.nickname ? ` as ${self.nickname}` : '';
  switch (room.status) {
    case 'waiting': return `You joined${you}. The options appear here when the trainer opens voting.`;
    case 'open': return room.decision?.ask ? 'Pick the option you would go with, and write your answer below.' : 'Pick the option you would go with.';
    case 'closed': return 'The trainer has closed voting. Look at the screen at the front; the next vote appears here.';
    case 'ended': return 'Thank you for taking part. You can close this page.';
  }
}

import type { TrainerRoom } from '../../relay/room-protocol';
import type { PresenterFlow } from '../../trainer/presenter-flow';
import { h } from '../dom';
import type { RoomLink } from './room-link';

/**
 * Phones voting alongside hands: keeps the live room in step with the presenter (voting opens with
 * "hands up" and closes with the result, whose split then adds the phones to the hands), and draws
 * the join details, the counts and the written answers. The projector shows how many, never who.
 */
export class PhoneVoting {
  readonly box = h('section', { class: 'phones', 'aria-label': 'Phones' });
  private readonly qr = h('img', { class: 'phones-qr', alt: '' });
  private readonly counts = h('p', { class: 'phones-counts', 'aria-live': 'polite' });
  private readonly connection = h('p', { class: 'phones-connection', role: 'status' });
  private readonly answers = h('div', { class: 'phones-answers' });
  private shownAnswers = '';
  // The trainer opens the list to check it; it stays open as answers come in, until they close it or the decision changes.
  private listOpen = false;
  private openKey: string | null = null;
  private phase: PresenterFlow['phase'] | 'start' = 'start';

  constructor(
    readonly link: RoomLink,
    private readonly announce: (text: string) => void,
  ) {
    const address = link.joinAddress.replace(/#.*$/, '');
    this.box.append(
      h(
        'div',
        { class: 'phones-join' },
        this.qr,
        h(
          'div',
          {},
          h('p', { class: 'phones-label' }, 'Vote on your phone'),
          h('p', { class: 'phones-address' }, address),
          h('p', { class: 'phones-code-line' }, 'Code ', h('strong', { class: 'phones-code' }, link.code)),
          this.counts,
        ),
      ),
      this.connection,
      this.answers,
    );
    void qrFor(link.joinAddress).then((src) => {
      this.qr.src = src;
      this.qr.alt = `QR code for ${address}, room ${link.code}`;
    });
    link.onChange((room) => this.show(room));
    link.onConnection((up) => {
      this.connection.textContent = up ? '' : 'Lost touch with the phones’ relay; trying again. Hands still work.';
      this.box.classList.toggle('is-lost', !up);
    });
    this.show(link.room);
  }

  /** Opens or closes the room's voting to match the presenter's step. */
  follow(flow: PresenterFlow): void {
    this.phase = flow.phase;
    if (flow.phase === 'vote') {
      const key = keyFor(flow);
      if (this.openKey === key) return;
      this.openKey = key;
      // A new decision's answers start closed: each lot is checked before the room sees it.
      this.listOpen = false;
      this.shownAnswers = '';
      const options = flow.choices.map((c) => ({ index: c.index, text: c.text }));
      void this.link.openVoting(key, options, flow.session.play.current.ask ?? null).then((r) => !r.ok && this.problem(r.reason));
    } else if (this.openKey !== null) {
      this.openKey = null;
      void this.link.closeVoting();
    }
    this.show(this.link.room);
  }

  /** Closes voting and adds the phones' split to the flow; with no answer, the hands alone count. */
  async closeInto(flow: PresenterFlow): Promise<void> {
    if (this.openKey === null) return;
    this.openKey = null;
    const r = await this.link.closeVoting();
    if (r.ok && r.value.split) flow.setPhoneVotes(r.value.split);
    else this.problem(r.ok ? 'no split came back' : r.reason);
  }

  async end(): Promise<void> {
    await this.link.end();
  }

  private problem(reason: string): void {
    this.connection.textContent = `Phones: ${reason}. Hands still count.`;
    this.announce(this.connection.textContent);
  }

  private show(room: TrainerRoom): void {
    const voting = this.phase === 'vote' || this.phase === 'result';
    this.counts.textContent = `${room.joined} joined` + (voting && room.decision ? `  ·  ${room.voted} voted` : '');
    const answersNow = JSON.stringify([room.answers, room.revealed, voting]);
    if (answersNow === this.shownAnswers) return;
    this.shownAnswers = answersNow;
    this.answers.replaceChildren(...(voting && room.decision?.ask ? this.answerParts(room) : []));
  }

  private readonly revealButton = h('button', { type: 'button', class: 'button button--primary phones-reveal', onclick: () => void this.link.reveal() }, 'Show answers to the room');

  private answerParts(room: TrainerRoom): HTMLElement[] {
    if (room.answers.length === 0) return [h('p', { class: 'phones-answers-none' }, 'No written answers from phones yet.')];
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'button phones-check-toggle',
        'aria-expanded': String(this.listOpen),
        onclick: () => {
          this.listOpen = !this.listOpen;
          this.shownAnswers = '';
          this.show(this.link.room);
          this.answers.querySelector<HTMLElement>('.phones-check-toggle')?.focus();
        },
      },
      `Written answers: ${room.answers.length}. ${this.listOpen ? 'Close the list' : 'Check them before showing'}`,
    );
    const list = h(
      'ul',
      { class: 'phones-answer-list', hidden: !this.listOpen },
      ...room.answers.map((a) =>
        h(
          'li',
          { class: a.hidden ? 'is-hidden' : '' },
          h('span', { class: 'phones-answer-text' }, a.text),
          h('button', { type: 'button', class: 'button phones-hide', 'aria-pressed': String(a.hidden), onclick: () => void this.link.hide(a.id, !a.hidden) }, a.hidden ? 'Hidden: show' : 'Hide'),
        ),
      ),
    );
    const shown = room.revealed.length > 0 ? h('ul', { class: 'phones-revealed', 'aria-label': 'Answers from the room' }, ...room.revealed.map((t) => h('li', {}, t))) : null;
    return [toggle, list, this.revealButton, ...(shown ? [shown] : [])];
  }
}

/** The room's vote key: the decision and the log entry that offered it, so going back to a decision gets a fresh vote. */
export function keyFor(flow: PresenterFlow): string {
  const events = flow.session.log.events;
  let offered = 0;
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i]!.type === 'choices-offered') {
      offered = events[i]!.seq;
      break;
    }
  }
  return `${flow.session.decision}-${offered}`;
}

async function qrFor(text: string): Promise<string> {
  const { toString } = await import('qrcode');
  const svg = await toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

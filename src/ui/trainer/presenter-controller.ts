import { assertNever } from '../../core/assert-never';
import { AuthoringError } from '../../narrative/authoring-error';
import { pathHistory } from '../../scoring/effective-path';
import type { Committer } from '../../storage/step-saver';
import type { PresenterFlow } from '../../trainer/presenter-flow';
import { CommitThenShow } from '../play/commit-then-show';
import { backDialog } from './back-dialog';
import { commandFor, type PresenterCommand } from './keymap';
import type { PhoneVoting } from './phone-voting';
import type { PresenterView, ViewHandlers } from './presenter-view';

/** Commands that move the room on; they wait their turn while the last move is still being stored. */
const MOVES = new Set<PresenterCommand['kind']>(['advance', 'previous', 'select', 'hands', 'override', 'back']);

/**
 * Turns keys, clicker presses and taps into presenter commands, applies them to the flow and
 * redraws. The one place that knows about dialogs being open or the session being paused.
 *
 * Stored before shown, as in practice play: whatever a command wrote to the log (votes, the room's
 * choice, a rewind) is committed by `committer` before the room sees its result. Meanwhile the
 * presenter is marked aria-busy and further moves are refused, so a double press never skips a result.
 */
export class PresenterController {
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  private decisionShown: number;
  /** Waiting for the phones' split as voting closes, or for the device to store a step. */
  private busy = false;
  private readonly steps: CommitThenShow;
  /** How many of the log's events have been handed to the committer (the caller commits those it starts with). */
  private handedOver: number;

  constructor(
    private readonly flow: PresenterFlow,
    private readonly view: PresenterView,
    private readonly phones: PhoneVoting | null,
    private readonly toDebrief: () => void,
    committer: Committer | null = null,
  ) {
    this.decisionShown = flow.session.decision;
    this.steps = new CommitThenShow(committer);
    this.handedOver = committer ? flow.session.log.events.length : Infinity;
    // Captured on the window, so the presenter's keys are its own (the app's global ? help included).
    window.addEventListener('keydown', this.onKey, true);
    this.redraw();
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKey, true);
    this.view.root.querySelectorAll('dialog').forEach((d) => d.close());
  }

  private readonly handlers: ViewHandlers = {
    select: (position) => this.dispatch({ kind: 'select', position }),
    addHands: (position, delta) => {
      this.flow.select(position);
      this.dispatch({ kind: 'hands', delta });
    },
    // Typing and focusing a count must not redraw: that would take the field away mid-number.
    typeHands: (position, hands) => {
      this.flow.setHands(position, hands);
      this.view.showTally(this.flow);
    },
    focusHands: (position) => {
      this.flow.select(position);
      this.view.showTally(this.flow);
    },
    typeNote: (note) => {
      this.flow.note = note;
    },
    debrief: () => this.toDebrief(),
    back: () => this.dispatch({ kind: 'back' }),
  };

  private handleKey(event: KeyboardEvent): void {
    // An open dialog (keys, going back) keeps its own keys: Escape, Tab and Enter work as usual.
    if (this.view.root.querySelector('dialog[open]')) {
      if (this.view.help.open && commandFor(event)?.kind === 'help') {
        event.preventDefault();
        event.stopPropagation();
        this.view.help.close();
      }
      return;
    }
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select');
    // In a field only Enter (go on) and Escape (leave the field) are the presenter's.
    if (typing && event.key !== 'Enter' && event.key !== 'Escape') return;
    if (typing && event.key === 'Escape') return void (target as HTMLElement).blur();
    // A focused button or link does its own thing with Enter and Space.
    if (!typing && target?.closest('button, a, summary') && (event.key === 'Enter' || event.key === ' ')) return;
    const command = commandFor(event);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    this.dispatch(command);
  }

  private dispatch(command: PresenterCommand): void {
    if (this.flow.session.isPaused) {
      if (command.kind === 'pause' || command.kind === 'close') this.setPaused(false);
      return;
    }
    if (this.busy && MOVES.has(command.kind)) return;
    // Leaving "hands up" for the result: the phones' votes come first, to join the hands.
    if (this.phones && this.flow.phase === 'vote' && (command.kind === 'advance' || command.kind === 'override')) {
      this.setBusy(true);
      void this.phones.closeInto(this.flow).finally(() => {
        this.setBusy(false);
        this.run(command);
      });
      return;
    }
    this.run(command);
  }

  /** Redraws, once anything new in the log is stored; at once if nothing is new. */
  private show(): void {
    const logged = this.flow.session.log.events.length;
    if (logged <= this.handedOver) return this.redraw();
    this.handedOver = logged;
    this.setBusy(true);
    void this.steps.run(() => {
      this.setBusy(false);
      this.redraw();
    });
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.view.root.setAttribute('aria-busy', String(busy));
  }

  private run(command: PresenterCommand): void {
    try {
      this.apply(command);
    } catch (error) {
      // An authoring mistake stops the story where it stands; the record so far is kept (and stored).
      void this.steps.run(() => undefined);
      if (!(error instanceof AuthoringError)) console.error(error);
      this.view.showError(`This scenario has a problem and cannot go on: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private apply(command: PresenterCommand): void {
    const timer = this.view.timer;
    switch (command.kind) {
      case 'advance':
        if (this.flow.phase === 'ended') return this.toDebrief();
        this.flow.advance();
        break;
      case 'previous': this.flow.previous(); break;
      case 'select': this.flow.select(command.position); break;
      case 'hands': this.flow.addHands(command.delta); break;
      case 'override': this.flow.override(); break;
      case 'timer': return timer.toggle();
      case 'timer-length': return timer.adjust(command.delta);
      case 'back': return this.openBack();
      case 'pause': return this.setPaused(true);
      case 'help': return this.view.toggleHelp();
      case 'close': return;
      default: assertNever(command, 'command');
    }
    this.show();
  }

  private openBack(): void {
    const path = pathHistory(this.flow.session.log.events).current;
    if (path.length === 0) return this.view.announce('There is no earlier decision to go back to yet.');
    const dialog = backDialog(path, (decision) => {
      if (this.busy) return;
      this.flow.backTo(decision);
      this.show();
    });
    this.view.root.append(dialog);
    dialog.showModal();
  }

  private setPaused(paused: boolean): void {
    if (paused) this.flow.session.pause();
    else this.flow.session.resume();
    // The screen blanks (or comes back) at once; the pause goes to the device behind it.
    void this.steps.run(() => undefined);
    this.view.setPaused(paused);
    this.view.announce(paused ? 'Paused. Press P to carry on.' : 'Carrying on.');
  }

  private redraw(): void {
    // Each decision gets a fresh discussion timer.
    if (this.flow.session.decision !== this.decisionShown) {
      this.view.timer.reset();
      this.decisionShown = this.flow.session.decision;
    }
    this.phones?.follow(this.flow);
    this.view.render(this.flow, this.handlers);
    this.view.announce(describe(this.flow));
  }
}

/** A sentence for screen readers saying what has just come on screen. */
function describe(flow: PresenterFlow): string {
  const decision = flow.session.decision + 1;
  switch (flow.phase) {
    case 'story': {
      const line = flow.lines[flow.revealed - 1];
      if (!line) return '';
      if (line.kind === 'room-choice') return `The room chose: ${line.text}`;
      return line.passage.speaker ? `${line.passage.speaker.name}: ${line.passage.text}` : line.passage.text;
    }
    case 'discuss': return `Decision ${decision}. Talk about it: ${flow.prompts.join(' ')}`;
    case 'vote': return `Decision ${decision}: hands up. Option ${(flow.selected ?? 0) + 1} picked, ${flow.tally[flow.selected ?? 0] ?? 0} hands.`;
    case 'result': return `Decision ${decision}: the room's vote.`;
    case 'ended': return 'The end of this scenario.';
  }
}

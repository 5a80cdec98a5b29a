import { assertNever } from '../../core/assert-never';
import type { PlaySession } from '../../session/play-session';
import type { StepSaver } from '../../storage/step-saver';
import { CommitThenShow } from './commit-then-show';
import type { PlayCommand, PlayView } from './play-view';

/**
 * Applies what the learner does to the session and redraws. Stored before shown: a choice, an
 * answer or a step back goes into the log, `saver` makes it durable, and only then is its result
 * drawn. Meanwhile further moves are refused, so a double click never skips a result.
 */
export class PlayController {
  private readonly steps: CommitThenShow;
  private left = false;

  constructor(
    private readonly session: PlaySession,
    private readonly view: PlayView,
    private readonly saver: StepSaver | null,
  ) {
    this.steps = new CommitThenShow(saver);
  }

  /** The first step on screen: a new attempt from its start, or a resumed one at its current decision. */
  start(resumed: boolean, focus: boolean): void {
    // A resumed log may have gained the passages a crash cut off: those are stored before shown too.
    if (resumed) void this.steps.run(() => this.view.openAtDecision(this.session));
    // A new attempt's opening is the result of no choice, so it shows at once while its first write
    // goes on (play-screen.ts). A choice made meanwhile is stored after that write, then shown.
    else this.view.showStep(this.session, focus);
  }

  dispatch(command: PlayCommand): void {
    if (this.left) return;
    if (command.kind === 'step-out' || command.kind === 'step-in') return this.stepOut(command.kind === 'step-out');
    if (this.steps.busy) return;
    let show: () => void;
    try {
      show = this.apply(command);
    } catch (error) {
      return this.view.showAuthoringError(error);
    }
    this.view.holdScene();
    void this.steps.run(() => {
      if (!this.left) show();
    }).finally(() => this.view.releaseScene());
  }

  /** Another tab asked to continue this attempt: finish the last write, stop saving here, say so. */
  async handOver(): Promise<void> {
    await this.saver?.commit();
    this.saver?.stop(new Error('this attempt is now continuing in another tab'));
    this.left = true;
    this.view.showHandedOver();
  }

  leave(): void {
    this.left = true;
    this.saver?.dispose();
  }

  /** Changes the session now and returns what to draw once the change is stored. */
  private apply(command: Exclude<PlayCommand, { kind: 'step-out' | 'step-in' }>): () => void {
    const { session, view } = this;
    switch (command.kind) {
      case 'choose': {
        const made = session.choose(command.index);
        return () => view.showChoiceMade(session, made);
      }
      case 'answer': {
        const step = session.current;
        if (command.text) {
          session.answer(command.text);
          view.echoAnswer(step.ask!, command.text);
        }
        return () => view.showOptions(step);
      }
      case 'undo':
        session.undo();
        view.waitForUndo();
        return () => {
          view.redraw(session);
          view.focusDecision();
        };
      default:
        return assertNever(command, 'play command');
    }
  }

  // A pause is recorded for the debrief's timings; it changes nothing on screen, so nothing waits for it.
  private stepOut(out: boolean): void {
    this.session.log.append(out ? { type: 'session-paused', reason: 'step-out' } : { type: 'session-resumed' });
    void this.saver?.commit();
  }
}

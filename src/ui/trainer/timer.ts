import { Countdown, formatClock } from '../../trainer/countdown';
import { h } from '../dom';

const STEP_MS = 30_000;

/**
 * The optional discussion timer in the presenter's top bar. It never starts by itself and never
 * stops the session: when it reaches zero it says so and waits for the trainer.
 */
export class TimerWidget {
  readonly element = h('div', { class: 'presenter-timer', role: 'timer', 'aria-label': 'Discussion timer', 'data-state': 'ready' });
  private readonly countdown = new Countdown();
  private ticking: number | undefined;

  constructor(
    private readonly onDone: () => void,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.render();
  }

  toggle(): void {
    this.countdown.toggle(this.now());
    this.sync();
  }

  /** One step (half a minute) longer or shorter. */
  adjust(direction: 1 | -1): void {
    this.countdown.adjust(direction * STEP_MS);
    this.render();
  }

  reset(): void {
    this.countdown.reset();
    this.sync();
  }

  destroy(): void {
    window.clearInterval(this.ticking);
  }

  private sync(): void {
    window.clearInterval(this.ticking);
    this.ticking = this.countdown.running ? window.setInterval(() => this.render(), 250) : undefined;
    this.render();
  }

  private render(): void {
    const now = this.now();
    const done = this.countdown.running && this.countdown.finished(now);
    const state = done ? 'done' : this.countdown.running ? 'running' : this.countdown.remainingMs(now) < this.countdown.durationMs ? 'paused' : 'ready';
    const hint = { ready: 'T to start', running: 'T to pause', paused: 'paused', done: "time's up" }[state];
    this.element.dataset.state = state;
    this.element.replaceChildren(h('span', { class: 'timer-clock' }, formatClock(this.countdown.remainingMs(now))), h('span', { class: 'timer-hint' }, hint));
    if (done) {
      this.countdown.toggle(now);
      window.clearInterval(this.ticking);
      this.element.dataset.state = 'done';
      this.onDone();
    }
  }
}

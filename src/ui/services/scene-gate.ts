/**
 * Decides when a scene state reaches the scenery. Each state says everyone in the room, so only
 * the newest one waiting matters. Nothing passes before the scenery is there, nor while the gate
 * is held: from a choice until its result is on screen, so a redraw of the picture (slow where
 * WebGL has no GPU) never stands between the click and the text it brings.
 */
export class SceneGate<State> {
  private waiting: State | null = null;
  private open = false;
  private held = false;
  private cancelPending: (() => void) | null = null;

  /**
   * @param schedule runs its task later (after the next paint, see after-paint.ts) and returns a
   *   function that cancels it
   * @param draw hands a state to the scenery
   */
  constructor(
    private readonly schedule: (task: () => void) => () => void,
    private readonly draw: (state: State) => void,
  ) {}

  /** The newest scene; it replaces any state still waiting. */
  offer(state: State): void {
    this.waiting = state;
    this.kick();
  }

  /** The scenery has loaded and can take states from now on. */
  opened(): void {
    this.open = true;
    this.kick();
  }

  /** A step is on its way: states are kept, not drawn, until `release`. */
  hold(): void {
    this.held = true;
    this.cancel();
  }

  /** The step is on screen (or will not come): the newest state is drawn after the next paint. */
  release(): void {
    this.held = false;
    this.kick();
  }

  /** Nothing more is drawn. */
  close(): void {
    this.open = false;
    this.cancel();
  }

  private kick(): void {
    if (!this.open || this.held || this.waiting === null || this.cancelPending) return;
    this.cancelPending = this.schedule(() => {
      this.cancelPending = null;
      const state = this.waiting;
      this.waiting = null;
      if (state !== null) this.draw(state);
    });
  }

  private cancel(): void {
    this.cancelPending?.();
    this.cancelPending = null;
  }
}

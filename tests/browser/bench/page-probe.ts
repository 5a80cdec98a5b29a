/**
 * Runs in each page before its own scripts (context.addInitScript) and times what a learner sees,
 * with the page's own clock (ms since navigation began), so the bench's round trips to the browser
 * never count. "Painted" is a frame after the DOM change: a requestAnimationFrame callback, then a
 * task after it, so a main thread kept busy (a render loop, a texture upload) delays it as it
 * delays the learner.
 */
export interface ProbeReadings {
  /** When a choice could first be clicked: enabled, and not in a list waiting for a save. */
  firstChoiceMs: number | null;
  /** For each click on a choice: pointer down to the next step painted (options, a question or the end). */
  clickToPaintMs: number[];
  /**
   * Controls the bench clicks on the way to the first choice (a profile, "Start the scenario"):
   * how long each waited on screen for the bench to click it. A learner's reaction is not the
   * page's doing, so it is taken out of the time to the first choice.
   */
  reactionMs: number;
}


declare global {
  interface Window {
    __bench?: ProbeReadings;
  }
}

export function installProbe(): void {
  const readings: ProbeReadings = { firstChoiceMs: null, clickToPaintMs: [], reactionMs: 0 };
  // What stands between opening the page and the first choice, for the game. Written out here:
  // the function is sent to the page on its own, without this module around it.
  const gates = '.profile-button, .before-you-start button.button--primary';
  const passed = new WeakSet<Element>();
  let gateShownAt: number | null = null;
  window.__bench = readings;
  let clicked: { at: number; button: Element } | null = null;
  let waitingForFrame = false;
  const afterPaint = (then: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  const clickableChoice = () => [...document.querySelectorAll<HTMLButtonElement>('button.choice')].find((b) => !b.disabled && !b.closest('[aria-busy="true"]'));
  // The step after a click: new options (not the clicked one), a "What would you say?" or an ending.
  const nextStepShown = (button: Element) => {
    const choice = clickableChoice();
    if (choice && choice !== button) return true;
    return document.querySelector('.ask, .ending:not([hidden]), p.end') !== null;
  };
  const check = () => {
    if (gateShownAt === null && [...document.querySelectorAll(gates)].some((gate) => !passed.has(gate))) gateShownAt = performance.now();
    if (readings.firstChoiceMs === null && !waitingForFrame && clickableChoice()) {
      waitingForFrame = true;
      afterPaint((at) => (readings.firstChoiceMs = at));
    }
    if (clicked && nextStepShown(clicked.button)) {
      const started = clicked.at;
      clicked = null;
      performance.mark('bench:next-step');
      afterPaint((at) => {
        performance.mark('bench:painted');
        readings.clickToPaintMs.push(at - started);
      });
    }
  };
  addEventListener(
    'pointerdown',
    (event) => {
      const target = event.target as Element | null;
      const gate = target?.closest?.(gates);
      if (gate && gateShownAt !== null && !passed.has(gate)) {
        passed.add(gate);
        readings.reactionMs += event.timeStamp - gateShownAt;
        gateShownAt = null;
      }
      const button = target?.closest?.('button.choice');
      if (button && !(button as HTMLButtonElement).disabled) clicked = { at: event.timeStamp, button };
    },
    true,
  );
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'aria-busy'] });
}

/**
 * The probe as a script for context.addInitScript. tsx compiles with esbuild's keepNames, which
 * wraps named functions in a `__name(...)` helper that exists only in Node; the page gets its own.
 */
export const PROBE_SCRIPT = `(() => { const __name = (f) => f; (${installProbe.toString()})(); })();`;

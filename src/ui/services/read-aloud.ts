import { h } from '../dom';
import { loadPreferences } from './preferences';

/** The last batch read, so it can be heard again. */
let lastLines: readonly string[] = [];

function speechAvailable(): boolean {
  return loadPreferences().readAloud && 'speechSynthesis' in window;
}

/**
 * Reads what just appeared aloud with the browser's own speech, when the learner has turned it on:
 * captions, the choice and its feedback, the passages, then the question, the options or the
 * ending, whichever is on screen. Each batch replaces what was still being read, so speech never
 * falls behind.
 */
export function readAloud(lines: readonly string[]): void {
  const said = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (said.length === 0) return;
  lastLines = said;
  if (!speechAvailable()) return;
  window.speechSynthesis.cancel();
  window.speechSynthesis.resume(); // a paused voice stays paused after cancel in Chromium
  for (const line of said) {
    const utterance = new SpeechSynthesisUtterance(line);
    utterance.lang = 'en-GB';
    window.speechSynthesis.speak(utterance);
  }
}

export function stopReading(): void {
  lastLines = [];
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
}

/** What was last read aloud (for the controls and for tests). */
export function lastRead(): readonly string[] {
  return lastLines;
}

/**
 * Replay, and pause or resume, for the speech; shown only while read aloud is on. The pause
 * button's label says what pressing it will do, and its pressed state is not used, so a screen
 * reader hears one plain action.
 */
export function readAloudControls(): HTMLElement | null {
  if (!speechAvailable()) return null;
  const pause = h('button', { type: 'button', class: 'button button--quiet read-aloud-pause' }, 'Pause reading');
  const replay = h('button', { type: 'button', class: 'button button--quiet read-aloud-replay' }, 'Read again');
  pause.addEventListener('click', () => {
    const synth = window.speechSynthesis;
    if (synth.paused) {
      synth.resume();
      pause.textContent = 'Pause reading';
    } else {
      synth.pause();
      pause.textContent = 'Resume reading';
    }
  });
  replay.addEventListener('click', () => {
    pause.textContent = 'Pause reading';
    readAloud(lastLines);
  });
  return h('div', { class: 'read-aloud-controls', role: 'group', 'aria-label': 'Read aloud' }, replay, pause);
}

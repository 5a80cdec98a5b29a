import { loadPreferences } from './preferences';

/**
 * Reads new passages and the choices aloud with the browser's own speech, when the learner has
 * turned it on. Each new batch replaces what was still being read, so speech never falls behind.
 */
export function readAloud(lines: readonly string[]): void {
  if (!loadPreferences().readAloud || !('speechSynthesis' in window) || lines.length === 0) return;
  window.speechSynthesis.cancel();
  for (const line of lines) {
    const utterance = new SpeechSynthesisUtterance(line);
    utterance.lang = 'en-GB';
    window.speechSynthesis.speak(utterance);
  }
}

export function stopReading(): void {
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
}

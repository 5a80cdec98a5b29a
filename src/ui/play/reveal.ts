import type { Preferences } from '../services/preferences';

const MS_PER_CHARACTER = { fast: 18, slow: 45 } as const;
const MAX_MS_PER_ENTRY = { fast: 2500, slow: 6000 } as const;

/**
 * For learners who prefer text to arrive a line at a time: each element fades in after the one
 * before has had time to be read. Returns when the last one appears, in ms. Instant does nothing.
 */
export function stagger(elements: readonly HTMLElement[], speed: Preferences['revealSpeed']): number {
  if (speed === 'instant') return 0;
  let delayMs = 0;
  for (const element of elements) {
    // Re-adding the class restarts the animation on an element that is reused, like the choices.
    element.classList.remove('reveal');
    void element.offsetWidth;
    element.classList.add('reveal');
    element.style.animationDelay = `${delayMs}ms`;
    const length = element.textContent?.length ?? 0;
    delayMs += Math.min(length * MS_PER_CHARACTER[speed], MAX_MS_PER_ENTRY[speed]);
  }
  return delayMs;
}

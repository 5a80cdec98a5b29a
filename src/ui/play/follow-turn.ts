import { reducedMotion } from '../services/apply-preferences';
import { fitsTogether, GAP_PX, scrollTarget, type ScrollFacts } from './scroll-target';

/**
 * Keeps the learner in the story after a step: scrolls to the new text and, when the options do
 * not fit below it, brings them fully into view once the learner has read down to them (their top
 * comes into sight through the learner's own scrolling or Tab), never while the text is being read.
 * No smooth scrolling under reduced motion. A new `follow` or `cancel` stops following the last.
 */
export class TurnFollower {
  private stop: (() => void) | null = null;

  follow(first: HTMLElement, next: HTMLElement): void {
    this.cancel();
    const behavior: ScrollBehavior = reducedMotion() ? 'instant' : 'smooth';
    const facts = measure(first, next);
    const top = scrollTarget(facts);
    if (Math.abs(top - facts.scrollY) > 1) window.scrollTo({ top, behavior });
    if (fitsTogether(facts)) return;
    this.stop = finishWhenReached(next, behavior);
  }

  cancel(): void {
    this.stop?.();
    this.stop = null;
  }
}

function measure(first: HTMLElement, next: HTMLElement): ScrollFacts {
  const clearTop = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  return {
    firstTop: first.getBoundingClientRect().top + window.scrollY,
    nextBottom: next.getBoundingClientRect().bottom + window.scrollY,
    scrollY: window.scrollY,
    viewportHeight: window.innerHeight,
    clearTop,
  };
}

/** What the learner does to scroll the page themselves; our own scrolling never counts. */
const LEARNER_SCROLLS = ['wheel', 'touchmove', 'keydown'] as const;

// Once the learner's own scrolling brings part of `next` into sight (or focus moves into it), show all of it.
function finishWhenReached(next: HTMLElement, behavior: ScrollBehavior): () => void {
  let learnerScrolled = false;
  const onLearner = () => (learnerScrolled = true);
  const finish = () => {
    done();
    // Taller than the window, "nearest" would align its top and could hide the option just focused.
    const clearTop = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    if (next.getBoundingClientRect().height + 2 * GAP_PX <= window.innerHeight - clearTop) next.scrollIntoView({ block: 'nearest', behavior });
  };
  const observer = new IntersectionObserver(
    ([entry]) => {
      const ratio = entry?.intersectionRatio ?? 0;
      if (learnerScrolled && ratio > 0 && ratio < 1) finish();
    },
    { threshold: Array.from({ length: 21 }, (_, i) => i / 20) },
  );
  const onFocus = () => finish();
  const done = () => {
    observer.disconnect();
    next.removeEventListener('focusin', onFocus);
    for (const type of LEARNER_SCROLLS) window.removeEventListener(type, onLearner);
  };
  for (const type of LEARNER_SCROLLS) window.addEventListener(type, onLearner, { passive: true });
  observer.observe(next);
  next.addEventListener('focusin', onFocus);
  return done;
}

import { reducedMotion } from '../apply-preferences';
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
    const moves = Math.abs(top - facts.scrollY) > 1;
    if (moves) window.scrollTo({ top, behavior });
    if (fitsTogether(facts)) return;
    this.stop = armWhenSettled(moves && behavior === 'smooth', () => finishWhenReached(next, behavior));
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

// Our own smooth scroll must end before the learner's scrolling is watched, or it would count as theirs.
function armWhenSettled(waitForScrollEnd: boolean, arm: () => () => void): () => void {
  let disarm: (() => void) | null = null;
  if (!waitForScrollEnd || !('onscrollend' in window)) {
    disarm = arm();
    return () => disarm?.();
  }
  const onEnd = () => {
    window.removeEventListener('scrollend', onEnd);
    disarm = arm();
  };
  window.addEventListener('scrollend', onEnd);
  return () => {
    window.removeEventListener('scrollend', onEnd);
    disarm?.();
  };
}

// Once more of `next` comes into sight than when watching began (or focus moves into it), show all of it.
function finishWhenReached(next: HTMLElement, behavior: ScrollBehavior): () => void {
  let seen: number | null = null;
  const finish = () => {
    done();
    // Taller than the window, "nearest" would align its top and could hide the option just focused.
    const clearTop = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    if (next.getBoundingClientRect().height + 2 * GAP_PX <= window.innerHeight - clearTop) next.scrollIntoView({ block: 'nearest', behavior });
  };
  const observer = new IntersectionObserver(
    ([entry]) => {
      const ratio = entry?.intersectionRatio ?? 0;
      if (seen === null) seen = ratio;
      else if (ratio > seen && ratio < 1) finish();
    },
    { threshold: Array.from({ length: 21 }, (_, i) => i / 20) },
  );
  const onFocus = () => finish();
  const done = () => {
    observer.disconnect();
    next.removeEventListener('focusin', onFocus);
  };
  observer.observe(next);
  next.addEventListener('focusin', onFocus);
  return done;
}

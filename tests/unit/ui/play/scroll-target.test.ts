import { describe, expect, it } from 'vitest';
import { fitsTogether, GAP_PX, scrollTarget, type ScrollFacts } from '../../../../src/ui/play/scroll-target';

const facts = (change: Partial<ScrollFacts>): ScrollFacts => ({ firstTop: 1000, nextBottom: 1500, scrollY: 400, viewportHeight: 720, clearTop: 0, ...change });

describe('scrollTarget', () => {
  it('moves only as far as it takes to show the options under the new text when both fit', () => {
    const f = facts({});
    expect(fitsTogether(f)).toBe(true);
    // The options' bottom at the window's bottom; the new text's start is still on screen.
    expect(scrollTarget(f)).toBe(1500 - 720 + GAP_PX);
    expect(scrollTarget(f)).toBeLessThan(1000);
  });

  it('puts the new text at the top when it and the options are taller than the window', () => {
    const f = facts({ nextBottom: 2400 });
    expect(fitsTogether(f)).toBe(false);
    expect(scrollTarget(f)).toBe(1000 - GAP_PX);
  });

  it('keeps clear of a sticky scene strip at the top', () => {
    expect(scrollTarget(facts({ nextBottom: 2400, clearTop: 150 }))).toBe(1000 - 150 - GAP_PX);
    expect(fitsTogether(facts({ nextBottom: 1500, clearTop: 300 }))).toBe(false);
  });

  it('stays put when both are already on screen, and never scrolls above the page', () => {
    expect(scrollTarget(facts({ scrollY: 900 }))).toBe(900);
    expect(scrollTarget(facts({ firstTop: 5, nextBottom: 300, scrollY: 0 }))).toBe(0);
  });
});

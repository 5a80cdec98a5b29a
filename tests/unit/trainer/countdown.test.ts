import { describe, expect, it } from 'vitest';
import { Countdown, formatClock } from '../../../src/trainer/countdown';

describe('the discussion timer', () => {
  it('waits to be started, counts down while running and holds still while paused', () => {
    const timer = new Countdown(120_000);
    expect(timer.remainingMs(5_000)).toBe(120_000);
    timer.toggle(10_000);
    expect(timer.remainingMs(40_000)).toBe(90_000);
    timer.toggle(40_000);
    expect(timer.running).toBe(false);
    expect(timer.remainingMs(100_000)).toBe(90_000);
    timer.toggle(100_000);
    expect(timer.remainingMs(130_000)).toBe(60_000);
  });

  it('stops at zero, and starts again from the top when started after finishing', () => {
    const timer = new Countdown(60_000);
    timer.toggle(0);
    expect(timer.remainingMs(90_000)).toBe(0);
    expect(timer.finished(90_000)).toBe(true);
    timer.toggle(90_000);
    timer.toggle(95_000);
    expect(timer.remainingMs(95_000)).toBe(60_000);
  });

  it('is lengthened or shortened within half a minute and half an hour', () => {
    const timer = new Countdown(60_000);
    timer.adjust(-30_000);
    timer.adjust(-30_000);
    expect(timer.durationMs).toBe(30_000);
    for (let i = 0; i < 100; i++) timer.adjust(30_000);
    expect(timer.durationMs).toBe(30 * 60_000);
  });

  it('resets to the full length, paused', () => {
    const timer = new Countdown(60_000);
    timer.toggle(0);
    timer.reset();
    expect(timer.running).toBe(false);
    expect(timer.remainingMs(50_000)).toBe(60_000);
  });
});

describe('formatClock', () => {
  it.each([
    [120_000, '2:00'],
    [61_200, '1:02'],
    [59_001, '1:00'],
    [9_000, '0:09'],
    [0, '0:00'],
    [-5, '0:00'],
  ])('shows %i ms as %s', (ms, shown) => {
    expect(formatClock(ms)).toBe(shown);
  });
});

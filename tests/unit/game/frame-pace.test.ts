import { describe, expect, it } from 'vitest';
import { FramePace } from '../../../src/game/frame-pace';

function framesEvery(pace: FramePace, gapMs: number, count: number, from = 0): number {
  let time = from;
  for (let i = 0; i < count; i++) pace.frame((time += gapMs));
  return time;
}

describe('FramePace: whether this device draws fast enough to animate the scene', () => {
  it('animates until it has seen enough frames to judge', () => {
    const pace = new FramePace();
    framesEvery(pace, 200, 5);
    expect(pace.tooSlowToAnimate).toBe(false);
  });

  it('leaves motion out where frames come slower than 30 a second (25 a second: software WebGL on a slow laptop)', () => {
    const pace = new FramePace();
    framesEvery(pace, 40, 6);
    expect(pace.tooSlowToAnimate).toBe(true);
  });

  it('keeps motion at a little over 30 frames a second', () => {
    const pace = new FramePace();
    framesEvery(pace, 30, 6);
    expect(pace.tooSlowToAnimate).toBe(false);
  });

  it('keeps motion at 60 frames a second, and one slow frame (a texture upload) does not change that', () => {
    const pace = new FramePace();
    let time = framesEvery(pace, 16, 6);
    pace.frame((time += 400));
    framesEvery(pace, 16, 2, time);
    expect(pace.tooSlowToAnimate).toBe(false);
  });

  it('does not count the time the loop slept as a frame', () => {
    const pace = new FramePace();
    let time = framesEvery(pace, 16, 3);
    for (let sleeps = 0; sleeps < 5; sleeps++) {
      pace.restart();
      time = framesEvery(pace, 16, 2, time + 5000);
    }
    expect(pace.tooSlowToAnimate).toBe(false);
  });

  it('judges by the latest frames, so a device that speeds up animates again', () => {
    const pace = new FramePace();
    const time = framesEvery(pace, 120, 6);
    framesEvery(pace, 16, 5, time);
    expect(pace.tooSlowToAnimate).toBe(false);
  });
});

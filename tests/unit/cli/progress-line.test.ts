import { describe, expect, it } from 'vitest';
import { ProgressLine } from '../../../src/cli/progress-line';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  let clock = 0;
  const line = new ProgressLine({ isTTY, write: (text: string) => written.push(text) }, () => clock, { delayMs: 250, intervalMs: 200 });
  return { line, written, at: (ms: number) => (clock = ms) };
}

describe('a progress line', () => {
  it('appears only once a job has taken a while, then is rewritten in place at most every interval', () => {
    const { line, written, at } = terminal(true);
    line.start();
    at(100);
    line.update('town: 250 states…');
    expect(written).toEqual([]);
    at(300);
    line.update('town: 500 states…');
    at(400);
    line.update('town: 750 states…');
    at(520);
    line.update('town: 1,000 states…');
    expect(written).toEqual(['\r\u001b[2Ktown: 500 states…', '\r\u001b[2Ktown: 1,000 states…']);
  });

  it('is cleared when the job ends, so the report starts on a clean line, and not cleared if never shown', () => {
    const { line, written, at } = terminal(true);
    line.start();
    line.clear();
    expect(written).toEqual([]);
    at(300);
    line.update('town: 500 states…');
    line.clear();
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });

  it('writes nothing at all where no one is watching (a pipe or a log)', () => {
    const { line, written, at } = terminal(false);
    line.start();
    at(10_000);
    line.update('town: 500 states…');
    line.clear();
    expect(written).toEqual([]);
  });
});

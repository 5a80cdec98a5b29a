import { describe, expect, it } from 'vitest';
import { launchedFromLms } from '../../../../src/ui/reporting/reporting-start';

describe('launchedFromLms: whether the reporting code must load before the first screen', () => {
  it('is true for the packages’ launch address, SCORM or cmi5', () => {
    expect(launchedFromLms('?lms=scorm&scenario=pension-card')).toBe(true);
    expect(launchedFromLms('?lms=cmi5&scenario=pension-card')).toBe(true);
  });

  it('is true when an LMS adds cmi5’s own parameters, even without ours (so a broken launch is still reported)', () => {
    expect(launchedFromLms('?endpoint=https%3A%2F%2Flrs.example%2F&fetch=https%3A%2F%2Flms.example%2Ftoken')).toBe(true);
    expect(launchedFromLms('?fetch=https%3A%2F%2Flms.example%2Ftoken')).toBe(true);
  });

  it('is false for an ordinary visit', () => {
    expect(launchedFromLms('')).toBe(false);
    expect(launchedFromLms('?scenario=pension-card')).toBe(false);
  });
});

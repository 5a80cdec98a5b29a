import { describe, expect, it } from 'vitest';
import { signingProblem } from '../../../src/assessor/sign-off-rules';

const witness = { name: 'Priya Shah', observedOn: '2026-11-24' };

describe('who may sign a witness record, and when', () => {
  it('accepts the witness named, on the day of the observation or later up to today', () => {
    expect(signingProblem('Priya Shah', '2026-11-24', witness, '2026-12-02')).toBe('');
    expect(signingProblem('Priya Shah', '2026-12-02', witness, '2026-12-02')).toBe('');
  });

  it('refuses anyone else', () => {
    expect(signingProblem('Alex Morgan', '2026-11-24', witness, '2026-12-02')).toMatch(/^The record names Priya Shah as the witness; only they can sign it/);
  });

  it('refuses a date in the future or before the observation', () => {
    expect(signingProblem('Priya Shah', '2026-12-03', witness, '2026-12-02')).toBe('The date cannot be in the future.');
    expect(signingProblem('Priya Shah', '2026-11-23', witness, '2026-12-02')).toBe('The date cannot be before the observation.');
  });
});

import { describe, expect, it } from 'vitest';
import { CommitThenShow } from '../../../../src/ui/play/commit-then-show';
import type { Committer, SaveState } from '../../../../src/storage/step-saver';

/** A committer whose commit the test finishes by hand. */
function heldCommitter() {
  let finish: () => void = () => undefined;
  const committer: Committer = {
    commit: () => new Promise<SaveState>((resolve) => (finish = () => resolve({ kind: 'saved' }))),
  };
  return { committer, finish: () => finish() };
}

describe('CommitThenShow', () => {
  it('shows a step only after it has been committed, and is busy meanwhile', async () => {
    const { committer, finish } = heldCommitter();
    const steps = new CommitThenShow(committer);
    const shown: string[] = [];
    const running = steps.run(() => shown.push('next passage'));
    await Promise.resolve();
    expect(shown).toEqual([]);
    expect(steps.busy).toBe(true);
    finish();
    await running;
    expect(shown).toEqual(['next passage']);
    expect(steps.busy).toBe(false);
  });

  it('shows at once when nothing is saved for this session (memory only, or not a learner’s)', () => {
    const steps = new CommitThenShow(null);
    const shown: string[] = [];
    void steps.run(() => shown.push('next passage'));
    expect(shown).toEqual(['next passage']);
    expect(steps.busy).toBe(false);
  });
});

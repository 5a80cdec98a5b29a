import type { Committer } from '../../storage/step-saver';

/**
 * Stored before shown, for every kind of session: what a step did is already in the session log
 * (in memory); `show` draws its result only once `committer` has made it durable. While that is in
 * progress `busy` is true, so the caller refuses a second choice. Without a committer (nothing is
 * saved on this device for this session) the result shows at once.
 */
export class CommitThenShow {
  private pending = 0;

  constructor(private readonly committer: Committer | null) {}

  get busy(): boolean {
    return this.pending > 0;
  }

  async run(show: () => void): Promise<void> {
    if (!this.committer) return show();
    this.pending++;
    try {
      await this.committer.commit();
    } finally {
      this.pending--;
    }
    show();
  }
}

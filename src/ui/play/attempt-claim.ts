/**
 * One tab writes an attempt at a time. The tab playing it holds a Web Lock named after it; a second
 * tab opening the same attempt finds the lock taken before it shows anything playable, and can ask
 * (over a BroadcastChannel) to continue there instead: the first tab then finishes its last write,
 * stops saving, says so, and lets the lock go.
 */
export interface Claim {
  /** Gives the attempt up (leaving the screen). */
  release(): void;
}

export type ClaimResult =
  | { held: true; claim: Claim }
  | { held: false; takeOver(): Promise<Claim> };

type Message = { type: 'take-over' };

/** A claim taken over from another tab, kept for the screen that is drawn next in this page. */
const adopted = new Map<string, Claim>();

/**
 * Tries to claim `sessionId` for this tab. `onTakenOver` runs when another tab asks for it; the
 * claim is released once the promise it returns settles (so the last write lands first).
 */
export async function claimAttempt(sessionId: string, onTakenOver: () => Promise<void>): Promise<ClaimResult> {
  const handed = adopted.get(sessionId);
  if (handed) {
    adopted.delete(sessionId);
    return { held: true, claim: listen(sessionId, handed, onTakenOver) };
  }
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // Without Web Locks (older browsers) there is no way to tell; the store still refuses a write
  // that does not follow on, and the warning says so.
  if (!locks) return { held: true, claim: { release: () => undefined } };
  const lock = await acquire(locks, lockName(sessionId), true);
  if (lock) return { held: true, claim: listen(sessionId, lock, onTakenOver) };
  return {
    held: false,
    takeOver: async () => {
      const channel = new BroadcastChannel(channelName(sessionId));
      channel.postMessage({ type: 'take-over' } satisfies Message);
      channel.close();
      const taken = (await acquire(locks, lockName(sessionId), false))!;
      adopted.set(sessionId, taken);
      return taken;
    },
  };
}

/** Resolves with a held lock (released through the Claim), or null if `ifAvailable` and it is taken. */
function acquire(locks: LockManager, name: string, ifAvailable: boolean): Promise<Claim | null> {
  return new Promise((resolve, reject) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    locks
      .request(name, { ifAvailable }, async (lock) => {
        if (!lock) return resolve(null);
        resolve({ release });
        await held;
      })
      .catch(reject);
  });
}

function listen(sessionId: string, claim: Claim, onTakenOver: () => Promise<void>): Claim {
  const channel = new BroadcastChannel(channelName(sessionId));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    channel.close();
    claim.release();
  };
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type === 'take-over') void onTakenOver().finally(release);
  };
  return { release };
}

const lockName = (sessionId: string) => `common-ground/attempt/${sessionId}`;
const channelName = (sessionId: string) => `common-ground/attempt/${sessionId}`;

/**
 * Whether the apprentice's window (the one writer of an observed session) is open. The host holds a
 * Web Lock named after the session for as long as it serves; the browser lets go of it when that
 * window closes or its tab crashes, with no goodbye needed. The assessor's window never holds the
 * lock for longer than it takes to notice it was free, so it never keeps a host from starting.
 */
export interface HostPresence {
  /** Held by the host while it is open; returns the release. */
  hold(sessionId: string): () => void;
  /** Calls `onGone` once no host holds the lock (at once if none does now); returns a cancel. */
  watch(sessionId: string, onGone: () => void): () => void;
}

const lockName = (sessionId: string) => `common-ground/observation-host/${sessionId}`;

function webLocks(): LockManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.locks : undefined;
}

/**
 * The browser's Web Locks. Without them (older browsers, Node) nothing can tell a closed window
 * from a quiet one, so the host is taken to be there and notes wait for its answer.
 */
export const webLockPresence: HostPresence = {
  hold(sessionId) {
    const locks = webLocks();
    if (!locks) return () => undefined;
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    void locks.request(lockName(sessionId), () => held);
    return release;
  },
  watch(sessionId, onGone) {
    const locks = webLocks();
    if (!locks) return () => undefined;
    const abort = new AbortController();
    locks.request(lockName(sessionId), { signal: abort.signal }, () => onGone()).catch(() => undefined);
    return () => abort.abort();
  },
};

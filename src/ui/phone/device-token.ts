const KEY = 'common-ground-room-device';

/**
 * The phone's anonymous token, so a phone that sleeps or drops off the Wi-Fi comes back with its
 * vote kept. Random, made here, kept in localStorage; it names no one. getRandomValues works on a
 * plain-http LAN page, where crypto.randomUUID does not (it needs a secure context).
 */
export function deviceToken(storage: Storage | null = safeLocalStorage()): string {
  const kept = storage?.getItem(KEY);
  if (kept && /^[0-9a-f]{32}$/.test(kept)) return kept;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const token = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  try {
    storage?.setItem(KEY, token);
  } catch {
    // Storage full or refused: the token lasts as long as the page, which is enough to vote.
  }
  return token;
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

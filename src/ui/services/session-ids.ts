/** A unique id for a play session. randomUUID needs a secure page; a plain-http intranet copy gets a fallback. */
export function newSessionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** ink's random seed; recorded in the log so a replay draws the same numbers. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! % 2_000_000_000;
}

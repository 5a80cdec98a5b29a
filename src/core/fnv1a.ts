/**
 * FNV-1a (32 bit): a small, fast string hash that is the same in every browser and in Node. Not a
 * secure hash: it picks stable looks and keeps a casual eye off a PIN, nothing more.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

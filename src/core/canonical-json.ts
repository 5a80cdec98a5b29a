import { withArticle } from './english';

/**
 * Canonical JSON: the one way an event is written before it is hashed, so the same event always
 * gives the same hash on any device. Object keys are sorted by UTF-16 code unit (plain `sort()`),
 * there is no whitespace, and strings and numbers are written exactly as JSON.stringify writes them.
 * Properties whose value is `undefined` are left out, as JSON.stringify does. Anything JSON cannot
 * hold faithfully (NaN, Infinity, functions, bigints, and objects that are not plain, such as a
 * Date or a Map) is refused rather than silently changed. The session log compares events with
 * it and the witness record hashes them with it, so both always agree on what "the same" means.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  if (typeof value === 'object' && isPlain(value)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  const kind = typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
  throw new TypeError(`canonical JSON cannot hold ${withArticle(kind)}`);
}

// A plain object's prototype is Object.prototype of whichever window made it (the assessor's
// window reads the learner's), so the test is "a prototype with nothing above it", not identity.
function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

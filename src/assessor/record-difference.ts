import { canonicalJson } from '../core/canonical-json';

/**
 * Where two copies of a record first differ, as a path a person can follow ("events[5].text",
 * "summary.apprentice"), or null when they are the same. Object keys are walked in sorted order
 * (as canonical JSON writes them), so the answer does not depend on how either file was laid out.
 */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${path}[${i}]`;
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const here = path ? `${path}.${key}` : key;
      if (!(key in a) || !(key in b)) return here;
      const found = firstDifference(a[key], b[key], here);
      if (found !== null) return found;
    }
    return null;
  }
  return canonicalJson(a ?? null) === canonicalJson(b ?? null) ? null : path || 'the record';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

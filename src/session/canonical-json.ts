/**
 * JSON with object keys sorted, so two events with the same content compare equal however they
 * were built: an event read back through the schema lists its keys in schema order, while a freshly
 * appended one lists them in the order the code wrote them.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

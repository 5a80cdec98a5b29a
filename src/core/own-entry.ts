/**
 * A table's own entry for a name an author wrote, or undefined. Plain `table[name]` would find
 * Object's members for names such as "constructor" or "__proto__" and hand back a function.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

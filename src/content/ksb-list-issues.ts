import type { z } from '../core/zod';

/**
 * Turns the first schema issue in a KSB list into a sentence a provider can act on. The schema's
 * messages are predicates ("has no title"); this finds what they are about, "KSB 3 (code S2)" or
 * "The list", by the issue's path and the code written in the file itself.
 */
export function describeKsbListIssue(input: unknown, issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'The list is not valid.';
  const [top, index] = issue.path;
  const subject = top === 'items' && typeof index === 'number' ? ksbName(input, index) : 'The list';
  return `${subject} ${issue.message}.`;
}

function ksbName(input: unknown, index: number): string {
  const items = (input as { items?: unknown } | null)?.items;
  const code = Array.isArray(items) ? (items[index] as { code?: unknown } | null)?.code : undefined;
  return typeof code === 'string' && code.trim() ? `KSB ${index + 1} (code ${code.trim()})` : `KSB ${index + 1}`;
}

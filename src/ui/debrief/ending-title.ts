import type { ScenarioMeta } from '../../narrative/scenario-meta';

/** An ending's title as its author wrote it (`# ending-title:`), or its id in words when there is none. */
export function endingTitleFor(meta: ScenarioMeta | null, id: string): string {
  const written = meta?.endings?.find((e) => e.id === id)?.title;
  if (written) return written;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the ending means, in the author's words (`# ending-summary:`), or null when none was written. */
export function endingSummaryFor(meta: ScenarioMeta | null, id: string): string | null {
  return meta?.endings?.find((e) => e.id === id)?.summary ?? null;
}

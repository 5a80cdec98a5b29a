import { z } from '../../core/zod';

/**
 * How the learner likes to read and play, kept on this device. Parsed with a schema where it is
 * read: a missing or bad stored value falls back to its default instead of breaking the game.
 */
const preferencesSchema = z.object({
  feedbackTiming: z.catch(z.enum(['after-each-choice', 'at-debrief']), 'after-each-choice'),
  /** Text size as a percentage of the browser's own, 100–200. */
  textSize: z.catch(z.int().check(z.minimum(100), z.maximum(200)), 100),
  lineSpacing: z.catch(z.enum(['normal', 'relaxed', 'loose']), 'normal'),
  theme: z.catch(z.enum(['default', 'high-contrast']), 'default'),
  font: z.catch(z.enum(['system', 'atkinson', 'opendyslexic']), 'system'),
  /** 'system' follows the device's prefers-reduced-motion setting. */
  motion: z.catch(z.enum(['system', 'reduced', 'full']), 'system'),
  /** How fast new passages appear; instant by default so nobody waits. */
  revealSpeed: z.catch(z.enum(['instant', 'fast', 'slow']), 'instant'),
  readAloud: z.catch(z.boolean(), false),
});

export type Preferences = z.infer<typeof preferencesSchema>;

const KEY = 'common-ground.preferences.v1';
const listeners = new Set<(p: Preferences) => void>();

export function defaultPreferences(): Preferences {
  return preferencesSchema.parse({});
}

export function loadPreferences(storage: Pick<Storage, 'getItem'> = localStorage): Preferences {
  try {
    const stored: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    return preferencesSchema.parse(stored && typeof stored === 'object' ? stored : {});
  } catch {
    return defaultPreferences();
  }
}

export function savePreferences(preferences: Preferences, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(preferences));
  } catch {
    // Storage full or blocked: the preference still applies for this visit.
  }
  for (const listener of listeners) listener(preferences);
}

export function updatePreferences(change: Partial<Preferences>): Preferences {
  const next = { ...loadPreferences(), ...change };
  savePreferences(next);
  return next;
}

export function onPreferencesChange(listener: (p: Preferences) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Part of deleting all data on the device. */
export function forgetPreferences(storage: Pick<Storage, 'removeItem'> = localStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Blocked storage holds nothing to forget.
  }
}

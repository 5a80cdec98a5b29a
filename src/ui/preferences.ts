/**
 * Player preferences kept on this device. Read once and validated; a bad stored value falls back
 * to the default instead of breaking the game.
 */
export type FeedbackTiming = 'after-each-choice' | 'at-debrief';

export interface Preferences {
  feedbackTiming: FeedbackTiming;
}

const KEY = 'common-ground.preferences.v1';
const DEFAULTS: Preferences = { feedbackTiming: 'after-each-choice' };

export function loadPreferences(storage: Pick<Storage, 'getItem'> = localStorage): Preferences {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<Preferences>;
    const timing = raw.feedbackTiming === 'at-debrief' ? 'at-debrief' : DEFAULTS.feedbackTiming;
    return { feedbackTiming: timing };
  } catch {
    return { ...DEFAULTS };
  }
}

export function savePreferences(preferences: Preferences, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(preferences));
  } catch {
    // Storage full or blocked: the preference still applies for this visit.
  }
}

/** Part of deleting all data on the device. */
export function forgetPreferences(storage: Pick<Storage, 'removeItem'> = localStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Blocked storage holds nothing to forget.
  }
}

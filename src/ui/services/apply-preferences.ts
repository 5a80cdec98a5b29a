import { loadPreferences, onPreferencesChange, type Preferences } from './preferences';

/**
 * Reading settings act on the whole page through attributes on <html>, so every screen honours
 * them without knowing about them. Fonts are bundled (declared with the page's styles, main.ts);
 * the browser fetches a font file only when the learner picks it.
 */
function applyPreferences(preferences: Preferences, root: HTMLElement = document.documentElement): void {
  root.style.fontSize = `${(preferences.textSize / 100) * 112.5}%`;
  root.dataset.lineSpacing = preferences.lineSpacing;
  root.dataset.theme = preferences.theme;
  root.dataset.font = preferences.font;
  root.dataset.motion = reducedMotion(preferences) ? 'reduced' : 'full';
}

export function reducedMotion(preferences: Preferences = loadPreferences()): boolean {
  if (preferences.motion === 'system') return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return preferences.motion === 'reduced';
}

export function startApplyingPreferences(): void {
  applyPreferences(loadPreferences());
  onPreferencesChange((p) => applyPreferences(p));
  // "Follow my device" means now, not at the next reload: a change of the system setting applies at once.
  window.matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => applyPreferences(loadPreferences()));
}

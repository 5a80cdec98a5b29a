import type { Route } from './routes';

/**
 * Who is playing in this tab. Kept in sessionStorage, not localStorage: on a shared classroom PC the
 * next learner to open the game should be asked who they are, not land in someone else's profile.
 */
const KEY = 'common-ground.active-profile';
let returnTo: Route | null = null;
/** Stands in when sessionStorage is blocked. */
let memoryId: string | null = null;

export function activeProfileId(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return memoryId;
  }
}

export function setActiveProfile(profileId: string | null): void {
  memoryId = profileId;
  try {
    if (profileId) sessionStorage.setItem(KEY, profileId);
    else sessionStorage.removeItem(KEY);
  } catch {
    // sessionStorage blocked: the in-memory id serves for this page.
  }
}

/** A screen that needs a profile sends the learner to pick one, then back to where they were going. */
export function pickProfileThen(route: Route): void {
  returnTo = route;
  location.hash = '#/profiles';
}

export function takeReturnRoute(): Route | null {
  const route = returnTo;
  returnTo = null;
  return route;
}

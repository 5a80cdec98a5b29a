/** Every screen has an address, so a trainer can link straight to a scenario. */
export type Route =
  | { screen: 'title' }
  | { screen: 'scenarios' }
  | { screen: 'settings' }
  | { screen: 'profiles' }
  | { screen: 'progress' }
  | { screen: 'play'; scenarioId: string }
  | { screen: 'resume'; sessionId: string }
  | { screen: 'debrief'; sessionId: string }
  /** Trainer mode on a projector; with a session id it picks up a session still open on this page. */
  | { screen: 'present'; scenarioId: string; sessionId?: string }
  | { screen: 'present-debrief'; sessionId: string }
  // Assessor mode: the start form, the apprentice's screen in an observed session, the assessor's
  // second window for that session, and the evidence locker of signed witness records.
  | { screen: 'assess' }
  | { screen: 'observe'; sessionId: string }
  | { screen: 'assessor-window'; sessionId: string }
  | { screen: 'evidence' }
  | { screen: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { screen: 'title' };
  if (parts[0] === 'scenarios' && parts.length === 1) return { screen: 'scenarios' };
  if (parts[0] === 'settings' && parts.length === 1) return { screen: 'settings' };
  if (parts[0] === 'profiles' && parts.length === 1) return { screen: 'profiles' };
  if (parts[0] === 'progress' && parts.length === 1) return { screen: 'progress' };
  if (parts[0] === 'resume' && parts.length === 2) return { screen: 'resume', sessionId: parts[1]! };
  if (parts[0] === 'play' && parts.length === 2) return { screen: 'play', scenarioId: parts[1]! };
  if (parts[0] === 'debrief' && parts.length === 2) return { screen: 'debrief', sessionId: parts[1]! };
  if (parts[0] === 'present' && parts.length === 2) return { screen: 'present', scenarioId: parts[1]! };
  if (parts[0] === 'present' && parts.length === 3) return { screen: 'present', scenarioId: parts[1]!, sessionId: parts[2]! };
  if (parts[0] === 'present-debrief' && parts.length === 2) return { screen: 'present-debrief', sessionId: parts[1]! };
  if (parts[0] === 'assess' && parts.length === 1) return { screen: 'assess' };
  if (parts[0] === 'assess' && parts.length === 2) return { screen: 'observe', sessionId: parts[1]! };
  if (parts[0] === 'assess' && parts.length === 3 && parts[2] === 'panel') return { screen: 'assessor-window', sessionId: parts[1]! };
  if (parts[0] === 'evidence' && parts.length === 1) return { screen: 'evidence' };
  return { screen: 'not-found', path };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'title': return '#/';
    case 'scenarios': return '#/scenarios';
    case 'settings': return '#/settings';
    case 'profiles': return '#/profiles';
    case 'progress': return '#/progress';
    case 'play': return `#/play/${encodeURIComponent(route.scenarioId)}`;
    case 'resume': return `#/resume/${encodeURIComponent(route.sessionId)}`;
    case 'debrief': return `#/debrief/${encodeURIComponent(route.sessionId)}`;
    case 'present': {
      const session = route.sessionId === undefined ? '' : `/${encodeURIComponent(route.sessionId)}`;
      return `#/present/${encodeURIComponent(route.scenarioId)}${session}`;
    }
    case 'present-debrief': return `#/present-debrief/${encodeURIComponent(route.sessionId)}`;
    case 'assess': return '#/assess';
    case 'observe': return `#/assess/${encodeURIComponent(route.sessionId)}`;
    case 'assessor-window': return `#/assess/${encodeURIComponent(route.sessionId)}/panel`;
    case 'evidence': return '#/evidence';
    case 'not-found': return `#${route.path}`;
  }
}

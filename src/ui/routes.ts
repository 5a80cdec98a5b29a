/** Every screen has an address, so a trainer can link straight to a scenario. */
export type Route =
  | { screen: 'title' }
  | { screen: 'scenarios' }
  | { screen: 'play'; scenarioId: string }
  | { screen: 'debrief'; sessionId: string }
  /** Trainer mode on a projector; with a session id it picks up a session still open on this page. */
  | { screen: 'present'; scenarioId: string; sessionId?: string }
  | { screen: 'present-debrief'; sessionId: string }
  | { screen: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { screen: 'title' };
  if (parts[0] === 'scenarios' && parts.length === 1) return { screen: 'scenarios' };
  if (parts[0] === 'play' && parts.length === 2) return { screen: 'play', scenarioId: parts[1]! };
  if (parts[0] === 'debrief' && parts.length === 2) return { screen: 'debrief', sessionId: parts[1]! };
  if (parts[0] === 'present' && parts.length === 2) return { screen: 'present', scenarioId: parts[1]! };
  if (parts[0] === 'present' && parts.length === 3) return { screen: 'present', scenarioId: parts[1]!, sessionId: parts[2]! };
  if (parts[0] === 'present-debrief' && parts.length === 2) return { screen: 'present-debrief', sessionId: parts[1]! };
  return { screen: 'not-found', path };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'title': return '#/';
    case 'scenarios': return '#/scenarios';
    case 'play': return `#/play/${encodeURIComponent(route.scenarioId)}`;
    case 'debrief': return `#/debrief/${encodeURIComponent(route.sessionId)}`;
    case 'present': {
      const session = route.sessionId === undefined ? '' : `/${encodeURIComponent(route.sessionId)}`;
      return `#/present/${encodeURIComponent(route.scenarioId)}${session}`;
    }
    case 'present-debrief': return `#/present-debrief/${encodeURIComponent(route.sessionId)}`;
    case 'not-found': return `#${route.path}`;
  }
}

import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../src/ui/routes';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { screen: 'title' }],
    ['#/', { screen: 'title' }],
    ['#/scenarios', { screen: 'scenarios' }],
    ['#/play/pension-card', { screen: 'play', scenarioId: 'pension-card' }],
    ['#/debrief/abc-123', { screen: 'debrief', sessionId: 'abc-123' }],
    ['#/profiles', { screen: 'profiles' }],
    ['#/progress', { screen: 'progress' }],
    ['#/resume/abc-123', { screen: 'resume', sessionId: 'abc-123' }],
    ['#/play', { screen: 'not-found', path: '/play' }],
  ])('reads "%s"', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes addresses that read back as the same route', () => {
    const routes: Route[] = [{ screen: 'scenarios' }, { screen: 'play', scenarioId: 'a b' }, { screen: 'debrief', sessionId: 'x' }, { screen: 'profiles' }, { screen: 'progress' }, { screen: 'resume', sessionId: 'a/b' }];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});

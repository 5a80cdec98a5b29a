import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../src/ui/routes';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { screen: 'title' }],
    ['#/', { screen: 'title' }],
    ['#/scenarios', { screen: 'scenarios' }],
    ['#/play/pension-card', { screen: 'play', scenarioId: 'pension-card' }],
    ['#/debrief/abc-123', { screen: 'debrief', sessionId: 'abc-123' }],
    ['#/play', { screen: 'not-found', path: '/play' }],
    ['#/present/pension-card', { screen: 'present', scenarioId: 'pension-card' }],
    ['#/present/pension-card/s-42', { screen: 'present', scenarioId: 'pension-card', sessionId: 's-42' }],
    ['#/present-debrief/s-42', { screen: 'present-debrief', sessionId: 's-42' }],
    ['#/present', { screen: 'not-found', path: '/present' }],
    ['#/present-debrief', { screen: 'not-found', path: '/present-debrief' }],
  ])('reads "%s"', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes addresses that read back as the same route', () => {
    const routes: Route[] = [
      { screen: 'scenarios' },
      { screen: 'play', scenarioId: 'a b' },
      { screen: 'debrief', sessionId: 'x' },
      { screen: 'present', scenarioId: 'pension-card' },
      { screen: 'present', scenarioId: 'a/b', sessionId: 'c d' },
      { screen: 'present-debrief', sessionId: 'x/y' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});

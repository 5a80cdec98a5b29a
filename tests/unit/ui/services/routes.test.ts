import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../../src/ui/services/routes';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { screen: 'title' }],
    ['#/', { screen: 'title' }],
    ['#/scenarios', { screen: 'scenarios' }],
    ['#/settings', { screen: 'settings' }],
    ['#/play/pension-card', { screen: 'play', scenarioId: 'pension-card' }],
    ['#/debrief/abc-123', { screen: 'debrief', sessionId: 'abc-123' }],
    ['#/assess', { screen: 'assess' }],
    ['#/assess/abc-123', { screen: 'observe', sessionId: 'abc-123' }],
    ['#/assess/abc-123/panel', { screen: 'assessor-window', sessionId: 'abc-123' }],
    ['#/evidence', { screen: 'evidence' }],
    ['#/assess/abc-123/other', { screen: 'not-found', path: '/assess/abc-123/other' }],
    ['#/profiles', { screen: 'profiles' }],
    ['#/progress', { screen: 'progress' }],
    ['#/resume/abc-123', { screen: 'resume', sessionId: 'abc-123' }],
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
      { screen: 'assess' },
      { screen: 'observe', sessionId: 's/1' },
      { screen: 'assessor-window', sessionId: 's 1' },
      { screen: 'evidence' },
      { screen: 'profiles' },
      { screen: 'progress' },
      { screen: 'resume', sessionId: 'a/b' },
      { screen: 'settings' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});

import type { ScenarioMapGraph } from '../../analysis/map-graph';
import { drawScenarioMap } from '../../analysis/scenario-map';
import { formatScore } from '../../core/axes';
import { bestMapPath } from '../../trainer/map-best-path';
import { h } from '../dom';

/** The room's path and the best path, each drawn on the scenario map, one above the other. */
export function groupMapSection(map: ScenarioMapGraph, title: string, roomPath: readonly number[], roomTotal: number): HTMLElement {
  const best = bestMapPath(map);
  return h(
    'section',
    { class: 'gd-maps', 'aria-labelledby': 'gd-maps-heading' },
    h('h2', { id: 'gd-maps-heading' }, "The room's path against the best path"),
    h(
      'p',
      {},
      `On the scenario map the best path scores ${formatScore(best.total)} in all (the three scores added up); the room's path scores ${formatScore(roomTotal)}. `,
      'Circles are decisions, boxes are endings; solid arrows are better options, dotted ones worse.',
    ),
    h('div', { class: 'gd-map-pair' }, mapFigure(map, title, roomPath, "the room's path", 'room'), mapFigure(map, title, best.path, 'the best path', 'best')),
  );
}

function mapFigure(map: ScenarioMapGraph, title: string, path: readonly number[], name: string, id: string): HTMLElement {
  const frame = h('div', { class: 'scenario-map-frame', role: 'group', 'aria-label': `Scenario map with ${name}`, tabindex: 0 });
  const svg = document.createElement('template');
  // drawScenarioMap escapes everything the author wrote.
  svg.innerHTML = drawScenarioMap(map, { title, highlight: path, highlightName: name, idPrefix: `gd-map-${id}` });
  frame.append(svg.content);
  return h('figure', { class: 'gd-map' }, frame, h('figcaption', {}, name.charAt(0).toUpperCase() + name.slice(1)));
}

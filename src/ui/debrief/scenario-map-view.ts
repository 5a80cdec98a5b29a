import type { ScenarioMapGraph } from '../../analysis/map-graph';
import { traceMapPath } from '../../analysis/map-graph';
import { drawScenarioMap } from '../../analysis/scenario-map';
import { h } from '../dom';
import { loadScenarioSummary } from '../services/scenario-loading';

/**
 * The scenario map with the learner's path highlighted. The map was worked out when the game was
 * built; it arrives with the scenario's summary chunk, so the section fills in once that has loaded.
 */
export function scenarioMapSection(scenarioId: string, title: string, path: readonly number[], endingTitle: (id: string) => string): HTMLElement {
  const status = h('p', { class: 'hint' }, 'Loading the map…');
  const details = h('details', { class: 'full-map' }, h('summary', {}, 'Show every decision and ending as a map, with your path'), status);
  const section = h('section', { class: 'scenario-map-section', 'aria-labelledby': 'map-heading' }, h('h2', { id: 'map-heading' }, 'The full map'), details);
  void loadScenarioSummary(scenarioId).then((summary) => {
    const map = summary?.map ? withEndingTitles(summary.map, endingTitle) : null;
    status.replaceWith(...mapContent(map, title, path));
  });
  // A map wider than a phone opens at its start, not at its empty left-hand margin.
  details.addEventListener('toggle', () => details.open && startInView(details));
  return section;
}

/** Endings by the titles the learner saw at the end, not by the ids authors write. */
function withEndingTitles(map: ScenarioMapGraph, endingTitle: (id: string) => string): ScenarioMapGraph {
  return { ...map, nodes: map.nodes.map((n) => (n.kind === 'end' && n.stop === 'END' ? { ...n, label: endingTitle(n.label) } : n)) };
}

function startInView(details: HTMLElement): void {
  const frame = details.querySelector<HTMLElement>('.scenario-map-frame');
  const start = frame?.querySelector('.map-node--start');
  if (!frame || !start || frame.scrollWidth <= frame.clientWidth) return;
  const offset = start.getBoundingClientRect().left - frame.getBoundingClientRect().left + frame.scrollLeft;
  frame.scrollLeft = Math.max(0, offset - frame.clientWidth / 3);
}

function mapContent(map: ScenarioMapGraph | null, title: string, path: readonly number[]): HTMLElement[] {
  if (!map) return [h('p', {}, 'This scenario has too many branches to draw as a map.')];
  // Focusable so that keyboard users can scroll a map wider than the screen.
  const frame = h('div', { class: 'scenario-map-frame', role: 'group', 'aria-label': 'Scenario map', tabindex: 0 });
  const svg = document.createElement('template');
  // Built by drawScenarioMap, which escapes everything the author wrote.
  svg.innerHTML = drawScenarioMap(map, { title, highlight: path, highlightName: 'your path', idPrefix: 'debrief-map' });
  frame.append(svg.content);
  const { complete } = traceMapPath(map, path);
  const content: HTMLElement[] = [
    h(
      'p',
      {},
      'Each circle is a decision, numbered in the order you can meet them (one circle however you got there); each rounded box is a way the scenario ends. ' +
        'Each arrow is an option with its total score beside it: solid for better overall, dashed for no change, dotted for worse. ' +
        'Your path is the thick line with a dark outline.',
    ),
    frame,
  ];
  if (!complete) content.push(h('p', { class: 'hint' }, 'Part of your path is not on this map: this time the scenario went a way the map was not drawn for.'));
  return content;
}

import { describe, expect, it } from 'vitest';
import { MAP_NODE_LIMIT, toMapGraph, traceMapPath, type ScenarioMapGraph } from '../../../src/analysis/map-graph';
import { drawScenarioMap, escapeXml, QUALITY_STYLES } from '../../../src/analysis/scenario-map';
import type { StateGraph } from '../../../src/analysis/state-graph';
import { analyseFixture } from '../../fixtures/analyse-fixture';

const cleanMap = () => toMapGraph(analyseFixture('clean').graph!)!;
const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

describe('the scenario map', () => {
  it('has a node per decision and per way to stop, and an edge per option', () => {
    const map = cleanMap();
    expect(map.nodes.map((n) => [n.kind, n.label])).toEqual([
      ['decision', '1'],
      ['decision', '2'],
      ['decision', '3'],
      ['end', 'resolved'],
      ['end', 'complaint'],
    ]);
    expect(map.edges.map((e) => [e.from, e.index, e.to])).toEqual([
      [0, 0, 1],
      [0, 1, 2],
      [1, 0, 3],
      [1, 1, 3],
      [2, 0, 4],
      [2, 1, 4],
    ]);
  });

  it('draws decisions as circles, endings as labelled leaves and options as arrows', () => {
    const svg = drawScenarioMap(cleanMap(), { title: 'Clean' });
    expect(count(svg, /<circle /g)).toBe(3);
    expect(count(svg, /<rect /g)).toBe(2);
    expect(count(svg, /class="map-edge /g)).toBe(6);
    expect(svg).toContain('>resolved</text>');
    expect(svg).toMatch(/<svg [^>]*role="img" aria-labelledby="scenario-map-title scenario-map-desc"/);
  });

  it('styles each option by how it scored with a colour, a line pattern and a signed number', () => {
    const svg = drawScenarioMap(cleanMap(), { title: 'Clean' });
    const poor = svg.match(/<g class="map-edge map-edge--poor">.*?<\/g>/)![0];
    expect(poor).toContain(`stroke="${QUALITY_STYLES.poor.colour}"`);
    expect(poor).toContain(`stroke-dasharray="${QUALITY_STYLES.poor.dash}"`);
    expect(poor).toContain('>−2</text>');
    expect(svg.match(/<g class="map-edge map-edge--good">.*?<\/g>/)![0]).toContain('>+3</text>');
    expect(svg).toContain('worse overall (−)');
    expect(new Set(Object.values(QUALITY_STYLES).map((s) => s.dash)).size).toBe(4);
  });

  it('highlights a path: its options, the decisions on it, and says so in words', () => {
    const svg = drawScenarioMap(cleanMap(), { title: 'Clean', highlight: [1, 0], highlightName: 'Your path' });
    expect(count(svg, /map-edge--on-path/g)).toBe(2);
    expect(count(svg, /map-node--on-path/g)).toBe(3);
    expect(svg).toMatch(/<desc[^>]*>.*Your path: decision 1, &quot;Read the address out&quot;.*then decision 3, &quot;Explain the law plainly&quot;.*ending at complaint\./);
    expect(drawScenarioMap(cleanMap(), { title: 'Clean' })).not.toContain('on-path');
  });

  it('follows a path only as far as the map goes', () => {
    const map: ScenarioMapGraph = cleanMap();
    expect(traceMapPath(map, [1, 0]).complete).toBe(true);
    expect(traceMapPath(map, [1, 5])).toMatchObject({ complete: false, edges: [expect.objectContaining({ index: 1 })] });
    expect(drawScenarioMap(map, { title: 'Clean', highlight: [1, 5] })).toContain('The rest of the path is not on this map');
  });

  it('escapes what the author wrote', () => {
    expect(escapeXml(`<b>"Tom" & 'Jerry'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;');
    expect(drawScenarioMap(cleanMap(), { title: 'A <b> & c' })).toContain('Map of &quot;A &lt;b&gt; &amp; c&quot;');
  });

  it('draws every option of a loop, the ones back up included, round the right-hand side', () => {
    const map = toMapGraph(analyseFixture('trapped').graph!)!;
    const svg = drawScenarioMap(map, { title: 'Trapped' });
    expect(count(svg, /class="map-edge /g)).toBe(5);
    // "Keep waiting" returns to its own decision: a curve that leaves and re-enters on the right.
    const selfLoop = svg.match(/<g class="map-edge[^"]*"><title>[^<]*Keep waiting[^<]*<\/title><path d="M([\d.]+),[\d.]+ C([\d.]+),/)!;
    expect(Number(selfLoop[2])).toBeGreaterThan(Number(selfLoop[1]));
  });

  it('declines to draw a thicket of more than MAP_NODE_LIMIT states', () => {
    const nodes = Array.from({ length: MAP_NODE_LIMIT + 1 }, (_, id) => ({ id, kind: 'end' as const, stop: 'END' as const, ending: null, location: '', context: '', message: null }));
    const graph: StateGraph = { nodes, start: 0 };
    expect(toMapGraph(graph)).toBeNull();
  });
});

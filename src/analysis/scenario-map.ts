import { AXES, formatScore } from '../core/axes';
import { traceMapPath, type MapEdge, type ScenarioMapGraph } from './map-graph';
import { optionTotal } from '../scoring/scores';
import { DECISION_RADIUS, layOutMap, type PlacedNode } from './map-layout';

/** How a choice scored overall; drawn with a colour, a line pattern and a signed number, never colour alone. */
type ChoiceQuality = 'good' | 'neutral' | 'poor' | 'unscored';

interface QualityStyle {
  colour: string;
  dash: string;
  label: string;
}

export const QUALITY_STYLES: Record<ChoiceQuality, QualityStyle> = {
  good: { colour: '#1e6b3a', dash: '', label: 'better overall (+)' },
  neutral: { colour: '#4a5560', dash: '7 5', label: 'no change overall (0)' },
  poor: { colour: '#a4262c', dash: '2 5', label: 'worse overall (−)' },
  unscored: { colour: '#6b7580', dash: '1 7', label: 'not scored (?)' },
};

const INK = '#1b1f23';
const PATH_COLOUR = '#1d4e6b';
const LEGEND_ROW = 22;
const LEGEND_WIDTH = 250;

interface MapDrawingOptions {
  /** The scenario's title, for the map's accessible name. */
  title: string;
  /** Choice indices from the start: the path to highlight (a learner's, or the best one). */
  highlight?: readonly number[];
  /** What to call the highlighted path in the legend and description. */
  highlightName?: string;
  /** Makes ids unique when several maps share a page. */
  idPrefix?: string;
}

function qualityOf(edge: MapEdge): ChoiceQuality {
  const total = optionTotal(edge.scores);
  if (total === null) return 'unscored';
  return total > 0 ? 'good' : total < 0 ? 'poor' : 'neutral';
}

/**
 * The scenario map as a standalone SVG document: decisions as numbered circles, endings as labelled
 * leaves, each option an arrow styled by how it scored. Pure string building, so it runs in Node
 * (check:stories writes maps) and in the browser (the debrief shows the learner's path).
 */
export function drawScenarioMap(map: ScenarioMapGraph, options: MapDrawingOptions): string {
  const id = options.idPrefix ?? 'scenario-map';
  const highlightName = options.highlight !== undefined ? (options.highlightName ?? 'the highlighted path') : null;
  const legendRows = Object.keys(QUALITY_STYLES).length + (highlightName ? 1 : 0);
  const layout = layOutMap(map, legendRows * LEGEND_ROW + 16);
  const width = Math.max(layout.width, LEGEND_WIDTH);
  const traced = traceMapPath(map, options.highlight ?? []);
  const onPath = new Set(traced.edges);
  const pathNodes = new Set(options.highlight ? [map.start, ...traced.edges.map((e) => e.to)] : []);
  const edges = [...map.edges].sort((a, b) => Number(onPath.has(a)) - Number(onPath.has(b)));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="scenario-map" viewBox="0 0 ${width} ${layout.height}" width="${width}" height="${layout.height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title id="${id}-title">${escapeXml(`Map of "${options.title}"`)}</title>`,
    `<desc id="${id}-desc">${escapeXml(describe(map, traced, options))}</desc>`,
    markers(id),
    legend(highlightName),
    `<g class="map-edges">`,
    ...edges.map((edge) => drawEdge(edge, layout.nodes, map, id, onPath.has(edge))),
    `</g>`,
    `<g class="map-nodes">`,
    ...layout.nodes.map((placed) => drawNode(placed, placed.node.id === map.start, pathNodes.has(placed.node.id))),
    `</g>`,
    `</svg>`,
  ].join('\n');
}

function describe(map: ScenarioMapGraph, traced: ReturnType<typeof traceMapPath>, options: MapDrawingOptions): string {
  const decisions = map.nodes.filter((n) => n.kind === 'decision').length;
  const ends = map.nodes.length - decisions;
  const summary = `${decisions} decision${decisions === 1 ? '' : 's'} and ${ends} way${ends === 1 ? '' : 's'} to end, drawn from the top down.`;
  if (options.highlight === undefined) return summary;
  const steps = traced.edges.map((e) => `decision ${map.nodes[e.from]!.label}, "${e.text}" (${totalText(e)})`);
  const last = traced.edges.at(-1);
  const arrival = last ? `, ending at ${map.nodes[last.to]!.label}` : '';
  const left = traced.complete ? '' : ' The rest of the path is not on this map: the story went another way than when the map was made.';
  return `${summary} ${options.highlightName ?? 'The highlighted path'}: ${steps.join('; then ') || 'no choices yet'}${arrival}.${left}`;
}

function markers(id: string): string {
  const marker = (name: string, colour: string) =>
    `<marker id="${id}-arrow-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
  return `<defs>${Object.entries(QUALITY_STYLES).map(([name, s]) => marker(name, s.colour)).join('')}</defs>`;
}

/** A key in one column at the top left, in words as well as lines. */
function legend(highlightName: string | null): string {
  const line = (y: number, attrs: string) => `<line x1="12" y1="${y}" x2="52" y2="${y}" ${attrs}/>`;
  const text = (y: number, words: string, weight = 400) => `<text x="60" y="${y + 4.5}" font-size="13" font-weight="${weight}" fill="${INK}">${escapeXml(words)}</text>`;
  const items = Object.values(QUALITY_STYLES).map((style, i) => {
    const y = 14 + i * LEGEND_ROW;
    return `<g>${line(y, `stroke="${style.colour}" stroke-width="3" ${dashAttr(style.dash)}`)}${text(y, style.label)}</g>`;
  });
  if (highlightName) {
    const y = 14 + items.length * LEGEND_ROW;
    items.push(`<g>${line(y, `stroke="${INK}" stroke-width="9" stroke-linecap="round"`)}${line(y, `stroke="#ffffff" stroke-width="4"`)}${text(y, highlightName, 700)}</g>`);
  }
  return `<g class="map-legend">${items.join('')}</g>`;
}

function drawEdge(edge: MapEdge, placed: PlacedNode[], map: ScenarioMapGraph, id: string, onPath: boolean): string {
  const quality = qualityOf(edge);
  const style = QUALITY_STYLES[quality];
  const { d, labelX, labelY } = geometry(edge, placed, map);
  const title = `Decision ${map.nodes[edge.from]!.label}, option ${edge.index + 1}: "${edge.text}" (${totalText(edge)})`;
  const label = totalLabel(edge);
  const halo = onPath ? `<path d="${d}" fill="none" stroke="${INK}" stroke-width="9" stroke-linecap="round"/>` : '';
  const stroke = `<path d="${d}" fill="none" stroke="${style.colour}" stroke-width="${onPath ? 4 : 2}" ${dashAttr(style.dash)} marker-end="url(#${id}-arrow-${quality})"/>`;
  const text = `<text x="${labelX}" y="${labelY}" font-size="12" font-weight="${onPath ? 700 : 600}" text-anchor="middle" fill="${style.colour}" stroke="#ffffff" stroke-width="4" paint-order="stroke">${escapeXml(label)}</text>`;
  return `<g class="map-edge map-edge--${quality}${onPath ? ' map-edge--on-path' : ''}"><title>${escapeXml(title)}</title>${halo}${stroke}${text}</g>`;
}

/**
 * A curve from a node's bottom to a lower node's top; to a node in the same row, a dip below the row;
 * back up (a loop), round the right-hand side.
 */
function geometry(edge: MapEdge, placed: PlacedNode[], map: ScenarioMapGraph): { d: string; labelX: number; labelY: number } {
  const from = placed[edge.from]!;
  const to = placed[edge.to]!;
  const twins = map.edges.filter((e) => e.from === edge.from && e.to === edge.to);
  const spread = (twins.indexOf(edge) - (twins.length - 1) / 2) * 26;
  let points: [number, number, number, number, number, number, number, number];
  if (to.row > from.row) {
    const [x0, y0, x3, y3] = [from.x + spread * 0.3, from.y + from.height / 2, to.x + spread * 0.3, to.y - to.height / 2 - 2];
    const bend = (y3 - y0) / 2;
    points = [x0, y0, x0 + spread, y0 + bend, x3 + spread, y3 - bend, x3, y3];
  } else if (to.row === from.row && edge.from !== edge.to) {
    const [x0, y0, x3, y3] = [from.x + spread * 0.3, from.y + from.height / 2, to.x + spread * 0.3, to.y + to.height / 2 + 2];
    const dip = 44 + Math.abs(spread);
    points = [x0, y0, x0, y0 + dip, x3, y3 + dip, x3, y3];
  } else {
    const side = Math.max(from.x + from.width / 2, to.x + to.width / 2) + 40 + Math.abs(spread);
    const lift = edge.from === edge.to ? 26 : 0;
    const [x0, y0, x3, y3] = [from.x + from.width / 2, from.y, to.x + to.width / 2 + 2, to.y - (edge.from === edge.to ? 8 : 0)];
    points = [x0, y0, side, y0 + lift, side, y3 - lift, x3, y3];
  }
  const [x0, y0, x1, y1, x2, y2, x3, y3] = points.map(r) as typeof points;
  const crowded = map.edges.filter((e) => e.to === edge.to).length > 2;
  return { d: `M${x0},${y0} C${x1},${y1} ${x2},${y2} ${x3},${y3}`, ...labelPoint(points, crowded ? 0.22 : 0.45) };
}

/**
 * Where an option's score goes: a fraction t along its curve, where options leaving the same decision
 * have fanned out (nearer the start when many options crowd into one node); nudged right so the
 * number sits beside the line, not on it.
 */
function labelPoint([x0, y0, x1, y1, x2, y2, x3, y3]: number[], t: number): { labelX: number; labelY: number } {
  const [a, b, c, d] = [(1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3];
  return { labelX: r(a * x0! + b * x1! + c * x2! + d * x3! + 10), labelY: r(a * y0! + b * y1! + c * y2! + d * y3! + 4) };
}

function drawNode({ node, x, y, width, height }: PlacedNode, isStart: boolean, onPath: boolean): string {
  const fill = onPath ? PATH_COLOUR : '#ffffff';
  const textColour = onPath ? '#ffffff' : INK;
  const broken = node.stop === 'dead-end' || node.stop === 'error';
  const border = broken ? QUALITY_STYLES.poor.colour : onPath ? INK : '#4a5560';
  const title = node.kind === 'decision' ? `Decision ${node.label}, ${node.detail}` : `Ending "${node.label}": ${node.detail}`;
  const shape =
    node.kind === 'decision'
      ? `<circle cx="${r(x)}" cy="${r(y)}" r="${DECISION_RADIUS}" fill="${fill}" stroke="${border}" stroke-width="2"/>`
      : `<rect x="${r(x - width / 2)}" y="${r(y - height / 2)}" width="${width}" height="${height}" rx="${height / 2}" fill="${fill}" stroke="${border}" stroke-width="${broken ? 3 : 2}"${broken ? ' stroke-dasharray="5 3"' : ''}/>`;
  const start = isStart ? `<text x="${r(x - DECISION_RADIUS - 6)}" y="${r(y + 4)}" font-size="12" text-anchor="end" fill="${INK}">Start</text>` : '';
  const label = `<text x="${r(x)}" y="${r(y + 4.5)}" font-size="13" font-weight="700" text-anchor="middle" fill="${textColour}">${escapeXml(node.label)}</text>`;
  return `<g class="map-node map-node--${node.kind}${isStart ? ' map-node--start' : ''}${onPath ? ' map-node--on-path' : ''}"><title>${escapeXml(title)}</title>${shape}${label}${start}</g>`;
}

function totalLabel(edge: MapEdge): string {
  const total = optionTotal(edge.scores);
  return total === null ? '?' : total < 0 ? `−${-total}` : formatScore(total);
}

function totalText(edge: MapEdge): string {
  if (!edge.scores) return 'not scored';
  return AXES.map((axis) => `${axis} ${formatScore(edge.scores![axis])}`).join(', ');
}

function dashAttr(dash: string): string {
  return dash ? `stroke-dasharray="${dash}" stroke-linecap="round"` : '';
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

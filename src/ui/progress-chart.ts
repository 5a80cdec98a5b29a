import type { AttemptSummary } from '../scoring/attempt-summary';
import { AXES, AXIS_LABELS, type Axis } from '../core/axes';
import { formatDate } from './learner-data';

const SVG = 'http://www.w3.org/2000/svg';
const PAD = { left: 40, right: 12, top: 16, bottom: 36 };

/** Each axis has its own line style and marker as well as colour, so no one depends on colour. */
const SERIES: Record<Axis, { colour: string; dash: string; marker: 'circle' | 'square' | 'triangle' }> = {
  compliance: { colour: '#1d4e6b', dash: '', marker: 'circle' },
  communication: { colour: '#8a4b08', dash: '8 5', marker: 'square' },
  challenge: { colour: '#5b2a86', dash: '2 4', marker: 'triangle' },
};

/**
 * Totals of each finished attempt, oldest first, one line per axis. It is a picture of the list of
 * attempts below it, which holds the same numbers as text. Drawn at the width it will be shown
 * (`widthPx`), so its labels stay readable on a phone instead of shrinking with the picture.
 */
export function progressChart(finished: readonly AttemptSummary[], widthPx: number): SVGSVGElement {
  const WIDTH = Math.round(Math.min(900, Math.max(280, widthPx)));
  const HEIGHT = WIDTH < 500 ? 220 : 280;
  const everyDate = finished.length <= (WIDTH < 500 ? 3 : 8);
  const values = finished.flatMap((a) => AXES.map((axis) => a.totals[axis]));
  const top = Math.max(2, ...values);
  const bottom = Math.min(0, ...values);
  const x = (i: number) => PAD.left + (finished.length === 1 ? 0.5 : i / (finished.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((top - v) / (top - bottom)) * (HEIGHT - PAD.top - PAD.bottom);

  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'progress-chart', role: 'img', 'aria-labelledby': 'chart-title chart-desc' });
  svg.append(el('title', { id: 'chart-title' }, 'Your scores over time'), el('desc', { id: 'chart-desc' }, describe(finished)));
  for (const v of ticks(bottom, top)) {
    svg.append(
      el('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(v), y2: y(v), class: v === 0 ? 'chart-zero' : 'chart-grid' }),
      el('text', { x: PAD.left - 8, y: y(v) + 4, class: 'chart-label', 'text-anchor': 'end' }, v > 0 ? `+${v}` : String(v)),
    );
  }
  finished.forEach((a, i) => {
    const first = i === 0;
    const last = i === finished.length - 1;
    if (everyDate || first || last) {
      // The end labels sit inside the chart, so the picture never clips them.
      const anchor = first && finished.length > 1 ? 'start' : last && finished.length > 1 ? 'end' : 'middle';
      const at = anchor === 'start' ? x(i) - 6 : anchor === 'end' ? x(i) + 6 : x(i);
      svg.append(el('text', { x: at, y: HEIGHT - PAD.bottom + 22, class: 'chart-label', 'text-anchor': anchor }, formatDate(a.lastAt).replace(/ \d{4}$/, '')));
    }
  });
  for (const axis of AXES) {
    const { colour, dash, marker } = SERIES[axis];
    const points = finished.map((a, i) => [x(i), y(a.totals[axis])] as const);
    svg.append(el('polyline', { points: points.map((p) => p.join(',')).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2.5, 'stroke-dasharray': dash }));
    for (const [px, py] of points) svg.append(markerAt(marker, px, py, colour));
  }
  return svg;
}

/** The key, as HTML so it reflows on a phone. */
export function chartKey(): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'chart-key';
  for (const axis of AXES) {
    const { colour, dash, marker } = SERIES[axis];
    const swatch = el('svg', { viewBox: '0 0 40 16', width: 40, height: 16, 'aria-hidden': 'true' });
    swatch.append(el('line', { x1: 2, x2: 38, y1: 8, y2: 8, stroke: colour, 'stroke-width': 2.5, 'stroke-dasharray': dash }), markerAt(marker, 20, 8, colour));
    const item = document.createElement('li');
    item.append(swatch, ` ${AXIS_LABELS[axis]}`);
    list.append(item);
  }
  return list;
}

function describe(finished: readonly AttemptSummary[]): string {
  const last = finished.at(-1);
  if (!last) return 'No finished attempts yet.';
  const scores = AXES.map((axis) => `${AXIS_LABELS[axis]} ${last.totals[axis]}`).join(', ');
  return `${finished.length} finished attempts. Latest, on ${formatDate(last.lastAt)}: ${scores}.`;
}

function ticks(bottom: number, top: number): number[] {
  const step = Math.max(1, Math.ceil((top - bottom) / 6));
  const list: number[] = [];
  for (let v = Math.ceil(bottom / step) * step; v <= top; v += step) list.push(v);
  return list;
}

function markerAt(marker: 'circle' | 'square' | 'triangle', x: number, y: number, colour: string): SVGElement {
  switch (marker) {
    case 'circle': return el('circle', { cx: x, cy: y, r: 4.5, fill: colour });
    case 'square': return el('rect', { x: x - 4, y: y - 4, width: 8, height: 8, fill: colour });
    case 'triangle': return el('polygon', { points: `${x},${y - 5.5} ${x + 5},${y + 4} ${x - 5},${y + 4}`, fill: colour });
  }
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

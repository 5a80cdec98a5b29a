import { AXES, AXIS_LABELS, formatScore, type AxisScores } from '../../core/axes';
import { h } from '../dom';

/** Direction shown by a symbol and a word as well as colour, so no one depends on colour alone. */
function direction(value: number): { symbol: string; word: string; tone: string } {
  if (value > 0) return { symbol: '▲', word: 'up', tone: 'good' };
  if (value < 0) return { symbol: '▼', word: 'down', tone: 'poor' };
  return { symbol: '●', word: 'no change', tone: 'neutral' };
}

export function scoreChips(scores: AxisScores, label = 'Scores for this choice'): HTMLUListElement {
  return h(
    'ul',
    { class: 'score-chips', 'aria-label': label },
    ...AXES.map((axis) => {
      const value = scores[axis];
      const { symbol, word, tone } = direction(value);
      return h(
        'li',
        { class: `score-chip score-chip--${tone}`, 'aria-label': `${AXIS_LABELS[axis]} ${formatScore(value)}, ${word}` },
        h('span', { 'aria-hidden': 'true' }, `${symbol} ${AXIS_LABELS[axis]} ${formatScore(value)}`),
      );
    }),
  );
}

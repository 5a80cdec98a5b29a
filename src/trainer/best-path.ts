import { bestOf, optionTotal } from '../scoring/scores';
import type { OfferedChoice } from '../session/session-events';

/**
 * Where the group debrief learns which option was best at a decision. Until the scenario analyser
 * (issue 3) lands, the only knowledge is what the log itself offered: the best of the options on
 * screen at that moment. The analyser can supply a source that knows the whole map instead; it gets
 * the ink indices of the choices that led here, which is enough to find the decision in the story.
 */
export interface BestPathSource {
  /** Shown wherever "best" is, so nobody mistakes a local measure for the scenario's best path. */
  label: string;
  best(offered: readonly OfferedChoice[], pathSoFar: readonly number[]): number[];
}

/** Highest total of the three scores among the options offered; several in a tie, none if none is scored. */
export const bestOfferedHere: BestPathSource = {
  label: 'the best option offered at each decision, by the highest total of the three scores',
  best(offered) {
    return bestOf(offered, (o) => optionTotal(o.scores)).map((o) => o.index);
  },
};

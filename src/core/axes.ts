/**
 * The words of scoring, at the bottom layer so the tag parser, the session log and the scoring
 * rules all share them without an import loop. The rules themselves live in scoring/scores.ts.
 */

/** The three things every choice is scored on. Order here is display order everywhere. */
export const AXES = ['compliance', 'communication', 'challenge'] as const;
export type Axis = (typeof AXES)[number];

export const AXIS_LABELS: Record<Axis, string> = {
  compliance: 'Compliance',
  communication: 'Communication',
  challenge: 'Constructive challenge',
};

/** Short names authors write in score tags, e.g. `#score: comp +2, comm 0, chal -1`. */
export const AXIS_SHORT_NAMES: Record<string, Axis> = {
  comp: 'compliance',
  compliance: 'compliance',
  comm: 'communication',
  communication: 'communication',
  chal: 'challenge',
  challenge: 'challenge',
};

export const MIN_SCORE = -2;
export const MAX_SCORE = 2;

export type AxisScores = Record<Axis, number>;

export function formatScore(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

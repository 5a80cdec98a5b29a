import type { KsbJudgement } from '../session/session-events';

/** How a witness's KSB judgement reads, on screen and on paper. */
export const JUDGEMENT_LABELS: Record<KsbJudgement, string> = { met: 'Met', 'partly-met': 'Partly met', 'not-met': 'Not met' };

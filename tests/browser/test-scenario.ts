/** The scenario the play tests use: the shipped safeguarding one, with its content notes and #ask. */
export const SCENARIO = 'pension-card';

/**
 * The scenario the saving and resume tests play: one with no content-note panel. Every scenario has
 * "What would you say?" questions; those tests skip them (learner.ts, reachChoices). CG_TEST_SCENARIO=<id>
 * points them at another one (the engine in Node reads stories/<id>.ink to compute what the browser should show).
 */
export const PLAIN_SCENARIO = process.env.CG_TEST_SCENARIO ?? 'backlog';

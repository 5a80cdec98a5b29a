/**
 * The scenario the browser tests play: the shipped safeguarding scenario. While it is being written,
 * point the tests at another one in stories/ with CG_TEST_SCENARIO=<id> (the engine in Node reads
 * stories/<id>.ink to compute what the browser should show).
 */
export const SCENARIO = process.env.CG_TEST_SCENARIO ?? 'pension-card';

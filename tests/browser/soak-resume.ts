/**
 * Soak test for resume: the kill-and-resume run of resume-after-kill.test.ts with as many kills as
 * you like. Builds the game, serves it locally and reports each kill.
 *
 *   npm run soak:resume -- --kills 300 --seed 7 [--text-only]   (CG_TEST_SCENARIO=<id> to play another scenario)
 */
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { compileStory } from '../fixtures/compile-fixture';
import { checkAgainstEngine, runKillAndResume } from './kill-and-resume';
import { PLAIN_SCENARIO as SCENARIO } from './test-scenario';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, seed: { type: 'string', default: String(Date.now() % 1_000_000) }, quiet: { type: 'boolean', default: false }, 'text-only': { type: 'boolean', default: false } } });
const kills = Number(values.kills);
const seed = Number(values.seed);

await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('vite preview did not report a local address');
console.log(`soak: ${kills} kills of ${SCENARIO}, seed ${seed}`);
const started = Date.now();
let failures = 0;
try {
  const result = await runKillAndResume({ baseUrl, scenarioId: SCENARIO, seed, kills, textOnly: values['text-only'], log: values.quiet ? undefined : (line) => console.log(line) });
  const scenario = compileStory(SCENARIO);
  for (const session of result.sessions) {
    const problem = checkAgainstEngine(scenario, session.events);
    if (problem) {
      failures++;
      console.error(`session ${session.sessionId} does not match the engine: ${problem}`);
    }
  }
  for (const problem of [...result.lost, ...result.problems, ...result.errors]) {
    failures++;
    console.error(problem);
  }
  console.log(`${result.kills} kills (${result.cutMidStep} left a step half-saved), ${result.seenDecisions} decisions on screen before a kill checked, ${result.lost.length} lost, ${result.sessions.length} attempts checked, ${Math.round((Date.now() - started) / 1000)} s`);
} finally {
  await server.close();
}
console.log(`soak: ${failures === 0 ? 'passed' : 'FAILED'} (seed ${seed})`);
process.exit(failures === 0 ? 0 : 1);

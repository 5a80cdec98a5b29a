/**
 * `npm run fuzz:stories [-- --runs 5000] [--seed n]`: the unit suite's mutation property, run for
 * longer. Prints how many mutations compiled, failed to compile or met an authoring error; exits 1
 * with the smallest counterexample when anything else was thrown.
 */
import fc from 'fast-check';
import { buildAndPlay, mutate, mutatedStory } from './fixtures/story-fuzz';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : Number(argv[i + 1]);
};
const runs = option('--runs', 1000);
const seed = option('--seed', Date.now() % 2 ** 31);
const outcomes = new Map<string, number>();
const startedAt = Date.now();
const result = fc.check(
  fc.property(mutatedStory, ({ story, mutations, path }) => {
    const outcome = buildAndPlay(story.id, mutate(story.source, mutations), path);
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    const done = [...outcomes.values()].reduce((a, b) => a + b, 0);
    if (process.stderr.isTTY && done % 25 === 0) process.stderr.write(`\r${done} / ${runs} mutations`);
  }),
  { numRuns: runs, seed },
);
if (process.stderr.isTTY) process.stderr.write('\n');
console.log(`seed ${seed}, ${runs} runs in ${((Date.now() - startedAt) / 1000).toFixed(0)} s:`, Object.fromEntries(outcomes));
if (result.failed) {
  console.log(fc.defaultReportMessage(result));
  process.exitCode = 1;
}

/**
 * The game against a plain ink page (Inky-style: inkjs, the compiled story and a 30-line loop) on
 * the same story, both served with gzip from this machine, cold caches, Slow 4G and a 4x slower
 * CPU. Runs them interleaved, so a machine that gets busier slows both alike, and prints the
 * ratios. A benchmark: it prints numbers and asserts nothing.
 *
 *   npm run bench:browser -- [--runs 3] [--quick] [--prebuilt | --dist <built game>] [--scenario pension-card]
 *
 * --quick is one run and three playthroughs (about two minutes); the default takes five to ten.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { gameStart, gameWithoutScenery, heapAfterPlaythroughs, plainStart, type HeapReading, type StartReading } from './bench/bench-runs';
import { serveWithGzip } from './bench/gzip-server';
import { buildPlainPlayer } from './bench/plain-player';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    prebuilt: { type: 'boolean', default: false },
    // A build kept from before a change, to bench it against the plain page again without rebuilding.
    dist: { type: 'string' },
    scenario: { type: 'string', default: 'pension-card' },
  },
});
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
const playthroughs = values.quick ? 3 : 10;
const scenarioId = values.scenario;

if (!values.prebuilt && !values.dist) await build({ logLevel: 'warn' });
const plainDir = buildPlainPlayer(scenarioId);
const game = await serveWithGzip(values.dist ? resolve(values.dist) : fileURLToPath(new URL('../../dist', import.meta.url)));
const plain = await serveWithGzip(plainDir);
console.log(`bench:browser: ${scenarioId}, ${runs} interleaved cold runs, Slow 4G + 4x CPU; heap over ${playthroughs} playthroughs at full speed`);
console.log(`machine: ${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on it slows both players alike, not the ratios)`);

const plainStarts: StartReading[] = [];
const gameInTab: StartReading[] = [];
const gameNewTab: StartReading[] = [];
const gameTextOnly: StartReading[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    // Alternate who goes first, so neither always meets the machine warmer or busier.
    const order = run % 2 === 1 ? ['plain', 'game', 'text only'] : ['text only', 'game', 'plain'];
    for (const which of order) {
      if (which === 'plain') plainStarts.push(await plainStart(plain.url));
      else if (which === 'text only') gameTextOnly.push(await gameWithoutScenery(game.url, scenarioId));
      else {
        const { inTab, newTab } = await gameStart(game.url, scenarioId);
        gameInTab.push(inTab);
        gameNewTab.push(newTab);
      }
    }
    const last = (list: StartReading[]) => Math.round(list.at(-1)!.firstChoiceMs);
    console.log(`  run ${run}: first choice plain ${last(plainStarts)} ms, game (profile in tab) ${last(gameInTab)} ms, game (new tab) ${last(gameNewTab)} ms`);
  }
  const heapPlain = await heapAfterPlaythroughs(plain.url, 'plain', scenarioId, playthroughs);
  const heapGame = await heapAfterPlaythroughs(game.url, 'game', scenarioId, playthroughs);
  report({ plainStarts, gameInTab, gameNewTab, gameTextOnly, heapPlain, heapGame, playthroughs });
} finally {
  await Promise.all([game.close(), plain.close()]);
  rmSync(plainDir, { recursive: true, force: true });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

function report(r: { plainStarts: StartReading[]; gameInTab: StartReading[]; gameNewTab: StartReading[]; gameTextOnly: StartReading[]; heapPlain: HeapReading; heapGame: HeapReading; playthroughs: number }): void {
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  const first = (list: StartReading[]) => median(list.map((s) => s.firstChoiceMs));
  const plainFirst = first(r.plainStarts);
  console.log('\nfirst clickable choice (median of runs)');
  console.log(`  plain ink page                 ${ms(plainFirst)}`);
  console.log(`  game, profile chosen in tab    ${ms(first(r.gameInTab))}   ${ratio(first(r.gameInTab), plainFirst)} the plain page`);
  console.log(`  game, returning, new tab       ${ms(first(r.gameNewTab))}   ${ratio(first(r.gameNewTab), plainFirst)} the plain page`);
  const plainClicks = r.plainStarts.flatMap((s) => s.clickToPaintMs);
  const gameClicks = r.gameInTab.flatMap((s) => s.clickToPaintMs);
  console.log(`\nclick to next step painted, scenery on (${gameClicks.length} game clicks, ${plainClicks.length} plain)`);
  const textOnlyClicks = r.gameTextOnly.flatMap((s) => s.clickToPaintMs);
  for (const p of [50, 95]) {
    console.log(`  p${p}: game ${ms(percentile(gameClicks, p))}, plain ${ms(percentile(plainClicks, p))}   ${ratio(percentile(gameClicks, p), percentile(plainClicks, p))}`);
  }
  // The scenery's own share of a click: the same game with Phaser stubbed out.
  console.log(`  the game with the scenery stubbed out (${textOnlyClicks.length} clicks): p50 ${ms(percentile(textOnlyClicks, 50))}, p95 ${ms(percentile(textOnlyClicks, 95))}`);
  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  const line = (before: number, after: number) => `${mb(before)} → ${mb(after)} (${((after / before - 1) * 100).toFixed(1)}%)`;
  const all = (h: HeapReading) => line(h.afterOne.usedBytes, h.afterTen.usedBytes);
  const data = (h: HeapReading) => line(h.afterOne.usedBytes - h.afterOne.codeBytes, h.afterTen.usedBytes - h.afterTen.codeBytes);
  console.log(`\nheap after 1 and ${r.playthroughs} playthroughs (after garbage collection)`);
  console.log(`  plain: ${all(r.heapPlain)}`);
  console.log(`  game:  ${all(r.heapGame)}   ${ratio(r.heapGame.afterOne.usedBytes, r.heapPlain.afterOne.usedBytes)} the plain page after 1`);
  console.log('  without compiled code (what the page keeps alive; the engine compiles more as it warms up)');
  console.log(`  plain: ${data(r.heapPlain)}`);
  console.log(`  game:  ${data(r.heapGame)}`);
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lanAddresses } from '../relay/lan-addresses';
import { startRelay } from '../relay/relay-server';

/**
 * `npm run room`: builds the game if dist/ lacks it, then starts the live-room relay, which serves
 * the game and the phone page. PORT (8080), HOST (0.0.0.0: every network) and REDIS_URL (share rooms
 * with other relay processes) come from the environment; `--build` rebuilds first.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const distDir = `${root}dist`;
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}
if (process.argv.includes('--build') || !existsSync(`${distDir}/index.html`) || !existsSync(`${distDir}/phone.html`)) {
  console.log('Building the game first (npm run build)…');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}

const relay = await startRelay({ port, host, distDir, redisUrl: process.env.REDIS_URL || undefined });
const shown = host === '0.0.0.0' ? lanAddresses() : [host];
const bases = (shown.length > 0 ? shown : ['127.0.0.1']).map((a) => `http://${a}:${relay.port}`);
console.log(`Live-room relay on port ${relay.port}${process.env.REDIS_URL ? ', sharing rooms through Redis' : ''}.`);
console.log(`  On this laptop:   http://localhost:${relay.port}/  (open a scenario, Run with a group, tick "Phones can vote")`);
for (const base of bases) console.log(`  On the network:   ${base}/   phones join at ${base}/join`);
if (shown.length === 0) console.log('  No network address found: phones cannot reach this machine until it joins a network.');
console.log('Press Ctrl+C to stop; every room ends with it.');

const stop = () => {
  void relay.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

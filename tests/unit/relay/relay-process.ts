import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRelay } from '../../../src/relay/relay-server';

/** One relay process for the multi-process test: REDIS_URL from the environment, any free port. */
const dist = mkdtempSync(join(tmpdir(), 'relay-process-'));
writeFileSync(join(dist, 'phone.html'), '<p>phone page</p>');
const relay = await startRelay({ port: 0, host: '127.0.0.1', distDir: dist, redisUrl: process.env.REDIS_URL });
console.log(`listening ${relay.port}`);
process.on('SIGTERM', () => void relay.close().then(() => process.exit(0)));

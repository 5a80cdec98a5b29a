import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRelay } from '../relay/relay-server';

/** The relay for `npm run bench:room`, in its own process: reports its port, and its heap when asked. */
const relay = await startRelay({ port: 0, host: '127.0.0.1', distDir: mkdtempSync(join(tmpdir(), 'bench-room-')) });
process.send!({ port: relay.port });
process.on('message', () => {
  (globalThis as { gc?: () => void }).gc?.();
  process.send!({ heap: process.memoryUsage().heapUsed });
});
process.on('disconnect', () => process.exit(0));

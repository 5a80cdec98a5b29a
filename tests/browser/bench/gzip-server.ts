import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
  '.webm': 'audio/webm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
/** Text compresses; art, sound and fonts are compressed already and go as they are, as a real host does. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder over HTTP with gzip, the same for the game and the plain ink page so neither is
 * favoured by its host. Each file is read and compressed once (level 6, as nginx's default).
 */
export async function serveWithGzip(root: string): Promise<StaticServer> {
  const cache = new Map<string, { body: Buffer; gzipped: Buffer | null }>();
  const load = async (file: string) => {
    const known = cache.get(file);
    if (known) return known;
    const body = await readFile(file);
    const entry = { body, gzipped: COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 6 }) : null };
    cache.set(file, entry);
    return entry;
  };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) && file !== root) return void res.writeHead(403).end();
    void stat(file)
      .then(async (info) => {
        if (!info.isFile()) throw new Error('not a file');
        const { body, gzipped } = await load(file);
        const gzip = gzipped !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          Vary: 'Accept-Encoding',
          ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        });
        res.end(gzip ? gzipped : body);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the bench server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

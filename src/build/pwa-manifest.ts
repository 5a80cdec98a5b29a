import type { Plugin } from 'vite';
import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * Workbox leaves out of the precache, without failing, any file over its size limit. Ours is set
 * well above the biggest file we ship (the Phaser chunk, ~1.4 MB) and the build check below fails
 * if anything reaches it, so a file is never silently missing offline.
 */
export const PRECACHE_LIMIT_BYTES = 4 * 1024 * 1024;

/** The install manifest: what a device shows when Common Ground is added as an app. */
export const pwaManifest: Partial<ManifestOptions> = {
  name: 'Common Ground',
  short_name: 'Common Ground',
  description: 'A role-play trainer for UK public service apprentices, trainers and assessors.',
  lang: 'en-GB',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#1d4e6b',
  icons: [
    { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/** Names of built files too big to precache (the names are as in the bundle). */
export function filesOverPrecacheLimit(files: Record<string, number>, limit = PRECACHE_LIMIT_BYTES): string[] {
  return Object.entries(files).filter(([, size]) => size >= limit).map(([name]) => name);
}

/** Fails the build when a file would be left out of the offline copy. */
export function precacheLimitCheck(): Plugin {
  return {
    name: 'common-ground:precache-limit',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sizes: Record<string, number> = {};
      // Source maps (a --sourcemap build) are never precached, so their size does not matter.
      for (const [name, file] of Object.entries(bundle)) if (!name.endsWith('.map')) sizes[name] = Buffer.byteLength(file.type === 'chunk' ? file.code : file.source);
      const tooBig = filesOverPrecacheLimit(sizes);
      if (tooBig.length) this.error(`too big to precache for offline play (limit ${PRECACHE_LIMIT_BYTES} bytes): ${tooBig.join(', ')}`);
    },
  };
}

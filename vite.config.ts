import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { inkPlugin } from './src/build/ink-plugin';
import { appChunks } from './src/build/app-chunks';
import { preloadApp } from './src/build/preload-app';
import { preloadScenario } from './src/build/preload-scenario';
import { PRECACHE_LIMIT_BYTES, precacheLimitCheck, pwaManifest } from './src/build/pwa-manifest';

const sourceFile = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const chunks = appChunks({ boot: sourceFile('./src/main.ts'), app: sourceFile('./src/start.ts'), phone: sourceFile('./src/ui/phone/phone-main.ts') });

// CG_STORIES_DIR points the game at another scenarios folder (the dev-server test edits a copy).
const storiesDir = process.env.CG_STORIES_DIR ?? fileURLToPath(new URL('./stories', import.meta.url));

export default defineConfig({
  // Relative asset URLs so a build runs from any folder (a USB stick, an intranet sub-path).
  base: './',
  plugins: [
    inkPlugin({ storiesDir }),
    precacheLimitCheck(),
    chunks.plugin,
    preloadApp(sourceFile('./src/start.ts')),
    preloadScenario(),
    VitePWA({
      // 'prompt': a new version waits until the learner chooses to reload (never a swap mid-scenario).
      registerType: 'prompt',
      injectRegister: false,
      manifest: pwaManifest,
      // The example KSB list Settings links to, so it downloads offline too.
      includeAssets: ['favicon.svg', 'icons/*', 'ksb-list-example.json'],
      workbox: {
        // Everything the game can show offline: code (every scenario chunk is a JS chunk), styles,
        // art, scenarios' pictures (# IMAGE), sound (both formats: browsers pick one) and the fonts
        // modern browsers load.
        globPatterns: ['**/*.{js,css,html,svg,png,jpg,jpeg,gif,webp,avif,mp3,webm,woff2,webmanifest}'],
        // The default (2 MiB) silently skips bigger files; the build check fails instead (pwa-manifest.ts).
        maximumFileSizeToCacheInBytes: PRECACHE_LIMIT_BYTES,
        navigateFallback: 'index.html',
        // The phone page is served by the live-room relay, online by nature.
        navigateFallbackDenylist: [/phone\.html$/, /^\/join/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Art and sound stay separate files (fingerprinted), never inlined: Phaser and howler load
    // them by URL, and the browser caches each one.
    assetsInlineLimit: (file) => (/\/assets\/(places|people|audio)\//.test(file) ? false : undefined),
    rollupOptions: {
      // The game, and the small page the live-room relay serves to phones at /join.
      input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), phone: fileURLToPath(new URL('./phone.html', import.meta.url)) },
      output: {
        // Phaser in its own chunk that loads after the text; the app as one chunk (app-chunks.ts).
        advancedChunks: { groups: chunks.groups },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: ['tests/browser/fail-on-page-errors.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the game once and serves dist/ on a free local port for every browser test.
 * CG_BROWSER_PREBUILT=1 serves the dist/ already there (the repeat script builds once for all runs).
 */
export default async function setup(project: TestProject) {
  if (process.env.CG_BROWSER_PREBUILT !== '1') await build({ logLevel: 'warn' });
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local address');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}

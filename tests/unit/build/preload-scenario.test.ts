import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { OutputChunk } from 'rolldown';
import { scenarioChunks, WARM_SCRIPT, warmScriptSource } from '../../../src/build/preload-scenario';

const CHUNKS = { 'pension-card': './assets/pension-card-AbC123.js', 'first-day': './assets/first-day-XyZ789.js' };

/** Runs the head's inline script against a page at `hash`; returns the hrefs it asked the browser to preload. */
function preloadsFor(hash: string): string[] {
  const appended: Array<{ rel: string; href: string }> = [];
  const document = {
    getElementById: (id: string) => (id === 'scenario-chunks' ? { textContent: JSON.stringify(CHUNKS) } : null),
    createElement: () => ({ rel: '', href: '', crossOrigin: null }),
    head: { appendChild: (link: { rel: string; href: string }) => appended.push(link) },
  };
  runInNewContext(WARM_SCRIPT, { document, location: { hash }, JSON, decodeURIComponent, Object });
  return appended.map((link) => `${link.rel} ${link.href}`);
}

describe('the head asks for the scenario the address names', () => {
  it('preloads the chunk of the scenario a play or present address names', () => {
    expect(preloadsFor('#/play/pension-card')).toEqual(['modulepreload ./assets/pension-card-AbC123.js']);
    expect(preloadsFor('#/present/first-day/some-session')).toEqual(['modulepreload ./assets/first-day-XyZ789.js']);
  });

  it('asks for nothing on other screens, for an unknown scenario, or for a name that is not its own entry', () => {
    expect(preloadsFor('#/settings')).toEqual([]);
    expect(preloadsFor('')).toEqual([]);
    expect(preloadsFor('#/play/no-such-scenario')).toEqual([]);
    expect(preloadsFor('#/play/__proto__')).toEqual([]);
    expect(preloadsFor('#/play/toString')).toEqual([]);
  });

  it('maps each scenario file the build made a chunk of to that chunk, and nothing else', () => {
    const chunk = (facadeModuleId: string | null, fileName: string) => ({ facadeModuleId, fileName }) as OutputChunk;
    const found = scenarioChunks([chunk('/repo/stories/pension-card.ink', 'assets/pension-card-1.js'), chunk('/repo/src/start.ts', 'assets/app-2.js'), chunk(null, 'assets/shared-3.js')]);
    expect(found).toEqual({ 'pension-card': './assets/pension-card-1.js' });
  });

  it('is allowed by the hash the README gives for a policy sent as a header', () => {
    expect(warmScriptSource()).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')).toContain(warmScriptSource());
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledScenario } from '../content/compiled-scenario';
import { compileInk } from '../compile/compile-ink';

/**
 * Compiles `stories/<id>.ink` as the build does, for checking records outside the app. Ids are
 * scenario file names only, so a record cannot point the loader at another folder.
 */
export function scenarioFromDisk(storiesDir: string): (scenarioId: string) => Promise<CompiledScenario | null> {
  return async (scenarioId) => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(scenarioId)) return null;
    const file = join(storiesDir, `${scenarioId}.ink`);
    if (!existsSync(file)) return null;
    const { json, hash } = compileInk(readFileSync(file, 'utf8'), file);
    return { id: scenarioId, hash, json };
  };
}

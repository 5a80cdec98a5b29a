import type { Plugin } from 'vite';
import type { ModuleInfo } from 'rolldown';

type Lookup = (id: string) => ModuleInfo | null;

/** Every module `entry` imports statically, however deep (dynamic imports are where chunks begin). */
function staticGraph(entry: string, lookup: Lookup): Set<string> {
  const found = new Set<string>();
  const queue = [entry];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(lookup(id)?.importedIds ?? []));
  }
  return found;
}

export interface Entries {
  /** The page's small entry, which asks for the scenario (src/main.ts). */
  boot: string;
  /** The app it imports (src/start.ts). */
  app: string;
  /** The phone page's entry, which shares a little with the app. */
  phone: string;
}

/**
 * The chunks the game ships in. Phaser is on its own: it loads after the text. What the entry
 * needs before the app is its own (`boot`), so it can run before the app has arrived. The app
 * is one chunk (`app`): left to itself the bundler cuts a small chunk out of it for each set of
 * lazy screens that share a module, and on a slow connection each costs a round trip before the
 * first choice. What the phone page shares with it (`shared`) stays apart, so a phone loads only
 * that. The module graph is read once it is complete (the plugin's buildEnd).
 */
export function appChunks(entries: Entries) {
  let graphs: Record<keyof Entries, Set<string>> = { boot: new Set(), app: new Set(), phone: new Set() };
  const plugin: Plugin = {
    name: 'common-ground:app-chunks',
    apply: 'build',
    buildEnd() {
      const graph = (entry: string) => staticGraph(entry, (id) => this.getModuleInfo(id));
      graphs = { boot: graph(entries.boot), app: graph(entries.app), phone: graph(entries.phone) };
      graphs.boot.delete(entries.boot);
      graphs.phone.delete(entries.phone);
    },
  };
  const inApp = (id: string) => graphs.app.has(id) && !graphs.boot.has(id);
  // A group takes in what its modules import, unless a group of higher priority has it already.
  const groups = [
    { name: 'phaser', test: /node_modules[\\/]phaser/, priority: 4 },
    { name: 'boot', test: (id: string) => graphs.boot.has(id), priority: 3 },
    { name: 'shared', test: (id: string) => inApp(id) && graphs.phone.has(id), priority: 2 },
    { name: 'app', test: (id: string) => inApp(id) && !graphs.phone.has(id), priority: 1 },
  ];
  return { plugin, groups };
}

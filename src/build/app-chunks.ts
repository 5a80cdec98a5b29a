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

/**
 * The chunks the game ships in. Phaser is on its own: it loads after the text. What the game's
 * page imports at start is one chunk (`app`): left to itself the bundler cuts a small chunk out of
 * it for each set of lazy screens that share a module, and on a slow connection each costs a round
 * trip before the first choice. What the phone page shares with it (`shared`) stays apart, so a
 * phone loads only that. The module graph is read once it is complete (the plugin's buildEnd).
 */
export function appChunks(game: string, phone: string) {
  const graphs = { game: new Set<string>(), phone: new Set<string>() };
  const plugin: Plugin = {
    name: 'common-ground:app-chunks',
    apply: 'build',
    buildEnd() {
      graphs.game = staticGraph(game, (id) => this.getModuleInfo(id));
      graphs.phone = staticGraph(phone, (id) => this.getModuleInfo(id));
      graphs.game.delete(game);
      graphs.phone.delete(phone);
    },
  };
  const groups = [
    { name: 'phaser', test: /node_modules[\\/]phaser/, priority: 3 },
    { name: 'shared', test: (id: string) => graphs.phone.has(id) && graphs.game.has(id), priority: 2 },
    { name: 'app', test: (id: string) => graphs.game.has(id) && !graphs.phone.has(id), priority: 1 },
  ];
  return { plugin, groups };
}

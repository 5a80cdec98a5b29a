/**
 * Reading ink's compiled JSON (inkVersion 21) as inkjs does, without loading it into inkjs. A container
 * is an array whose last item is null or a dictionary of named sub-containers and flags ("#f", "#n");
 * its path names a sub-container by name when it has one and by position otherwise.
 */

export interface InkContainer {
  path: string;
  /** The content, without the trailing dictionary. */
  items: unknown[];
  /** Sub-containers by name: the named-only ones and the named ones in `items`. */
  named: Map<string, InkContainer>;
  parent: InkContainer | null;
  /** Position in the parent's items, or -1 for a named-only container (a knot, stitch, choice or gather). */
  indexInParent: number;
  /** ink's count flags: 1 visits counted, 2 turns counted, 4 counted only when entered at the start. */
  flags: number;
}

/** A place in the story: a container and a position in its items (items.length is just past the end). */
export interface InkPoint {
  container: InkContainer;
  index: number;
}

export class InkJson {
  readonly root: InkContainer;
  readonly containers = new Map<string, InkContainer>();

  constructor(compiledJson: string) {
    const root = (JSON.parse(compiledJson) as { root?: unknown }).root;
    if (!Array.isArray(root)) throw new Error('not a compiled ink story: it has no "root" container');
    this.root = this.index(root, '', null, -1);
  }

  /** Where an ink path leads, read from `from` when it is relative (".^.c-0"), as inkjs's ResolvePath. */
  resolve(path: string, from: InkContainer): InkPoint | null {
    const relative = path.startsWith('.');
    const parts = (relative ? path.slice(1) : path).split('.').filter((p) => p.length > 0);
    // For content inside a container, a relative path's first "^" means that container itself.
    if (relative && parts[0] === '^') parts.shift();
    let at: InkContainer = relative ? from : this.root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const last = i === parts.length - 1;
      if (part === '^') {
        if (!at.parent) return null;
        at = at.parent;
      } else if (/^\d+$/.test(part)) {
        const index = Number(part);
        const child = at.items[index];
        if (Array.isArray(child)) at = this.childAt(at, index)!;
        else if (last) return index <= at.items.length ? { container: at, index } : null;
        else return null;
      } else {
        const child = at.named.get(part);
        if (!child) return null;
        at = child;
      }
    }
    return { container: at, index: 0 };
  }

  childAt(container: InkContainer, index: number): InkContainer | undefined {
    const item = container.items[index];
    if (!Array.isArray(item)) return undefined;
    const name = nameOf(item);
    return this.containers.get(join(container.path, name ?? String(index)));
  }

  private index(items: unknown[], path: string, parent: InkContainer | null, indexInParent: number): InkContainer {
    const terminal = terminalOf(items);
    const flags = typeof terminal?.['#f'] === 'number' ? terminal['#f'] : 0;
    const container: InkContainer = { path, items: items.slice(0, -1), named: new Map(), parent, indexInParent, flags };
    this.containers.set(path, container);
    container.items.forEach((item, i) => {
      if (!Array.isArray(item)) return;
      const name = nameOf(item);
      const child = this.index(item, join(path, name ?? String(i)), container, i);
      if (name) container.named.set(name, child);
    });
    for (const [key, child] of Object.entries(terminal ?? {})) {
      if (!key.startsWith('#') && Array.isArray(child)) container.named.set(key, this.index(child, join(path, key), container, -1));
    }
    return container;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function terminalOf(items: unknown[]): Record<string, unknown> | null {
  const last = items[items.length - 1];
  return isObject(last) ? last : null;
}

function nameOf(items: unknown[]): string | null {
  const name = terminalOf(items)?.['#n'];
  return typeof name === 'string' ? name : null;
}

function join(path: string, part: string): string {
  return path ? `${path}.${part}` : part;
}

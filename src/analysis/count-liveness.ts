import { InkJson, isObject, type InkContainer, type InkPoint } from './ink-json';
import { components } from './strongly-connected';

/** A place a saved state can go on from: a container path and a position in it. */
export interface Place {
  path: string;
  index: number;
}

const STOPS = new Set(['done', 'end', '->->', '~ret']);

/**
 * Which of ink's visit and turn counts a state can still read. ink keeps the count of every
 * once-only choice taken and every counted knot for ever, so two paths that took different options
 * would never meet again if every count were compared. A count can matter only if some place that
 * reads it (a once-only choice, a sequence, `{knot}`, READ_COUNT, TURNS_SINCE) can still be reached
 * from where the state goes on. Reachability follows ink's compiled flow: content in order, nested
 * containers, diverts, tunnels, functions, threads and choices; a divert to a variable may go to
 * any address the story takes. When in doubt a count is kept, never dropped.
 */
export class CountLiveness {
  private readonly base = new Map<InkContainer, number>();
  private readonly bitOf = new Map<string, number>();
  private readonly counted: string[] = [];
  private readonly words: number;
  private componentOf = new Int32Array(0);
  private componentBits: Uint32Array[] = [];
  /** Set when the flow could not be followed everywhere; then every count is taken to be live. */
  private unsure = false;

  constructor(private readonly ink: InkJson) {
    let count = 0;
    for (const container of ink.containers.values()) {
      this.base.set(container, count);
      count += container.items.length + 1;
      if (container.flags & 3) {
        this.bitOf.set(container.path, this.counted.length);
        this.counted.push(container.path);
      }
    }
    this.words = Math.ceil(this.counted.length / 32);
    if (this.counted.length > 0) this.solve(count);
  }

  /** Whether a state that goes on from these places may still read a container's count, by its ink path. */
  liveFrom(places: Iterable<Place>): (path: string) => boolean {
    const everything = () => true;
    if (this.unsure) return everything;
    const bits = new Uint32Array(this.words);
    for (const place of places) {
      const container = this.ink.containers.get(place.path);
      if (!container) return everything;
      const own = this.componentBits[this.componentOf[this.pointId({ container, index: place.index })]!]!;
      for (let w = 0; w < this.words; w++) bits[w]! |= own[w]!;
    }
    return (path) => {
      const bit = this.bitOf.get(path);
      // A path this reader does not know is kept: when in doubt, never drop.
      return bit === undefined || (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
    };
  }

  /** A counted container's position in a fixed order, by its ink path; undefined if it is not counted. */
  slotOf(path: string): number | undefined {
    return this.bitOf.get(path);
  }

  /** The place a path names, for choices' targets. */
  place(path: string): Place | null {
    const point = this.ink.resolve(path, this.ink.root);
    return point ? { path: point.container.path, index: point.index } : null;
  }

  private solve(count: number): void {
    const successors: number[][] = Array.from({ length: count }, () => []);
    const reads: number[][] = Array.from({ length: count }, () => []);
    const addressed = this.addressTaken();
    for (const container of this.ink.containers.values()) {
      for (let index = 0; index <= container.items.length; index++) {
        const id = this.pointId({ container, index });
        this.follow(container, index, addressed, successors[id]!, reads[id]!);
      }
    }
    const parts = components(count, (v) => successors[v]!);
    this.componentOf = new Int32Array(count);
    parts.forEach((part, c) => part.forEach((v) => (this.componentOf[v] = c)));
    // Components come sinks first, so every successor's bits are known before they are needed.
    this.componentBits = [];
    for (const part of parts) {
      const bits = new Uint32Array(this.words);
      for (const v of part) {
        for (const bit of reads[v]!) bits[bit >>> 5]! |= 1 << (bit & 31);
        for (const w of successors[v]!) {
          const other = this.componentBits[this.componentOf[w]!];
          if (other) for (let i = 0; i < this.words; i++) bits[i]! |= other[i]!;
        }
      }
      this.componentBits.push(bits);
    }
  }

  /** Where the flow can go from one place, and which counts reading it there involves. */
  private follow(container: InkContainer, index: number, addressed: InkPoint[], next: number[], reads: number[]): void {
    const after = this.pointId({ container, index: index + 1 });
    if (index === container.items.length) {
      // Falling off the end of nested content carries on after it; off the end of a knot, nowhere.
      if (container.parent && container.indexInParent >= 0) next.push(this.pointId({ container: container.parent, index: container.indexInParent + 1 }));
      return;
    }
    const item = container.items[index];
    if (Array.isArray(item)) next.push(this.pointId({ container: this.ink.childAt(container, index)!, index: 0 }));
    else if (typeof item === 'string') {
      if (!STOPS.has(item)) next.push(after);
      if (item === 'visit') this.read({ container, index: 0 }, reads);
      if (item === 'readc' || item === 'turns') for (const point of addressed) this.read(point, reads);
    } else if (!isObject(item)) next.push(after);
    else if ('->' in item) {
      this.divert(item['->'], item.var, container, addressed, next);
      // A conditional divert may not be taken; the divert that starts a thread returns after itself.
      if (item.c || container.items[index - 1] === 'thread') next.push(after);
    } else if ('f()' in item || '->t->' in item) {
      this.divert(item['f()'] ?? item['->t->'], item.var, container, addressed, next);
      next.push(after);
    } else if ('x()' in item) {
      const fallback = this.ink.root.named.get(String(item['x()']));
      if (fallback) next.push(this.pointId({ container: fallback, index: 0 }));
      next.push(after);
    } else if ('*' in item) {
      const target = this.ink.resolve(String(item['*']), container);
      if (target) next.push(this.pointId(target));
      else this.unsure = true;
      if (typeof item.flg === 'number' && item.flg & 16) this.read(target, reads);
      next.push(after);
    } else {
      if ('CNT?' in item) this.read(this.ink.resolve(String(item['CNT?']), container), reads);
      next.push(after);
    }
  }

  /** A divert goes where its path leads; one to a variable may go to any address the story takes. */
  private divert(target: unknown, toVariable: unknown, from: InkContainer, addressed: InkPoint[], next: number[]): void {
    if (toVariable) {
      for (const point of addressed) next.push(this.pointId(point));
      return;
    }
    const point = typeof target === 'string' ? this.ink.resolve(target, from) : null;
    if (point) next.push(this.pointId(point));
    else this.unsure = true;
  }

  private read(point: InkPoint | null, reads: number[]): void {
    const bit = point && point.index === 0 ? this.bitOf.get(point.container.path) : undefined;
    if (bit !== undefined) reads.push(bit);
  }

  /** Every place the story takes as a value (`-> knot` passed or stored), where a divert to a variable may go. */
  private addressTaken(): InkPoint[] {
    const points: InkPoint[] = [];
    for (const container of this.ink.containers.values()) {
      for (const item of container.items) {
        if (!isObject(item) || typeof item['^->'] !== 'string') continue;
        const point = this.ink.resolve(item['^->'], container);
        if (point) points.push(point);
        else this.unsure = true;
      }
    }
    return points;
  }

  private pointId(point: InkPoint): number {
    return this.base.get(point.container)! + point.index;
  }
}

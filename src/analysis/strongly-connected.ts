import type { StateGraph } from './state-graph';

/**
 * The graph's strongly connected components (Tarjan's algorithm, without recursion so that long
 * stories cannot overflow the stack). Each component comes after every component it can reach, so
 * endings come first and the start last: the order a dynamic programme over successors needs.
 */
export function stronglyConnected(graph: StateGraph): number[][] {
  return components(graph.nodes.length, (v) => {
    const node = graph.nodes[v]!;
    return node.kind === 'decision' ? node.choices.map((c) => c.to).filter((to) => to >= 0) : [];
  });
}

/** The same for any graph of `count` vertices numbered from 0. */
export function components(count: number, successors: (v: number) => readonly number[]): number[][] {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: { v: number; edges: readonly number[]; i: number }[] = [];
    const open = (v: number) => {
      index[v] = low[v] = next++;
      stack.push(v);
      onStack[v] = 1;
      work.push({ v, edges: successors(v), i: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.edges.length) {
        const w = frame.edges[frame.i++]!;
        if (index[w] === -1) open(w);
        else if (onStack[w]) low[frame.v] = Math.min(low[frame.v]!, index[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v]!, low[frame.v]!);
      if (low[frame.v] !== index[frame.v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        component.push(w);
      } while (w !== frame.v);
      components.push(component);
    }
  }
  return components;
}

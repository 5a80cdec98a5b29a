import type { CDPSession } from 'playwright-core';

export interface HeapSize {
  /** Everything V8 holds after garbage collection. */
  usedBytes: number;
  /**
   * Of that, compiled code (bytecode and optimised machine code). It grows for a while as the
   * engine compiles more of what runs, whoever wrote the page; it is not data kept alive, and it
   * levels off: so the heap without it is what shows a leak.
   */
  codeBytes: number;
}

/** The heap after a full collection, and how much of it is compiled code (from a heap snapshot). */
export async function heapSize(cdp: CDPSession): Promise<HeapSize> {
  // Twice: the first collection can leave garbage that only a second finds (finalisers, weak maps).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return { usedBytes: usedSize, codeBytes: codeInSnapshot(await takeSnapshot(cdp)) };
}

async function takeSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  return chunks.join('');
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

function codeInSnapshot(json: string): number {
  const { snapshot, nodes } = JSON.parse(json) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) if (nodes[i + typeAt] === code) bytes += nodes[i + sizeAt]!;
  return bytes;
}

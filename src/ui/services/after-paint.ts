/**
 * Runs `task` once the page has painted what is on screen now and the main thread has a quiet
 * moment: a frame, then an idle period (or, where the browser has no idle callbacks, the task after
 * the frame). Work that only decorates, such as the scenery catching up, goes here so it never
 * stands between a click and the text it brings. Returns a function that cancels it.
 */
export function afterPaint(task: () => void, options: { idleWithinMs?: number } = {}): () => void {
  let cancelled = false;
  let idleHandle: number | null = null;
  const run = () => {
    if (!cancelled) task();
  };
  const frame = requestAnimationFrame(() => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') idleHandle = requestIdleCallback(run, { timeout: options.idleWithinMs ?? 1000 });
    else setTimeout(run, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    if (idleHandle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idleHandle);
  };
}

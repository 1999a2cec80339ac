// User Timing marks around a command, so that the benchmark (and anyone in the browser's performance panel) can read
// how long the pane took from the click to the first screen of results, and how much of it was the pane's own.
export type PaneMark = 'run' | 'result' | 'painted';

export function markPane(mark: PaneMark): void {
  // Older WebViews and jsdom may lack User Timing; the pane does not depend on it.
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`taskcheck:${mark}`);
}

/** Marks `painted` once the browser has drawn the frame that shows what was just rendered. */
export function markPaintedAfterNextFrame(): () => void {
  if (typeof requestAnimationFrame !== 'function') return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The frame callback runs before the paint; a task queued from it runs after.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => markPane('painted'), 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

// Library features of ES2019 that the engine and the adapter use and that EdgeHTML 18 (the oldest webview the manifest
// admits, docs/deploy.md) lacks. The build compiles syntax down to ES2017 but adds no library code by itself:
// core-js's automatic "usage" mode would add 35 KB gzipped to the pane for corner-case fixes nobody here needs, so the
// few methods used are named here, and tests/build/bundleSyntax.test.ts fails when the source starts using another.
// Imported first by the entries (the task pane: Fluent UI's style engine calls Object.fromEntries as it loads; the
// ribbon commands) and by the adapter's index. The ribbon's scripts, built for Internet Explorer 11, also get every
// other feature they use that IE 11 lacks from the build (IE11_ENV in webpack.config.js).
import 'core-js/es/array/flat-map';
import 'core-js/es/object/from-entries';

// Event.prototype.composedPath (Edge 79): Fluent UI's focus-visible code calls it on every focus that a keyboard moves
// (react-tabster's focusVisiblePolyfill), and its click- and scroll-outside hooks on every click; EdgeHTML 18 lacks it,
// so the first Tab in the pane threw. EdgeHTML has no shadow DOM either, so an event's path is what the standard
// (DOM, "event path") makes it for a light tree: the target, its ancestors, the document, then the window; empty once
// the event is no longer being dispatched.
interface PathEvent {
  readonly target: EventTarget | null;
  readonly eventPhase: number;
}

if (typeof Event !== 'undefined' && typeof Event.prototype.composedPath !== 'function') {
  Event.prototype.composedPath = function composedPath(this: PathEvent): EventTarget[] {
    const path: EventTarget[] = [];
    if (this.eventPhase === 0 || this.target === null) return path;
    for (let node: EventTarget | null = this.target; node !== null; node = (node as Partial<Node>).parentNode ?? null) path.push(node);
    if (typeof window !== 'undefined' && typeof Document !== 'undefined' && path[path.length - 1] instanceof Document) path.push(window);
    return path;
  };
}

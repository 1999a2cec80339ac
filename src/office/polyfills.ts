// Library features of ES2019 that the engine and the adapter use and that EdgeHTML 18 (the oldest webview the manifest
// admits, docs/deploy.md) lacks. The build compiles syntax down to ES2017 but adds no library code by itself:
// core-js's automatic "usage" mode would add 35 KB gzipped to the pane for corner-case fixes nobody here needs, so the
// few methods used are named here, and tests/build/bundleSyntax.test.ts fails when the source starts using another.
// Imported first by the entries (the task pane: Fluent UI's style engine calls Object.fromEntries as it loads; the
// ribbon commands) and by the adapter's index. The ribbon's scripts, built for Internet Explorer 11, also get every
// other feature they use that IE 11 lacks from the build (IE11_ENV in webpack.config.js).
import 'core-js/es/array/flat-map';
import 'core-js/es/object/from-entries';

// Entry of the task pane bundle. office.js is a plain <script> in taskpane.html and may have failed to load
// (offline network), so the global is read with typeof, never assumed.
import '../office/polyfills';
import { createRoot } from 'react-dom/client';
import { Root } from './components/Root';
import { lazyWorkbookHost } from './lazyWorkbookHost';
import type { OfficeGlobal } from './startup';

const createOfficeHost = () =>
  lazyWorkbookHost('office', () => import(/* webpackChunkName: "office" */ '../office').then((m) => m.createOfficeHost()));

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off by policy; the pane then simply forgets preferences.
    return null;
  }
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <Root
      office={typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeGlobal)}
      createOfficeHost={createOfficeHost}
      loadFileMode={() => import(/* webpackChunkName: "filemode" */ './fileMode').then((m) => m.fileMode)}
      browserLanguage={navigator.language}
      storage={localStorageOrNull()}
    />,
  );
}

// Entry of the task pane bundle. office.js is a plain <script> in taskpane.html and may have failed to load
// (offline network), so the global is read with typeof, never assumed.
// First: Fluent UI's style engine calls Object.fromEntries as it loads, which EdgeHTML 18 lacks (polyfills.ts).
import '../office/polyfills';
import { createRoot } from 'react-dom/client';
import { Root } from './components/Root';
import { lazyWorkbookHost } from './lazyWorkbookHost';
import { langOfDisplayLanguage } from '../office/officeLang';
import { detectEnvironment, officeOrFileMode, waitingForExcel, type OfficeGlobal } from './startup';

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

/**
 * office.js, if it loaded, with file mode offered while Excel is slow to answer (startup.ts): the waiting notice goes
 * in #startup, outside the React tree, and disappears once the pane knows where it runs.
 */
function officeForPane(): OfficeGlobal | undefined {
  if (typeof Office === 'undefined') return undefined;
  const office = Office as unknown as OfficeGlobal;
  const notice = document.getElementById('startup');
  if (!notice) return office;
  let chosen: () => void = () => undefined;
  const fileModeChosen = new Promise<void>((resolve) => (chosen = resolve));
  const pane = officeOrFileMode(office, fileModeChosen);
  void waitingForExcel(notice, langOfDisplayLanguage(navigator.language), detectEnvironment(pane, navigator.language)).then(chosen);
  return pane;
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <Root
      office={officeForPane()}
      createOfficeHost={createOfficeHost}
      loadFileMode={() => import(/* webpackChunkName: "filemode" */ './fileMode').then((m) => m.fileMode)}
      browserLanguage={navigator.language}
      storage={localStorageOrNull()}
    />,
  );
}

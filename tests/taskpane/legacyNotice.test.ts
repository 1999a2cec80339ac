/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://oa.example.gov.cn/taskcheck/taskpane.html?_host_Info=Excel"}
 */
// The ES5 script every page loads first (src/taskpane/legacyNotice.ts), in a jsdom window made to look like Internet
// Explorer 11 (Trident: volume-licensed Office 2019 and 2016) by taking away the ES2015+ library it lacks, and like a
// current webview. The office.js global is a small fake: onReady calls back at once; dialogs and actions are recorded.
import '@testing-library/jest-dom';
import { isEngineTooOld, runLegacyNotice } from '../../src/taskpane/legacyNotice';

type Action = (event: { completed(): void }) => void;

function ieLike(): Window {
  const fake = Object.create(window) as Window & { Promise?: unknown };
  Object.defineProperty(fake, 'Promise', { value: undefined });
  Object.defineProperty(fake, 'Object', { value: { ...Object, entries: undefined } });
  return fake;
}

function officeFake(displayLanguage: string) {
  const actions = new Map<string, Action>();
  const dialogs: string[] = [];
  return {
    actions,
    dialogs,
    office: {
      onReady: (callback: () => void) => callback(),
      context: {
        displayLanguage,
        ui: {
          displayDialogAsync: (url: string, _options: object, callback: (result: { status: string; value: unknown }) => void) => {
            dialogs.push(url);
            const handlers = new Map<string, () => void>();
            callback({ status: 'succeeded', value: { addEventHandler: (type: string, handler: () => void) => handlers.set(type, handler), close: () => undefined } });
            handlers.get('dialogMessageReceived')?.();
          },
          messageParent: () => undefined,
        },
      },
      actions: { associate: (name: string, action: Action) => actions.set(name, action) },
    },
  };
}

function page(name: string, office: unknown): Window {
  document.body.innerHTML = '<div id="root"></div>';
  document.body.setAttribute('data-page', name);
  const win = ieLike();
  Object.defineProperty(win, 'Office', { value: office });
  return win;
}

describe('the legacy notice', () => {
  it('tells an old engine from the ones the bundles target', () => {
    expect(isEngineTooOld(window)).toBe(false);
    expect(isEngineTooOld(ieLike())).toBe(true);
  });

  it('does nothing in a current webview', () => {
    document.body.innerHTML = '<div id="root">pane</div>';
    document.body.setAttribute('data-page', 'taskpane');
    runLegacyNotice(window);
    expect(document.getElementById('root')).toHaveTextContent('pane');
  });

  it('replaces the blank pane with a plain message in Office\'s language, and the address that works in a browser', () => {
    runLegacyNotice(page('taskpane', officeFake('zh-CN').office));
    const alert = document.querySelector('[role=alert]');
    expect(alert).toHaveTextContent('太旧');
    expect(alert).toHaveTextContent('https://oa.example.gov.cn/taskcheck/taskpane.html');
    runLegacyNotice(page('taskpane', officeFake('en-US').office));
    expect(document.querySelector('[role=alert]')).toHaveTextContent('too old');
  });

  it('answers both ribbon buttons with the message, after Office.onReady, and completes each', () => {
    const { office, actions, dialogs } = officeFake('zh-CN');
    runLegacyNotice(page('commands', office));
    expect([...actions.keys()].sort()).toEqual(['generateSummary', 'validateTable']);
    const completed = jest.fn();
    actions.get('validateTable')?.({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    const url = new URL(dialogs[0] as string);
    expect(url.pathname).toBe('/taskcheck/notice.html');
    expect(url.searchParams.get('text')).toContain('太旧');
  });
});

/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://oa.example.gov.cn/taskcheck/taskpane.html?_host_Info=Excel"}
 */
// The ES5 script the task pane page loads first (src/taskpane/legacyNotice.ts), in a jsdom window made to look like
// Internet Explorer 11 (Trident: volume-licensed Office 2019) by taking away the ES2015+ library it lacks, and like a
// current webview. The office.js global is a small fake whose onReady calls back at once.
import '@testing-library/jest-dom';
import { isEngineTooOld, runLegacyNotice } from '../../src/taskpane/legacyNotice';

function ieLike(): Window {
  const fake = Object.create(window) as Window & { Promise?: unknown };
  Object.defineProperty(fake, 'Promise', { value: undefined });
  Object.defineProperty(fake, 'Object', { value: { ...Object, entries: undefined } });
  return fake;
}

function pane(displayLanguage: string): Window {
  document.body.innerHTML = '<div id="root"></div>';
  const win = ieLike();
  Object.defineProperty(win, 'Office', { value: { onReady: (callback: () => void) => callback(), context: { displayLanguage } } });
  return win;
}

describe('the legacy notice', () => {
  it('tells an old engine from the ones the pane targets', () => {
    expect(isEngineTooOld(window)).toBe(false);
    expect(isEngineTooOld(ieLike())).toBe(true);
  });

  it('does nothing in a current webview', () => {
    document.body.innerHTML = '<div id="root">pane</div>';
    runLegacyNotice(window);
    expect(document.getElementById('root')).toHaveTextContent('pane');
  });

  it('replaces the blank pane with a plain message in Office’s language: the ribbon works, the pane needs a newer Excel or a browser', () => {
    runLegacyNotice(pane('zh-CN'));
    const alert = document.querySelector('[role=alert]');
    expect(alert).toHaveTextContent('任务窗格在其中无法打开');
    expect(alert).toHaveTextContent('“校验表格”和“生成区县汇总表”两个按钮在这个版本中可以使用');
    expect(alert).toHaveTextContent('https://oa.example.gov.cn/taskcheck/taskpane.html');
    expect(alert).not.toHaveTextContent('_host_Info');
    runLegacyNotice(pane('en-US'));
    expect(document.querySelector('[role=alert]')).toHaveTextContent('The Check Table and District Summary buttons on the Home tab do work in this version');
  });
});

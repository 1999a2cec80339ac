/** @jest-environment jsdom */
// The notice dialog page (src/commands/notice.html and notice.ts) as a ribbon command opens it. The office.js global is
// a small typed fake, since no Office runs here: its onReady calls back at once, and messageParent records what the
// page sends the command that opened it.
import '@testing-library/jest-dom';
import { readFileSync } from 'fs';
import { join } from 'path';
import { noticeUrl, type Notice } from '../../src/commands/noticeText';

interface OfficeFake {
  onReady(callback: () => void): void;
  readonly context: { readonly ui: { messageParent(message: string): void } };
}

const BODY = /<body[^>]*>([\s\S]*)<\/body>/.exec(readFileSync(join(__dirname, '../../src/commands/notice.html'), 'utf8'))?.[1] ?? '';

async function openNotice(notice: Notice): Promise<string[]> {
  const sent: string[] = [];
  const office: OfficeFake = { onReady: (callback) => callback(), context: { ui: { messageParent: (message) => sent.push(message) } } };
  (globalThis as unknown as { Office: OfficeFake }).Office = office;
  window.history.replaceState(null, '', noticeUrl(window.location.href, notice));
  document.body.innerHTML = BODY;
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/notice');
  });
  return sent;
}

describe('the notice dialog page', () => {
  it('shows the failure as text in Chinese and tells the command when it is closed', async () => {
    const text = '工作表“分工方案”受保护，无法写入，请先撤销工作表保护。<img src=x onerror=alert(1)>';
    const sent = await openNotice({ lang: 'zh-CN', text });
    expect(document.getElementById('message')).toHaveTextContent(text);
    expect(document.querySelector('img')).toBeNull();
    expect(document.getElementById('title')).toHaveTextContent('任务分工表校验');
    expect(document.documentElement.lang).toBe('zh-CN');
    const close = document.getElementById('close') as HTMLButtonElement;
    expect(close).toHaveTextContent('关闭');
    expect(close).toHaveFocus();
    close.click();
    expect(sent).toEqual(['closed']);
  });

  it('speaks English when the command did', async () => {
    await openNotice({ lang: 'en-US', text: 'The sheet "分工方案" is protected.' });
    expect(document.title).toBe('Task Allocation Checker');
    expect(document.getElementById('close')).toHaveTextContent('Close');
    expect(document.documentElement.lang).toBe('en-US');
  });
});

// The task pane page's first script, compiled to ES5 on its own (webpack.config.js). Excel versions that show add-ins in
// Internet Explorer 11 (Trident: volume-licensed Office 2019, docs/deploy.md) cannot run the pane, which is ES2017 for
// React 19 and Fluent UI; left alone, it would stay blank. This script notices such an engine and says, in plain words,
// that the pane needs a newer Excel, that the ribbon's two buttons work in this one (their scripts are compiled for
// Internet Explorer 11), and which address opens the pane's file mode in Edge or Chrome. In any newer engine it does
// nothing at all.
//
// Keep it to ES5 and to what IE11 has: no Promise, no URL, no String.prototype.includes; nothing is polyfilled here.
import { siblingPageUrl } from '../office/pageAddress';

interface LegacyTexts {
  readonly title: string;
  readonly tooOld: string;
  readonly ribbon: string;
  readonly fileMode: string;
}

const TEXTS: { readonly [lang: string]: LegacyTexts } = {
  'zh-CN': {
    title: '任务分工表校验',
    tooOld:
      '这个版本的 Excel 用 Internet Explorer 显示加载项，任务窗格在其中无法打开。请升级到 Microsoft 365 或 Office 2021 及以上版本（零售版 Office 2019 安装 Microsoft Edge WebView2 运行时后也可以）。',
    ribbon: '“开始”选项卡上的“校验表格”和“生成区县汇总表”两个按钮在这个版本中可以使用：它们按已保存的设置校验当前工作表，并写入高亮和汇总表。',
    fileMode: '也可以用 Edge 或 Chrome 浏览器打开下面的地址，选择工作簿文件进行校验，文件只在本机处理：',
  },
  'en-US': {
    title: 'Task Allocation Checker',
    tooOld:
      'This version of Excel shows add-ins in Internet Explorer, where the task pane cannot open. Please upgrade to Microsoft 365 or Office 2021 or later (retail Office 2019 also works once the Microsoft Edge WebView2 runtime is installed).',
    ribbon: 'The Check Table and District Summary buttons on the Home tab do work in this version: they check the current sheet with the saved settings and write the highlights and summary sheets.',
    fileMode: 'You can also open the address below in Edge or Chrome and choose the workbook file to check it; the file stays on this computer:',
  },
};

/** ES2017 library features every engine the pane targets has, and Internet Explorer has none of. */
export function isEngineTooOld(win: Window): boolean {
  const features = win as unknown as { Promise?: unknown; Object: { entries?: unknown }; String: { prototype: { padStart?: unknown } } };
  return typeof features.Promise !== 'function' || typeof features.Object.entries !== 'function' || typeof features.String.prototype.padStart !== 'function';
}

function langOf(tag: string | undefined | null): string {
  return typeof tag === 'string' && tag.toLowerCase().indexOf('en') === 0 ? 'en-US' : 'zh-CN';
}

interface LegacyOffice {
  onReady(callback: () => void): void;
  readonly context?: { readonly displayLanguage?: string };
}

function paragraph(doc: Document, text: string): HTMLElement {
  const p = doc.createElement('p');
  p.appendChild(doc.createTextNode(text));
  return p;
}

/** The message as the pane shows it, in place of everything else on the page. */
export function showTooOld(win: Window, lang: string | undefined): void {
  const doc = win.document;
  const texts = TEXTS[langOf(lang)] as LegacyTexts;
  const main = doc.createElement('main');
  main.setAttribute('role', 'alert');
  const title = doc.createElement('h1');
  title.appendChild(doc.createTextNode(texts.title));
  main.appendChild(title);
  main.appendChild(paragraph(doc, texts.tooOld));
  main.appendChild(paragraph(doc, texts.ribbon));
  main.appendChild(paragraph(doc, texts.fileMode));
  main.appendChild(paragraph(doc, siblingPageUrl(win.location.href, 'taskpane.html')));
  doc.body.innerHTML = '';
  doc.body.appendChild(main);
}

/** Entry: in an engine too old for the pane, the message, first in the browser's language, then in Office's. */
export function runLegacyNotice(win: Window): void {
  if (!isEngineTooOld(win)) return;
  const office = (win as unknown as { Office?: LegacyOffice }).Office;
  showTooOld(win, win.navigator.language);
  if (office) office.onReady(() => showTooOld(win, office.context ? office.context.displayLanguage : win.navigator.language));
}

runLegacyNotice(window);

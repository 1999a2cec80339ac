// The one script every page of the add-in loads first, compiled to ES5 on its own (webpack.config.js). Excel versions
// that show add-ins in Internet Explorer 11 (Trident: volume-licensed Office 2019 and 2016, Microsoft 365 on Windows 10
// before 1903, docs/deploy.md) cannot parse the pages' real scripts, which are ES2017 for React 19 and Fluent UI. Left
// alone, they would show a blank pane and ribbon buttons that never answer. This script notices such an engine and,
// in plain words, says that this Excel is too old and what still works: on the task pane page it replaces the pane
// with the message, on the ribbon's function file it answers both buttons with it (in the notice dialog), and on the
// notice dialog it shows that message. In any newer engine it does nothing at all.
//
// Keep it to ES5 and to what IE11 has: no Promise, no URLSearchParams, no String.prototype.includes.

interface LegacyTexts {
  readonly title: string;
  readonly tooOld: string;
  readonly fileMode: string;
  readonly close: string;
}

const TEXTS: { readonly [lang: string]: LegacyTexts } = {
  'zh-CN': {
    title: '任务分工表校验',
    tooOld:
      '这个版本的 Excel 用 Internet Explorer 显示加载项，太旧了，“任务分工表校验”在其中无法运行。请升级到 Microsoft 365 或 Office 2021 及以上版本（零售版 Office 2019 安装 Microsoft Edge WebView2 运行时后也可以）。',
    fileMode: '现在也可以用 Edge 或 Chrome 浏览器打开下面的地址，选择工作簿文件进行校验，文件只在本机处理：',
    close: '关闭',
  },
  'en-US': {
    title: 'Task Allocation Checker',
    tooOld:
      'This version of Excel shows add-ins in Internet Explorer, which is too old to run the Task Allocation Checker. Please upgrade to Microsoft 365 or Office 2021 or later (retail Office 2019 also works once the Microsoft Edge WebView2 runtime is installed).',
    fileMode: 'Meanwhile, open the address below in Edge or Chrome and choose the workbook file to check it; the file stays on this computer:',
    close: 'Close',
  },
};

/** ES2017 library features every engine the bundles target has, and Internet Explorer has none of. */
export function isEngineTooOld(win: Window): boolean {
  const features = win as unknown as { Promise?: unknown; Object: { entries?: unknown }; String: { prototype: { padStart?: unknown } } };
  return typeof features.Promise !== 'function' || typeof features.Object.entries !== 'function' || typeof features.String.prototype.padStart !== 'function';
}

function langOf(tag: string | undefined | null): string {
  return typeof tag === 'string' && tag.toLowerCase().indexOf('en') === 0 ? 'en-US' : 'zh-CN';
}

interface LegacyOffice {
  onReady(callback: () => void): void;
  readonly context?: { readonly displayLanguage?: string; readonly ui?: LegacyUi };
  readonly actions?: { associate(name: string, action: (event: { completed(): void }) => void): void };
}

interface LegacyUi {
  displayDialogAsync(url: string, options: object, callback: (result: { status: string; value: LegacyDialog }) => void): void;
  messageParent(message: string): void;
}

interface LegacyDialog {
  addEventHandler(type: string, handler: (arg: { message?: string }) => void): void;
  close(): void;
}

/** The page's own address without query or fragment: the pane's address is what file mode is opened with. */
function pageAddress(win: Window, page: string): string {
  const href = win.location.href.split('#')[0]?.split('?')[0] ?? '';
  return href.slice(0, href.lastIndexOf('/') + 1) + page;
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
  main.appendChild(paragraph(doc, texts.fileMode));
  main.appendChild(paragraph(doc, pageAddress(win, 'taskpane.html')));
  doc.body.innerHTML = '';
  doc.body.appendChild(main);
}

function queryParam(search: string, name: string): string {
  const pairs = search.replace(/^\?/, '').split('&');
  for (let i = 0; i < pairs.length; i += 1) {
    const pair = (pairs[i] as string).split('=');
    if (decodeURIComponent((pair[0] ?? '').replace(/\+/g, ' ')) === name) return decodeURIComponent((pair[1] ?? '').replace(/\+/g, ' '));
  }
  return '';
}

/** The notice dialog: the text from its address, and a close button that tells the ribbon command. */
function showNotice(win: Window, office: LegacyOffice | undefined): void {
  const doc = win.document;
  const texts = TEXTS[langOf(queryParam(win.location.search, 'lang'))] as LegacyTexts;
  const title = doc.getElementById('title');
  const message = doc.getElementById('message');
  const close = doc.getElementById('close');
  if (title) title.appendChild(doc.createTextNode(texts.title));
  if (message) message.appendChild(doc.createTextNode(queryParam(win.location.search, 'text')));
  if (close) {
    close.appendChild(doc.createTextNode(texts.close));
    close.onclick = () => {
      if (office && office.context && office.context.ui) office.context.ui.messageParent('closed');
    };
  }
}

/** Both ribbon buttons open the notice dialog with the message, and complete once it is closed. */
function answerCommands(win: Window, office: LegacyOffice): void {
  const explain = (event: { completed(): void }) => {
    const lang = langOf(office.context ? office.context.displayLanguage : win.navigator.language);
    const texts = TEXTS[lang] as LegacyTexts;
    const text = `${texts.tooOld}\n\n${texts.fileMode}\n${pageAddress(win, 'taskpane.html')}`;
    const url = `${pageAddress(win, 'notice.html')}?lang=${encodeURIComponent(lang)}&text=${encodeURIComponent(text)}`;
    const ui = office.context ? office.context.ui : undefined;
    if (!ui) {
      event.completed();
      return;
    }
    ui.displayDialogAsync(url, { height: 40, width: 40 }, (result) => {
      if (result.status !== 'succeeded') {
        event.completed();
        return;
      }
      const dialog = result.value;
      const done = () => {
        dialog.close();
        event.completed();
      };
      dialog.addEventHandler('dialogMessageReceived', done);
      dialog.addEventHandler('dialogEventReceived', () => event.completed());
    });
  };
  // office.js dispatches ribbon actions only once the page has called Office.onReady (or set Office.initialize).
  office.onReady(() => {
    if (!office.actions) return;
    office.actions.associate('validateTable', explain);
    office.actions.associate('generateSummary', explain);
  });
}

/** Entry: the page says which one it is on its <body data-page="…">. */
export function runLegacyNotice(win: Window): void {
  if (!isEngineTooOld(win)) return;
  const office = (win as unknown as { Office?: LegacyOffice }).Office;
  const page = win.document.body ? win.document.body.getAttribute('data-page') : null;
  if (page === 'commands') {
    if (office) answerCommands(win, office);
  } else if (page === 'notice') {
    showNotice(win, office);
  } else {
    showTooOld(win, win.navigator.language);
    if (office) office.onReady(() => showTooOld(win, office.context ? office.context.displayLanguage : win.navigator.language));
  }
}

runLegacyNotice(window);

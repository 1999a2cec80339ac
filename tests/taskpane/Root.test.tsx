/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HostError, type WorkbookHost } from '../../src/core/host';
import type { ProgressReport } from '../../src/core/model';
import { Root } from '../../src/taskpane/components/Root';
import { CommandCancelled, type FileModeApi, type FileWorkbook, type RevealedCell } from '../../src/taskpane/fileSession';
import { FakeExcelHost, deferred } from './fakeExcelHost';
import { fuzhouResult } from './fuzhouResult';

/**
 * Stands for the file-mode chunk (the workbook adapter over the opened file; tests/taskpane/fileMode covers the real one): it
 * records what the pane opened and reveals the seed table's row 5 when a cell is shown.
 */
/** The progress of a merge as the pane reads it: only the files merged and not merged matter here. */
const MERGED_PROGRESS: ProgressReport = {
  period: '2023-11',
  tolerance: 0,
  lightColumn: 'A',
  total: 29,
  lights: { red: 3, yellow: 18, green: 6, done: 0, none: 2 },
  onSchedule: 26,
  behind: [],
  units: [],
  bulletin: '',
};

class FakeFileMode implements FileModeApi {
  readonly opened: { fileName: string; bytes: number[] }[] = [];
  readonly host = new FakeExcelHost();
  failWith: HostError | null = null;
  /** What opening says of the workbook's task table (null: one was found). */
  noTable: HostError['where'] | null = null;
  onCancel: () => void = () => undefined;
  /** What the progress commands were asked: the period, and the returned files' names and bytes. */
  readonly progressCalls: { method: string; period: string; returns?: { name: string; bytes: number[] }[] }[] = [];
  private listener: ((cell: RevealedCell) => void) | null = null;
  rowFive: RevealedCell = {
    sheet: '分工方案',
    address: 'C5',
    cells: [
      { column: 'A', text: '2' },
      { column: 'C', text: '马尾区区委、政府 闽侯区委、政府 福清市区委、政府' },
      { column: 'F', text: '<img src=x onerror=alert(1)>' },
    ],
  };

  async openWorkbook(fileName: string, bytes: Uint8Array): Promise<FileWorkbook> {
    if (this.failWith) throw this.failWith;
    this.opened.push({ fileName, bytes: [...bytes] });
    const host: WorkbookHost = {
      ...this.hostMethods(),
      kind: 'file',
      showCell: async (sheet, address) => {
        await this.host.showCell(sheet, address);
        this.listener?.({ ...this.rowFive, sheet, address });
      },
    };
    return {
      fileName,
      host,
      noTable: this.noTable,
      currentBytes: () => new Uint8Array(bytes),
      cancel: () => this.onCancel(),
      // The progress commands as the pane sees them (tests/taskpane/fileMode covers the real ones).
      writeReturns: async (_settings, period) => {
        this.progressCalls.push({ method: 'writeReturns', period });
        return { archive: new Uint8Array([0x50, 0x4b]), fileName: `${period} 进展报送表.zip`, count: 27 };
      },
      mergeReturns: async (_settings, period, returns) => {
        this.progressCalls.push({ method: 'mergeReturns', period, returns: returns.map((r) => ({ name: r.name, bytes: [...r.bytes] })) });
        // As the engine says of them: the first file merged, any other not (no return, for another period …).
        const [first, ...others] = returns.map((r) => r.name);
        return fuzhouResult({ progress: { ...MERGED_PROGRESS, mergedFiles: first === undefined ? [] : [first], rejectedFiles: others } });
      },
      onReveal: (listener) => {
        this.listener = listener;
        return () => {
          this.listener = null;
        };
      },
    };
  }

  private hostMethods(): Omit<WorkbookHost, 'kind' | 'showCell'> {
    const h = this.host;
    return {
      sheetNames: () => h.sheetNames(),
      loadSettings: () => h.loadSettings(),
      saveSettings: (s) => h.saveSettings(s),
      validate: (s, p) => h.validate(s, p),
      summarize: (s, p) => h.summarize(s, p),
      clear: () => h.clear(),
    };
  }
}

function renderFileMode(fileMode: FakeFileMode, browserLanguage = 'zh-CN') {
  return render(
    <Root
      office={undefined}
      createOfficeHost={() => {
        throw new Error('no Excel in file mode');
      }}
      loadFileMode={async () => fileMode}
      browserLanguage={browserLanguage}
      storage={window.localStorage}
    />,
  );
}

const XLSX_BYTES = [0x50, 0x4b, 0x03, 0x04, 1, 2, 3];

async function openFile(name = 'fuzhou-2023.xlsx') {
  const input = screen.getByLabelText('打开工作簿', { selector: 'input' });
  const file = new File([new Uint8Array(XLSX_BYTES)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

/** The pane in file mode with the sample workbook open and 校验表格 ready to click. */
async function openForChecking(fileMode: FakeFileMode): Promise<void> {
  renderFileMode(fileMode);
  await screen.findByText(/本窗格正在 Excel 之外运行/);
  await openFile();
  await waitFor(() => expect(screen.getByRole('button', { name: '校验表格' })).toBeEnabled());
}

beforeEach(() => window.localStorage.clear());

// jsdom lays nothing out and cannot scroll; the list asks the window to scroll when stepping brings a finding into view.
beforeAll(() => {
  window.scrollTo = () => undefined;
});

describe('task pane outside Excel (file mode)', () => {
  it('writes the returns of a period as a download, and merges the files the units sent back', async () => {
    const fileMode = new FakeFileMode();
    const downloads: string[] = [];
    URL.createObjectURL = () => 'blob:returns';
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderFileMode(fileMode);
    await screen.findByText(/本窗格正在 Excel 之外运行/);
    expect(screen.queryByRole('button', { name: '生成报送表' })).toBeNull();
    await openFile();
    // The period starts as the as-of date's month (today here): November's is asked for.
    fireEvent.change(await screen.findByLabelText('报送期次'), { target: { value: '2023-11' } });
    fireEvent.click(screen.getByRole('button', { name: '生成报送表' }));
    expect(await screen.findByText('已生成 27 份报送表，已下载为压缩包 2023-11 进展报送表.zip。')).toBeInTheDocument();
    expect(downloads).toEqual(['2023-11 进展报送表.zip']);

    const returned = new File([new Uint8Array([0x50, 0x4b, 9])], '2023-11 进展报送 马尾区.xlsx');
    const notice = new File([new Uint8Array([0x50, 0x4b, 8])], '会议通知.xlsx');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('合并报送', { selector: 'input' }), { target: { files: [returned, notice] } });
    });
    expect(await screen.findByText('已合并 1 份报送表，写入了进展汇总、单位进展排名和通报；另有 1 份未合并，原因见问题清单。')).toBeInTheDocument();
    expect(fileMode.progressCalls).toEqual([
      { method: 'writeReturns', period: '2023-11' },
      {
        method: 'mergeReturns',
        period: '2023-11',
        returns: [
          { name: '2023-11 进展报送 马尾区.xlsx', bytes: [0x50, 0x4b, 9] },
          { name: '会议通知.xlsx', bytes: [0x50, 0x4b, 8] },
        ],
      },
    ]);
    expect(screen.getByRole('button', { name: '下载校验结果' })).toBeEnabled();
    click.mockRestore();
  });

  it('says it runs outside Excel and waits for a workbook', async () => {
    renderFileMode(new FakeFileMode());
    expect(await screen.findByText(/本窗格正在 Excel 之外运行/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '打开工作簿' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '下载校验结果' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '校验表格' })).toBeDisabled();
    // No workbook, no settings: the line would have nothing true to say ("提前  天").
    expect(screen.queryByRole('button', { name: /截至/ })).toBeNull();
    await openFile();
    expect(await screen.findByRole('button', { name: /截至/ })).toHaveTextContent(/提前 15 天/);
  });

  it('opens the chosen file, validates it and opens a clicked row in place, under the sheet\'s column names', async () => {
    const fileMode = new FakeFileMode();
    fileMode.host.next = { result: fuzhouResult() };
    renderFileMode(fileMode);
    await screen.findByText(/本窗格正在 Excel 之外运行/);
    await openFile();
    expect(await screen.findByText('已打开 fuzhou-2023.xlsx，可以开始校验。')).toBeInTheDocument();
    expect(fileMode.opened).toEqual([{ fileName: 'fuzhou-2023.xlsx', bytes: XLSX_BYTES }]);
    expect(screen.queryByText(/另存的副本不含/)).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: '校验表格' })).toBeEnabled());
    // Nothing checked yet: nothing to download.
    expect(screen.getByRole('button', { name: '下载校验结果' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '校验表格' }));
    fireEvent.click(await screen.findByRole('button', { name: /闽侯区委/ }));
    const details = await screen.findByRole('region', { name: '单元格详情' });
    expect(await within(details).findByText('分工方案!C5')).toBeInTheDocument();
    expect(within(details).getByText('牵头单位')).toBeInTheDocument();
    expect(within(details).getByText('序号')).toBeInTheDocument();
    expect(within(details).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(fileMode.host.callsOf('showCell')).toEqual([{ method: 'showCell', sheet: '分工方案', address: 'C5' }]);
    expect(screen.getByRole('button', { name: '下载校验结果' })).toBeEnabled();
  });

  it('marks the text at fault in the revealed row, and names columns from the header row the engine read', async () => {
    const fileMode = new FakeFileMode();
    const base = fuzhouResult();
    const headers = [
      { column: 'A', header: '序号', role: 'no' as const },
      { column: 'C', header: '牵头单位（责任单位）', role: 'lead' as const },
      { column: 'F', header: '备注', role: null },
    ];
    fileMode.host.next = {
      result: { ...base, headers, findings: base.findings.map((f) => (f.row === 5 && f.column === 'C' ? { ...f, quote: '闽侯区委' } : f)) } as typeof base,
    };
    await openForChecking(fileMode);
    fireEvent.click(screen.getByRole('button', { name: '校验表格' }));
    fireEvent.click(await screen.findByRole('button', { name: /闽侯区委/ }));
    const details = await screen.findByRole('region', { name: '单元格详情' });
    await within(details).findByText('分工方案!C5');
    expect(within(details).getByText('牵头单位（责任单位）')).toBeInTheDocument();
    expect(within(details).getByText('备注')).toBeInTheDocument();
    const marked = details.querySelector('mark');
    expect(marked?.textContent).toBe('闽侯区委');
    expect(marked?.parentElement?.textContent).toBe('马尾区区委、政府 闽侯区委、政府 福清市区委、政府');
  });

  it('names the open file on one line, and folds 进展报送 once results are there so that they come first', async () => {
    const fileMode = new FakeFileMode();
    fileMode.host.next = { result: fuzhouResult() };
    await openForChecking(fileMode);
    const bar = screen.getByRole('region', { name: '工作簿文件' });
    expect(bar).toHaveTextContent(/^fuzhou-2023\.xlsx换一个工作簿$/);
    const progress = await screen.findByRole('button', { name: '进展报送' });
    expect(progress).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(screen.getByRole('button', { name: '校验表格' }));
    await screen.findByRole('heading', { name: '校验结果' });
    expect(progress).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('报送期次')).toBeNull();
    fireEvent.click(progress);
    expect(screen.getByRole('button', { name: '生成报送表' })).toBeEnabled();
    // Another file starts over: its box open again, until its own results.
    await openFile('another.xlsx');
    await waitFor(() => expect(screen.getByRole('region', { name: '工作簿文件' })).toHaveTextContent(/^another\.xlsx/));
    expect(screen.getByRole('button', { name: '进展报送' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByRole('heading', { name: '校验结果' })).toBeNull();
  });

  it('asks before clearing, and offers no download of a cleared file', async () => {
    const fileMode = new FakeFileMode();
    fileMode.host.next = { result: fuzhouResult() };
    await openForChecking(fileMode);
    fireEvent.click(screen.getByRole('button', { name: '校验表格' }));
    await screen.findByRole('heading', { name: '校验结果' });
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    fireEvent.click(screen.getByRole('button', { name: '清除' }));
    expect(await screen.findByText('已清除本工具写入的标记和工作表。')).toBeInTheDocument();
    expect(fileMode.host.callsOf('clear')).toHaveLength(1);
    expect(screen.getByRole('button', { name: '下载校验结果' })).toBeDisabled();
  });

  it('cancels a long check on request, and says the workbook is as it was', async () => {
    const fileMode = new FakeFileMode();
    const pending = deferred<ReturnType<typeof fuzhouResult>>();
    fileMode.host.next = { pending, progress: { phase: 'findings', fraction: 0.8 } };
    fileMode.onCancel = () => pending.reject(new CommandCancelled());
    await openForChecking(fileMode);
    fireEvent.click(screen.getByRole('button', { name: '校验表格' }));
    expect(await screen.findByText('正在整理问题…… 66%')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(await screen.findByText('已取消，工作簿保持原样。')).toBeInTheDocument();
    expect(screen.queryByText('未能完成')).toBeNull();
    expect(screen.getByRole('button', { name: '下载校验结果' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '校验表格' })).toBeEnabled();
  });

  it('takes a dropped workbook', async () => {
    const fileMode = new FakeFileMode();
    renderFileMode(fileMode);
    const hint = await screen.findByText('也可以把 .xlsx 文件拖放到这里。');
    const file = new File([new Uint8Array(XLSX_BYTES)], '分工方案.xlsx');
    await act(async () => {
      fireEvent.drop(hint, { dataTransfer: { files: [file] } });
    });
    await waitFor(() => expect(fileMode.opened.map((o) => o.fileName)).toEqual(['分工方案.xlsx']));
  });

  it('says why a file cannot be opened, in the language chosen afterwards too', async () => {
    const fileMode = new FakeFileMode();
    fileMode.failWith = new HostError('NOT_A_WORKBOOK', { path: '任务表.docx' });
    renderFileMode(fileMode);
    await screen.findByText(/本窗格正在 Excel 之外运行/);
    await openFile('任务表.docx');
    expect(await screen.findByText(/任务表\.docx.*不是 Excel 工作簿/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '校验表格' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('语言'), { target: { value: 'en-US' } });
    expect(await screen.findByText('任务表.docx is not an Excel workbook (.xlsx).')).toBeInTheDocument();
  });

  it('says on opening that the workbook has no task table, with the header cells it saw', async () => {
    const fileMode = new FakeFileMode();
    fileMode.noTable = { sheet: '说明', header: { seen: ['序号', '牵头单位'], missing: ['task'] } };
    renderFileMode(fileMode);
    await screen.findByText(/本窗格正在 Excel 之外运行/);
    await openFile('说明.xlsx');
    expect(await screen.findByText('这个工作簿里没有找到任务表')).toBeInTheDocument();
    expect(screen.getByText('工作表“说明”中未找到任务表：看到的表头：序号、牵头单位；缺少任务列（如“工作任务”）。')).toBeInTheDocument();
    // One thing said: not also that the workbook is ready to check.
    expect(screen.queryByText(/可以开始校验/)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    // Every sheet was read by the rule a chosen sheet is checked by: no choice of sheet can help, so the commands that
    // need the table stay off; another workbook can be opened, and the tool's own marks can still be cleared.
    expect(screen.getByRole('button', { name: '校验表格' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '生成区县汇总表' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '进展报送' })).toBeNull();
    expect(screen.getByRole('button', { name: '换一个工作簿' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '清除标记' })).toBeEnabled();
    // Clearing does not make a task table appear: the message and the disabled commands stay.
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    fireEvent.click(screen.getByRole('button', { name: '清除' }));
    await screen.findByText('已清除本工具写入的标记和工作表。');
    expect(screen.getByText('这个工作簿里没有找到任务表')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '校验表格' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('语言'), { target: { value: 'en-US' } });
    expect(await screen.findByText('No task table in this workbook')).toBeInTheDocument();
  });

  it('follows the browser language, switches on request and remembers the choice', async () => {
    const first = renderFileMode(new FakeFileMode(), 'en-GB');
    expect(await screen.findByRole('button', { name: 'Open workbook' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    expect(await screen.findByRole('button', { name: '打开工作簿' })).toBeInTheDocument();
    first.unmount();
    renderFileMode(new FakeFileMode(), 'en-GB');
    expect(await screen.findByRole('button', { name: '打开工作簿' })).toBeInTheDocument();
    expect(screen.getByLabelText('语言')).toHaveValue('zh-CN');
  });
});

describe('task pane in Excel', () => {
  it('uses the Office host and offers no file buttons', async () => {
    const host = new FakeExcelHost({ planYear: 2023 });
    render(
      <Root
        office={{ onReady: async () => ({ host: 'Excel' }), context: { displayLanguage: 'zh-CN' } }}
        createOfficeHost={() => host}
        loadFileMode={() => Promise.reject(new Error('file mode must not load in Excel'))}
        browserLanguage="en-US"
        storage={window.localStorage}
      />,
    );
    await waitFor(() => expect(screen.getByRole('button', { name: /2023 年度/ })).toBeEnabled());
    expect(screen.queryByRole('button', { name: '打开工作簿' })).toBeNull();
    expect(screen.queryByText(/Excel 之外运行/)).toBeNull();
  });
});

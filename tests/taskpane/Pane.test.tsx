/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HostError } from '../../src/core/host';
import type { CheckResult, Finding, Lang } from '../../src/core/model';
import { Pane } from '../../src/taskpane/components/Pane';
import { t } from '../../src/taskpane/i18n';
import { FakeExcelHost, deferred } from './fakeExcelHost';
import { FUZHOU_FINDINGS, finding, fuzhouResult } from './fuzhouResult';

const TODAY = '2023-11-20';

// jsdom lays nothing out and cannot scroll; the list asks the window to scroll when stepping brings a finding into view.
beforeAll(() => {
  window.scrollTo = () => undefined;
});

async function renderPane(host: FakeExcelHost, lang: Lang = 'zh-CN', today = TODAY) {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <Pane lang={lang} source={{ kind: 'office', host }} today={() => today} />
    </FluentProvider>,
  );
  // Settings load on mount; the buttons unlock when they are in.
  await waitFor(() => expect(screen.getByRole('button', { name: t(lang, 'validate') })).toBeEnabled());
  return view;
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** Runs 校验表格 against `result` and waits for the results view (its own chunk) to be drawn. */
async function validateWith(host: FakeExcelHost, result: CheckResult, lang: Lang = 'zh-CN') {
  host.next = { result };
  fireEvent.click(button(t(lang, 'validate')));
  await screen.findByRole('heading', { name: t(lang, 'results') });
}

/** The kind headings of the findings list, top to bottom. */
const kindHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '');

/** The findings the list shows, as their messages. */
const listedMessages = () => {
  const list = screen.queryByRole('group', { name: /^(问题清单|Findings)$/ });
  return list ? within(list).queryAllByRole('button').filter((b) => b.classList.contains('fui-Link')).map((b) => b.textContent) : [];
};

function nonstandardAt(row: number): Finding {
  return finding({ code: 'UNIT_NONSTANDARD', severity: 'warning', row, column: 'D', taskNo: String(row - 4), unit: '鼓楼区', message: '“鼓楼区党工委”写法不规范，应为“鼓楼区委”。', suggestion: '鼓楼区委' });
}

describe('task pane in Excel (a fake Excel host)', () => {
  it('offers the three commands under their Chinese names', async () => {
    await renderPane(new FakeExcelHost());
    expect(button('校验表格')).toBeEnabled();
    expect(button('生成区县汇总表')).toBeEnabled();
    expect(button('清除标记')).toBeEnabled();
    expect(screen.queryByRole('button', { name: '打开工作簿' })).toBeNull();
    expect(screen.queryByRole('button', { name: '下载校验结果' })).toBeNull();
  });

  it('folds the settings into one line that opens on demand, filled from the workbook', async () => {
    await renderPane(new FakeExcelHost({ planYear: 2023, sheet: '分工方案' }));
    const line = button(/2023 年度/);
    expect(line).toHaveTextContent('分工方案 · 2023 年度 · 截至 2023-11-20 · 提前 15 天');
    expect(line).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('计划年度')).toBeNull();
    fireEvent.click(line);
    expect(line).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('计划年度')).toHaveValue('2023');
    expect(screen.getByLabelText('校验的工作表')).toHaveValue('分工方案');
    expect(screen.getByLabelText('截至日期')).toHaveValue(TODAY);
    expect(screen.getByLabelText('临近时限提前天数')).toHaveValue(15);
  });

  it('saves the settings it validates with, keeping "today" open-ended', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    expect(button(/年度自动识别/)).toHaveTextContent('年度自动识别 · 截至 2023-11-20 · 提前 15 天');
    fireEvent.click(button(/年度自动识别/));
    fireEvent.change(screen.getByLabelText('计划年度'), { target: { value: '2023' } });
    fireEvent.change(screen.getByLabelText('临近时限提前天数'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('校验的工作表'), { target: { value: '分工方案' } });
    expect(button(/2023 年度/)).toHaveTextContent('分工方案 · 2023 年度 · 截至 2023-11-20 · 提前 7 天');
    await validateWith(host, fuzhouResult());
    const expected = { planYear: 2023, asOf: null, dueSoonDays: 7, sheet: '分工方案', lang: 'zh-CN', progressTolerance: 0 };
    expect(host.calls.slice(0, 2)).toEqual([
      { method: 'saveSettings', settings: expected },
      { method: 'validate', settings: expected },
    ]);
  });

  it('saves a past as-of date as that date', async () => {
    const host = new FakeExcelHost();
    host.next = { result: fuzhouResult() };
    await renderPane(host);
    fireEvent.click(button(/截至/));
    fireEvent.change(screen.getByLabelText('截至日期'), { target: { value: '2023-09-01' } });
    fireEvent.click(button('生成区县汇总表'));
    await screen.findByText('已生成区县汇总表和单位任务清单。');
    expect(host.callsOf('summarize')).toEqual([{ method: 'summarize', settings: expect.objectContaining({ asOf: '2023-09-01' }) }]);
  });

  it('refuses a plan year that is no year, opening the settings to say why, without touching the workbook', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    fireEvent.click(button(/年度/));
    fireEvent.change(screen.getByLabelText('计划年度'), { target: { value: '二〇二三' } });
    fireEvent.click(button(/年度/));
    expect(screen.queryByLabelText('计划年度')).toBeNull();
    fireEvent.click(button('校验表格'));
    expect(await screen.findByText(t('zh-CN', 'badYear'))).toBeInTheDocument();
    expect(host.calls).toEqual([]);
  });

  it('opens with chips for the severities and the task states, which filter the list when clicked', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult());
    expect(await screen.findByText('校验完成：发现 5 个问题。')).toBeInTheDocument();
    const severity = screen.getByRole('group', { name: '问题数量' });
    expect(within(severity).getAllByRole('button').map((b) => b.textContent)).toEqual(['错误 1', '警告 3', '提示 1']);
    const states = screen.getByRole('group', { name: '任务状态' });
    expect(within(states).getAllByRole('button').map((b) => b.textContent)).toEqual(['逾期 1', '临近时限 1', '正常推进 2', '持续推进 1']);

    fireEvent.click(within(severity).getByRole('button', { name: '警告 3' }));
    expect(within(severity).getByRole('button', { name: '警告 3' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(kindHeadings()).toEqual(['警告单位写法不规范 · 2 处', '警告临近完成时限 · 1 处']));
    expect(screen.getByText('显示 3 / 5 个问题')).toBeInTheDocument();

    fireEvent.click(within(states).getByRole('button', { name: '逾期 1' }));
    await waitFor(() => expect(screen.getByText('没有符合筛选条件的问题。')).toBeInTheDocument());
    fireEvent.click(within(severity).getByRole('button', { name: '警告 3' }));
    await waitFor(() => expect(listedMessages()).toEqual([FUZHOU_FINDINGS[2]?.message]));
    fireEvent.click(button('清除筛选'));
    await waitFor(() => expect(listedMessages()).toHaveLength(5));
  });

  it('groups findings by kind in plain words, errors first, and marks a suggestion', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult());
    expect(kindHeadings()).toEqual(['错误逾期未完成 · 1 处', '警告单位写法不规范 · 2 处', '警告临近完成时限 · 1 处', '提示重复的表头行 · 1 处']);
    expect(screen.getByText('建议：闽侯县委')).toBeInTheDocument();
    expect(screen.getByText('整张表')).toBeInTheDocument();
  });

  it('shows a kind\'s first cells and the rest on 显示全部, counting spellings where they repeat', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    const many = [...Array.from({ length: 9 }, (_, i) => nonstandardAt(10 + i)), finding({ ...nonstandardAt(30), message: '“晋安区党工委”写法不规范，应为“晋安区委”。' })];
    await validateWith(host, fuzhouResult({ findings: many }));
    expect(kindHeadings()).toEqual(['警告单位写法不规范 · 2 种写法 · 10 处']);
    expect(listedMessages()).toHaveLength(3);
    fireEvent.click(button('显示全部（另 7 处）'));
    await waitFor(() => expect(listedMessages()).toHaveLength(10));
    fireEvent.click(button('收起'));
    await waitFor(() => expect(listedMessages()).toHaveLength(3));
  });

  it('filters by kind, by unit or district, and by text', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult());
    fireEvent.change(screen.getByLabelText('类别'), { target: { value: 'UNIT_NONSTANDARD' } });
    await waitFor(() => expect(listedMessages()).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('类别'), { target: { value: '' } });
    // 闽侯县 leads tasks 2, 3 and 8 (rows 5, 6 and 13): their findings, and none about the whole table.
    fireEvent.change(screen.getByLabelText('单位或区县'), { target: { value: '闽侯县' } });
    await waitFor(() => expect(listedMessages()).toHaveLength(4));
    fireEvent.change(screen.getByLabelText('单位或区县'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('搜索'), { target: { value: '连江' } });
    await waitFor(() => expect(listedMessages()).toEqual(['“连江县区委”写法不规范，应为“连江县委”。']));
    fireEvent.change(screen.getByLabelText('搜索'), { target: { value: 'e6' } });
    await waitFor(() => expect(listedMessages()).toEqual([FUZHOU_FINDINGS[2]?.message]));
  });

  it('steps through the findings in list order, selecting each cell in Excel, and wraps around', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult());
    expect(screen.getByText('共 5 个')).toBeInTheDocument();
    fireEvent.click(button('下一个问题'));
    await waitFor(() => expect(host.callsOf('showCell')).toEqual([{ method: 'showCell', sheet: '分工方案', address: 'E6' }]));
    expect(screen.getByText('第 1 / 5 个')).toBeInTheDocument();
    // By its text rather than its accessible name: jsdom's name puts spaces around the date kept whole in a span.
    expect(screen.getAllByRole('button').find((b) => b.textContent === FUZHOU_FINDINGS[2]?.message)).toHaveAttribute('aria-current', 'true');
    fireEvent.click(button('下一个问题'));
    await waitFor(() => expect(host.callsOf('showCell').at(-1)).toEqual({ method: 'showCell', sheet: '分工方案', address: 'C5' }));
    fireEvent.click(button('上一个'));
    fireEvent.click(button('上一个'));
    // Back past the first comes the last: the whole-table finding, which has no cell to select.
    await waitFor(() => expect(screen.getByText('第 5 / 5 个')).toBeInTheDocument());
    expect(host.callsOf('showCell')).toHaveLength(3);
  });

  it('opens a collapsed kind when stepping reaches a finding it hides', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult({ findings: Array.from({ length: 8 }, (_, i) => nonstandardAt(10 + i)) }));
    for (let i = 0; i < 4; i += 1) fireEvent.click(button('下一个问题'));
    await waitFor(() => expect(host.callsOf('showCell').at(-1)).toEqual({ method: 'showCell', sheet: '分工方案', address: 'D13' }));
    await waitFor(() => expect(listedMessages()).toHaveLength(8));
    expect(button('收起')).toBeInTheDocument();
  });

  it('selects the cell of a clicked finding in Excel', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult());
    fireEvent.click(await screen.findByRole('button', { name: /闽侯区委/ }));
    await waitFor(() => expect(host.callsOf('showCell')).toEqual([{ method: 'showCell', sheet: '分工方案', address: 'C5' }]));
    fireEvent.click(screen.getByRole('button', { name: /7月底前/ }));
    await waitFor(() => expect(host.callsOf('showCell')).toHaveLength(2));
    expect(host.callsOf('showCell')[1]).toEqual({ method: 'showCell', sheet: '分工方案', address: 'E6' });
  });

  it('follows the selection in Excel: a flagged cell shows its findings', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult());
    await waitFor(() => expect(host.callsOf('onSelectionChange')).toEqual([{ method: 'onSelectionChange', sheet: '分工方案' }]));
    act(() => host.select('分工方案', 'C5:D5'));
    expect(await screen.findByText('选中的 C5:D5')).toBeInTheDocument();
    expect(screen.getByText('C5 单位写法不规范：“闽侯区委”写法不规范，应为“闽侯县委”（闽侯是县）。')).toBeInTheDocument();
    expect(screen.getByText('D5 单位写法不规范：“连江县区委”写法不规范，应为“连江县委”。')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /闽侯区委/ })).toHaveAttribute('aria-current', 'true'));
    // Selecting cells is not asking to move Excel's selection again.
    expect(host.callsOf('showCell')).toEqual([]);
    act(() => host.select('分工方案', 'B4'));
    expect(await screen.findByText('选中的单元格没有问题。')).toBeInTheDocument();
  });

  it('says when the plan year is over and offers to judge as of its last day', async () => {
    const host = new FakeExcelHost();
    await renderPane(host, 'zh-CN', '2024-01-15');
    await validateWith(host, fuzhouResult({ asOf: '2024-01-15' }));
    expect(screen.getByText('计划年度 2023 已结束：按今天判断，1 项逾期或亮红灯。')).toBeInTheDocument();
    host.next = { result: fuzhouResult({ asOf: '2023-12-31' }) };
    fireEvent.click(button('按计划年末判断'));
    await waitFor(() => expect(host.callsOf('validate')).toHaveLength(2));
    expect(host.callsOf('validate')[1]).toEqual({ method: 'validate', settings: expect.objectContaining({ asOf: '2023-12-31' }) });
    await waitFor(() => expect(screen.queryByText(/已结束/)).toBeNull());
  });

  it('does not call the plan year over when the user chose the as-of date', async () => {
    const host = new FakeExcelHost({ asOf: '2024-01-15' });
    await renderPane(host, 'zh-CN', '2024-03-01');
    await validateWith(host, fuzhouResult({ asOf: '2024-01-15' }));
    expect(screen.queryByText(/已结束/)).toBeNull();
  });

  it('counts a task over several rows once in the state chips, in the most pressing of its rows’ states', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    const result = fuzhouResult();
    const [first] = result.tasks;
    // The first task runs on over two sub-rows, one of them overdue: still one task, an overdue one.
    const subRows = [1, 2].map((i) => ({ ...first!, row: first!.row + 100 + i, subRowOf: first!.row, state: i === 1 ? ('overdue' as const) : first!.state }));
    await validateWith(host, { ...result, tasks: [...result.tasks, ...subRows] });
    const states = screen.getByRole('group', { name: '任务状态' });
    const before = fuzhouResult().tasks.filter((t) => t !== fuzhouResult().tasks[0]).filter((t) => t.state === 'overdue').length;
    expect(within(states).getByRole('button', { name: `逾期 ${before + 1}` })).toBeInTheDocument();
    const total = within(states)
      .getAllByRole('button')
      .reduce((sum, b) => sum + Number(/\d+$/.exec(b.textContent ?? '')?.[0]), 0);
    expect(total).toBe(result.tasks.length);
  });

  it('says why a table without a deadline column has no task states', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    const result = fuzhouResult();
    await validateWith(host, { ...result, columns: { ...result.columns, deadline: null }, tasks: result.tasks.map((task) => ({ ...task, state: 'unknown' as const })) });
    expect(screen.getByText('表中没有完成时限列，因此不判断任务状态。')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '任务状态' })).toBeNull();
  });

  it('shows in the settings line the plan year the check read, while the year is left to the table', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult());
    expect(button(/截至/)).toHaveTextContent('2023 年度（自动识别） · 截至 2023-11-20 · 提前 15 天');
    // Another sheet may be of another year: until it is checked, the line does not claim one.
    fireEvent.click(button(/截至/));
    fireEvent.change(screen.getByLabelText('校验的工作表'), { target: { value: '说明' } });
    expect(button(/截至/)).toHaveTextContent('说明 · 年度自动识别 · 截至 2023-11-20 · 提前 15 天');
    fireEvent.change(screen.getByLabelText('计划年度'), { target: { value: '2022' } });
    expect(button(/截至/)).toHaveTextContent('说明 · 2022 年度 · 截至 2023-11-20 · 提前 15 天');
  });

  it('says so when the table named no year and the as-of year stood in', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult({ planYearFrom: 'asOf' }));
    expect(button(/截至/)).toHaveTextContent('2023 年度（表中未写年度，按截至日期） · 截至 2023-11-20 · 提前 15 天');
  });

  it('never says the plan year is over beside a table without deadlines that nothing turned red', async () => {
    const host = new FakeExcelHost();
    await renderPane(host, 'zh-CN', '2024-01-15');
    const result = fuzhouResult({ asOf: '2024-01-15' });
    await validateWith(host, { ...result, columns: { ...result.columns, deadline: null }, tasks: result.tasks.map((task) => ({ ...task, state: 'unknown' as const })) });
    expect(screen.getByText('表中没有完成时限列，因此不判断任务状态。')).toBeInTheDocument();
    expect(screen.queryByText(/已结束/)).toBeNull();
    expect(screen.queryByRole('button', { name: '按计划年末判断' })).toBeNull();
  });

  it('says how a table without deadlines was judged when its progress turned tasks red after the plan year', async () => {
    const host = new FakeExcelHost();
    await renderPane(host, 'zh-CN', '2024-01-15');
    const result = fuzhouResult({ asOf: '2024-01-15' });
    const tasks = result.tasks.map((task, i) => ({ ...task, state: 'unknown' as const, light: i < 2 ? ('red' as const) : ('green' as const) }));
    await validateWith(host, { ...result, columns: { ...result.columns, deadline: null }, tasks });
    // Red, not overdue: without a deadline column no task is called overdue, as the line under the chips says.
    expect(screen.getByText('计划年度 2023 已结束：按今天判断，2 项亮红灯。')).toBeInTheDocument();
    expect(screen.getByText('表中没有完成时限列：不判断是否逾期，亮灯按计划年末判断。')).toBeInTheDocument();
    expect(screen.queryByText(/不判断任务状态/)).toBeNull();
  });

  it('says a table without findings has none, with nothing to filter or step through', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult({ findings: [] }));
    expect(screen.getByText('未发现问题。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '下一个问题' })).toBeNull();
    expect(screen.queryByText(/^共 0 个$/)).toBeNull();
    expect(screen.queryByLabelText('搜索')).toBeNull();
  });

  it('runs one command at a time, showing the phase and a percentage', async () => {
    const host = new FakeExcelHost();
    const pending = deferred<ReturnType<typeof fuzhouResult>>();
    host.next = { pending, progress: { phase: 'units', fraction: 0.3 } };
    await renderPane(host);
    fireEvent.click(button('校验表格'));
    fireEvent.click(button('校验表格'));
    await waitFor(() => expect(button('校验表格')).toBeDisabled());
    expect(button('生成区县汇总表')).toBeDisabled();
    expect(button('清除标记')).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('正在识别责任单位…… 31%');
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    // Excel cannot be stopped mid-batch: only file mode offers to cancel.
    expect(screen.queryByRole('button', { name: '取消' })).toBeNull();
    await act(async () => pending.resolve(fuzhouResult()));
    expect(host.callsOf('validate')).toHaveLength(1);
    expect(button('校验表格')).toBeEnabled();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says what to do when Excel refuses, in a message bar', async () => {
    const host = new FakeExcelHost();
    host.next = { error: new HostError('SHEET_PROTECTED', { sheet: '分工方案' }) };
    await renderPane(host);
    fireEvent.click(button('校验表格'));
    const bar = await screen.findByText('未能完成');
    expect(bar.closest('[role="group"], .fui-MessageBar')).toHaveTextContent('撤销工作表保护');
    expect(button('校验表格')).toBeEnabled();
  });

  it('words a failure that is no host error as unexpected, not as a raw exception', async () => {
    const host = new FakeExcelHost();
    host.next = { error: new TypeError("Cannot read properties of undefined (reading 'values')") };
    await renderPane(host);
    fireEvent.click(button('校验表格'));
    await screen.findByText('未能完成');
    expect(screen.queryByText(/Cannot read properties/)).toBeNull();
    expect(screen.getByText(/发生意外错误/)).toBeInTheDocument();
  });

  it('asks before clearing, then clears the marks and the results', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    await validateWith(host, fuzhouResult());
    fireEvent.click(button('清除标记'));
    expect(screen.getByText(/要清除本工具写入的标记和工作表/)).toBeInTheDocument();
    fireEvent.click(button('保留'));
    expect(screen.queryByText(/要清除本工具写入的标记和工作表/)).toBeNull();
    expect(host.callsOf('clear')).toHaveLength(0);
    fireEvent.click(button('清除标记'));
    fireEvent.click(button('清除'));
    expect(await screen.findByText('已清除本工具写入的标记和工作表。')).toBeInTheDocument();
    expect(host.callsOf('clear')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: '校验结果' })).toBeNull();
  });

  it('speaks English when asked, with plurals', async () => {
    const host = new FakeExcelHost();
    await renderPane(host, 'en-US');
    for (const name of ['Check table', 'District summary', 'Clear marks']) expect(button(name)).toBeEnabled();
    expect(button(/as of 2023-11-20/)).toHaveTextContent("plan year from the table · as of 2023-11-20 · 15 days' notice");
    await validateWith(host, fuzhouResult({ lang: 'en-US' }), 'en-US');
    expect(await screen.findByText('Check finished: 5 findings.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Results' }).nextElementSibling).toHaveTextContent('Sheet "分工方案" · plan year 2023 · as of 2023-11-20 · 5 tasks');
    expect(within(screen.getByRole('group', { name: 'Task states' })).getByRole('button', { name: 'Overdue 1' })).toBeInTheDocument();
    expect(kindHeadings()[0]).toBe('ErrorOverdue and not done · 1 place');
    expect(button('Next finding')).toBeEnabled();
    expect(host.callsOf('validate')[0]).toEqual({ method: 'validate', settings: expect.objectContaining({ lang: 'en-US' }) });
  });

  it('shows hostile cell text as plain text', async () => {
    const host = new FakeExcelHost();
    const img = '<img src=x onerror=alert(1)>';
    const link = '=HYPERLINK("http://evil.example/","点此")';
    const { container } = await renderPane(host);
    await validateWith(
      host,
      fuzhouResult({
        findings: [finding({ code: 'UNIT_UNKNOWN', severity: 'warning', row: 5, column: 'C', taskNo: img, unit: img, message: `“${img}”不在单位名录中。`, suggestion: link })],
      }),
    );
    expect(await screen.findByRole('button', { name: `“${img}”不在单位名录中。` })).toBeInTheDocument();
    expect(screen.getByText(`建议：${link}`)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: img })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a[href*="evil"]')).toBeNull();
  });
});

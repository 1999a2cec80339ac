/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HostError } from '../../src/core/host';
import type { Lang } from '../../src/core/model';
import { Pane } from '../../src/taskpane/components/Pane';
import { t } from '../../src/taskpane/i18n';
import { FakeExcelHost, deferred } from './fakeExcelHost';
import { finding, fuzhouResult } from './fuzhouResult';

const TODAY = '2023-11-20';

async function renderPane(host: FakeExcelHost, lang: Lang = 'zh-CN') {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <Pane lang={lang} source={{ kind: 'office', host }} today={() => TODAY} />
    </FluentProvider>,
  );
  // Settings load on mount; the buttons unlock when they are in.
  await waitFor(() => expect(screen.getByRole('button', { name: t(lang, 'validate') })).toBeEnabled());
  return view;
}

const button = (name: string) => screen.getByRole('button', { name });

describe('task pane in Excel (a fake Excel host)', () => {
  it('offers the three commands under their Chinese names', async () => {
    await renderPane(new FakeExcelHost());
    expect(button('校验表格')).toBeEnabled();
    expect(button('生成区县汇总表')).toBeEnabled();
    expect(button('清除标记')).toBeEnabled();
    expect(screen.queryByRole('button', { name: '打开工作簿' })).toBeNull();
    expect(screen.queryByRole('button', { name: '下载校验结果' })).toBeNull();
  });

  it('fills the settings saved with the workbook, and defaults to today and 15 days', async () => {
    await renderPane(new FakeExcelHost({ planYear: 2023, sheet: '分工方案' }));
    expect(screen.getByLabelText('计划年度')).toHaveValue('2023');
    expect(screen.getByLabelText('校验的工作表')).toHaveValue('分工方案');
    expect(screen.getByLabelText('校验基准日')).toHaveValue(TODAY);
    expect(screen.getByLabelText('临近时限提醒天数')).toHaveValue(15);
  });

  it('saves the settings it validates with, keeping "today" open-ended', async () => {
    const host = new FakeExcelHost();
    host.next = { result: fuzhouResult() };
    await renderPane(host);
    fireEvent.change(screen.getByLabelText('计划年度'), { target: { value: '2023' } });
    fireEvent.change(screen.getByLabelText('临近时限提醒天数'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('校验的工作表'), { target: { value: '分工方案' } });
    fireEvent.click(button('校验表格'));
    await screen.findByRole('heading', { name: '校验结果' });
    const expected = { planYear: 2023, asOf: null, dueSoonDays: 7, sheet: '分工方案', lang: 'zh-CN' };
    expect(host.calls.slice(0, 2)).toEqual([
      { method: 'saveSettings', settings: expected },
      { method: 'validate', settings: expected },
    ]);
  });

  it('saves a past as-of date as that date', async () => {
    const host = new FakeExcelHost();
    host.next = { result: fuzhouResult() };
    await renderPane(host);
    fireEvent.change(screen.getByLabelText('校验基准日'), { target: { value: '2023-09-01' } });
    fireEvent.click(button('生成区县汇总表'));
    await screen.findByText('已生成区县汇总表和单位任务清单。');
    expect(host.callsOf('summarize')).toEqual([{ method: 'summarize', settings: expect.objectContaining({ asOf: '2023-09-01' }) }]);
  });

  it('refuses a plan year that is no year, without touching the workbook', async () => {
    const host = new FakeExcelHost();
    await renderPane(host);
    fireEvent.change(screen.getByLabelText('计划年度'), { target: { value: '二〇二三' } });
    fireEvent.click(button('校验表格'));
    expect(await screen.findByText(t('zh-CN', 'badYear'))).toBeInTheDocument();
    expect(host.calls).toEqual([]);
  });

  it('counts findings by severity and tasks by state in traffic-light groups', async () => {
    const host = new FakeExcelHost();
    host.next = { result: fuzhouResult() };
    await renderPane(host);
    fireEvent.click(button('校验表格'));
    expect(await screen.findByText('校验完成：发现 5 个问题。')).toBeInTheDocument();
    const severity = screen.getByRole('list', { name: '问题数量' });
    expect(within(severity).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['错误：1', '警告：3', '提示：1']);
    const states = screen.getByRole('list', { name: '任务状态' });
    expect(within(states).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '逾期：1',
      '临近时限：1',
      '正常推进：2',
      '持续推进：1',
      '已完成：0',
      '未知：0',
    ]);
  });

  it('groups findings by task, whole-table findings first, in sheet order', async () => {
    const host = new FakeExcelHost();
    host.next = { result: fuzhouResult() };
    await renderPane(host);
    fireEvent.click(button('校验表格'));
    const list = await screen.findByRole('list', { name: '问题清单' });
    const groups = within(list).getAllByRole('list').map((ul) => ul.getAttribute('aria-labelledby'));
    const titles = groups.map((id) => document.getElementById(id ?? '')?.textContent);
    expect(titles).toEqual(['整张表', '第 2 项（第 5 行）', '第 3 项（第 6 行）', '第 8 项（第 13 行）']);
    const task2 = screen.getByRole('list', { name: '第 2 项（第 5 行）' });
    expect(within(task2).getAllByRole('listitem')).toHaveLength(2);
    expect(within(task2).getByText('建议：闽侯县委')).toBeInTheDocument();
  });

  it('selects the cell of a finding in Excel when it is clicked', async () => {
    const host = new FakeExcelHost();
    host.next = { result: fuzhouResult() };
    await renderPane(host);
    fireEvent.click(button('校验表格'));
    fireEvent.click(await screen.findByRole('button', { name: /闽侯区委/ }));
    await waitFor(() => expect(host.callsOf('showCell')).toEqual([{ method: 'showCell', sheet: '分工方案', address: 'C5' }]));
    fireEvent.click(screen.getByRole('button', { name: /7月底前/ }));
    await waitFor(() => expect(host.callsOf('showCell')).toHaveLength(2));
    expect(host.callsOf('showCell')[1]).toEqual({ method: 'showCell', sheet: '分工方案', address: 'E6' });
  });

  it('runs one command at a time: the buttons lock and a second press does nothing', async () => {
    const host = new FakeExcelHost();
    const pending = deferred<ReturnType<typeof fuzhouResult>>();
    host.next = { pending, progress: { phase: 'units', fraction: 0.3 } };
    await renderPane(host);
    fireEvent.click(button('校验表格'));
    fireEvent.click(button('校验表格'));
    await waitFor(() => expect(button('校验表格')).toBeDisabled());
    expect(button('生成区县汇总表')).toBeDisabled();
    expect(button('清除标记')).toBeDisabled();
    fireEvent.click(button('清除标记'));
    expect(screen.getByRole('status')).toHaveTextContent('正在识别责任单位……');
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    await act(async () => pending.resolve(fuzhouResult()));
    expect(host.callsOf('validate')).toHaveLength(1);
    expect(host.callsOf('clear')).toHaveLength(0);
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

  it('clears the marks and the results', async () => {
    const host = new FakeExcelHost();
    host.next = { result: fuzhouResult() };
    await renderPane(host);
    fireEvent.click(button('校验表格'));
    await screen.findByRole('heading', { name: '校验结果' });
    fireEvent.click(button('清除标记'));
    expect(await screen.findByText('已清除本工具写入的标记和工作表。')).toBeInTheDocument();
    expect(host.callsOf('clear')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: '校验结果' })).toBeNull();
  });

  it('speaks English when asked', async () => {
    const host = new FakeExcelHost();
    host.next = { result: fuzhouResult({ lang: 'en-US' }) };
    await renderPane(host, 'en-US');
    for (const name of ['Validate table', 'Generate district summary', 'Clear marks']) expect(button(name)).toBeEnabled();
    expect(screen.getByLabelText('Plan year')).toBeInTheDocument();
    fireEvent.click(button('Validate table'));
    expect(await screen.findByText('Check finished: 5 findings.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Task states' })).toHaveTextContent('Overdue: 1');
    expect(host.callsOf('validate')[0]).toEqual({ method: 'validate', settings: expect.objectContaining({ lang: 'en-US' }) });
  });

  it('shows hostile cell text as plain text', async () => {
    const host = new FakeExcelHost();
    const img = '<img src=x onerror=alert(1)>';
    const link = '=HYPERLINK("http://evil.example/","点此")';
    host.next = {
      result: fuzhouResult({
        findings: [
          finding({ code: 'UNIT_UNKNOWN', severity: 'warning', row: 5, column: 'C', taskNo: img, message: `“${img}”不在单位名录中。`, suggestion: link }),
        ],
      }),
    };
    const { container } = await renderPane(host);
    fireEvent.click(button('校验表格'));
    expect(await screen.findByRole('button', { name: `“${img}”不在单位名录中。` })).toBeInTheDocument();
    expect(screen.getByText(`建议：${link}`)).toBeInTheDocument();
    expect(screen.getByText(`第 ${img} 项（第 5 行）`)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a[href*="evil"]')).toBeNull();
  });
});
